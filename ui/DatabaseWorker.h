#pragma once

#include <QString>
#include <QThread>
#include <functional>

namespace Packbench {

// A thread of its own for the database work a window must not wait for (a large query, a write that may wait for a
// lock or a server). Jobs run one after the other, each with that thread's own connection (Database::connection()
// is per thread); a job hands its answer back with QMetaObject::invokeMethod(widget, ..., Qt::QueuedConnection).
// The owner is destroyed after the job under way finishes; answers still queued for it are dropped with it.
class DatabaseWorker
{
public:
    explicit DatabaseWorker(const QString &threadName);
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker &) = delete;
    DatabaseWorker &operator=(const DatabaseWorker &) = delete;

    // Queues `job`; the thread starts with the first one.
    void run(std::function<void()> job);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: jobs run in its event loop
};

} // namespace Packbench
