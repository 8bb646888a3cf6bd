#include "core/sync/StoreLease.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace Packbench {

StoreLeases::StoreLeases(Database &database, const QString &holderId)
    : m_database(database)
    , m_holderId(holderId)
{
}

QString StoreLeases::processHolderId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

int StoreLeases::durationFromEnvironment()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("PACKBENCH_LEASE_MS", &ok);
    return ok && value > 0 ? value : 30000;
}

QString StoreLeases::machineIdentity()
{
    // The machine (/etc/machine-id) and its current boot: a pid names a process only within one boot of one machine.
    // Host names are not enough: cloned workstations often share one.
    static const QString identity = [] {
        const QByteArray machine = QSysInfo::machineUniqueId();
        const QByteArray boot = QSysInfo::bootUniqueId();
        if (boot.isEmpty())
            return QString(); // unknown: a holder's process is never judged gone from here
        return QString::fromLatin1(machine + ':' + boot);
    }();
    return identity;
}

bool StoreLeases::processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

std::optional<StoreLeases::Holder> StoreLeases::holder(const QUuid &storeId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT holder, station, host, pid, expires_at, expires_at < %1 FROM store_leases "
                                 "WHERE store_id = ?")
                      .arg(m_database.nowMsSql()));
    query.addBindValue(storeId.toString(QUuid::WithoutBraces));
    if (!execQuery(query, error) || !query.next())
        return std::nullopt;
    Holder holder;
    holder.holder = query.value(0).toString();
    holder.station = query.value(1).toString();
    holder.host = query.value(2).toString();
    holder.pid = query.value(3).toLongLong();
    holder.expiresAtMs = query.value(4).toLongLong();
    holder.expired = query.value(5).toBool();
    return holder;
}

StoreLeases::Result StoreLeases::acquire(const QUuid &storeId, int durationMs, QString *error)
{
    Result result = Result::Failed;
    const QString host = QSysInfo::machineHostName();
    const QString machine = machineIdentity();
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            const QString id = storeId.toString(QUuid::WithoutBraces);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT holder, host, machine, pid FROM store_leases WHERE store_id = ?"));
            query.addBindValue(id);
            if (!execQuery(query, stepError))
                return false;
            QString before;
            QString deadHolder; // a holder on this machine whose process is gone: no need to wait for its expiry
            if (query.next()) {
                before = query.value(0).toString();
                if (before != m_holderId && query.value(1).toString() == host && !machine.isEmpty() &&
                    query.value(2).toString() == machine && !processAlive(query.value(3).toLongLong()))
                    deadHolder = before;
            }
            query.finish();
            // One statement decides, under the row's lock: free, expired, ours already, or left by a dead process.
            const QString now = m_database.nowMsSql();
            query.prepare(QStringLiteral("INSERT INTO store_leases (store_id, holder, station, host, machine, pid, "
                                         "expires_at, taken_at) VALUES (?, ?, ?, ?, ?, ?, %1 + ?, %1) ON CONFLICT "
                                         "(store_id) DO UPDATE SET holder = excluded.holder, station = "
                                         "excluded.station, host = excluded.host, machine = excluded.machine, pid = "
                                         "excluded.pid, expires_at = excluded.expires_at, "
                                         "taken_at = CASE WHEN store_leases.holder = excluded.holder THEN "
                                         "store_leases.taken_at ELSE excluded.taken_at END WHERE store_leases.holder "
                                         "= excluded.holder OR store_leases.expires_at < excluded.taken_at OR "
                                         "store_leases.holder = ? RETURNING holder")
                              .arg(now));
            query.addBindValue(id);
            query.addBindValue(m_holderId);
            query.addBindValue(m_database.stationName());
            query.addBindValue(host);
            query.addBindValue(machine);
            query.addBindValue(QCoreApplication::applicationPid());
            query.addBindValue(durationMs);
            query.addBindValue(deadHolder.isEmpty() ? QStringLiteral("-") : deadHolder);
            if (!execQuery(query, stepError))
                return false;
            if (!query.next())
                result = Result::Elsewhere;
            else
                result = before == m_holderId ? Result::Held : Result::Taken;
            return true;
        },
        error);
    return written ? result : Result::Failed;
}

bool StoreLeases::release(const QUuid &storeId, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM store_leases WHERE store_id = ? AND holder = ?"));
            query.addBindValue(storeId.toString(QUuid::WithoutBraces));
            query.addBindValue(m_holderId);
            return execQuery(query, stepError);
        },
        error);
}

} // namespace Packbench
