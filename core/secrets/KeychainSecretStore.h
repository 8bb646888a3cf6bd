#pragma once

#include "core/secrets/SecretStore.h"

namespace Packbench {

// The OS keychain through QtKeychain (Secret Service on Linux), insecure fallback OFF: without a keychain, nothing
// is stored and the caller gets a clear "keychain unavailable" result to show.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    static QString serviceName();
};

} // namespace Packbench
