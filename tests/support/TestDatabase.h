#pragma once

#include "core/storage/Database.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A fresh, empty database for one test, on either backend. PostgreSQL needs PACKBENCH_TEST_POSTGRES_URL and
// PACKBENCH_TEST_POSTGRES_PASSWORD (scripts/lib/postgres.sh starts a throw-away server with a password and TLS
// verify-full); each TestDatabase creates its own database there and drops it.
class TestDatabase
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    explicit TestDatabase(Backend backend);
    ~TestDatabase();

    // Whether this backend can be tested here; when not, why (for QSKIP).
    bool isAvailable() const { return m_skipReason.isEmpty(); }
    QString skipReason() const { return m_skipReason; }

    // With the password (PostgreSQL) and the TLS settings of the server's URL.
    const Packbench::DatabaseLocation &location() const { return m_location; }
    // The URL for `packbench --database URL` (never with the password: see storePasswordInKeychain()).
    QString url() const;
    // A `packbench` process reads the server's password from the keychain, as a station does: this puts it there
    // (under location().passwordKey(), one entry per test database) and removes it again when the test ends.
    // Call it inside the test keyring (scripts/lib/with-keyring.sh). Nothing to do for SQLite.
    bool storePasswordInKeychain(QString *error);
    // Opens (and migrates) a Database on it.
    std::unique_ptr<Packbench::Database> open(QString *error) const;

    static QString backendName(Backend backend);
    // The data of a test that runs on both backends: a "backend" column and the rows "sqlite" and "postgresql".
    static void addBackendRows();
    // Whether a missing PostgreSQL must fail rather than skip (CI sets PACKBENCH_REQUIRE_POSTGRES=1).
    static bool postgresRequired();
    // PostgreSQL: how many connections the server has open to this database (pg_stat_activity); -1 when unknown.
    static int serverConnections(Packbench::Database &database);

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    Packbench::DatabaseLocation m_location;
    QString m_adminConnection;
    QString m_skipReason;
    bool m_passwordStored = false;
};

Q_DECLARE_METATYPE(TestDatabase::Backend)

// Skips (locally) or fails (CI) when the backend is not there.
#define PACKBENCH_REQUIRE_DATABASE(testDatabase)                                                                       \
    do {                                                                                                               \
        if (!(testDatabase).isAvailable()) {                                                                           \
            if (TestDatabase::postgresRequired())                                                                      \
                QFAIL(qPrintable((testDatabase).skipReason()));                                                        \
            QSKIP(qPrintable((testDatabase).skipReason()));                                                            \
        }                                                                                                              \
    } while (false)

// A test body starts with a fresh, migrated database of `backend`: `testDatabase`, `db` and `error` are in scope
// after it.
#define OPEN_TEST_DATABASE_ON(backend)                                                                                 \
    TestDatabase testDatabase(backend);                                                                                \
    PACKBENCH_REQUIRE_DATABASE(testDatabase);                                                                          \
    QString error;                                                                                                     \
    std::unique_ptr<Packbench::Database> db = testDatabase.open(&error);                                               \
    QVERIFY2(db, qPrintable(error))

// A data-driven test body (its _data() calls TestDatabase::addBackendRows()) starts with a fresh, migrated database
// of the row's backend: `testDatabase`, `db` and `error` are in scope after it.
#define OPEN_TEST_DATABASE()                                                                                           \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    OPEN_TEST_DATABASE_ON(backend)
