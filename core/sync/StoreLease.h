#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>
#include <optional>

namespace Packbench {

class Database;

// One station at a time runs a store's automatic import and write-backs: the one holding the store's lease, a row
// in the database that its holder renews (every third of the lease time) and another station takes once it has
// expired by the database's own clock. A holder on this machine (same host name, machine id and boot) whose process
// is gone (killed, crashed) is taken over at once. Only stations with the store's token ask for its lease (those
// without cannot send).
class StoreLeases
{
    Q_DECLARE_TR_FUNCTIONS(StoreLeases)

public:
    struct Holder
    {
        QString holder; // the process (processHolderId())
        QString station;
        QString host;
        qint64 pid = 0;
        qint64 expiresAtMs = 0;
        bool expired = false; // by the database's clock when read
    };
    enum class Result
    {
        Held,      // this process holds it (renewed)
        Taken,     // this process took it just now: work the last holder left half done is this process's now
        Elsewhere, // another live station holds it
        Failed,    // database error (*error)
    };

    StoreLeases(Database &database, const QString &holderId = processHolderId());

    // Takes or renews the lease of `storeId` for `durationMs`.
    Result acquire(const QUuid &storeId, int durationMs, QString *error);
    // Gives it up (a station that stops cleanly hands over at once).
    bool release(const QUuid &storeId, QString *error);
    std::optional<Holder> holder(const QUuid &storeId, QString *error);

    // One id per process: the window and its worker threads are one holder.
    static QString processHolderId();
    // PACKBENCH_LEASE_MS, default 30 s (tests scale it down).
    static int durationFromEnvironment();
    // This machine and boot (empty when unknown), stored with a lease beside the host name.
    static QString machineIdentity();
    // Whether process `pid` runs on this machine (false only when it is certainly gone).
    static bool processAlive(qint64 pid);

private:
    Database &m_database;
    QString m_holderId;
};

} // namespace Packbench
