#include "core/writeback/WritebackRunner.h"

#include "core/integrations/StoreService.h"
#include "core/storage/DatabaseExecutor.h"
#include "core/storage/StoreRepository.h"
#include "core/writeback/WritebackWorker.h"

namespace Packbench {

WritebackRunner::WritebackRunner(Database &database, StoreService &stores, DatabaseExecutor *executor, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stores(stores)
    , m_executor(executor)
{
    m_thread.setObjectName(QStringLiteral("writeback"));
    m_thread.start();
    m_worker = new WritebackWorker(m_database);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &WritebackWorker::rowChanged, this, &WritebackRunner::rowChanged);
    connect(m_worker, &WritebackWorker::idle, this, &WritebackRunner::idle);
    connect(m_worker, &WritebackWorker::databaseError, this, &WritebackRunner::databaseError);
    connect(m_worker, &WritebackWorker::leasesChanged, this, &WritebackRunner::leasesChanged);
}

WritebackRunner::~WritebackRunner()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &WritebackWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WritebackRunner::start()
{
    if (m_reading) {
        m_restart = true;
        return;
    }
    m_reading = true;
    DatabaseExecutor::run(
        m_executor, this,
        [&database = m_database] {
            StoresRead read;
            read.stores = StoreRepository(database).list(&read.error);
            return read;
        },
        [this](const StoresRead &read) { storesRead(read); });
}

void WritebackRunner::storesRead(const StoresRead &read)
{
    if (!read.error.isEmpty()) {
        // The worker goes on with the stores it has; the next start (stores or tokens changed) reads them again.
        Q_EMIT databaseError(tr("The stores could not be read: %1").arg(read.error));
        finishStart();
        return;
    }
    m_pending = read.stores;
    m_tokens.clear();
    m_withoutToken.clear();
    readToken(0);
}

// Step by step, one store after another: a store whose token this station lacks is skipped, not fatal.
void WritebackRunner::readToken(int index)
{
    if (index >= m_pending.size()) {
        const QList<QPair<StoreConfig, QString>> tokens = m_tokens;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, tokens] {
            if (!worker)
                return;
            worker->setStores(tokens);
            worker->start();
        });
        finishStart();
        return;
    }
    const StoreConfig store = m_pending.at(index);
    m_stores.accessTokens(
        {store}, this,
        [this, index, store](const QList<QPair<StoreConfig, QString>> &found, const StoreService::Result &result) {
            if (result.isOk())
                m_tokens.append(found);
            else
                m_withoutToken.append(store.name);
            readToken(index + 1);
        });
}

void WritebackRunner::finishStart()
{
    m_reading = false;
    Q_EMIT started();
    if (m_restart) {
        m_restart = false;
        start();
    }
}

void WritebackRunner::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &WritebackWorker::wake, Qt::QueuedConnection);
}

} // namespace Packbench
