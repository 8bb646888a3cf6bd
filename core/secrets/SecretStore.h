#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>
#include <functional>

namespace Packbench {

class Profile;

// Where a station keeps store secrets (access token, client secret). Asynchronous: the keychain may take its time
// or ask the user, and the GUI thread never waits for it. Results arrive on the calling thread's event loop, and only
// while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    // nothing stored under this key on this station
        Unavailable, // no keychain service (no Secret Service on D-Bus, no desktop session)
        Denied,      // locked or access refused
        Failed,
    };
    struct Result
    {
        Status status = Status::Failed;
        QString value;       // read: the secret
        QString errorString; // in words the user can act on; never contains the secret
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // Keys: one per profile and store, so profiles and stores never see each other's secrets.
    static QString accessTokenKey(const Profile &profile, const QUuid &storeId);
    static QString clientSecretKey(const Profile &profile, const QUuid &storeId);
};

} // namespace Packbench
