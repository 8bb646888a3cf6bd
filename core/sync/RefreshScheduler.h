#pragma once

#include "core/sync/ImportJob.h"

#include <QHash>
#include <QObject>
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
};

} // namespace Packbench
