#include "ui/DatabaseWorker.h"

namespace Packbench {

DatabaseWorker::DatabaseWorker(const QString &threadName)
    : m_context(new QObject)
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void DatabaseWorker::run(std::function<void()> job)
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace Packbench
