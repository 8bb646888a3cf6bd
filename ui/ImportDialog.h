#pragma once

#include "core/domain/StoreConfig.h"
#include "core/settings/Profile.h"
#include "core/sync/ImportJob.h"
#include "ui/DatabaseWorker.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Packbench {

class Database;
class ImportRunner;
class StoreService;

// Shipments > Import…: which stores, how many days back and which statuses (named as the store names them); then a
// progress bar with an estimate and, at the end, what the import did. The days and statuses of each store's last
// import are kept in the profile's settings and filled in again. The import runs on a worker thread (ImportRunner);
// Cancel stops it after the page being written, and what was imported stays. The stores and their status names are
// read on a worker thread too: the dialog keeps what it shows until they arrive.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `runner`: an ImportRunner to use (not owned); nullptr: the dialog owns one.
    ImportDialog(const Profile &profile, Database &database, StoreService &stores, ImportRunner *runner = nullptr,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportRunner *runner() const { return m_runner; }
    bool isRunning() const { return m_running; }
    // The text of the result area: the summary of the last import, or why it could not start.
    QString resultText() const;
    // The stores are being read (reloadStores() answers with storesLoaded()).
    bool isLoadingStores() const { return m_storesRequest != m_storesAnswered; }

    // Summaries shared with the status bar and tests.
    static QString summary(const ImportReport &report);
    static QString skippedSummary(const QList<SkippedOrder> &skipped);

public Q_SLOTS:
    // Re-reads the connected stores (after Settings changed), on the worker thread.
    void reloadStores();
    void startImport();
    // While importing: cancels the import. Otherwise: closes the dialog.
    void cancelOrClose();
    // Escape and the window's close button: cancel a running import first, close otherwise.
    void reject() override;

Q_SIGNALS:
    // The names of the stores an import started for, e.g. "Main" or "Main, Kids".
    void importStarted(const QString &storeNames);
    void importFinished(const QString &storeNames, const Packbench::ImportReport &report);
    // The stores asked for by reloadStores() are in the store list (or the page says why they are not).
    void storesLoaded();

private:
    // What the worker reads for the store list.
    struct StoresRead
    {
        QList<StoreConfig> stores;
        QHash<QUuid, QList<StatusLabel>> statusLabels;
        QString error;
    };

    void showStores(quint64 request, const StoresRead &read);
    void createStatusBoxes(QGroupBox *group);
    void storeChanged();
    void labelStatusBoxes(const QList<StoreConfig> &stores);
    QUuid selectedStoreId() const; // null for all stores
    QList<int> checkedStatuses() const;
    QList<StoreConfig> selectedStores() const;
    void setRunning(bool running);
    void showProgress(const ImportProgress &progress);
    void showReport(const ImportReport &report);
    void showMessage(const QString &text, bool error);

    Profile m_profile;
    Database &m_database;
    ImportRunner *m_runner = nullptr;
    bool m_ownsRunner = false;
    bool m_running = false; // an import this dialog started is under way
    bool m_cancelRequested = false;
    QTimer m_cancelRepeat; // the runner ignores a cancel before its job exists: ask again until it ends
    QString m_runStoreNames;
    QList<StoreConfig> m_storeList;
    QHash<QUuid, QList<StatusLabel>> m_statusLabels; // each store's own names for statuses it relabelled
    QList<int> m_prefilledStatuses;

    QComboBox *m_storeCombo = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QGroupBox *m_statusGroup = nullptr;
    QMap<int, QCheckBox *> m_statusBoxes;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    quint64 m_storesRequest = 0;  // bumped by every reloadStores(): an older read's answer is dropped
    quint64 m_storesAnswered = 0; // the last request whose answer is shown
    // The store reads run here; last, so it is destroyed first (a read under way finishes, its answer is dropped).
    DatabaseWorker m_worker{QStringLiteral("import-dialog")};
};

} // namespace Packbench
