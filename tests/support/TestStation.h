#pragma once

#include "FakeSecretStore.h"
#include "TestDatabase.h"
#include "core/integrations/StoreService.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <memory>

// A throw-away station for widget tests that do not exercise the keychain: a temporary profile, its database, an
// in-memory keychain and the store service over both. SQLite: the profile's own file (as a single station has it,
// and as `packbench` run with the profile finds it); PostgreSQL: a fresh database of TestDatabase's server.
struct TestStation
{
    QTemporaryDir dir;
    Packbench::Profile profile = Packbench::Profile::open(dir.path());
    TestDatabase testDatabase;
    std::unique_ptr<Packbench::Database> database;
    FakeSecretStore secrets;
    std::unique_ptr<Packbench::StoreService> stores;
    QString error; // why `database` is null

    explicit TestStation(TestDatabase::Backend backend = TestDatabase::Backend::SQLite)
        : testDatabase(backend)
    {
        if (!testDatabase.isAvailable())
            return;
        Packbench::DatabaseLocation location = testDatabase.location();
        if (backend == TestDatabase::Backend::SQLite)
            Packbench::DatabaseLocation::parse(QString(), profile, &location, &error);
        database = Packbench::Database::open(location, &error);
        if (database)
            stores = std::make_unique<Packbench::StoreService>(profile, *database, secrets);
    }
};

// A data-driven test body (its _data() calls TestDatabase::addBackendRows()) starts with a station on the row's
// backend: `station` is in scope after it.
#define OPEN_TEST_STATION()                                                                                            \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    TestStation station(backend);                                                                                      \
    PACKBENCH_REQUIRE_DATABASE(station.testDatabase);                                                                  \
    QVERIFY2(station.database, qPrintable(station.error))
