#include "core/sync/RefreshScheduler.h"

#include "core/integrations/StoreService.h"
#include "core/sync/ImportRunner.h"

namespace Packbench {

RefreshScheduler::RefreshScheduler(Database &database, StoreService &stores, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stores(stores)
    , m_runner(new ImportRunner(database, stores, this))
{
    connect(m_runner, &ImportRunner::shipmentsChanged, this, &RefreshScheduler::shipmentsChanged);
    connect(m_runner, &ImportRunner::finished, this, [this](const ImportReport &report) {
        const std::optional<StoreConfig> store = m_stores.store(m_current);
        m_current = QUuid();
        Q_EMIT refreshFinished(store ? store->name : QString(), report);
        runNext();
    });
    reload();
}

RefreshScheduler::~RefreshScheduler() = default;

bool RefreshScheduler::isRefreshing() const
{
    return m_runner->isRunning();
}

void RefreshScheduler::reload()
{
    qDeleteAll(m_timers);
    m_timers.clear();
    const QList<StoreConfig> stores = m_stores.stores();
    for (const StoreConfig &store : stores) {
        if (store.autoImportMinutes <= 0)
            continue;
        auto *timer = new QTimer(this);
        timer->setInterval(store.autoImportMinutes * 60 * 1000);
        const QUuid id = store.id;
        connect(timer, &QTimer::timeout, this, [this, id] {
            if (m_leased.contains(id))
                refreshNow(id);
        });
        timer->start();
        m_timers.insert(id, timer);
    }
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
    if (m_runner->isRunning() || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    const std::optional<StoreConfig> store = m_stores.store(m_current);
    if (!store) {
        m_current = QUuid();
        runNext();
        return;
    }
    ImportRequest request;
    request.refresh = true;
    request.interactive = false; // in the background: a host down for a moment is tried again
    request.days = 7;            // when a store has never synced
    Q_EMIT refreshStarted(store->name);
    m_runner->start({*store}, request);
}

} // namespace Packbench
