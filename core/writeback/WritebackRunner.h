#pragma once

#include "core/domain/StoreConfig.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace Packbench {

class Database;
class StoreService;
class WritebackWorker;

// Runs the WritebackWorker on a thread of its own for the window, so the GUI thread never waits on BigCommerce:
// reads this station's tokens from the keychain (stores without one are left to the stations that have it), then
// keeps the worker sending. Its signals arrive queued on the calling thread.
class WritebackRunner : public QObject
{
    Q_OBJECT
public:
    WritebackRunner(Database &database, StoreService &stores, QObject *parent = nullptr);
    ~WritebackRunner() override;

    // The stores whose token was missing or unreadable at the last start, by name.
    QStringList storesWithoutToken() const { return m_withoutToken; }

public Q_SLOTS:
    // Reads the tokens again (stores or tokens changed) and starts or restarts the worker.
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
    void readToken(int index);

    Database &m_database;
    StoreService &m_stores;
    QThread m_thread;
    QPointer<WritebackWorker> m_worker;
    QList<StoreConfig> m_pending;
    QList<QPair<StoreConfig, QString>> m_tokens;
    QStringList m_withoutToken;
    bool m_reading = false;
    bool m_restart = false; // start() came while the tokens were being read: read them again after
};

} // namespace Packbench
