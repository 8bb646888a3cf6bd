#pragma once

#include "core/domain/StoreConfig.h"
#include "core/settings/Profile.h"
#include "core/storage/DatabaseExecutor.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAction;
class QActionGroup;
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
class StockScreen;
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
    // The shipments grid, there from the start: shown until the stores are read, and then while any is connected
    // (else the prompt to connect one).
    ShipmentsView *shipmentsView() const { return m_shipmentsView; }
    // The Stock screen, made the first time it is shown (View > Stock), else nullptr.
    StockScreen *stockScreen() const { return m_stockScreen; }
    // View > Shipments and View > Stock (also in the toolbar): which screen the window shows while a store is
    // connected.
    QAction *shipmentsScreenAction() const { return m_shipmentsScreenAction; }
    QAction *stockScreenAction() const { return m_stockScreenAction; }
    // The stores are being read (start-up, Settings applied, "why").
    bool isReadingStores() const { return m_storeReads > 0; }
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
    // Fetches what changed now in every store the window shows, without waiting for the automatic refresh.
    void refreshNow();
    // "Why is order #N not here?": reads the stores, asks for the store and order number, then explains in a message.
    void askWhyOrderMissing();
    // Reads the store, fetches that order from BigCommerce and shows why it is (not) here; emits orderExplained.
    void explainOrder(const QUuid &storeId, qint64 orderId);
    void showAbout();
    void showShipmentsScreen();
    void showStockScreen();
    // A request to end Packbench that must not wait for a person (SIGTERM, logout): a manual import is cancelled
    // (what it imported stays) and the window closes without asking.
    void closeForTermination();

Q_SIGNALS:
    void orderExplained(const QStringList &lines);
    // A read of the stores is in and shown (the status bar, the grid or the prompt, the refresh timers).
    void storesShown();

protected:
    // While a manual import runs, closing asks first: cancel the import (what it imported stays) and close, or keep
    // the window open. An automatic refresh is simply cancelled. Prints under way are finished first (their labels
    // go out), and so is stock work (a look-up or push cancelled, counts saved). The window's size, position and grid
    // are saved.
    void closeEvent(QCloseEvent *event) override;
    // The first show starts the write-back (reading tokens may ask the keychain, which wants a window first).
    void showEvent(QShowEvent *event) override;

private:
    // What the window does once the stores are read, besides showing them.
    enum class AfterStoresRead
    {
        Show,
        ShowLastSync, // start-up: also the last sync any store recorded
        AskWhy,       // then ask which order "why" is about
    };
    struct StoresRead; // MainWindow.cpp
    struct StoreRead;

    void askCloseDuringImport();
    void saveWindowState();
    bool manualImportRunning() const;
    // Prints whose labels are not out yet, or stock work (a look-up, a push, counts being saved): closing waits.
    bool workUnderWay() const;
    void closeIfWorkDone();
    void createActions();
    void createStatusBar();
    void createShipmentsView();
    void createStockScreen();
    // The prompt without a store, else the screen chosen (Shipments or Stock), with the actions that belong to it.
    void showCurrentScreen();
    // Step 1: the stores read on the executor; step 2: storesRead() shows them, then does `next`.
    void requestStores(AfterStoresRead next);
    void storesRead(AfterStoresRead next, const StoresRead &read);
    // The one place a store list reaches the window: status bar, grid or prompt, actions, refresh timers.
    void showStores(const StoresRead &read);
    void showLastSync(const StoresRead &read);
    void askWhichOrder(const QList<StoreConfig> &stores);
    // "Why": the store read (explainOrder), then the explanation fetched, then shown.
    void storeReadForExplanation(qint64 orderId, const StoreRead &read);
    void explain(const StoreConfig &store, qint64 orderId);
    void showExplanation(qint64 orderId, const QStringList &lines);
    void settingsApplied();
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
    StockScreen *m_stockScreen = nullptr;
    QAction *m_shipmentsScreenAction = nullptr;
    QAction *m_stockScreenAction = nullptr;
    // The grid's printing actions in the toolbar and menu: hidden with their shortcuts while the Stock screen shows.
    QActionGroup *m_printingActions = nullptr;
    bool m_stockShown = false; // the Stock screen is the one chosen
    bool m_haveStores = true;  // until the stores are read, the grid shows
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
    bool m_syncReported = false;         // a sync started or finished here: the start-up's last sync is older news
    QList<StoreConfig> m_shownStores;    // as last read: what the status bar names and Refresh now refreshes
    bool m_storesShown = false;          // a read of the stores came in
    bool m_printingInToolBar = false;    // the printing actions join the toolbar once a store is connected
    int m_storeReads = 0;                // reads of the stores under way
    QPointer<QMessageBox> m_closeQuestion;
    bool m_closeAfterImport = false; // the user chose to cancel the import and close: close when it has stopped
    bool m_closeWithoutAsking = false;
    bool m_closeWhenWorkDone = false; // closing waits for the prints and the stock work under way

    // The window's own reads, and those of the refresh, the write-back start and "why": never on the GUI thread.
    // Last, so it is destroyed first (after the read under way; those queued are dropped, and every answer).
    DatabaseExecutor m_executor{QStringLiteral("main-window-reads"), DatabaseExecutor::Queued::Drop};
};

} // namespace Packbench
