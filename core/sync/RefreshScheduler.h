#pragma once

#include "core/sync/ImportJob.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace Packbench {

class Database;
class ImportRunner;
class StoreService;

// Automatic refresh: for each store with an import interval, fetches the orders changed since its last successful
// sync (with an overlap) in its import statuses, update statuses and 3, 4, 5, 14, so Packbench learns of edits,
// partial shipments, refunds, cancellations and orders shipped elsewhere. One refresh at a time, on a worker thread.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    RefreshScheduler(Database &database, StoreService &stores, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // Re-reads the stores and their intervals (after Settings changed).
    void reload();
    void refreshNow(const QUuid &storeId);
    // The stores whose lease this station holds (WritebackWorker::leasesChanged): the automatic refresh of a store
    // runs only at the station holding its lease, so four stations do not import the same orders four times. A
    // refresh asked for by hand (refreshNow) runs anywhere.
    void setLeasedStores(const QList<QUuid> &storeIds);
    bool holdsLease(const QUuid &storeId) const { return m_leased.contains(storeId); }
    bool isRefreshing() const;

Q_SIGNALS:
    void refreshStarted(const QString &storeName);
    void refreshFinished(const QString &storeName, const Packbench::ImportReport &report);
    void shipmentsChanged(const QStringList &keys);

private:
    void runNext();

    Database &m_database;
    StoreService &m_stores;
    ImportRunner *m_runner = nullptr;
    QHash<QUuid, QTimer *> m_timers;
    QList<QUuid> m_queue;
    QUuid m_current;
    QSet<QUuid> m_leased;
};

} // namespace Packbench
