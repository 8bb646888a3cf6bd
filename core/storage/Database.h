#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace Packbench {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database and brings its schema to the current version. nullptr with *error set on failure.
    static std::unique_ptr<Database> open(const DatabaseLocation &location, QString *error);

    DatabaseLocation::Backend backend() const { return m_location.backend; }
    const DatabaseLocation &location() const { return m_location; }
    // This thread's connection (QtSql connections must not cross threads).
    QSqlDatabase connection();
    int schemaVersion();

    // Runs `work` in one write transaction, committed when it returns true and rolled back otherwise (or on any
    // error). SQLite starts it with BEGIN IMMEDIATE so a second writer waits instead of failing later.
    bool write(const std::function<bool(QSqlDatabase &, QString *error)> &work, QString *error);

    // A database error in words a user can act on (disk full, locked, server unreachable, ...).
    static QString describe(const QSqlError &error);
    // Whether an error means the connection to the server is gone (restart, network): the next connection() opens
    // a new one, and a write that failed at its start is tried once more on it.
    static bool isConnectionLost(const QSqlError &error);

    // SQL for the database's own clock in milliseconds since 1970 (the server's clock on PostgreSQL, so stations
    // whose clocks differ agree on leases and claims).
    QString nowMsSql() const;

    // The name of this packing station, written into each shipment's history (default: the host name).
    QString stationName() const;
    void setStationName(const QString &name);

    // Tests of windows: from now on, count (and warn about) every connection() asked for on the GUI thread, which
    // must never wait on the database server. guiThreadUses() is that count.
    void watchGuiThread(bool on);
    int guiThreadUses() const { return m_guiThreadUses.load(); }

    static constexpr int kSchemaVersion = 8;

private:
    explicit Database(const DatabaseLocation &location);
    bool openConnection(QSqlDatabase &db, QString *error) const;
    bool migrate(QString *error);
    bool begin(QSqlDatabase &db, QString *error);
    bool stampChanges(QSqlDatabase &db, QString *error);
    static bool connectionBroken(const QSqlDatabase &db);
    static void closeWhenThreadEnds(const QString &name);

    DatabaseLocation m_location;
    QString m_connectionPrefix;
    std::mutex m_mutex;
    QStringList m_connectionNames;
    QString m_stationName;
    std::atomic<bool> m_watchGuiThread{false};
    std::atomic<bool> m_stampChanges{false}; // from schema 6 on: write() numbers the shipments it changed
    std::atomic<int> m_guiThreadUses{0};
};

// Run a prepared statement, or a statement text, turning a failure into a message. Use in repositories.
bool execQuery(class QSqlQuery &query, QString *error);
bool execQuery(class QSqlQuery &query, const QString &statement, QString *error);

} // namespace Packbench
