#pragma once

#include "core/bigcommerce/ConnectionTester.h"
#include "core/settings/Profile.h"
#include "ui/settings/SettingsPage.h"

#include <QUuid>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Packbench {

class StoreForm;
class StoreService;

// Settings > Integrations: the connected BigCommerce stores. Add, edit (one store at a time), remove, and test the
// connection with what the form holds. The list marks a store whose last connection test or import failed.
class IntegrationsPage : public SettingsPage
{
    Q_OBJECT
public:
    IntegrationsPage(const Profile &profile, StoreService &stores, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    StoreForm *form() const { return m_form; }
    // Why the store is marked in the list (last test or import failed), or empty.
    QString storeProblem(const QUuid &id);
    QUuid currentStoreId() const { return m_currentId; }

public Q_SLOTS:
    void addStore();
    void removeStore();
    void testConnection();
    void discardChanges();

Q_SIGNALS:
    void storesChanged();
    void connectionTested(const Packbench::ConnectionReport &report);

private:
    void reloadList(const QUuid &select);
    void showStore(const QUuid &id);
    void refreshTokenState();
    void setEdited(bool edited);
    void showMessage(const QString &text, bool error);
    void updateControls();
    void updateStoreMarks();
    // The failed test is kept in the profile's settings (this station's view: tokens are per station too).
    QString lastTestFailure(const QUuid &id) const;
    void setLastTestFailure(const QUuid &id, const QString &summary);
    // Whether Apply may go on: asks when the last Test connection of what the form holds failed.
    bool confirmAfterFailedTest();

    // What the last failed Test connection was given: Apply with the same asks first.
    struct FailedTest
    {
        QUuid storeId;
        QString apiPath;
        QString clientId;
        QString accessToken;
        QString summary;
    };
    std::optional<FailedTest> m_failedTest;
    bool m_keepFailedToken = false;

    Profile m_profile;
    StoreService &m_stores;
    QListWidget *m_storeList = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_formArea = nullptr;
    StoreForm *m_form = nullptr;
    QUuid m_currentId;
    bool m_isNew = false;
    bool m_edited = false;
    bool m_busy = false;
};

} // namespace Packbench
