#pragma once

#include "core/domain/StoreConfig.h"

#include <QString>

// Store configurations for tests, shared so that each test file does not build its own.
namespace TestStores {

// A BigCommerce store, not inserted yet: the defaults (a new id), `name`, `storeHash` and its API path, a client id.
inline Packbench::StoreConfig bigCommerce(const QString &name, const QString &storeHash = QStringLiteral("abc123"),
                                          const QString &clientId = QStringLiteral("client-1"))
{
    Packbench::StoreConfig store = Packbench::StoreConfig::withDefaults();
    store.name = name;
    store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/%1/v3/").arg(storeHash);
    store.storeHash = storeHash;
    store.clientId = clientId;
    return store;
}

} // namespace TestStores
