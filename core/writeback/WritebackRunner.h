#pragma once

#include "core/domain/StoreConfig.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace Packbench {

class Database;
class DatabaseExecutor;
class StoreService;
class WritebackWorker;

// Runs the WritebackWorker on a thread of its own for the window, so the GUI thread never waits on BigCommerce:
// reads this station's tokens from the keychain (stores without one are left to the stations that have it), then
// keeps the worker sending. Its signals arrive queued on the calling thread. The stores are read on `executor`'s thread
// (without one, on the calling thread).
class WritebackRunner : public QObject
{
    Q_OBJECT
public:
    WritebackRunner(Database &database, StoreService &stores, DatabaseExecutor *executor, QObject *parent = nullptr);
    // Without an executor: for a process without a window (the station test), which may wait on the database.
    WritebackRunner(Database &database, StoreService &stores, QObject *parent = nullptr)
        : WritebackRunner(database, stores, nullptr, parent)
    {
    }
    ~WritebackRunner() override;

    // The stores whose token was missing or unreadable at the last start, by name.
    QStringList storesWithoutToken() const { return m_withoutToken; }

public Q_SLOTS:
    // Reads the stores and their tokens again (stores or tokens changed) and starts or restarts the worker; started()
    // when done, whatever the outcome.
    void start();
    // A print queued a write-back: send it now.
    void wake();

Q_SIGNALS:
    void rowChanged(const QString &shipmentKey, const QString &state);
    void idle();
    void databaseError(const QString &message);
    void started();
    // The stores whose lease this station holds now (WritebackWorker::leasesChanged).
    void leasesChanged(const QList<QUuid> &storeIds);

private:
    struct StoresRead
    {
        QList<StoreConfig> stores;
        QString error;
    };
    // Steps: the stores (executor), each store's token (keychain), then the worker started with them.
    void storesRead(const StoresRead &read);
    void readToken(int index);
    void finishStart();

    Database &m_database;
    StoreService &m_stores;
    DatabaseExecutor *m_executor = nullptr;
    QThread m_thread;
    QPointer<WritebackWorker> m_worker;
    QList<StoreConfig> m_pending;
    QList<QPair<StoreConfig, QString>> m_tokens;
    QStringList m_withoutToken;
    bool m_reading = false;
    bool m_restart = false; // start() came while the tokens were being read: read them again after
};

} // namespace Packbench
