#pragma once

#include "core/domain/StoreConfig.h"
#include "core/inventory/StockFile.h"
#include "ui/DatabaseWorker.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Packbench {

class Database;

// Stock > Import stock file…, after the file is chosen: the file's first rows, the columns that hold the SKU, the
// quantity and (optionally) the location, preselected by their usual names, and every problem the file has with its
// line, as the file would be imported with those choices. Import writes the levels and the import's record in one
// transaction on a worker thread; the dialog closes when they are saved.
class StockImportDialog : public QDialog
{
    Q_OBJECT
public:
    StockImportDialog(Database &database, const StoreConfig &store, const QString &stationName, const QString &path,
                      QWidget *parent = nullptr);
    ~StockImportDialog() override;

    QString filePath() const { return m_path; }
    // The choices as they stand.
    StockColumns columns() const;
    int defaultLocationId() const;
    // What Import would write, read with the choices as they stand.
    const StockFile::Contents &contents() const { return m_contents; }
    bool isImporting() const { return m_importing; }
    // The line under the choices: what goes wrong, or what Import will do.
    QString messageText() const;
    // The size the dialog opens with on a screen with this available geometry: the preview's rows and columns, as
    // far as the screen allows.
    QSize defaultSize(const QRect &available) const;

    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void startImport();
    void reject() override;

Q_SIGNALS:
    // The levels are in the database.
    void imported(const Packbench::StockImportRecord &record);
    // An import ended, saved or not (isImporting() is false again).
    void importEnded();

private:
    void fillPreview();
    void readWithChoices();
    void finishImport(bool ok, const QString &error, const StockImportRecord &record);
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    Database &m_database;
    StoreConfig m_store;
    QString m_stationName;
    QString m_path;
    QByteArray m_bytes;
    QString m_readError; // the file cannot be read at all
    StockFile::Preview m_preview;
    StockFile::Contents m_contents;
    bool m_importing = false;

    QTableWidget *m_previewTable = nullptr;
    QComboBox *m_skuCombo = nullptr;
    QComboBox *m_quantityCombo = nullptr;
    QComboBox *m_locationCombo = nullptr;
    QSpinBox *m_locationSpin = nullptr;
    QLabel *m_countsLabel = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    // The write runs here; last, so it is destroyed first (a write under way finishes, its answer is dropped).
    DatabaseWorker m_worker{QStringLiteral("stock-import")};
};

} // namespace Packbench
