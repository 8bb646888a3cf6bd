#pragma once

#include "core/shipping/Carrier.h"
#include "core/shipping/Label.h"
#include "core/writeback/WritebackPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>
#include <optional>

namespace Packbench {

class Database;

// One write-back waiting, under way or done: a row of the outbox table. Written in the same transaction as the print
// that causes it, so a label is never printed without its write-back being on record.
struct OutboxRow
{
    enum class Kind
    {
        Shipment,       // POST /v2/orders/{id}/shipments
        AwaitingPickup, // PUT /v2/orders/{id} {"status_id": 8}
        Void            // DELETE the shipment (bc_shipment_id), then PUT the order back to previous_status_id
    };
    QString id;
    qint64 seq = 0; // the order rows were written in: one order's rows are sent in this order
    QString shipmentKey;
    QUuid storeId;
    QString storeName;
    qint64 orderId = 0;
    Kind kind = Kind::Shipment;
    // waiting-dispatch, queued, sending, retrying, held, failed, sent, not-sent, dropped, dismissed
    QString state;
    QByteArray body; // Shipment: the POST body; Void: {"shipment_id":N,"status_id":S,"pickup":bool}
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    qint64 bcShipmentId = 0;
    int previousStatusId = -1; // the order's status before this write-back (recorded when it was sent)
    QDateTime createdAt;
    QDateTime sentAt;
    // The claim (claimNext) this row was read with: its outcome is recorded only while that claim stands, never over
    // a claim another station made after this one's lease ran out.
    QString claimedAt;

    static QString kindToString(Kind kind); // "shipment", "awaiting-pickup", "void"
    static bool kindFromString(const QString &text, Kind *kind);
};

// How many write-backs are in each state (`packbench writeback --json`, the status bar).
struct OutboxCounts
{
    int waitingDispatch = 0;
    int queued = 0;
    int sending = 0;
    int sent = 0;
    int retrying = 0;
    int held = 0;
    int failed = 0;
    int pending() const { return queued + sending + retrying; }
};

// What the packer asked to print.
struct PrintRequest
{
    QString shipmentKey;
    // A split: these order products and quantities only; the printed part becomes a shipment of its own. Empty:
    // everything the shipment still has to ship.
    QList<WritebackItem> items;
    std::optional<QUuid> carrierId; // none: the account's carrier (a pickup consignment: "Pickup in store")
    QString trackingNumber;         // manual carriers: the carrier's number (one per print; parcels share it)
    int parcels = 1;
};

struct PrintResult
{
    enum class Outcome
    {
        Ok,
        NotFound,
        Conflict, // already printed, being sent, being printed elsewhere
        Invalid,  // bad items, a manual carrier without a number, ...
        Refused,  // nothing to print: cancelled, on hold, shipped elsewhere
        Failed    // database or label output
    };
    Outcome outcome = Outcome::Ok;
    QString message;
    QString shipmentKey; // the printed shipment (a split: its new part)
    QStringList trackingNumbers;
    QList<LabelContent> labels; // one per parcel
    WritebackDecision decision;
    bool isOk() const { return outcome == Outcome::Ok; }
};

// Printing, reprinting, voiding and dispatching, and the write-back worker's bookkeeping: every change of a
// shipment's printed state and of its outbox rows happens here, each in one transaction, with conditional updates so
// two stations can never print or send the same shipment twice.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    // Renders the labels (to a file, a printer, ...) inside the print's transaction: when it fails, nothing is
    // recorded and no number is used up.
    using Render = std::function<bool(const QList<LabelContent> &labels, QString *error)>;

    explicit Outbox(Database &database);

    // Claims the shipment for this station (shipments.printing_station, committed at once), prints it in one
    // transaction that clears the claim, or gives the claim back when the print fails. While another station's claim
    // stands, the outcome is Conflict: "Bench 3 is printing this shipment right now."
    PrintResult print(const PrintRequest &request, const Render &render);
    // The station whose unexpired claim holds the shipment (empty: this station has it now, or it is not to ship).
    QString claimForPrint(const QString &shipmentKey, QString *error);
    void releasePrintClaim(const QString &shipmentKey);
    // The same labels again; nothing is written back.
    PrintResult reprint(const QString &shipmentKey, const Render &render);
    // Undoes a print. Before its write-back was sent: the write-back is dropped. After: a Void row deletes the
    // BigCommerce shipment and puts the order's status back. Either way the shipment is to ship again.
    PrintResult voidPrint(const QString &shipmentKey);
    // Queues the write-backs that wait for dispatch: of one store or all, of some orders or all. Returns how many.
    int dispatch(const std::optional<QUuid> &storeId, const QList<qint64> &orderIds, QString *error);

    // The worker's side.
    // Claims the next row that is due (queued, or retrying whose time has come) and that no earlier row of its order
    // is ahead of: state -> sending, attempts + 1. Nothing due: nullopt.
    // With `leaseHolder`, only rows of stores whose lease that holder has now (StoreLeases), checked in the same
    // statement. On PostgreSQL the row is locked as it is read (FOR UPDATE SKIP LOCKED): stations never wait for
    // each other's rows nor take the same one.
    std::optional<OutboxRow> claimNext(const QList<QUuid> &storeIds, QString *error,
                                       const QString &leaseHolder = QString());
    // Rows that were being sent when a station stopped (of one store, or all): their outcome is unknown, so they are
    // verified first. A station calls it for a store when it takes the store's lease. A row claimed less than
    // `limitMs` (inFlightLimitMs()) ago may still have its station's request on the way to BigCommerce (a holder cut
    // off from the database keeps sending): it is due only once that request must have ended, so its shipment is seen,
    // not sent twice. 0: every row is due at once (this station's own rows, with nothing of its own in flight).
    int recoverInterrupted(qint64 limitMs, QString *error, const std::optional<QUuid> &storeId = std::nullopt);
    bool recordSent(const OutboxRow &row, qint64 bcShipmentId, int previousStatusId, const QString &guardModified,
                    QString *error);
    bool recordRetry(const OutboxRow &row, const QDateTime &at, const QString &reason, QString *error);
    // failed: BigCommerce refused for good; held: the order was cancelled or put on hold after printing.
    bool recordStopped(const OutboxRow &row, bool held, const QString &reason, QString *error);
    // The earliest time a retrying row is due (invalid when none).
    QDateTime nextDue(QString *error = nullptr, const std::optional<QList<QUuid>> &storeIds = std::nullopt);

    // Retry or Dismiss of a failed or held write-back (the panel, `packbench writeback --retry/--dismiss`).
    bool retry(const QString &id, QString *error);
    bool dismiss(const QString &id, QString *error);

    OutboxCounts counts(QString *error = nullptr);
    // Newest first; `activeOnly`: without sent, dropped, dismissed and not-sent rows.
    QList<OutboxRow> rows(bool activeOnly, int limit, QString *error = nullptr);
    std::optional<OutboxRow> find(const QString &id, QString *error = nullptr);
    // The newest row of a shipment: its void (kind Void) or its write-back (any other kind).
    std::optional<OutboxRow> latest(const QString &shipmentKey, bool isVoid, QString *error = nullptr);

    // How long after its claim a row's write may still be on its way, for a worker whose requests give up after
    // `sendTimeoutMs`: the worker starts a write only within sendWindowMs() of the claim (it checks before each
    // one), the write ends within the timeout, and a margin covers BigCommerce still applying a request it received
    // and the stations' clocks differing (10 s; less with a shorter timeout, as in tests).
    static qint64 sendWindowMs(int sendTimeoutMs);
    static qint64 inFlightLimitMs(int sendTimeoutMs);

    // The words of a row's state for the grid and the panel ("sent at 09:41 as BigCommerce shipment 123").
    static QString describe(const QString &state, const QString &note, const QDateTime &at);

private:
    // After a failed COMMIT: whether the print with this printed_at is recorded after all.
    bool wasCommitted(const QString &shipmentKey, const QString &printedAt);
    Database &m_database;
};

} // namespace Packbench
