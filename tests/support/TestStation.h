#pragma once

#include "FakeSecretStore.h"
#include "core/integrations/StoreService.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <memory>

// A throw-away station for widget tests that do not exercise the keychain: a temporary profile with its own SQLite
// database, an in-memory keychain and the store service over both.
struct TestStation
{
    QTemporaryDir dir;
    Packbench::Profile profile = Packbench::Profile::open(dir.path());
    std::unique_ptr<Packbench::Database> database;
    FakeSecretStore secrets;
    std::unique_ptr<Packbench::StoreService> stores;

    TestStation()
    {
        Packbench::DatabaseLocation location;
        QString error;
        Packbench::DatabaseLocation::parse(QString(), profile, &location, &error);
        database = Packbench::Database::open(location, &error);
        stores = std::make_unique<Packbench::StoreService>(profile, *database, secrets);
    }
};
