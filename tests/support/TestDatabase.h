#pragma once

#include "core/storage/Database.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A fresh, empty database for one test, on either backend. PostgreSQL needs PACKBENCH_TEST_POSTGRES_URL (set by
// scripts/test.sh, which starts a throw-away server); each TestDatabase creates its own database there and drops it.
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

    const Packbench::DatabaseLocation &location() const { return m_location; }
    // Opens (and migrates) a Database on it.
    std::unique_ptr<Packbench::Database> open(QString *error) const;

    static QString backendName(Backend backend);
    // The data of a test that runs on both backends: a "backend" column and the rows "sqlite" and "postgresql".
    static void addBackendRows();
    // Whether a missing PostgreSQL must fail rather than skip (CI sets PACKBENCH_REQUIRE_POSTGRES=1).
    static bool postgresRequired();

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    Packbench::DatabaseLocation m_location;
    QString m_adminConnection;
    QString m_skipReason;
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

// A data-driven test body (its _data() calls TestDatabase::addBackendRows()) starts with a fresh, migrated database
// of the row's backend: `testDatabase`, `db` and `error` are in scope after it.
#define OPEN_TEST_DATABASE()                                                                                           \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    TestDatabase testDatabase(backend);                                                                                \
    PACKBENCH_REQUIRE_DATABASE(testDatabase);                                                                          \
    QString error;                                                                                                     \
    std::unique_ptr<Packbench::Database> db = testDatabase.open(&error);                                               \
    QVERIFY2(db, qPrintable(error))
