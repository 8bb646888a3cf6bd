#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/integrations/StoreService.h"
#include "core/settings/AppSettings.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRunner.h"
#include "core/sync/OrderExplainer.h"
#include "core/sync/RefreshScheduler.h"
#include "core/writeback/WritebackRunner.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/ElidedLabel.h"
#include "ui/ImportDialog.h"
#include "ui/printing/PrintController.h"
#include "ui/printing/WritebackPanel.h"
#include "ui/settings/AccountsPage.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/RulesPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shipments/ShipmentsView.h"
#include "ui/stock/StockScreen.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QToolButton>

namespace Packbench {

namespace {
const QString kImportSource = QStringLiteral("import");
const QString kRefreshSource = QStringLiteral("refresh");

// "09:41" today, with the date on other days.
QString syncTimeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

MainWindow::MainWindow(const Profile &profile, Database &database, StoreService &stores, const QString &stationName,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_database(database)
    , m_stores(stores)
    , m_stationName(stationName)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Packbench"));

    m_central = new QStackedWidget(this);
    m_connectPrompt = new ConnectStorePrompt(m_central);
    m_central->addWidget(m_connectPrompt);
    setCentralWidget(m_central);
    connect(m_connectPrompt, &ConnectStorePrompt::connectRequested, this, [this] {
        openIntegrations();
        m_settingsDialog->startAddingStore(); // the first store: its form ready to fill
    });

    m_importRunner = new ImportRunner(m_database, m_stores, this);
    connect(m_importRunner, &ImportRunner::shipmentsChanged, this, &MainWindow::shipmentsChanged);
    m_refreshScheduler = new RefreshScheduler(m_database, m_stores, &m_executor, this);
    connect(m_refreshScheduler, &RefreshScheduler::shipmentsChanged, this, &MainWindow::shipmentsChanged);
    connect(m_refreshScheduler, &RefreshScheduler::refreshStarted, this,
            [this](const QString &storeName) { syncStarted(kRefreshSource, storeName); });
    connect(m_refreshScheduler, &RefreshScheduler::refreshFinished, this,
            [this](const QString &storeName, const ImportReport &report) {
                syncFinished(kRefreshSource, storeName, report);
            });

    createWriteback();
    createActions();
    createStatusBar();
    createChangeFeed();
    // Size, position and maximised state as the window was last closed in this profile.
    const AppSettings settings(m_profile);
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1280, 800);
    restoreState(settings.mainWindowState());
    // The grid at once (most windows open on it), the prompt instead once the stores are read and none is there.
    createShipmentsView();
    requestStores(AfterStoresRead::ShowLastSync);
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window and hides the dock after this object is gone: its signals must not reach us then.
    if (m_writebackPanel)
        disconnect(m_writebackPanel, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    // Through this window's close, so a running import is asked about first.
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *shipmentsMenu = menuBar()->addMenu(tr("S&hipments"));
    m_shipmentsMenu = shipmentsMenu;
    m_importAction = shipmentsMenu->addAction(tr("&Import…"), this, &MainWindow::openImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIconText(tr("Import"));
    m_importAction->setToolTip(tr("Import the orders that are ready to ship (Ctrl+I)"));
    m_refreshAction = shipmentsMenu->addAction(tr("&Refresh now"), this, &MainWindow::refreshNow);
    m_refreshAction->setObjectName(QStringLiteral("refreshNowAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *whyAction =
        shipmentsMenu->addAction(tr("&Why is an order not here?…"), this, &MainWindow::askWhyOrderMissing);
    whyAction->setObjectName(QStringLiteral("whyAction"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    // Two screens: the grid a packer works in, and the warehouse's stock. Alt+1/Alt+2, since Ctrl+1... choose the
    // grid's views.
    auto *screens = new QActionGroup(this);
    m_shipmentsScreenAction = viewMenu->addAction(tr("S&hipments"), this, &MainWindow::showShipmentsScreen);
    m_shipmentsScreenAction->setObjectName(QStringLiteral("shipmentsScreenAction"));
    m_shipmentsScreenAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_shipmentsScreenAction->setToolTip(tr("The shipments to pack and print (Alt+1)"));
    m_stockScreenAction = viewMenu->addAction(tr("S&tock"), this, &MainWindow::showStockScreen);
    m_stockScreenAction->setObjectName(QStringLiteral("stockScreenAction"));
    m_stockScreenAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_stockScreenAction->setToolTip(
        tr("The warehouse's stock per SKU beside BigCommerce's: import a stock file, count, push (Alt+2)"));
    for (QAction *action : {m_shipmentsScreenAction, m_stockScreenAction}) {
        action->setCheckable(true);
        screens->addAction(action);
    }
    m_shipmentsScreenAction->setChecked(true);
    viewMenu->addSeparator();
    QAction *panelAction = m_writebackPanel->toggleViewAction();
    panelAction->setObjectName(QStringLiteral("writebackPanelAction"));
    panelAction->setText(tr("&Write-backs"));
    panelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    panelAction->setToolTip(tr("The write-backs not sent yet, with Retry and Dismiss for failed ones (Ctrl+Shift+B)"));
    viewMenu->addAction(panelAction);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsAction = settingsMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsMenu->addAction(tr("&Integrations…"), this, &MainWindow::openIntegrations);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Packbench"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_shipmentsScreenAction);
    toolBar->addAction(m_stockScreenAction);
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);
    m_toolBarPrintPlace = toolBar->addSeparator();
    toolBar->addAction(m_settingsAction);
    m_toolBar = toolBar;
}

void MainWindow::createStatusBar()
{
    // Cut short with "…" in a narrow window, so the permanent fields on the right stay whole.
    m_syncStatusLabel = new ElidedLabel(QString(), this);
    m_syncStatusLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addWidget(m_syncStatusLabel);
    m_storeStatusLabel = new ElidedLabel(tr("No store connected"), this);
    m_storeStatusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    statusBar()->addWidget(m_storeStatusLabel, 1);
    m_writebackPendingButton = new QToolButton(this);
    m_writebackPendingButton->setObjectName(QStringLiteral("writebackPendingButton"));
    m_writebackPendingButton->setAutoRaise(true);
    m_writebackPendingButton->setFocusPolicy(Qt::NoFocus);
    connect(m_writebackPendingButton, &QToolButton::clicked, this, [this] {
        if (m_writebackPanel->isVisible())
            m_writebackPanel->hide();
        else
            showWritebackPanel();
    });
    statusBar()->addPermanentWidget(m_writebackPendingButton);
    m_writebackFailedButton = new QToolButton(this);
    m_writebackFailedButton->setObjectName(QStringLiteral("writebackFailedButton"));
    m_writebackFailedButton->setAutoRaise(true);
    m_writebackFailedButton->setFocusPolicy(Qt::NoFocus);
    m_writebackFailedButton->setStyleSheet(QStringLiteral("QToolButton { color: #c62828; font-weight: bold; }"));
    m_writebackFailedButton->setToolTip(tr("Open the Write-backs panel to Retry or Dismiss them"));
    m_writebackFailedButton->hide();
    connect(m_writebackFailedButton, &QToolButton::clicked, this, &MainWindow::showWritebackPanel);
    statusBar()->addPermanentWidget(m_writebackFailedButton);
    updateWritebackStatus();
    m_databaseStatusLabel = new QLabel(this);
    m_databaseStatusLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_databaseStatusLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_databaseStatusLabel->hide();
    statusBar()->addPermanentWidget(m_databaseStatusLabel);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionStatusLabel"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    if (!m_stationName.isEmpty())
        statusBar()->addPermanentWidget(new QLabel(tr("Station: %1").arg(m_stationName), this));
}

struct MainWindow::StoresRead
{
    QList<StoreConfig> stores;
    QString error;
    QList<SyncState> syncStates; // ShowLastSync only: one per store, in the same order
};

struct MainWindow::StoreRead
{
    std::optional<StoreConfig> store;
    QString error;
};

void MainWindow::createShipmentsView()
{
    m_shipmentsView = new ShipmentsView(m_database, m_stores, m_central);
    m_central->addWidget(m_shipmentsView);
    m_central->setCurrentWidget(m_shipmentsView);
    connect(m_shipmentsView, &ShipmentsView::selectionChanged, this, [this](int selected, int shown) {
        m_selectionLabel->setText(selected > 0 ? tr("%1 of %2 selected").arg(selected).arg(shown) : QString());
    });
    connect(m_shipmentsView, &ShipmentsView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_shipmentsView->setPrintController(m_printController);
    const AppSettings settings(m_profile);
    m_shipmentsView->restoreState(settings.shipmentsFilter(), settings.shipmentsHeaderState());
}

void MainWindow::createStockScreen()
{
    // Reads the stores and their stock on its own worker thread once made.
    m_stockScreen = new StockScreen(m_database, m_stores, m_stationName, m_central);
    m_stockScreen->setObjectName(QStringLiteral("stockScreen"));
    m_central->addWidget(m_stockScreen);
    connect(m_stockScreen, &StockScreen::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_stockScreen, &StockScreen::idle, this, &MainWindow::closeIfWorkDone);
}

void MainWindow::showShipmentsScreen()
{
    m_stockShown = false;
    showCurrentScreen();
}

void MainWindow::showStockScreen()
{
    m_stockShown = true;
    if (!m_stockScreen)
        createStockScreen();
    showCurrentScreen();
}

void MainWindow::showCurrentScreen()
{
    QWidget *screen = m_shipmentsView;
    if (!m_haveStores)
        screen = m_connectPrompt;
    else if (m_stockShown && m_stockScreen)
        screen = m_stockScreen;
    const bool changed = m_central->currentWidget() != screen;
    m_central->setCurrentWidget(screen);
    (m_stockShown ? m_stockScreenAction : m_shipmentsScreenAction)->setChecked(true);
    m_shipmentsScreenAction->setEnabled(m_haveStores);
    m_stockScreenAction->setEnabled(m_haveStores);
    if (m_printingActions)
        m_printingActions->setVisible(screen == m_shipmentsView);
    m_selectionLabel->setVisible(screen == m_shipmentsView);
    // A scanner types into whatever has the focus: the new screen's scan field has it.
    if (changed && screen == m_shipmentsView)
        m_shipmentsView->scanEdit()->setFocus(Qt::OtherFocusReason);
    else if (changed && screen == m_stockScreen)
        m_stockScreen->focusScan();
}

void MainWindow::requestStores(AfterStoresRead next)
{
    ++m_storeReads;
    const bool withSyncStates = next == AfterStoresRead::ShowLastSync;
    DatabaseExecutor::run(
        &m_executor, this,
        [&database = m_database, withSyncStates] {
            // Constructed here: the repositories use the executor thread's own connection.
            StoresRead read;
            read.stores = StoreRepository(database).list(&read.error);
            if (withSyncStates && read.error.isEmpty()) {
                ShipmentRepository shipments(database);
                for (const StoreConfig &store : std::as_const(read.stores))
                    read.syncStates.append(shipments.syncState(store.id));
            }
            return read;
        },
        [this, next](const StoresRead &read) { storesRead(next, read); });
}

void MainWindow::storesRead(AfterStoresRead next, const StoresRead &read)
{
    --m_storeReads;
    showStores(read);
    switch (next) {
    case AfterStoresRead::Show:
        break;
    case AfterStoresRead::ShowLastSync:
        showLastSync(read);
        break;
    case AfterStoresRead::AskWhy:
        if (!read.error.isEmpty())
            QMessageBox::warning(
                this, tr("Why is an order not here?"),
                tr("The connected stores could not be read: %1\nTry again in a moment.").arg(read.error));
        else
            askWhichOrder(read.stores);
        break;
    }
    Q_EMIT storesShown();
}

void MainWindow::showStores(const StoresRead &read)
{
    if (!read.error.isEmpty()) {
        // What the window shows stays as it was; the label says why it may be out of date.
        m_storeStatusLabel->setText(tr("Database problem: %1").arg(read.error));
        return;
    }
    QStringList names;
    for (const StoreConfig &store : read.stores)
        names.append(store.name);
    m_shownStores = read.stores;
    m_storeStatusLabel->setText(names.isEmpty() ? tr("No store connected")
                                                : tr("Connected: %1").arg(names.join(QStringLiteral(", "))));
    m_refreshScheduler->setStores(read.stores);

    const bool haveStores = !read.stores.isEmpty();
    m_importAction->setEnabled(haveStores);
    m_refreshAction->setEnabled(haveStores);
    if (haveStores && !m_printingInToolBar) {
        m_printingInToolBar = true;
        const QList<QAction *> printing = {m_shipmentsView->printAction(), m_shipmentsView->reprintAction(),
                                           m_shipmentsView->voidAction(), m_shipmentsView->dispatchAction()};
        m_toolBar->insertActions(m_toolBarPrintPlace, printing);
        m_shipmentsMenu->insertActions(m_importAction, printing);
        m_shipmentsMenu->insertSeparator(m_importAction);
        // Not exclusive: a group only to hide them together (a hidden action's shortcut does nothing).
        m_printingActions = new QActionGroup(this);
        m_printingActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
        for (QAction *action : printing)
            m_printingActions->addAction(action);
    }
    // A store removed keeps its history in the database, but with none connected the call to action comes first.
    m_haveStores = haveStores;
    showCurrentScreen();
    // The grid read the stores itself when it was made, at start-up.
    if (m_storesShown) {
        m_shipmentsView->reloadStores();
        if (m_stockScreen)
            m_stockScreen->reloadStores();
    }
    m_storesShown = true;
    if (m_importDialog)
        m_importDialog->reloadStores();
}

void MainWindow::settingsApplied()
{
    requestStores(AfterStoresRead::Show);
}

void MainWindow::showLastSync(const StoresRead &read)
{
    // A sync that started or finished while the stores were read is newer than anything recorded.
    if (m_syncReported)
        return;
    // The last sync any store recorded, so a restart does not look like "never synced".
    QDateTime latest;
    QString latestName;
    for (qsizetype i = 0; i < read.stores.size() && i < read.syncStates.size(); ++i) {
        const StoreConfig &store = read.stores.at(i);
        const SyncState &state = read.syncStates.at(i);
        if (state.lastAttemptAt.isValid() && !state.lastError.isEmpty() &&
            (!state.lastSuccessAt.isValid() || state.lastAttemptAt > state.lastSuccessAt)) {
            ImportReport failed;
            failed.failure = ImportReport::Failure::Network;
            failed.error = state.lastError;
            syncFinished(QString(), store.name, failed);
            return;
        }
        if (state.lastSuccessAt.isValid() && (!latest.isValid() || state.lastSuccessAt > latest)) {
            latest = state.lastSuccessAt;
            latestName = store.name;
        }
    }
    if (latest.isValid())
        m_syncStatusLabel->setText(tr("Last sync %1 (%2)").arg(syncTimeText(latest), latestName));
}

void MainWindow::syncStarted(const QString &source, const QString &storeNames)
{
    m_syncReported = true;
    m_syncsRunning.insert(source);
    m_syncNames.insert(source, storeNames);
    m_syncStatusLabel->setText(tr("Syncing %1…").arg(storeNames));
    m_syncStatusLabel->setToolTip(QString());
}

void MainWindow::syncFinished(const QString &source, const QString &storeNames, const ImportReport &report)
{
    m_syncReported = true;
    m_syncsRunning.remove(source);
    m_syncNames.remove(source);
    // Several stores: name only those that failed as failed.
    QStringList succeeded;
    QStringList failed;
    QString firstError;
    for (const StoreImportOutcome &store : report.stores) {
        (store.isOk() ? succeeded : failed) << store.storeName;
        if (!store.isOk() && firstError.isEmpty())
            firstError = store.error;
    }
    if (!failed.isEmpty() && report.failure != ImportReport::Failure::Cancelled) {
        const QString firstLine = firstError.section(QLatin1Char('\n'), 0, 0).trimmed();
        QString text = tr("Sync failed (%1): %2").arg(failed.join(tr(", ", "list separator")), firstLine);
        if (!succeeded.isEmpty())
            text =
                tr("%1; synced %2 (%3)", "failure; time (stores)")
                    .arg(text, syncTimeText(QDateTime::currentDateTime()), succeeded.join(tr(", ", "list separator")));
        m_syncStatusLabel->setText(text);
        m_syncStatusLabel->setToolTip(report.error);
        return;
    }
    if (report.isOk()) {
        if (!m_syncsRunning.isEmpty()) {
            // Another sync still runs: say so rather than "last sync" for half the picture.
            m_syncStatusLabel->setText(tr("Syncing %1…").arg(m_syncNames.value(*m_syncsRunning.cbegin())));
            m_syncStatusLabel->setToolTip(QString());
            return;
        }
        m_syncStatusLabel->setText(tr("Last sync %1 (%2)").arg(syncTimeText(QDateTime::currentDateTime()), storeNames));
        m_syncStatusLabel->setToolTip(QString());
        return;
    }
    if (report.failure == ImportReport::Failure::Cancelled) {
        m_syncStatusLabel->setText(tr("Import cancelled (%1)").arg(storeNames));
        m_syncStatusLabel->setToolTip(report.error);
        return;
    }
    const QString firstLine = report.error.section(QLatin1Char('\n'), 0, 0).trimmed();
    m_syncStatusLabel->setText(tr("Sync failed (%1): %2").arg(storeNames, firstLine));
    m_syncStatusLabel->setToolTip(report.error);
}

void MainWindow::shipmentsChanged(const QStringList &keys)
{
    if (m_shipmentsView)
        m_shipmentsView->refreshKeys(keys);
}

void MainWindow::createChangeFeed()
{
    // What other stations (and this station's command line) change appears here within a second or two, row by row.
    m_changeFeed = new ChangeFeed(m_database, this);
    connect(m_changeFeed, &ChangeFeed::shipmentsChanged, this, &MainWindow::shipmentsChanged);
    connect(m_changeFeed, &ChangeFeed::manyShipmentsChanged, this, [this] {
        if (m_shipmentsView)
            m_shipmentsView->reload();
        m_writebackPanel->refresh();
    });
    connect(m_changeFeed, &ChangeFeed::shipmentsChanged, m_writebackPanel, &WritebackPanel::refresh);
    // A label printed at another station queues a write-back that the holder of the store's lease sends: when this
    // station holds it, the write-back goes now, not after this station's next print.
    connect(m_changeFeed, &ChangeFeed::shipmentsChanged, m_writebackRunner, &WritebackRunner::wake);
    connect(m_changeFeed, &ChangeFeed::manyShipmentsChanged, m_writebackRunner, &WritebackRunner::wake);
    connect(m_changeFeed, &ChangeFeed::availabilityChanged, this, &MainWindow::databaseAvailabilityChanged);
    m_changeFeed->start();
}

void MainWindow::databaseAvailabilityChanged(bool available, const QString &message)
{
    if (available) {
        if (m_databaseStatusLabel->isVisible())
            statusBar()->showMessage(tr("The database is back; everything carries on."), 8000);
        m_databaseStatusLabel->hide();
        return;
    }
    //: %1 is a time such as 14:05.
    m_databaseStatusLabel->setText(tr("Database unreachable since %1, reconnecting…")
                                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_databaseStatusLabel->setToolTip(
        tr("%1\n\n%2\nNothing is lost: printing and write-backs wait until the database answers again, and what "
           "other stations did meanwhile appears then.")
            .arg(m_database.location().displayName(), message));
    m_databaseStatusLabel->show();
}

void MainWindow::createWriteback()
{
    m_writebackRunner = new WritebackRunner(m_database, m_stores, &m_executor, this);
    m_printController = new PrintController(m_profile, m_database, this, this);
    m_printController->setWritebackRunner(m_writebackRunner);
    connect(m_printController, &PrintController::finished, this, &MainWindow::closeIfWorkDone);
    m_writebackPanel = new WritebackPanel(m_database, this);
    m_writebackPanel->setWritebackRunner(m_writebackRunner);
    // Hidden until asked for; restoreState() brings it back as it was left.
    addDockWidget(Qt::BottomDockWidgetArea, m_writebackPanel);
    m_writebackPanel->hide();

    m_writebackKeysDelay.setSingleShot(true);
    m_writebackKeysDelay.setInterval(250);
    connect(&m_writebackKeysDelay, &QTimer::timeout, this, [this] {
        const QStringList keys(m_writebackKeys.cbegin(), m_writebackKeys.cend());
        m_writebackKeys.clear();
        shipmentsChanged(keys);
    });
    connect(m_writebackRunner, &WritebackRunner::rowChanged, this, [this](const QString &key) {
        m_writebackKeys.insert(key);
        if (!m_writebackKeysDelay.isActive())
            m_writebackKeysDelay.start();
        m_writebackPanel->refresh();
    });
    connect(m_writebackRunner, &WritebackRunner::leasesChanged, m_refreshScheduler, &RefreshScheduler::setLeasedStores);
    connect(m_writebackRunner, &WritebackRunner::databaseError, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Write-back: %1").arg(message), 10000); });
    connect(m_writebackRunner, &WritebackRunner::started, this, [this] {
        m_writebackStarting = false;
        updateWritebackStatus();
        m_writebackPanel->refresh();
        if (m_writebackRestart) {
            m_writebackRestart = false;
            restartWriteback();
        }
    });
    // Hidden with the focus in it (Ctrl+Shift+B after a Retry): the packer is back at the scan field, not nowhere.
    connect(m_writebackPanel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        QWidget *focus = QApplication::focusWidget();
        if (!visible && m_shipmentsView && (!focus || m_writebackPanel->isAncestorOf(focus)))
            m_shipmentsView->scanEdit()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_printController, &PrintController::writebacksChanged, m_writebackPanel, &WritebackPanel::refresh);
    connect(m_writebackPanel, &WritebackPanel::countsChanged, this, &MainWindow::updateWritebackStatus);
    connect(m_writebackPanel, &WritebackPanel::shipmentsChanged, this, &MainWindow::shipmentsChanged);
    connect(m_writebackPanel, &WritebackPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_writebackPanel->refresh();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_writebackShown)
        return;
    m_writebackShown = true;
    // After the window is on screen: the keychain may take a moment, and the packer can start meanwhile.
    QMetaObject::invokeMethod(this, &MainWindow::restartWriteback, Qt::QueuedConnection);
}

void MainWindow::restartWriteback()
{
    if (!m_writebackShown)
        return; // the first show starts it with what is there by then
    if (m_writebackStarting) {
        m_writebackRestart = true;
        return;
    }
    m_writebackStarting = true;
    m_writebackRunner->start();
}

void MainWindow::showWritebackPanel()
{
    m_writebackPanel->show();
    m_writebackPanel->raise();
}

void MainWindow::updateWritebackStatus()
{
    const OutboxCounts &counts = m_writebackPanel->counts();
    QString pending = tr("Write-backs pending: %1").arg(counts.pending());
    if (counts.waitingDispatch > 0)
        pending = tr("%1 · %n waiting for dispatch", nullptr, counts.waitingDispatch).arg(pending);
    m_writebackPendingButton->setText(pending);
    QStringList tip{tr("Queued %1, sending %2, retrying %3, sent %4")
                        .arg(counts.queued)
                        .arg(counts.sending)
                        .arg(counts.retrying)
                        .arg(counts.sent)};
    const QStringList withoutToken = m_writebackRunner->storesWithoutToken();
    if (!withoutToken.isEmpty())
        tip << tr("Not written back from this station (no token here): %1")
                   .arg(withoutToken.join(tr(", ", "list separator")));
    tip << tr("Click to show or hide the Write-backs panel (Ctrl+Shift+B).");
    m_writebackPendingButton->setToolTip(tip.join(QLatin1Char('\n')));
    QString failed;
    if (counts.failed > 0 && counts.held > 0)
        failed = tr("%1 failed, %2 held").arg(counts.failed).arg(counts.held);
    else if (counts.failed > 0)
        failed = tr("%n failed", nullptr, counts.failed);
    else if (counts.held > 0)
        failed = tr("%n held", nullptr, counts.held);
    m_writebackFailedButton->setText(failed);
    m_writebackFailedButton->setVisible(!failed.isEmpty());
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_profile, m_stores, this);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::settingsApplied);
        // Rules applied or accounts changed from Settings: the grid reads its rows and accounts again.
        if (auto *rules = m_settingsDialog->findChild<RulesPage *>())
            connect(rules, &RulesPage::shipmentsChanged, this, [this] {
                if (m_shipmentsView)
                    m_shipmentsView->reload();
            });
        // Stores or tokens changed: the write-back reads them again.
        if (auto *integrations = m_settingsDialog->findChild<IntegrationsPage *>())
            connect(integrations, &IntegrationsPage::storesChanged, this, &MainWindow::restartWriteback);
        if (auto *accounts = m_settingsDialog->findChild<AccountsPage *>())
            connect(accounts, &AccountsPage::accountsChanged, this, [this] {
                if (m_shipmentsView) {
                    m_shipmentsView->reloadStores();
                    m_shipmentsView->reload();
                }
            });
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::openIntegrations()
{
    openSettings();
    m_settingsDialog->showPage(SettingsDialog::Page::Integrations);
}

void MainWindow::openImport()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_profile, m_database, m_stores, m_importRunner, this);
        connect(m_importDialog, &ImportDialog::importStarted, this,
                [this](const QString &storeNames) { syncStarted(kImportSource, storeNames); });
        connect(m_importDialog, &ImportDialog::importFinished, this,
                [this](const QString &storeNames, const ImportReport &report) {
                    syncFinished(kImportSource, storeNames, report);
                    // Closing waited for this import: either the user chose to cancel it, or it ended while the
                    // question was still open, and nothing is left in the middle now.
                    if (m_closeAfterImport || m_closeQuestion) {
                        m_closeWithoutAsking = true;
                        close();
                    }
                });
    } else if (!m_importDialog->isRunning()) {
        m_importDialog->reloadStores();
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

void MainWindow::refreshNow()
{
    // The stores the status bar names; each refresh reads its store's settings as they are now before it starts.
    for (const StoreConfig &store : std::as_const(m_shownStores))
        m_refreshScheduler->refreshNow(store.id);
}

void MainWindow::askWhyOrderMissing()
{
    requestStores(AfterStoresRead::AskWhy);
}

void MainWindow::askWhichOrder(const QList<StoreConfig> &stores)
{
    if (stores.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Why is an order not here?"),
                                    tr("A store must be connected first: Packbench looks the order up in the store "
                                       "it comes from."),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("whyNoStoreBox"));
        box->setInformativeText(tr("Connect your BigCommerce store in Settings > Integrations."));
        QPushButton *connectButton = box->addButton(tr("Connect a store…"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Close);
        box->setDefaultButton(connectButton);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(connectButton, &QPushButton::clicked, this, &MainWindow::openIntegrations);
        box->open();
        return;
    }
    QStringList names;
    for (const StoreConfig &store : stores)
        names << store.name;
    bool ok = true;
    int chosen = 0;
    if (names.size() > 1) {
        const QString name =
            QInputDialog::getItem(this, tr("Why is an order not here?"), tr("Store:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = std::max<int>(0, static_cast<int>(names.indexOf(name)));
    }
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Why is an order not here?"));
    ask.setLabelText(tr("BigCommerce order number:"));
    ask.setInputMode(QInputDialog::TextInput);
    // Wide enough for its title (the default cut it to "Why…"): its layout sizes the dialog from the field.
    if (auto *field = ask.findChild<QLineEdit *>())
        field->setMinimumWidth(ask.fontMetrics().horizontalAdvance(ask.windowTitle()) * 3 / 2 + 120);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString number = ask.textValue().trimmed().remove(QLatin1Char('#'));
    if (number.isEmpty())
        return;
    const qint64 orderId = number.toLongLong(&ok);
    if (!ok || orderId <= 0) {
        QMessageBox::warning(
            this, tr("Why is an order not here?"),
            tr("\"%1\" is not an order number. Type the number shown in BigCommerce, e.g. 1042.").arg(number));
        return;
    }
    // The store as just read: OrderExplainer reads its token and what the database knows of the order itself.
    explain(stores.at(chosen), orderId);
}

void MainWindow::explainOrder(const QUuid &storeId, qint64 orderId)
{
    DatabaseExecutor::run(
        &m_executor, this,
        [&database = m_database, storeId] {
            StoreRead read;
            read.store = StoreRepository(database).findById(storeId, &read.error);
            return read;
        },
        [this, orderId](const StoreRead &read) { storeReadForExplanation(orderId, read); });
}

void MainWindow::storeReadForExplanation(qint64 orderId, const StoreRead &read)
{
    if (read.store) {
        explain(*read.store, orderId);
        return;
    }
    // Said in the same box as an explanation: the person asked and waits for an answer.
    showExplanation(orderId, {read.error.isEmpty()
                                  ? tr("The store of order #%1 is no longer connected; it may have been removed at "
                                       "another station.")
                                        .arg(orderId)
                                  : tr("The store could not be read: %1").arg(read.error)});
}

void MainWindow::explain(const StoreConfig &store, qint64 orderId)
{
    statusBar()->showMessage(tr("Looking up order #%1 in %2…").arg(orderId).arg(store.name), 5000);
    OrderExplainer::explain(
        m_stores, m_database, store, orderId, this,
        [this, orderId](const QStringList &lines, StoreService::Outcome) { showExplanation(orderId, lines); },
        &m_executor);
}

void MainWindow::showExplanation(qint64 orderId, const QStringList &lines)
{
    statusBar()->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Order #%1").arg(orderId),
                                lines.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("whyMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    Q_EMIT orderExplained(lines);
}

bool MainWindow::manualImportRunning() const
{
    return m_importDialog && m_importDialog->isRunning();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An automatic refresh needs no question: its runner cancels it when the window goes. A manual import was
    // started by a person, who decides.
    if (manualImportRunning() && !m_closeWithoutAsking && !m_closeAfterImport) {
        event->ignore();
        askCloseDuringImport();
        return;
    }
    // Work under way ends first. Prints: they are recorded before their labels go out, so closing in between would
    // leave shipments printed without a label. Stock: a look-up or push is cancelled (what was sent stays sent, the
    // rest is marked "not sent") and the counts scanned are saved. Their end closes the window again.
    if (workUnderWay()) {
        event->ignore();
        if (!m_closeWhenWorkDone) {
            m_closeWhenWorkDone = true;
            statusBar()->showMessage(
                tr("Finishing the prints and stock work under way; Packbench closes when they are done…"));
            if (m_stockScreen)
                m_stockScreen->finishWork();
        }
        return;
    }
    saveWindowState();
    if (m_closeQuestion)
        m_closeQuestion->close();
    QMainWindow::closeEvent(event);
}

bool MainWindow::workUnderWay() const
{
    return (m_printController && m_printController->actionsRunning() > 0) || (m_stockScreen && m_stockScreen->isBusy());
}

void MainWindow::closeIfWorkDone()
{
    if (m_closeWhenWorkDone && !workUnderWay())
        close();
}

void MainWindow::askCloseDuringImport()
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        m_closeQuestion->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import still running"),
                                tr("An import of %1 is still running.").arg(m_syncNames.value(kImportSource)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeDuringImportBox"));
    box->setInformativeText(tr("Cancel it and close Packbench? What has been imported so far stays; the next import "
                               "fetches the rest."));
    QPushButton *cancelButton = box->addButton(tr("Cancel import and close"), QMessageBox::DestructiveRole);
    cancelButton->setObjectName(QStringLiteral("cancelImportAndCloseButton"));
    QPushButton *keepButton = box->addButton(tr("Keep Packbench open"), QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("keepOpenButton"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        if (!manualImportRunning()) { // it ended while the question was open
            m_closeWithoutAsking = true;
            close();
            return;
        }
        // Closed once the import has stopped after the page being saved (importFinished), so nothing is cut off.
        m_closeAfterImport = true;
        statusBar()->showMessage(tr("Cancelling the import; Packbench closes when it has stopped…"));
        m_importDialog->cancelOrClose();
    });
    m_closeQuestion = box;
    box->open();
}

void MainWindow::closeForTermination()
{
    m_closeWithoutAsking = true;
    if (m_closeQuestion)
        m_closeQuestion->close();
    // The runner cancels the job when the window is destroyed; the page being written is finished first.
    if (manualImportRunning())
        m_importDialog->cancelOrClose();
    // A question no one will answer (void a shipment BigCommerce has?) is answered no, so the action it holds ends
    // and the window can close after it.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible() && dialog->windowModality() != Qt::NonModal)
            dialog->reject();
    }
    close();
}

void MainWindow::saveWindowState()
{
    AppSettings settings(m_profile);
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    if (m_shipmentsView) {
        settings.setShipmentsHeaderState(m_shipmentsView->headerState());
        settings.setShipmentsFilter(m_shipmentsView->filterChoice());
    }
    settings.sync();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Packbench"),
                       tr("<h3>Packbench %1</h3><p>A shipping console for BigCommerce stores: import the orders "
                          "that are ready to ship, print labels and write the tracking back.</p>"
                          "<p>Profile: %2</p>")
                           .arg(QString::fromLatin1(kVersion), m_profile.directory().toHtmlEscaped()));
}

} // namespace Packbench
