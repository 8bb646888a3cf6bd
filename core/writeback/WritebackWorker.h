#pragma once

#include "core/bigcommerce/ApiResponse.h"
#include "core/domain/StoreConfig.h"
#include "core/sync/StoreLease.h"
#include "core/writeback/Outbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Packbench {

class Client;
class Database;

// Sends the outbox's write-backs to BigCommerce, one explicit step after another, each recording its outcome in the
// outbox before the next starts:
//   1. check the order (GET /v2/orders/{id}): cancelled or on hold since printing -> held, the packer pulls the
//      parcel; its status now is recorded, so a void can put it back;
//   2. a row sent before whose outcome is unknown (a timeout, a dropped connection, a station that stopped): list the
//      order's shipments and match tracking number and items; found -> sent, nothing is posted again;
//   3. send it (POST the shipment, or PUT status 8 for pickup; a void: DELETE the shipment, PUT the old status),
//      only while the claim is young enough that the request ends before another station may verify the row;
//   4. record: sent; retrying at a time with the reason (429, 5xx, timeouts, offline); failed with BigCommerce's
//      reason (a refusal that cannot succeed by itself), for Retry or Dismiss.
// At least once, never twice: a POST is only ever sent again after step 2 found nothing.
class WritebackWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int timeoutMs = 30000; // per request
        int baseMs = 2000;     // first retry after about this long, doubling
        int capMs = 300000;    // never longer than this between attempts
        int concurrency = 2;   // rows of different orders in flight at once
        // PACKBENCH_HTTP_TIMEOUT_MS, PACKBENCH_WRITEBACK_RETRY_BASE_MS, PACKBENCH_WRITEBACK_RETRY_CAP_MS override
        // the defaults (tests run scaled; a slow link may need more).
        static Settings fromEnvironment();
    };

    WritebackWorker(Database &database, QObject *parent = nullptr);
    ~WritebackWorker() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    // The stores this station writes back for, with their access tokens (stores without a token here are skipped).
    void setStores(const QList<QPair<StoreConfig, QString>> &stores);

public Q_SLOTS:
    // Takes the lease of each store it has a token for (StoreLeases: one station at a time sends a store's
    // write-backs), recovers rows a stopped holder left in "sending", then sends whatever is due. The leases are
    // renewed every third of their time; a store whose lease another station holds is retried at each renewal, so
    // this station takes over when that one stops. Call wake() after a print.
    void start();
    void wake();
    void stop();

Q_SIGNALS:
    // A row reached a state (sent, retrying, failed, held): the grid reads its shipment again.
    void rowChanged(const QString &shipmentKey, const QString &state);
    // Nothing is due now (rows may still wait for a retry time or for dispatch).
    void idle();
    void databaseError(const QString &message);
    // The stores whose lease this station holds now changed (their automatic import runs here too).
    void leasesChanged(const QList<QUuid> &storeIds);

private:
    struct Job;
    enum class Step
    {
        CheckOrder,
        Reconcile,
        Send,
        RestoreStatus
    };
    void pump();
    void run(std::shared_ptr<Job> job, Step step);
    void checkOrder(std::shared_ptr<Job> job);
    void reconcile(std::shared_ptr<Job> job);
    void send(std::shared_ptr<Job> job);
    void restoreStatus(std::shared_ptr<Job> job);
    bool tooLateToWrite(std::shared_ptr<Job> job);
    void finishSent(std::shared_ptr<Job> job, qint64 bcShipmentId, const QString &guardModified);
    void finishRetry(std::shared_ptr<Job> job, const ApiResponse &response, const QString &what);
    void finishStopped(std::shared_ptr<Job> job, bool held, const QString &reason);
    void done(std::shared_ptr<Job> job);
    void scheduleNext();
    void renewLeases();
    void releaseLeases();
    Client *clientFor(const QUuid &storeId);

    Database &m_database;
    Outbox m_outbox;
    Settings m_settings;
    QHash<QUuid, QPair<StoreConfig, QString>> m_stores;
    QHash<QUuid, QPointer<Client>> m_clients;
    QTimer m_timer;
    StoreLeases m_leases;
    QTimer m_leaseTimer;
    int m_leaseMs;
    QSet<QUuid> m_leased;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_claimedLastPump = false;
};

} // namespace Packbench
