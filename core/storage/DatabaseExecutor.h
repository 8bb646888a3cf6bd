#pragma once

#include "core/util/ContextGuard.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <type_traits>
#include <utility>

namespace Packbench {

// Where a core class runs its database work when its caller must not wait on the database server (a window: on a
// shared server one query can take seconds). Jobs run one after the other on a thread of the executor's own, with
// that thread's connection (Database::connection() is per thread). Each result comes back queued on the thread that
// made the executor and reaches `done` only while `context` still exists: a window closed meanwhile gets nothing.
//
// Without an executor (nullptr) run() does the work at once on the calling thread: the command line waits anyway.
//
// The work must not touch the context (it runs on another thread): it gets what it needs by value, and Database,
// which is safe on any thread.
class DatabaseExecutor : public QObject
{
    Q_OBJECT
public:
    // What the destructor does with the jobs queued behind the one under way (which always ends first).
    enum class Queued
    {
        Run,  // writes someone asked for: they still happen
        Drop, // reads whose answers nobody wants any more: closing does not wait for them
    };

    explicit DatabaseExecutor(const QString &threadName, Queued atDestruction = Queued::Run, QObject *parent = nullptr);
    // Waits for the job under way and, with Queued::Run, for those queued; every answer still to come is dropped.
    ~DatabaseExecutor() override;

    // `work()` on the executor's thread (or here, without one), then `done(result)` on this thread while `context`
    // exists (no context: always). A void `work` calls `done()`.
    template <typename Work, typename Done>
    static void run(DatabaseExecutor *executor, QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work &>;
        if (!executor) {
            if constexpr (std::is_void_v<Result>) {
                work();
                done();
            } else {
                done(work());
            }
            return;
        }
        executor->post(
            [executor, guard = ContextGuard(context), work = std::move(work), done = std::move(done)]() mutable {
                if constexpr (std::is_void_v<Result>) {
                    work();
                    executor->reply([guard, done = std::move(done)]() mutable {
                        if (guard.alive())
                            done();
                    });
                } else {
                    executor->reply([guard, done = std::move(done), result = work()]() mutable {
                        if (guard.alive())
                            done(std::move(result));
                    });
                }
            });
    }

private:
    void post(std::function<void()> job);
    // From the executor's thread: `answer` runs queued on the executor's owner thread.
    void reply(std::function<void()> answer);

    const Queued m_atDestruction;
    std::atomic<bool> m_dropQueued{false}; // set by the destructor with Queued::Drop
    QThread m_thread;
    QObject *m_jobs = nullptr; // lives on m_thread: jobs run in its event loop
};

} // namespace Packbench
