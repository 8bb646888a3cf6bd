#pragma once

#include "core/bigcommerce/ConnectionTester.h"
#include "core/domain/StoreConfig.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Profile.h"

#include <QObject>
#include <functional>
#include <optional>

namespace Packbench {

class ApiPath;
class Database;
class DatabaseExecutor;
class StoreRepository;

// Connecting, editing and removing stores: the one place that keeps the database rows and the keychain entries in
// step, for the Integrations form and the `packbench store` commands alike. Nothing is ever half-saved: a store row
// exists only once its token is in the keychain, and a failed row write takes the token back out.
//
// Each operation runs as steps: checks on the database, the keychain, the row on the database, the keychain again when
// the row fails. An operation once begun runs to its end even when its caller goes meanwhile (only the answer is then
// dropped), so a closed window never leaves a token without its store.
class StoreService : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,
        Invalid,  // bad input: see message
        NotFound, // no such store
        NameTaken,
        StoreTaken, // the store hash is already connected as another store (see message)
        Keychain,   // keychain unavailable, locked or failing
        Database,
        HasUnshipped, // remove without force while orders wait
        Refused,      // BigCommerce said no (401/403/404/4xx)
        Network,      // could not reach BigCommerce, timeout, 5xx
    };
    struct Result
    {
        Outcome outcome = Outcome::Ok;
        QString message;
        bool isOk() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    enum class TokenState
    {
        Stored,
        Missing,
        KeychainUnavailable
    };

    StoreService(const Profile &profile, Database &database, SecretStore &secrets, QObject *parent = nullptr);
    ~StoreService() override;

    // Validation shared by form and command line; an empty string = fine.
    static QString validateName(const QString &name);
    static QString validateToken(const QString &token, const QString &what);
    // A token as the user pasted it: surrounding whitespace removed.
    static QString cleanToken(const QString &token) { return token.trimmed(); }

    // The database the stores live in (the Integrations page reads each store's last import error from it).
    Database &database() const { return m_database; }

    // From now on the database steps of addStore, updateStore, replaceSecrets, removeStore and testConnection run on
    // a thread of the service's own, and what follows them goes on queued on this thread: a window calls this so that
    // it never waits on the database server. Without it (the command line, which waits anyway) they run on the calling
    // thread. Once on, it stays on.
    void runDatabaseWorkOnWorkerThread();

    QList<StoreConfig> stores(QString *error = nullptr);
    std::optional<StoreConfig> store(const QString &name);
    std::optional<StoreConfig> store(const QUuid &id);
    QList<ChannelInfo> channels(const QUuid &storeId);
    QList<StatusLabel> statusLabels(const QUuid &storeId);

    // `store.id` must be new. clientSecret may be empty (optional). A store hash that an active store of the profile
    // already has (whatever its case) is refused with StoreTaken, here and in updateStore.
    void addStore(const StoreConfig &store, const QString &accessToken, const QString &clientSecret, QObject *context,
                  Callback callback);
    // Saves the settings; replaces the token (and client secret) only when given.
    void updateStore(const StoreConfig &store, const QString &newAccessToken, const QString &newClientSecret,
                     QObject *context, Callback callback);
    void replaceSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret, QObject *context,
                        Callback callback);
    // Deletes the store's shipments, orders and import state with it, in one transaction; without `force`, refused
    // (HasUnshipped) while shipments wait to ship.
    void removeStore(const QUuid &storeId, bool force, QObject *context, Callback callback);
    // How many of the store's shipments still wait to ship (a removal asks first).
    int unshippedCount(const QUuid &storeId);

    void tokenState(const QUuid &storeId, QObject *context, std::function<void(TokenState, QString)> callback);

    // This station's access tokens for the stores, read from the keychain one after the other. On the first store
    // whose token is missing or unreadable, answers with an empty list and the reason.
    void accessTokens(const QList<StoreConfig> &stores, QObject *context,
                      std::function<void(const QList<QPair<StoreConfig, QString>> &, const Result &)> callback);

    // Test connection with the stored token, or with `accessTokenOverride` (the form's unsaved token). Stores the
    // channel names and status labels it finds when the store exists.
    void testConnection(const StoreConfig &store, const QString &accessTokenOverride, QObject *context,
                        std::function<void(const ConnectionReport &, Outcome)> callback);

private:
    using TestCallback = std::function<void(const ConnectionReport &, Outcome)>;

    Result validate(const StoreConfig &store) const;
    // StoreTaken when another active store has the store hash, Database when the lookup fails, else Ok.
    Result checkStoreHashFree(const StoreConfig &store);
    static Result storeTaken(const StoreConfig &existing); // names the store that has the hash
    // Both secrets of a store (the client secret only when given), then `done` on this thread.
    void writeSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret, Callback done);
    void removeSecrets(const QUuid &storeId, std::function<void()> done);
    // `work` (a database step: StoreRepository and Database are safe on any thread) where
    // runDatabaseWorkOnWorkerThread() says, then `then` with its result on this thread.
    template <typename Work, typename Then> void onDatabase(Work work, Then then);

    // The database steps: each returns what the next step decides on.
    Result checkNewStore(const StoreConfig &store);
    Result insertRow(const StoreConfig &store);
    Result checkExistingStore(const StoreConfig &store);
    Result updateRow(const StoreConfig &store);
    Result checkStoreExists(const QUuid &storeId);
    Result removeRow(const QUuid &storeId, bool force);
    void saveConnectionReport(const QUuid &storeId, const ConnectionReport &report);

    // The steps on this thread, in the order they run. `done` is the caller's callback, dropped once its context
    // is gone.
    void addChecked(const StoreConfig &store, const QString &accessToken, const QString &clientSecret,
                    const Result &checked, const Callback &done);
    void addSecretsWritten(const StoreConfig &store, const Result &written, const Callback &done);
    void addRowWritten(const StoreConfig &store, const Result &inserted, const Callback &done);
    void updateChecked(const StoreConfig &store, const QString &newAccessToken, const QString &newClientSecret,
                       const Result &checked, const Callback &done);
    void updateSecretsWritten(const StoreConfig &store, const Result &written, const Callback &done);
    void removeRowDone(const QUuid &storeId, const Result &removed, const Callback &done);
    void runConnectionTest(const StoreConfig &store, const ApiPath &path, const QString &token,
                           const TestCallback &done);
    void connectionTested(const StoreConfig &store, const ConnectionReport &report, const TestCallback &done);

    Profile m_profile;
    Database &m_database;
    SecretStore &m_secrets;
    std::unique_ptr<StoreRepository> m_repository;
    // Set by runDatabaseWorkOnWorkerThread(); last, so it is destroyed first: the steps it still runs use the rest.
    std::unique_ptr<DatabaseExecutor> m_executor;
};

} // namespace Packbench
