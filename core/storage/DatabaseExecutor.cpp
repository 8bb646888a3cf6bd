#include "core/storage/DatabaseExecutor.h"

namespace Packbench {

DatabaseExecutor::DatabaseExecutor(const QString &threadName, Queued atDestruction, QObject *parent)
    : QObject(parent)
    , m_atDestruction(atDestruction)
    , m_jobs(new QObject)
{
    m_thread.setObjectName(threadName);
    m_jobs->moveToThread(&m_thread);
}

DatabaseExecutor::~DatabaseExecutor()
{
    if (m_thread.isRunning()) {
        if (m_atDestruction == Queued::Drop)
            m_dropQueued = true;
        // Behind the jobs already queued: each runs, or sees the flag and returns at once.
        QMetaObject::invokeMethod(
            m_jobs, [this] { m_thread.quit(); }, Qt::QueuedConnection);
        m_thread.wait();
    }
    delete m_jobs;
}

void DatabaseExecutor::post(std::function<void()> job)
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(
        m_jobs,
        [this, job = std::move(job)] {
            if (!m_dropQueued.load())
                job();
        },
        Qt::QueuedConnection);
}

void DatabaseExecutor::reply(std::function<void()> answer)
{
    // The executor outlives every job (its destructor waits for them), so it can receive the answer; answers still
    // queued when it is destroyed go with it.
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

} // namespace Packbench
