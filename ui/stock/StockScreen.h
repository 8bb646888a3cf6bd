#pragma once

#include "core/domain/StoreConfig.h"
#include "core/inventory/Stock.h"
#include "ui/DatabaseWorker.h"
#include "ui/stock/StockModel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Packbench {

class Database;
class StockImportDialog;
class StockPushDialog;
class StockPushRunner;
class StockSortModel;
class StoreService;
struct StockPushProgress;

// The Stock screen: one store's warehouse levels per SKU and BigCommerce location beside what BigCommerce shows,
// the differences highlighted (a tint and words), where the levels came from (the last stock file and who imported
// it), and the three things to do with them: import a stock file (with a preview to choose its columns), count by
// scanning SKUs, and look up BigCommerce or push to it (with a preview of what changes).
//
// Every database read and write runs on the screen's worker thread, the look-up and push on StockPushRunner's: the
// GUI thread never waits on the database or the network. Answers that arrive after the store changed are dropped.
//
// Count by scanning: the scan field keeps the focus; a scanner types the SKU and Enter. The first scan of a SKU in a
// count sets the warehouse's level at the chosen location to 1, each further scan adds 1, "SKU*12" sets 12 (then
// scans go on from 12). Each count is saved at once. "New count" (or another store) starts again from nothing.
class StockScreen : public QWidget
{
    Q_OBJECT
public:
    StockScreen(Database &database, StoreService &stores, const QString &stationName, QWidget *parent = nullptr);
    ~StockScreen() override;

    // The store shown; null before the stores are read or when none is connected.
    QUuid storeId() const;
    StockModel *model() const { return m_model; }
    StockSortModel *sortModel() const { return m_sortModel; }
    QTableView *table() const { return m_table; }
    StockPushRunner *runner() const { return m_runner; }
    QLineEdit *scanEdit() const { return m_scanEdit; }
    // The open import preview or push dialog, else nullptr.
    StockImportDialog *importDialog() const;
    StockPushDialog *pushDialog() const;

    // The stores are being read (reloadStores() answers with storesLoaded()).
    bool isLoadingStores() const { return m_storesRequest != m_storesAnswered; }
    // The selected store's stock is being read (reload() answers with stockLoaded()).
    bool isLoadingStock() const { return m_loadingStock; }
    // A look-up, a push, an import or a count is being saved: closing now would cut it short.
    bool isBusy() const;
    // Before the window closes: cancels a look-up or push under way (what is sent stays sent, the rest is marked
    // "not sent"), lets an import and the counts being saved finish, then emits idle() (at once when nothing runs).
    void finishWork();

    QString lastImportText() const;
    QString summaryText() const;
    QString scanFeedbackText() const;
    // The line under the table: the outcome of the last import, look-up or push, or why it could not start.
    QString messageText() const;

    // "Last import: stock.csv by Bench 2, 29 Nov 14:05"; without one, says so.
    static QString lastImportText(const std::optional<StockImportRecord> &record);

public Q_SLOTS:
    // Shows this store's stock (kept until the stores are read, if they are not yet).
    void setStore(const QUuid &storeId);
    // Re-reads the connected stores (after Settings changed), on the worker thread.
    void reloadStores();
    // Re-reads the selected store's stock.
    void reload();
    // A file dialog, then the import preview.
    void importFile();
    // The import preview of this file (window-modal, not waited for); nullptr without a store.
    StockImportDialog *openImportPreview(const QString &path);
    // Looks up BigCommerce's levels of the warehouse's SKUs (nothing is written to BigCommerce) and shows them.
    void lookUp();
    // The push dialog: a dry run, the preview, then the push (window-modal, not waited for); nullptr without a store.
    StockPushDialog *push();
    // Cancels a look-up under way (the push dialog has its own Cancel).
    void cancelLookUp();
    // Forgets what this count has scanned: the next scan of each SKU counts from 1 again.
    void startNewCount();
    void setFilterText(const QString &text);
    void setOnlyDifferences(bool only);
    // The scan field, ready for the next scan.
    void focusScan();

Q_SIGNALS:
    void storesLoaded();
    void stockLoaded();
    void storeChanged(const QUuid &storeId);
    // A count made by scanning is saved (or not: `error`).
    void countSaved(const QString &sku, int locationId, qint64 quantity, const QString &error);
    void lookUpFinished(const Packbench::StockPushReport &report);
    void imported(const Packbench::StockImportRecord &record);
    // For the status bar: what an import, look-up or push did.
    void message(const QString &text);
    // After finishWork(): nothing is under way any more.
    void idle();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct StoresRead
    {
        QList<StoreConfig> stores;
        QString error;
    };
    void showStores(quint64 request, const StoresRead &read);
    void storeComboChanged();
    void applyStock(quint64 generation, quint64 scanSequence, const StockData &data, const QString &error);
    std::optional<StoreConfig> currentStore() const;
    void scanEntered();
    void setScanFeedback(const QString &text, bool problem);
    void showProgress(const StockPushProgress &progress);
    void lookUpDone(const StockPushReport &report);
    void showMessage(const QString &text, bool problem);
    void updateSummary();
    void updateButtons();
    void updateLocationName();
    void createActions();
    void emitIdleWhenDone();

    Database &m_database;
    QString m_stationName;
    QList<StoreConfig> m_storeList;
    std::optional<QUuid> m_wantedStore; // asked for by setStore() before the stores were read
    QUuid m_shownStore;                 // the store whose stock the table shows (or is being read)
    quint64 m_storesRequest = 0;
    quint64 m_storesAnswered = 0;
    quint64 m_stockGeneration = 0; // bumped by every reload(): older answers are dropped
    bool m_loadingStock = false;
    QString m_lastDirectory;

    // The count by scanning: what this count has scanned, by StockRow::key(), and when (a sequence), so a stock
    // read queued before a scan does not undo it in the table.
    QHash<QString, qint64> m_counted;
    QHash<QString, quint64> m_countedAt;
    quint64 m_scanSequence = 0;
    int m_pendingSaves = 0;
    bool m_finishing = false; // finishWork() was called: idle() once nothing runs

    StockPushRunner *m_runner = nullptr;
    bool m_lookingUp = false; // a look-up this screen started is under way
    bool m_cancelRequested = false;
    QTimer m_cancelRepeat; // a cancel before the runner's job exists is asked again until the run ends

    QComboBox *m_storeCombo = nullptr;
    QLabel *m_lastImportLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_lookUpButton = nullptr;
    QPushButton *m_pushButton = nullptr;
    QLineEdit *m_scanEdit = nullptr;
    QSpinBox *m_locationSpin = nullptr;
    QLabel *m_locationName = nullptr;
    QPushButton *m_newCountButton = nullptr;
    QLabel *m_scanFeedback = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_differencesCheck = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    StockModel *m_model = nullptr;
    StockSortModel *m_sortModel = nullptr;
    QPointer<StockImportDialog> m_importDialog;
    QPointer<StockPushDialog> m_pushDialog;
    // Reads and writes run here, one after the other. Last, so it is destroyed first: the job under way finishes
    // while the rest of the screen still exists, and answers still queued go with the screen.
    DatabaseWorker m_worker{QStringLiteral("stock-screen")};
};

} // namespace Packbench
