#include "core/sync/RefreshScheduler.h"

#include "core/storage/DatabaseExecutor.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRunner.h"

namespace Packbench {

RefreshScheduler::RefreshScheduler(Database &database, StoreService &stores, DatabaseExecutor *executor,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_executor(executor)
    , m_runner(new ImportRunner(database, stores, this))
{
    connect(m_runner, &ImportRunner::shipmentsChanged, this, &RefreshScheduler::shipmentsChanged);
    connect(m_runner, &ImportRunner::finished, this, &RefreshScheduler::finish);
}

RefreshScheduler::~RefreshScheduler() = default;

bool RefreshScheduler::isRefreshing() const
{
    return !m_current.isNull();
}

void RefreshScheduler::setStores(const QList<StoreConfig> &stores)
{
    QHash<QUuid, QTimer *> kept;
    m_names.clear();
    for (const StoreConfig &store : stores) {
        m_names.insert(store.id, store.name);
        if (store.autoImportMinutes <= 0)
            continue;
        const int interval = store.autoImportMinutes * 60 * 1000;
        QTimer *timer = m_timers.take(store.id);
        if (timer && timer->interval() == interval) {
            kept.insert(store.id, timer);
            continue;
        }
        delete timer;
        timer = new QTimer(this);
        timer->setInterval(interval);
        const QUuid id = store.id;
        connect(timer, &QTimer::timeout, this, [this, id] {
            if (m_leased.contains(id))
                refreshNow(id);
        });
        timer->start();
        kept.insert(id, timer);
    }
    qDeleteAll(m_timers); // stores gone, or without an interval now
    m_timers = kept;
}

void RefreshScheduler::refreshNow(const QUuid &storeId)
{
    if (storeId == m_current || m_queue.contains(storeId))
        return;
    m_queue.append(storeId);
    runNext();
}

void RefreshScheduler::setLeasedStores(const QList<QUuid> &storeIds)
{
    m_leased = QSet<QUuid>(storeIds.cbegin(), storeIds.cend());
}

void RefreshScheduler::runNext()
{
    if (!m_current.isNull() || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_currentName = m_names.value(m_current);
    Q_EMIT refreshStarted(m_currentName);
    // The store's settings as they are now (another station or Settings may have changed them since setStores).
    DatabaseExecutor::run(
        m_executor, this,
        [&database = m_database, id = m_current] {
            StoreRead read;
            read.store = StoreRepository(database).findById(id, &read.error);
            return read;
        },
        [this](const StoreRead &read) { storeRead(read); });
}

void RefreshScheduler::storeRead(const StoreRead &read)
{
    if (!read.store) {
        ImportReport report;
        report.failure = read.error.isEmpty() ? ImportReport::Failure::Refused : ImportReport::Failure::Database;
        report.error =
            read.error.isEmpty()
                ? tr("\"%1\" is no longer connected; it may have been removed at another station.").arg(m_currentName)
                : tr("The store's settings could not be read: %1").arg(read.error);
        finish(report);
        return;
    }
    m_currentName = read.store->name;
    ImportRequest request;
    request.refresh = true;
    request.interactive = false; // in the background: a host down for a moment is tried again
    request.days = 7;            // when a store has never synced
    m_runner->start({*read.store}, request);
}

void RefreshScheduler::finish(const ImportReport &report)
{
    const QString name = m_currentName;
    m_current = QUuid();
    m_currentName.clear();
    Q_EMIT refreshFinished(name, report);
    runNext();
}

} // namespace Packbench
