#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/integrations/StoreService.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace Packbench {

MainWindow::MainWindow(const Profile &profile, StoreService &stores, const QString &stationName, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_stores(stores)
    , m_stationName(stationName)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Packbench"));

    m_central = new QStackedWidget(this);
    m_connectPrompt = new ConnectStorePrompt(m_central);
    m_central->addWidget(m_connectPrompt);
    setCentralWidget(m_central);
    connect(m_connectPrompt, &ConnectStorePrompt::connectRequested, this, &MainWindow::openIntegrations);

    createActions();
    createStatusBar();
    refreshStores();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

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
    toolBar->addAction(m_settingsAction);
}

void MainWindow::createStatusBar()
{
    m_storeStatusLabel = new QLabel(tr("No store connected"), this);
    m_storeStatusLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    statusBar()->addWidget(m_storeStatusLabel, 1);
    if (!m_stationName.isEmpty())
        statusBar()->addPermanentWidget(new QLabel(tr("Station: %1").arg(m_stationName), this));
}

void MainWindow::refreshStores()
{
    QString error;
    const QList<StoreConfig> stores = m_stores.stores(&error);
    QStringList names;
    for (const StoreConfig &store : stores)
        names.append(store.name);
    if (!error.isEmpty())
        m_storeStatusLabel->setText(tr("Database problem: %1").arg(error));
    else if (names.isEmpty())
        m_storeStatusLabel->setText(tr("No store connected"));
    else
        m_storeStatusLabel->setText(tr("Connected: %1").arg(names.join(QStringLiteral(", "))));
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_profile, m_stores, this);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::refreshStores);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &QObject::destroyed, this, [this] { m_settingsDialog = nullptr; });
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Packbench"),
                       tr("<h3>Packbench %1</h3><p>A shipping console for BigCommerce stores: import the orders "
                          "that are ready to ship, print labels and write the tracking back.</p>"
                          "<p>Profile: %2</p>")
                           .arg(QString::fromLatin1(kVersion), m_profile.directory().toHtmlEscaped()));
}

} // namespace Packbench
