#pragma once

#include "SandboxTestClient.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "support/TestDatabase.h"

#include <functional>
#include <memory>

// A test database on one backend with one store, "Main", connected to a sandbox store on a free port (real HTTP over
// loopback), and a client that reads what the sandbox holds. The end-to-end tests of write-back and stock push stand
// on it; each adds what it needs (imported orders, a catalogue).
struct StoreOnSandbox
{
    TestDatabase testDatabase;
    std::unique_ptr<Packbench::Database> database;
    SandboxOptions options;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;
    Packbench::StoreConfig store;

    StoreOnSandbox(TestDatabase::Backend backend, const SandboxOptions &sandboxOptions,
                   const std::function<void(Packbench::StoreConfig &)> &configureStore = {})
        : testDatabase(backend)
        , options(sandboxOptions)
    {
        QString error;
        database = testDatabase.open(&error);
        server = startSandbox(options);
        if (!database || !server)
            return;
        client = std::make_unique<SandboxTestClient>(server->rootUrl(), options.storeHash, options.token);
        store = Packbench::StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = server->apiPath();
        store.storeHash = options.storeHash;
        store.clientId = QStringLiteral("client");
        if (configureStore)
            configureStore(store);
        if (Packbench::StoreRepository(*database).insert(store, &error) != Packbench::StoreRepository::Outcome::Ok) {
            qWarning("the store could not be added: %s", qPrintable(error));
            client.reset();
        }
    }
    bool isReady() const { return database && server && client; }
};
