#include "core/secrets/KeychainSecretStore.h"

#include "core/util/ContextGuard.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace Packbench {

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.errorString =
            QCoreApplication::translate("KeychainSecretStore", "Nothing is stored in this station's keychain for it.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretStore::Status::Failed;
        break;
    }
    // QtKeychain reports a missing Secret Service as OtherError with a D-Bus message; classify it by the words.
    const QString detail = job.errorString();
    if (result.status == SecretStore::Status::Failed &&
        (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
         detail.contains(QLatin1String("ServiceUnknown")) ||
         detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
         detail.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive) ||
         detail.contains(QLatin1String("No keychain service"), Qt::CaseInsensitive) ||
         detail.contains(QLatin1String("not available"), Qt::CaseInsensitive)))
        result.status = SecretStore::Status::Unavailable;

    switch (result.status) {
    case SecretStore::Status::Unavailable:
        result.errorString =
            QCoreApplication::translate("KeychainSecretStore",
                                        "No keychain is available on this station (%1). Packbench keeps access tokens "
                                        "only in the system keychain and never in a file, so nothing was stored. "
                                        "Start a keychain service such as GNOME Keyring or KWallet (log in to a "
                                        "desktop session), then try again.")
                .arg(detail);
        break;
    case SecretStore::Status::Denied:
        result.errorString =
            QCoreApplication::translate("KeychainSecretStore", "The keychain refused access (%1). Unlock the keychain "
                                                               "and try again.")
                .arg(detail);
        break;
    default:
        result.errorString =
            QCoreApplication::translate("KeychainSecretStore", "The keychain reported an error: %1").arg(detail);
        break;
    }
    return result;
}

template <typename JobType> JobType *makeJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(KeychainSecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Packbench");
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    ContextGuard guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, callback = std::move(callback)] {
        if (!guard.alive())
            return;
        Result result = resultOf(*job);
        if (result.status == Status::Ok)
            result.value = job->textData();
        callback(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(value);
    ContextGuard guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, callback = std::move(callback)] {
        if (guard.alive())
            callback(resultOf(*job));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    ContextGuard guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, callback = std::move(callback)] {
        if (!guard.alive())
            return;
        Result result = resultOf(*job);
        // Deleting what is not there leaves the wanted state: nothing stored.
        if (result.status == Status::NotFound)
            result = Result{Status::Ok, QString(), QString()};
        callback(result);
    });
    job->start();
}

} // namespace Packbench
