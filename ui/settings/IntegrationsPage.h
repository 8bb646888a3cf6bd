#pragma once

#include "core/bigcommerce/ConnectionTester.h"
#include "core/domain/StoreConfig.h"
#include "core/integrations/StoreService.h"
#include "core/settings/Profile.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/SettingsPage.h"

#include <QUuid>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Packbench {

class Database;
class StoreForm;

// Settings > Integrations: the connected BigCommerce stores. Add, edit (one store at a time), remove, and test the
// connection with what the form holds. The list marks a store whose last connection test or import failed.
//
// The stores (with their storefront names, status labels and last import error) are read on a worker thread with its
// own database connection, and so is the count a removal asks about: the page keeps what it shows meanwhile, and
// shows a store from what it read. Saving, removing and testing go through StoreService, which keeps the database
// rows and the keychain in step and runs its statements on a worker thread of its own (the page asks it to); after a
// save or a removal, the list is read again before the page reports the outcome.
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
    QString storeProblem(const QUuid &id) const;
    QUuid currentStoreId() const { return m_currentId; }
    // The stores are being read (load() and every change answer with storesLoaded()).
    bool isLoading() const { return m_storesRequest != m_storesAnswered; }

public Q_SLOTS:
    void addStore();
    void removeStore();
    void testConnection();
    void discardChanges();

Q_SIGNALS:
    void storesChanged();
    // The stores read by load(), discardChanges() or after a save or a removal are in the list.
    void storesLoaded();
    void connectionTested(const Packbench::ConnectionReport &report);

private:
    // A store as the worker read it, with what the form and the list show of it.
    struct StoreEntry
    {
        StoreConfig store;
        QList<ChannelInfo> channels;
        QList<StatusLabel> statusLabels;
        QString importError; // the last import's failure, or empty
    };
    struct StoresRead
    {
        QList<StoreEntry> stores;
        QString error;
    };

    static StoresRead readStores(Database &database);
    // Reads the stores on the worker, then shows them and calls `then` with the read's failure, if any (always, even
    // when a newer read replaced the answer, so a step waiting for it goes on).
    void requestStores(std::function<void(const QString &readError)> then = {});
    void storesRead(quint64 request, const StoresRead &read);
    // The list from the stores read; unless the form holds changes, the current store (or the first) in the form.
    void showList();
    const StoreEntry *entry(const QUuid &id) const;
    void showStore(const QUuid &id);
    void saved(const QUuid &id, bool credentialsChanged, const StoreService::Result &result);
    void askAndRemove(const StoreConfig &store, int waiting);
    void storeRemoved(const StoreService::Result &result);
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
    QList<StoreEntry> m_entries;
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
    quint64 m_storesRequest = 0;  // bumped by every read: an older read's answer is not shown
    quint64 m_storesAnswered = 0; // the last request whose answer is shown

    // The reads run here, one at a time; last, so it is destroyed first.
    DatabaseWorker m_worker{QStringLiteral("integrations-worker")};
};

} // namespace Packbench
