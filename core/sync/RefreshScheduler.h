#pragma once

#include "core/domain/StoreConfig.h"
#include "core/sync/ImportJob.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace Packbench {

class Database;
class DatabaseExecutor;
class ImportRunner;
class StoreService;

// Automatic refresh: for each store with an import interval, fetches the orders changed since its last successful
// sync (with an overlap) in its import statuses, update statuses and 3, 4, 5, 14, so Packbench learns of edits,
// partial shipments, refunds, cancellations and orders shipped elsewhere. One refresh at a time, on a worker thread.
//
// It never reads the database on the thread it lives on (a window's): the owner hands it the stores it has read
// (setStores), and each refresh first reads its store's settings as they are now on `executor`'s thread (without an
// executor, on the calling thread).
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    RefreshScheduler(Database &database, StoreService &stores, DatabaseExecutor *executor, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // The connected stores and their intervals, as read (after start-up and whenever Settings changed). A store's
    // timer keeps running while its interval stays the same.
    void setStores(const QList<StoreConfig> &stores);
    // Queues a refresh of a store handed in by setStores(); refreshStarted comes at once when none runs.
    void refreshNow(const QUuid &storeId);
    // The stores whose lease this station holds (WritebackWorker::leasesChanged): the automatic refresh of a store
    // runs only at the station holding its lease, so four stations do not import the same orders four times. A
    // refresh asked for by hand (refreshNow) runs anywhere.
    void setLeasedStores(const QList<QUuid> &storeIds);
    bool holdsLease(const QUuid &storeId) const { return m_leased.contains(storeId); }
    bool isRefreshing() const;

Q_SIGNALS:
    void refreshStarted(const QString &storeName);
    // After each refreshStarted, once.
    void refreshFinished(const QString &storeName, const Packbench::ImportReport &report);
    void shipmentsChanged(const QStringList &keys);

private:
    struct StoreRead
    {
        std::optional<StoreConfig> store;
        QString error;
    };
    // Step 1: the next store in the queue (refreshStarted), its settings read on the executor.
    void runNext();
    // Step 2: the import with them, or the refresh's end when the store is gone or could not be read.
    void storeRead(const StoreRead &read);
    // Step 3: refreshFinished, then the next.
    void finish(const ImportReport &report);

    Database &m_database;
    DatabaseExecutor *m_executor = nullptr;
    ImportRunner *m_runner = nullptr;
    QHash<QUuid, QString> m_names; // from setStores: what refreshStarted says before the store is read
    QHash<QUuid, QTimer *> m_timers;
    QList<QUuid> m_queue;
    QUuid m_current; // the refresh under way (its store being read, or imported)
    QString m_currentName;
    QSet<QUuid> m_leased;
};

} // namespace Packbench
