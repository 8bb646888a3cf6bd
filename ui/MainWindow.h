#pragma once

#include "core/settings/Profile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAction;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace Packbench {

class ChangeFeed;
class ConnectStorePrompt;
class Database;
class ImportDialog;
class ImportRunner;
class PrintController;
class RefreshScheduler;
class SettingsDialog;
class ShipmentsView;
class StoreService;
class WritebackPanel;
class WritebackRunner;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Profile &profile, Database &database, StoreService &stores, const QString &stationName,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectStorePrompt *connectStorePrompt() const { return m_connectPrompt; }
    // The shipments grid, once a store is connected; nullptr before.
    ShipmentsView *shipmentsView() const { return m_shipmentsView; }
    // The Import dialog once it has been opened (it is kept and reused), else nullptr.
    ImportDialog *importDialog() const { return m_importDialog; }
    // The Settings dialog while it is open (non-modal, one at a time), else nullptr.
    SettingsDialog *settingsDialog() const;
    RefreshScheduler *refreshScheduler() const { return m_refreshScheduler; }
    // Sends the outbox's write-backs; started once the window is shown, restarted when stores or tokens change.
    WritebackRunner *writebackRunner() const { return m_writebackRunner; }
    PrintController *printController() const { return m_printController; }
    // The Write-backs panel (View > Write-backs), hidden until asked for.
    WritebackPanel *writebackPanel() const { return m_writebackPanel; }
    // The status bar's "Write-backs pending: N" and "N failed" (hidden while none failed); both open the panel.
    QToolButton *writebackPendingButton() const { return m_writebackPendingButton; }
    QToolButton *writebackFailedButton() const { return m_writebackFailedButton; }

public Q_SLOTS:
    void openSettings();
    void openIntegrations();
    void openImport();
    // Fetches what changed in every connected store now, without waiting for the automatic refresh.
    void refreshNow();
    // "Why is order #N not here?": asks for the store and order number, then explains in a message.
    void askWhyOrderMissing();
    // Fetches that order from BigCommerce and shows why it is (not) here; emits orderExplained.
    void explainOrder(const QUuid &storeId, qint64 orderId);
    void showAbout();
    // A request to end Packbench that must not wait for a person (SIGTERM, logout): a manual import is cancelled
    // (what it imported stays) and the window closes without asking.
    void closeForTermination();

Q_SIGNALS:
    void orderExplained(const QStringList &lines);

protected:
    // While a manual import runs, closing asks first: cancel the import (what it imported stays) and close, or keep
    // the window open. An automatic refresh is simply cancelled. The window's size, position and grid are saved.
    void closeEvent(QCloseEvent *event) override;
    // The first show starts the write-back (reading tokens may ask the keychain, which wants a window first).
    void showEvent(QShowEvent *event) override;

private:
    void askCloseDuringImport();
    void saveWindowState();
    bool manualImportRunning() const;
    void createActions();
    void createStatusBar();
    void refreshStores();
    void settingsApplied();
    void showInitialSyncState();
    void syncStarted(const QString &source, const QString &storeNames);
    void syncFinished(const QString &source, const QString &storeNames, const ImportReport &report);
    void shipmentsChanged(const QStringList &keys);
    void createWriteback();
    void createChangeFeed();
    void databaseAvailabilityChanged(bool available, const QString &message);
    // Starts the runner, or starts it again once a start under way is done (stores or tokens changed meanwhile).
    void restartWriteback();
    void updateWritebackStatus();
    void showWritebackPanel();

    Profile m_profile;
    Database &m_database;
    StoreService &m_stores;
    QString m_stationName;
    QStackedWidget *m_central = nullptr;
    ConnectStorePrompt *m_connectPrompt = nullptr;
    ShipmentsView *m_shipmentsView = nullptr;
    QLabel *m_storeStatusLabel = nullptr;
    QLabel *m_syncStatusLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_databaseStatusLabel = nullptr; // shown while the database server does not answer
    ChangeFeed *m_changeFeed = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QMenu *m_shipmentsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toolBarPrintPlace = nullptr; // the printing actions go before it once the grid exists
    WritebackRunner *m_writebackRunner = nullptr;
    PrintController *m_printController = nullptr;
    WritebackPanel *m_writebackPanel = nullptr;
    QToolButton *m_writebackPendingButton = nullptr;
    QToolButton *m_writebackFailedButton = nullptr;
    // The shipments whose write-back changed, read again together after a short pause (a burst reports each row).
    QSet<QString> m_writebackKeys;
    QTimer m_writebackKeysDelay;
    bool m_writebackShown = false;             // the first show started the runner
    bool m_writebackStarting = false;          // a start reads tokens
    bool m_writebackRestart = false;           // stores or tokens changed during that start
    QPointer<SettingsDialog> m_settingsDialog; // deletes itself on close; QPointer notices, even during ~MainWindow
    ImportDialog *m_importDialog = nullptr;
    // One runner for the window's life: the Import dialog borrows it, so reopening the dialog reuses its thread.
    ImportRunner *m_importRunner = nullptr;
    RefreshScheduler *m_refreshScheduler = nullptr;
    QSet<QString> m_syncsRunning;        // "import", "refresh"
    QHash<QString, QString> m_syncNames; // source -> store names being synced
    QPointer<QMessageBox> m_closeQuestion;
    bool m_closeAfterImport = false; // the user chose to cancel the import and close: close when it has stopped
    bool m_closeWithoutAsking = false;
};

} // namespace Packbench
