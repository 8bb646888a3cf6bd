#include "core/secrets/SecretStore.h"

#include "core/settings/Profile.h"

namespace Packbench {

namespace {
QString storeKey(const Profile &profile, const QUuid &storeId, const char *what)
{
    return QStringLiteral("profile-%1/store-%2/%3")
        .arg(profile.keychainNamespace(), storeId.toString(QUuid::WithoutBraces), QString::fromLatin1(what));
}
} // namespace

QString SecretStore::accessTokenKey(const Profile &profile, const QUuid &storeId)
{
    return storeKey(profile, storeId, "access-token");
}

QString SecretStore::clientSecretKey(const Profile &profile, const QUuid &storeId)
{
    return storeKey(profile, storeId, "client-secret");
}

} // namespace Packbench
