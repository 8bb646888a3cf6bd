#pragma once

#include "core/settings/Profile.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace Packbench {

class ConnectStorePrompt;
class SettingsDialog;
class StoreService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Profile &profile, StoreService &stores, const QString &stationName, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectStorePrompt *connectStorePrompt() const { return m_connectPrompt; }
    // The Settings dialog while it is open (non-modal, one at a time), else nullptr.
    SettingsDialog *settingsDialog() const;

public Q_SLOTS:
    void openSettings();
    void openIntegrations();
    void showAbout();

private:
    void createActions();
    void createStatusBar();
    void refreshStores();

    Profile m_profile;
    StoreService &m_stores;
    QString m_stationName;
    QStackedWidget *m_central = nullptr;
    ConnectStorePrompt *m_connectPrompt = nullptr;
    QLabel *m_storeStatusLabel = nullptr;
    QAction *m_settingsAction = nullptr;
    SettingsDialog *m_settingsDialog = nullptr;
};

} // namespace Packbench
