#pragma once

#include "core/sync/ImportJob.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace Packbench {

class Database;
class StoreService;

// Runs one ImportJob on a worker thread so the GUI thread never waits on the network, JSON or the database. Reads
// the stores' tokens from the keychain first (on the calling thread), then starts the job; its signals arrive
// queued on the calling thread. One run at a time per runner.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    ImportRunner(Database &database, StoreService &stores, QObject *parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Empty `stores`: every connected store.
    void start(const QList<Packbench::StoreConfig> &stores, const Packbench::ImportRequest &request);
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const Packbench::ImportProgress &progress);
    void shipmentsChanged(const QStringList &keys);
    void finished(const Packbench::ImportReport &report);

private:
    void finishWith(const ImportReport &report);

    Database &m_database;
    StoreService &m_stores;
    QThread m_thread;
    QPointer<ImportJob> m_job;
    bool m_running = false;
    bool m_cancelRequested = false; // a cancel that came while the tokens were still being read
};

} // namespace Packbench
