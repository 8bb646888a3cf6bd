#include "core/integrations/StoreService.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/bigcommerce/Client.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/Database.h"
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

void StoreService::writeSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret,
                                QObject *context, Callback callback)
{
    const QString secret = cleanToken(clientSecret);
    m_secrets.write(SecretStore::accessTokenKey(m_profile, storeId), cleanToken(accessToken), context,
                    [this, storeId, secret, context, callback](const SecretStore::Result &written) {
                        if (written.status != SecretStore::Status::Ok) {
                            callback(failure(Outcome::Keychain, written.errorString));
                            return;
                        }
                        if (secret.isEmpty()) {
                            callback(Result{});
                            return;
                        }
                        m_secrets.write(SecretStore::clientSecretKey(m_profile, storeId), secret, context,
                                        [callback](const SecretStore::Result &secretWritten) {
                                            if (secretWritten.status != SecretStore::Status::Ok)
                                                callback(failure(Outcome::Keychain, secretWritten.errorString));
                                            else
                                                callback(Result{});
                                        });
                    });
}

void StoreService::addStore(const StoreConfig &input, const QString &accessToken, const QString &clientSecret,
                            QObject *context, Callback callback)
{
    StoreConfig store = input;
    const ApiPath path = ApiPath::parse(store.apiPath);
    store.name = store.name.trimmed();
    store.clientId = store.clientId.trimmed();
    if (path.isValid()) {
        store.apiPath = path.normalized();
        store.storeHash = path.storeHash();
    }
    Result checked = validate(store);
    if (checked.isOk()) {
        const QString tokenProblem = validateToken(accessToken, tr("access token"));
        const QString secretProblem =
            clientSecret.trimmed().isEmpty() ? QString() : validateToken(clientSecret, tr("client secret"));
        if (!tokenProblem.isEmpty() || !secretProblem.isEmpty())
            checked = failure(Outcome::Invalid, tokenProblem.isEmpty() ? secretProblem : tokenProblem);
    }
    if (checked.isOk()) {
        QString error;
        if (m_repository->findByName(store.name, &error))
            checked = failure(Outcome::NameTaken,
                              tr("A store named \"%1\" already exists. Choose another name.").arg(store.name));
        else if (!error.isEmpty())
            checked = failure(Outcome::Database, error);
    }
    // Checked again when the row is written (another station may connect it meanwhile); this spares the keychain.
    if (checked.isOk())
        checked = checkStoreHashFree(store);
    if (!checked.isOk()) {
        callback(checked);
        return;
    }

    writeSecrets(store.id, accessToken, clientSecret, context, [this, store, context, callback](const Result &result) {
        if (!result.isOk()) {
            callback(result);
            return;
        }
        QString error;
        StoreConfig existing;
        const StoreRepository::Outcome inserted = m_repository->insert(store, &error, &existing);
        if (inserted == StoreRepository::Outcome::Ok) {
            callback(Result{});
            return;
        }
        // Take the token back out: no secret without its store.
        Result failed = failure(Outcome::Database, tr("The store could not be saved: %1").arg(error));
        if (inserted == StoreRepository::Outcome::NameTaken)
            failed = failure(Outcome::NameTaken,
                             tr("A store named \"%1\" already exists. Choose another name.").arg(store.name));
        else if (inserted == StoreRepository::Outcome::StoreTaken)
            failed = storeTaken(existing);
        m_secrets.remove(SecretStore::accessTokenKey(m_profile, store.id), context,
                         [this, store, context, callback, failed](const SecretStore::Result &) {
                             m_secrets.remove(SecretStore::clientSecretKey(m_profile, store.id), context,
                                              [callback, failed](const SecretStore::Result &) { callback(failed); });
                         });
    });
}

void StoreService::updateStore(const StoreConfig &input, const QString &newAccessToken, const QString &newClientSecret,
                               QObject *context, Callback callback)
{
    StoreConfig store = input;
    const ApiPath path = ApiPath::parse(store.apiPath);
    store.name = store.name.trimmed();
    store.clientId = store.clientId.trimmed();
    if (path.isValid()) {
        store.apiPath = path.normalized();
        store.storeHash = path.storeHash();
    }
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
    if (checked.isOk() && !m_repository->findById(store.id))
        checked = failure(Outcome::NotFound, tr("This store no longer exists; it may have been removed at another "
                                                "station."));
    if (checked.isOk())
        checked = checkStoreHashFree(store);
    if (!checked.isOk()) {
        callback(checked);
        return;
    }

    auto saveRow = [this, store, callback](const Result &secretsResult) {
        if (!secretsResult.isOk()) {
            callback(secretsResult);
            return;
        }
        QString error;
        StoreConfig existing;
        switch (m_repository->update(store, &error, &existing)) {
        case StoreRepository::Outcome::Ok:
            callback(Result{});
            return;
        case StoreRepository::Outcome::NameTaken:
            callback(failure(Outcome::NameTaken,
                             tr("A store named \"%1\" already exists. Choose another name.").arg(store.name)));
            return;
        case StoreRepository::Outcome::StoreTaken:
            callback(storeTaken(existing));
            return;
        case StoreRepository::Outcome::NotFound:
            callback(failure(Outcome::NotFound, tr("This store no longer exists; it may have been removed at "
                                                   "another station.")));
            return;
        case StoreRepository::Outcome::Failed:
            callback(failure(Outcome::Database, tr("The store's settings could not be saved: %1").arg(error)));
            return;
        }
    };
    if (newAccessToken.trimmed().isEmpty() && newClientSecret.trimmed().isEmpty()) {
        saveRow(Result{});
        return;
    }
    if (newAccessToken.trimmed().isEmpty()) {
        m_secrets.write(SecretStore::clientSecretKey(m_profile, store.id), cleanToken(newClientSecret), context,
                        [saveRow](const SecretStore::Result &written) {
                            saveRow(written.status == SecretStore::Status::Ok
                                        ? Result{}
                                        : failure(Outcome::Keychain, written.errorString));
                        });
        return;
    }
    writeSecrets(store.id, newAccessToken, newClientSecret, context, saveRow);
}

void StoreService::replaceSecrets(const QUuid &storeId, const QString &accessToken, const QString &clientSecret,
                                  QObject *context, Callback callback)
{
    QString problem = validateToken(accessToken, tr("access token"));
    if (problem.isEmpty() && !clientSecret.trimmed().isEmpty())
        problem = validateToken(clientSecret, tr("client secret"));
    if (!problem.isEmpty()) {
        callback(failure(Outcome::Invalid, problem));
        return;
    }
    if (!m_repository->findById(storeId)) {
        callback(failure(Outcome::NotFound, tr("No such store.")));
        return;
    }
    writeSecrets(storeId, accessToken, clientSecret, context, std::move(callback));
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

void StoreService::removeStore(const QUuid &storeId, bool force, QObject *context, Callback callback)
{
    const std::optional<StoreConfig> existing = m_repository->findById(storeId);
    if (!existing) {
        callback(failure(Outcome::NotFound, tr("No such store.")));
        return;
    }
    const int waiting = unshippedCount(storeId);
    if (waiting > 0 && !force) {
        callback(failure(Outcome::HasUnshipped,
                         tr("%n shipment(s) of \"%1\" still wait to be shipped. Removing the store deletes them "
                            "together with all its imported orders.",
                            nullptr, waiting)
                             .arg(existing->name)));
        return;
    }
    QString error;
    switch (m_repository->markRemoved(storeId, &error)) {
    case StoreRepository::Outcome::Ok:
        break;
    case StoreRepository::Outcome::NotFound: // removed at another station meanwhile
        callback(failure(Outcome::NotFound, tr("No such store.")));
        return;
    default:
        callback(failure(Outcome::Database, tr("The store could not be removed: %1").arg(error)));
        return;
    }
    // The token goes too; a station without a keychain can still remove the store.
    m_secrets.remove(SecretStore::accessTokenKey(m_profile, storeId), context,
                     [this, storeId, context, callback](const SecretStore::Result &) {
                         m_secrets.remove(SecretStore::clientSecretKey(m_profile, storeId), context,
                                          [callback](const SecretStore::Result &) { callback(Result{}); });
                     });
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

void StoreService::testConnection(const StoreConfig &store, const QString &accessTokenOverride, QObject *context,
                                  std::function<void(const ConnectionReport &, Outcome)> callback)
{
    const ApiPath path = ApiPath::parse(store.apiPath);
    if (!path.isValid()) {
        ConnectionReport report;
        report.diagnosis.kind = ApiDiagnosis::Kind::Rejected;
        report.diagnosis.message = path.errorString();
        callback(report, Outcome::Invalid);
        return;
    }
    ContextGuard guard(context);
    auto run = [this, store, path, guard, callback](const QString &token) {
        auto *client = new Client(path, store.clientId, token, this);
        client->setRetryPolicy(Client::RetryPolicy::interactive()); // someone waits for the answer
        auto *tester = new ConnectionTester(client, store.writeback != WritebackMode::Off, client);
        connect(tester, &ConnectionTester::finished, this,
                [this, store, client, guard, callback](const ConnectionReport &report) {
                    client->deleteLater();
                    Outcome outcome = Outcome::Ok;
                    if (!report.isOk())
                        outcome = report.diagnosis.isTransient() ? Outcome::Network : Outcome::Refused;
                    if (report.isOk() && m_repository->findById(store.id)) {
                        QString ignored;
                        m_repository->saveChannels(store.id, report.channels, &ignored);
                        m_repository->saveStatusLabels(store.id, report.statusLabels, &ignored);
                        if (!report.weightUnit.isEmpty())
                            m_repository->saveWeightUnit(store.id, report.weightUnit, &ignored);
                    }
                    if (guard.alive())
                        callback(report, outcome);
                });
        tester->start();
    };
    if (!accessTokenOverride.trimmed().isEmpty()) {
        run(cleanToken(accessTokenOverride));
        return;
    }
    m_secrets.read(SecretStore::accessTokenKey(m_profile, store.id), this,
                   [run, guard, callback](const SecretStore::Result &result) {
                       if (result.status == SecretStore::Status::Ok && !result.value.isEmpty()) {
                           run(result.value);
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
                       if (guard.alive())
                           callback(report, Outcome::Keychain);
                   });
}

} // namespace Packbench
