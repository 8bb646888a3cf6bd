#include "core/integrations/StoreService.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/bigcommerce/Client.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseExecutor.h"
#include "core/storage/StoreRepository.h"
#include "core/util/ContextGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Packbench {

namespace {

StoreService::Result failure(StoreService::Outcome outcome, const QString &message)
{
    return StoreService::Result{outcome, message};
}

bool hasInnerWhitespace(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    return text.contains(whitespace);
}
} // namespace

StoreService::StoreService(const Profile &profile, Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(database)
    , m_secrets(secrets)
    , m_repository(std::make_unique<StoreRepository>(database))
{
}

StoreService::~StoreService() = default;

QString StoreService::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a store name, e.g. the shop's name, so you can tell stores apart.");
    if (trimmed.size() > 80)
        return tr("The store name is too long (at most 80 characters).");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The store name contains a control character; type it again.");
    }
    return QString();
}

QString StoreService::validateToken(const QString &token, const QString &what)
{
    const QString cleaned = cleanToken(token);
    if (cleaned.isEmpty())
        return tr("Enter the %1.").arg(what);
    if (hasInnerWhitespace(cleaned))
        return tr("The %1 contains spaces or line breaks. Copy it again as one piece from BigCommerce.").arg(what);
    if (cleaned.size() > 512)
        return tr("The %1 is far too long to be one; copy it again from BigCommerce.").arg(what);
    return QString();
}

StoreService::Result StoreService::validate(const StoreConfig &store) const
{
    QString message = validateName(store.name);
    if (message.isEmpty()) {
        const ApiPath path = ApiPath::parse(store.apiPath);
        if (!path.isValid())
            message = path.errorString();
    }
    if (message.isEmpty() && store.clientId.trimmed().isEmpty())
        message = tr("Enter the Client ID of the API account.");
    if (message.isEmpty() && hasInnerWhitespace(store.clientId.trimmed()))
        message = tr("The Client ID contains spaces or line breaks. Copy it again as one piece.");
    if (message.isEmpty() && store.importStatuses.isEmpty())
        message = tr("Choose at least one order status to import (usually Awaiting Fulfillment).");
    if (message.isEmpty()) {
        for (int id : store.importStatuses + store.updateStatuses) {
            if (!OrderStatus::isKnown(id)) {
                message = tr("%1 is not a BigCommerce order status (0-14).").arg(id);
                break;
            }
        }
    }
    if (message.isEmpty() && (store.autoImportMinutes < 0 || store.autoImportMinutes > 1440))
        message = tr("The automatic import interval must be between 1 and 1440 minutes, or off.");
    if (message.isEmpty() && store.defaultChannelId < 1)
        message = tr("The default channel id must be 1 or more.");
    return message.isEmpty() ? Result{} : failure(Outcome::Invalid, message);
}

StoreService::Result StoreService::storeTaken(const StoreConfig &existing)
{
    return failure(Outcome::StoreTaken,
                   tr("Store hash \"%1\" is already connected as \"%2\"; a BigCommerce store can be connected only "
                      "once. Change the settings of \"%2\" instead, or remove it first.")
                       .arg(existing.storeHash, existing.name));
}

StoreService::Result StoreService::checkStoreHashFree(const StoreConfig &store)
{
    QString error;
    const std::optional<StoreConfig> existing = m_repository->findByStoreHash(store.storeHash, store.id, &error);
    if (existing)
        return storeTaken(*existing);
    if (!error.isEmpty())
        return failure(Outcome::Database, error);
    return Result{};
}

QList<StoreConfig> StoreService::stores(QString *error)
{
    return m_repository->list(error);
}

std::optional<StoreConfig> StoreService::store(const QString &name)
{
    return m_repository->findByName(name);
}

std::optional<StoreConfig> StoreService::store(const QUuid &id)
{
    return m_repository->findById(id);
}

QList<ChannelInfo> StoreService::channels(const QUuid &storeId)
{
    return m_repository->channels(storeId);
}

QList<StatusLabel> StoreService::statusLabels(const QUuid &storeId)
{
    return m_repository->statusLabels(storeId);
}

void StoreService::runDatabaseWorkOnWorkerThread()
{
    if (!m_executor)
        m_executor = std::make_unique<DatabaseExecutor>(QStringLiteral("store-service"));
}

template <typename Work, typename Then> void StoreService::onDatabase(Work work, Then then)
{
    // The steps' context is the service itself: an operation once begun runs to its end (only its caller's answer is
    // dropped when the caller is gone), and the service outlives its executor.
    DatabaseExecutor::run(m_executor.get(), this, std::move(work), std::move(then));
}

void StoreService::writeSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret,
                                Callback done)
{
    const QString secret = cleanToken(clientSecret);
    m_secrets.write(SecretStore::accessTokenKey(m_profile, storeId), cleanToken(accessToken), this,
                    [this, storeId, secret, done](const SecretStore::Result &written) {
                        if (written.status != SecretStore::Status::Ok) {
                            done(failure(Outcome::Keychain, written.errorString));
                            return;
                        }
                        if (secret.isEmpty()) {
                            done(Result{});
                            return;
                        }
                        m_secrets.write(SecretStore::clientSecretKey(m_profile, storeId), secret, this,
                                        [done](const SecretStore::Result &secretWritten) {
                                            if (secretWritten.status != SecretStore::Status::Ok)
                                                done(failure(Outcome::Keychain, secretWritten.errorString));
                                            else
                                                done(Result{});
                                        });
                    });
}

void StoreService::removeSecrets(const QUuid &storeId, std::function<void()> done)
{
    // Whatever the keychain answers: a station without a keychain can still remove a store, and a token taken back
    // after a failed row write is best effort.
    m_secrets.remove(SecretStore::accessTokenKey(m_profile, storeId), this,
                     [this, storeId, done](const SecretStore::Result &) {
                         m_secrets.remove(SecretStore::clientSecretKey(m_profile, storeId), this,
                                          [done](const SecretStore::Result &) { done(); });
                     });
}

namespace {
// The caller's callback, skipped once its context is gone (no context: always called).
template <typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> callback)
{
    return [guard = ContextGuard(context), callback = std::move(callback)](Args... args) {
        if (guard.alive())
            callback(args...);
    };
}

StoreService::Result nameTaken(const QString &name)
{
    return failure(StoreService::Outcome::NameTaken,
                   StoreService::tr("A store named \"%1\" already exists. Choose another name.").arg(name));
}

StoreService::Result storeGone()
{
    return failure(StoreService::Outcome::NotFound,
                   StoreService::tr("This store no longer exists; it may have been removed at another station."));
}

// A store as the user typed it: trimmed, its API path normalised and its store hash taken from it.
StoreConfig normalized(const StoreConfig &input)
{
    StoreConfig store = input;
    const ApiPath path = ApiPath::parse(store.apiPath);
    store.name = store.name.trimmed();
    store.clientId = store.clientId.trimmed();
    if (path.isValid()) {
        store.apiPath = path.normalized();
        store.storeHash = path.storeHash();
    }
    return store;
}
} // namespace

// Add: (1) the input, (2) name and store hash free (database), (3) the secrets (keychain), (4) the row (database),
// (5) on a failed row, the secrets taken back out (keychain).
void StoreService::addStore(const StoreConfig &input, const QString &accessToken, const QString &clientSecret,
                            QObject *context, Callback callback)
{
    const Callback done = guarded(context, std::move(callback));
    const StoreConfig store = normalized(input);
    Result checked = validate(store);
    if (checked.isOk()) {
        const QString tokenProblem = validateToken(accessToken, tr("access token"));
        const QString secretProblem =
            clientSecret.trimmed().isEmpty() ? QString() : validateToken(clientSecret, tr("client secret"));
        if (!tokenProblem.isEmpty() || !secretProblem.isEmpty())
            checked = failure(Outcome::Invalid, tokenProblem.isEmpty() ? secretProblem : tokenProblem);
    }
    if (!checked.isOk()) {
        done(checked);
        return;
    }
    onDatabase([this, store] { return checkNewStore(store); },
               [this, store, accessToken, clientSecret, done](const Result &result) {
                   addChecked(store, accessToken, clientSecret, result, done);
               });
}

StoreService::Result StoreService::checkNewStore(const StoreConfig &store)
{
    QString error;
    if (m_repository->findByName(store.name, &error))
        return nameTaken(store.name);
    if (!error.isEmpty())
        return failure(Outcome::Database, error);
    // Checked again when the row is written (another station may connect it meanwhile); this spares the keychain.
    return checkStoreHashFree(store);
}

void StoreService::addChecked(const StoreConfig &store, const QString &accessToken, const QString &clientSecret,
                              const Result &checked, const Callback &done)
{
    if (!checked.isOk()) {
        done(checked);
        return;
    }
    writeSecrets(store.id, accessToken, clientSecret,
                 [this, store, done](const Result &written) { addSecretsWritten(store, written, done); });
}

void StoreService::addSecretsWritten(const StoreConfig &store, const Result &written, const Callback &done)
{
    if (!written.isOk()) {
        done(written);
        return;
    }
    onDatabase([this, store] { return insertRow(store); },
               [this, store, done](const Result &inserted) { addRowWritten(store, inserted, done); });
}

StoreService::Result StoreService::insertRow(const StoreConfig &store)
{
    QString error;
    StoreConfig existing;
    switch (m_repository->insert(store, &error, &existing)) {
    case StoreRepository::Outcome::Ok:
        return Result{};
    case StoreRepository::Outcome::NameTaken:
        return nameTaken(store.name);
    case StoreRepository::Outcome::StoreTaken:
        return storeTaken(existing);
    default:
        return failure(Outcome::Database, tr("The store could not be saved: %1").arg(error));
    }
}

void StoreService::addRowWritten(const StoreConfig &store, const Result &inserted, const Callback &done)
{
    if (inserted.isOk()) {
        done(inserted);
        return;
    }
    // Take the token back out: no secret without its store.
    removeSecrets(store.id, [done, inserted] { done(inserted); });
}

// Update: (1) the input, (2) the store still there and its store hash free (database), (3) new secrets, when given
// (keychain), (4) the row (database).
void StoreService::updateStore(const StoreConfig &input, const QString &newAccessToken, const QString &newClientSecret,
                               QObject *context, Callback callback)
{
    const Callback done = guarded(context, std::move(callback));
    const StoreConfig store = normalized(input);
    Result checked = validate(store);
    if (checked.isOk() && !newAccessToken.trimmed().isEmpty()) {
        const QString problem = validateToken(newAccessToken, tr("access token"));
        if (!problem.isEmpty())
            checked = failure(Outcome::Invalid, problem);
    }
    if (checked.isOk() && !newClientSecret.trimmed().isEmpty()) {
        const QString problem = validateToken(newClientSecret, tr("client secret"));
        if (!problem.isEmpty())
            checked = failure(Outcome::Invalid, problem);
    }
    if (!checked.isOk()) {
        done(checked);
        return;
    }
    onDatabase([this, store] { return checkExistingStore(store); },
               [this, store, newAccessToken, newClientSecret, done](const Result &result) {
                   updateChecked(store, newAccessToken, newClientSecret, result, done);
               });
}

StoreService::Result StoreService::checkExistingStore(const StoreConfig &store)
{
    QString error;
    if (!m_repository->findById(store.id, &error))
        return error.isEmpty() ? storeGone() : failure(Outcome::Database, error);
    return checkStoreHashFree(store);
}

void StoreService::updateChecked(const StoreConfig &store, const QString &newAccessToken,
                                 const QString &newClientSecret, const Result &checked, const Callback &done)
{
    if (!checked.isOk()) {
        done(checked);
        return;
    }
    const auto secretsWritten = [this, store, done](const Result &written) {
        updateSecretsWritten(store, written, done);
    };
    if (newAccessToken.trimmed().isEmpty() && newClientSecret.trimmed().isEmpty()) {
        secretsWritten(Result{});
        return;
    }
    if (newAccessToken.trimmed().isEmpty()) {
        m_secrets.write(SecretStore::clientSecretKey(m_profile, store.id), cleanToken(newClientSecret), this,
                        [secretsWritten](const SecretStore::Result &written) {
                            secretsWritten(written.status == SecretStore::Status::Ok
                                               ? Result{}
                                               : failure(Outcome::Keychain, written.errorString));
                        });
        return;
    }
    writeSecrets(store.id, newAccessToken, newClientSecret, secretsWritten);
}

void StoreService::updateSecretsWritten(const StoreConfig &store, const Result &written, const Callback &done)
{
    if (!written.isOk()) {
        done(written);
        return;
    }
    onDatabase([this, store] { return updateRow(store); }, done);
}

StoreService::Result StoreService::updateRow(const StoreConfig &store)
{
    QString error;
    StoreConfig existing;
    switch (m_repository->update(store, &error, &existing)) {
    case StoreRepository::Outcome::Ok:
        return Result{};
    case StoreRepository::Outcome::NameTaken:
        return nameTaken(store.name);
    case StoreRepository::Outcome::StoreTaken:
        return storeTaken(existing);
    case StoreRepository::Outcome::NotFound:
        return storeGone();
    case StoreRepository::Outcome::Failed:
        break;
    }
    return failure(Outcome::Database, tr("The store's settings could not be saved: %1").arg(error));
}

// Replace secrets: (1) the input, (2) the store there (database), (3) the secrets (keychain).
void StoreService::replaceSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret,
                                  QObject *context, Callback callback)
{
    const Callback done = guarded(context, std::move(callback));
    QString problem = validateToken(accessToken, tr("access token"));
    if (problem.isEmpty() && !clientSecret.trimmed().isEmpty())
        problem = validateToken(clientSecret, tr("client secret"));
    if (!problem.isEmpty()) {
        done(failure(Outcome::Invalid, problem));
        return;
    }
    onDatabase([this, storeId] { return checkStoreExists(storeId); },
               [this, storeId, accessToken, clientSecret, done](const Result &exists) {
                   if (!exists.isOk())
                       done(exists);
                   else
                       writeSecrets(storeId, accessToken, clientSecret, done);
               });
}

StoreService::Result StoreService::checkStoreExists(const QUuid &storeId)
{
    QString error;
    if (m_repository->findById(storeId, &error))
        return Result{};
    return error.isEmpty() ? failure(Outcome::NotFound, tr("No such store.")) : failure(Outcome::Database, error);
}

int StoreService::unshippedCount(const QUuid &storeId)
{
    QSqlDatabase db = m_database.connection();
    if (!db.tables().contains(QStringLiteral("shipments")))
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ? AND state = 'to-ship'"));
    query.addBindValue(storeId.toString(QUuid::WithoutBraces));
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// Remove: (1) the row with everything imported for it, unless shipments wait and `force` is off (database), (2) the
// secrets (keychain).
void StoreService::removeStore(const QUuid &storeId, bool force, QObject *context, Callback callback)
{
    const Callback done = guarded(context, std::move(callback));
    onDatabase([this, storeId, force] { return removeRow(storeId, force); },
               [this, storeId, done](const Result &removed) { removeRowDone(storeId, removed, done); });
}

StoreService::Result StoreService::removeRow(const QUuid &storeId, bool force)
{
    QString error;
    const std::optional<StoreConfig> existing = m_repository->findById(storeId, &error);
    if (!existing)
        return error.isEmpty() ? failure(Outcome::NotFound, tr("No such store.")) : failure(Outcome::Database, error);
    const int waiting = unshippedCount(storeId);
    if (waiting > 0 && !force)
        return failure(Outcome::HasUnshipped,
                       tr("%n shipment(s) of \"%1\" still wait to be shipped. Removing the store deletes them "
                          "together with all its imported orders.",
                          nullptr, waiting)
                           .arg(existing->name));
    switch (m_repository->markRemoved(storeId, &error)) {
    case StoreRepository::Outcome::Ok:
        return Result{};
    case StoreRepository::Outcome::NotFound: // removed at another station meanwhile
        return failure(Outcome::NotFound, tr("No such store."));
    default:
        return failure(Outcome::Database, tr("The store could not be removed: %1").arg(error));
    }
}

void StoreService::removeRowDone(const QUuid &storeId, const Result &removed, const Callback &done)
{
    if (!removed.isOk()) {
        done(removed);
        return;
    }
    // The token goes too.
    removeSecrets(storeId, [done] { done(Result{}); });
}

void StoreService::tokenState(const QUuid &storeId, QObject *context, std::function<void(TokenState, QString)> callback)
{
    m_secrets.read(SecretStore::accessTokenKey(m_profile, storeId), context,
                   [callback](const SecretStore::Result &result) {
                       switch (result.status) {
                       case SecretStore::Status::Ok:
                           callback(result.value.isEmpty() ? TokenState::Missing : TokenState::Stored, QString());
                           return;
                       case SecretStore::Status::NotFound:
                           callback(TokenState::Missing, QString());
                           return;
                       default:
                           callback(TokenState::KeychainUnavailable, result.errorString);
                           return;
                       }
                   });
}

void StoreService::accessTokens(
    const QList<StoreConfig> &stores, QObject *context,
    std::function<void(const QList<QPair<StoreConfig, QString>> &, const Result &)> callback)
{
    auto collected = std::make_shared<QList<QPair<StoreConfig, QString>>>();
    // The step function holds itself only weakly; each pending keychain answer holds it strongly.
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> weakNext = next;
    *next = [this, stores, context, callback, collected, weakNext](qsizetype index) {
        if (index >= stores.size()) {
            callback(*collected, Result{});
            return;
        }
        auto self = weakNext.lock();
        const StoreConfig store = stores.at(index);
        m_secrets.read(SecretStore::accessTokenKey(m_profile, store.id), context,
                       [store, callback, collected, self, index](const SecretStore::Result &result) {
                           if (result.status == SecretStore::Status::Ok && !result.value.isEmpty()) {
                               collected->append({store, result.value});
                               (*self)(index + 1);
                               return;
                           }
                           const QString message =
                               result.status == SecretStore::Status::NotFound
                                   ? tr("The access token of \"%1\" is missing on this station. Enter it in "
                                        "Settings > Integrations or with 'packbench store token \"%1\"'.")
                                         .arg(store.name)
                                   : result.errorString;
                           callback({}, failure(Outcome::Keychain, message));
                       });
    };
    (*next)(0);
}

// Test: (1) the API path, (2) the token (the form's, or the keychain's), (3) the requests to BigCommerce, (4) for a
// saved store that answered, its channels, status labels and weight unit (database).
void StoreService::testConnection(const StoreConfig &store, const QString &accessTokenOverride, QObject *context,
                                  std::function<void(const ConnectionReport &, Outcome)> callback)
{
    const TestCallback done = guarded(context, std::move(callback));
    const ApiPath path = ApiPath::parse(store.apiPath);
    if (!path.isValid()) {
        ConnectionReport report;
        report.diagnosis.kind = ApiDiagnosis::Kind::Rejected;
        report.diagnosis.message = path.errorString();
        done(report, Outcome::Invalid);
        return;
    }
    if (!accessTokenOverride.trimmed().isEmpty()) {
        runConnectionTest(store, path, cleanToken(accessTokenOverride), done);
        return;
    }
    m_secrets.read(SecretStore::accessTokenKey(m_profile, store.id), this,
                   [this, store, path, done](const SecretStore::Result &result) {
                       if (result.status == SecretStore::Status::Ok && !result.value.isEmpty()) {
                           runConnectionTest(store, path, result.value, done);
                           return;
                       }
                       ConnectionReport report;
                       report.diagnosis.kind = ApiDiagnosis::Kind::WrongToken;
                       report.diagnosis.message =
                           result.status == SecretStore::Status::NotFound
                               ? tr("The access token is missing on this station: it was entered at another "
                                    "station or the keychain was reset. Enter it here (Settings > Integrations, or "
                                    "'packbench store token NAME').")
                               : result.errorString;
                       done(report, Outcome::Keychain);
                   });
}

void StoreService::runConnectionTest(const StoreConfig &store, const ApiPath &path, const QString &token,
                                     const TestCallback &done)
{
    auto *client = new Client(path, store.clientId, token, this);
    client->setRetryPolicy(Client::RetryPolicy::interactive()); // someone waits for the answer
    auto *tester = new ConnectionTester(client, store.writeback != WritebackMode::Off, client);
    connect(tester, &ConnectionTester::finished, this, [this, store, client, done](const ConnectionReport &report) {
        client->deleteLater();
        connectionTested(store, report, done);
    });
    tester->start();
}

void StoreService::connectionTested(const StoreConfig &store, const ConnectionReport &report, const TestCallback &done)
{
    if (!report.isOk()) {
        done(report, report.diagnosis.isTransient() ? Outcome::Network : Outcome::Refused);
        return;
    }
    onDatabase([this, id = store.id, report] { saveConnectionReport(id, report); },
               [report, done] { done(report, Outcome::Ok); });
}

void StoreService::saveConnectionReport(const QUuid &storeId, const ConnectionReport &report)
{
    // Only for a saved store (a test of the form's new store has no row yet); best effort, as a test is read-only.
    if (!m_repository->findById(storeId))
        return;
    QString ignored;
    m_repository->saveChannels(storeId, report.channels, &ignored);
    m_repository->saveStatusLabels(storeId, report.statusLabels, &ignored);
    if (!report.weightUnit.isEmpty())
        m_repository->saveWeightUnit(storeId, report.weightUnit, &ignored);
}

} // namespace Packbench
