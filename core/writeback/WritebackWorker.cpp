#include "core/writeback/WritebackWorker.h"

#include "core/bigcommerce/ApiDiagnosis.h"
#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/RateGovernor.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Packbench {

struct WritebackWorker::Job
{
    OutboxRow row;
    Client *client = nullptr;
    QString storeHash;
    int statusBefore = -1; // the order's status when this write-back was sent (checked in step 1)
    QElapsedTimer claimed; // started just before the claim: never younger than the claim recorded in the outbox
};

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QDateTime parseBigCommerceDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        const qsizetype comma = text.indexOf(QLatin1Char(','));
        if (comma >= 0)
            date = QDateTime::fromString(text.mid(comma + 1).trimmed(), Qt::RFC2822Date);
    }
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::ISODateWithMs);
    return date;
}

} // namespace

WritebackWorker::Settings WritebackWorker::Settings::fromEnvironment()
{
    Settings settings;
    settings.timeoutMs = envInt("PACKBENCH_HTTP_TIMEOUT_MS", settings.timeoutMs);
    settings.baseMs = envInt("PACKBENCH_WRITEBACK_RETRY_BASE_MS", settings.baseMs);
    settings.capMs = std::max(settings.baseMs, envInt("PACKBENCH_WRITEBACK_RETRY_CAP_MS", settings.capMs));
    settings.concurrency = std::clamp(envInt("PACKBENCH_WRITEBACK_CONCURRENCY", settings.concurrency), 1, 8);
    return settings;
}

WritebackWorker::WritebackWorker(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(database)
    , m_settings(Settings::fromEnvironment())
    , m_timer(this) // a child, so it moves to the worker's thread with it
    , m_leases(database)
    , m_leaseTimer(this)
    , m_leaseMs(StoreLeases::durationFromEnvironment())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WritebackWorker::pump);
    m_leaseTimer.setInterval(std::max(m_leaseMs / 3, 1));
    connect(&m_leaseTimer, &QTimer::timeout, this, &WritebackWorker::renewLeases);
}

WritebackWorker::~WritebackWorker() = default;

void WritebackWorker::setStores(const QList<QPair<StoreConfig, QString>> &stores)
{
    m_stores.clear();
    for (const auto &[store, token] : stores)
        m_stores.insert(store.id, {store, token});
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!m_stores.contains(it.key())) {
            if (it.value())
                it.value()->deleteLater();
            it = m_clients.erase(it);
        } else {
            ++it;
        }
    }
}

void WritebackWorker::start()
{
    m_running = true;
    renewLeases();
    m_leaseTimer.start();
    // Labels print weights in the store's unit: a store connected without Test connection learns it here, once.
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it) {
        if (!StoreRepository(m_database).weightUnit(it.key()).isEmpty())
            continue;
        const QUuid storeId = it.key();
        clientFor(storeId)->fetch(
            QStringLiteral("v2/store"), {}, this,
            [](const ApiResponse &r) { return !r.isSuccess() || QJsonDocument::fromJson(r.body).isObject(); },
            [this, storeId](const ApiResponse &response) {
                const QString unit =
                    QJsonDocument::fromJson(response.body).object().value(QStringLiteral("weight_units")).toString();
                QString ignored;
                if (response.isSuccess() && !unit.isEmpty())
                    StoreRepository(m_database).saveWeightUnit(storeId, unit, &ignored);
            });
    }
    pump();
}

void WritebackWorker::wake()
{
    if (m_running)
        QTimer::singleShot(0, this, &WritebackWorker::pump);
}

void WritebackWorker::renewLeases()
{
    if (!m_running)
        return;
    const QSet<QUuid> before = m_leased;
    bool taken = false;
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it) {
        QString error;
        const StoreLeases::Result result = m_leases.acquire(it.key(), m_leaseMs, &error);
        if (result == StoreLeases::Result::Failed) {
            // The server is away: keep sending what is claimed, claim nothing new (the claim checks the lease).
            Q_EMIT databaseError(error);
            continue;
        }
        if (result == StoreLeases::Result::Elsewhere) {
            m_leased.remove(it.key());
            continue;
        }
        // Taken from another holder, or held with nothing in flight here: rows of this store still "sending" were
        // left by a holder that stopped, or by this one when recording an outcome failed (the server restarted
        // between the answer and the record). Their outcome is unknown: verified before anything is sent again.
        if (result == StoreLeases::Result::Taken || m_inFlight == 0) {
            // Whatever the last holder was sending has an unknown outcome: it is verified before it is sent again.
            // Taken: that holder may be cut off from the database yet still sending, so a row it claimed moments ago
            // waits until its request must have ended. Held: the rows are this station's own, none in flight.
            const qint64 limitMs =
                result == StoreLeases::Result::Taken ? Outbox::inFlightLimitMs(m_settings.timeoutMs) : 0;
            const int recovered = m_outbox.recoverInterrupted(limitMs, &error, it.key());
            if (!error.isEmpty())
                Q_EMIT databaseError(error);
            taken = taken || result == StoreLeases::Result::Taken || recovered > 0;
        }
        m_leased.insert(it.key());
    }
    for (auto it = m_leased.begin(); it != m_leased.end();) {
        if (!m_stores.contains(*it)) {
            QString ignored;
            m_leases.release(*it, &ignored);
            it = m_leased.erase(it);
        } else {
            ++it;
        }
    }
    if (m_leased != before)
        Q_EMIT leasesChanged(m_leased.values());
    if (taken)
        wake();
}

void WritebackWorker::releaseLeases()
{
    for (const QUuid &storeId : std::as_const(m_leased)) {
        QString ignored;
        m_leases.release(storeId, &ignored);
    }
    if (!m_leased.isEmpty()) {
        m_leased.clear();
        Q_EMIT leasesChanged({});
    }
}

void WritebackWorker::stop()
{
    m_running = false;
    m_timer.stop();
    m_leaseTimer.stop();
    releaseLeases();
    for (const QPointer<Client> &client : std::as_const(m_clients))
        if (client)
            client->cancelAll();
}

Client *WritebackWorker::clientFor(const QUuid &storeId)
{
    const auto existing = m_clients.constFind(storeId);
    if (existing != m_clients.cend() && existing.value())
        return existing.value();
    const auto store = m_stores.constFind(storeId);
    if (store == m_stores.cend())
        return nullptr;
    auto *client = new Client(ApiPath::parse(store->first.apiPath), store->first.clientId, store->second, this);
    Client::RetryPolicy policy = Client::RetryPolicy::fromEnvironment();
    policy.timeoutMs = m_settings.timeoutMs;
    client->setRetryPolicy(policy);
    m_clients.insert(storeId, client);
    return client;
}

void WritebackWorker::pump()
{
    if (!m_running || m_pumping)
        return;
    m_pumping = true;
    m_claimedLastPump = false;
    while (m_running && m_inFlight < m_settings.concurrency) {
        QString error;
        QElapsedTimer claimed;
        claimed.start();
        const std::optional<OutboxRow> row =
            m_outbox.claimNext(m_leased.values(), &error, StoreLeases::processHolderId());
        if (!error.isEmpty()) {
            Q_EMIT databaseError(error);
            break;
        }
        if (!row)
            break;
        auto job = std::make_shared<Job>();
        job->row = *row;
        job->claimed = claimed;
        job->client = clientFor(row->storeId);
        job->storeHash = m_stores.value(row->storeId).first.storeHash;
        ++m_inFlight;
        m_claimedLastPump = true;
        Q_EMIT rowChanged(row->shipmentKey, row->state);
        run(job, row->kind == OutboxRow::Kind::Void ? Step::Send : Step::CheckOrder);
    }
    m_pumping = false;
    scheduleNext();
}

void WritebackWorker::scheduleNext()
{
    if (!m_running)
        return;
    QString error;
    const QDateTime due = m_outbox.nextDue(&error, m_leased.values());
    if (!due.isValid()) {
        if (m_inFlight == 0)
            Q_EMIT idle();
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(due));
    if (m_inFlight == 0 && wait > 0)
        Q_EMIT idle();
    if (m_inFlight >= m_settings.concurrency)
        return; // a finishing job pumps again
    // Due now but nothing was claimable (an earlier row of its order still in flight, or the lease just lost):
    // look again shortly rather than spin.
    const qint64 floor = m_claimedLastPump ? 1 : 100;
    m_timer.start(static_cast<int>(std::min<qint64>(std::max<qint64>(wait, floor), 60000)));
}

void WritebackWorker::run(std::shared_ptr<Job> job, Step step)
{
    switch (step) {
    case Step::CheckOrder:
        checkOrder(std::move(job));
        return;
    case Step::Reconcile:
        reconcile(std::move(job));
        return;
    case Step::Send:
        send(std::move(job));
        return;
    case Step::RestoreStatus:
        restoreStatus(std::move(job));
        return;
    }
}

// Step 1: is the order still one to write back to, and what is its status before the write-back?
void WritebackWorker::checkOrder(std::shared_ptr<Job> job)
{
    job->client->fetch(
        QStringLiteral("v2/orders/%1").arg(job->row.orderId), {}, this,
        [](const ApiResponse &r) { return !r.isSuccess() || QJsonDocument::fromJson(r.body).isObject(); },
        [this, job](const ApiResponse &response) {
            if (response.httpStatus == 404) {
                finishStopped(
                    job, false,
                    tr("order #%1 no longer exists in BigCommerce (deleted or archived)").arg(job->row.orderId));
                return;
            }
            if (!response.isSuccess()) {
                finishRetry(job, response, tr("read the order"));
                return;
            }
            const QJsonObject order = QJsonDocument::fromJson(response.body).object();
            const int status = order.value(QStringLiteral("status_id")).toInt(-1);
            job->statusBefore = status;
            if (ImportRules::cancels(status) || ImportRules::holds(status)) {
                const QString name =
                    OrderStatus::isKnown(status) ? OrderStatus::displayName(status) : tr("status %1").arg(status);
                finishStopped(job, true,
                              ImportRules::cancels(status)
                                  ? tr("order #%1 was cancelled in BigCommerce after printing (%2): pull the parcel")
                                        .arg(job->row.orderId)
                                        .arg(name)
                                  : tr("order #%1 was put on hold in BigCommerce after printing (%2): pull the parcel "
                                       "until it is resolved")
                                        .arg(job->row.orderId)
                                        .arg(name));
                return;
            }
            // A shipment POST sent before with no answer may have been created: look before sending again.
            const bool unknownOutcome = job->row.attempts > 1 && job->row.kind == OutboxRow::Kind::Shipment;
            run(job, unknownOutcome ? Step::Reconcile : Step::Send);
        });
}

// Step 2: list the order's shipments and find the one this row would create.
void WritebackWorker::reconcile(std::shared_ptr<Job> job)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
    job->client->fetch(
        QStringLiteral("v2/orders/%1/shipments").arg(job->row.orderId), query, this,
        [](const ApiResponse &r) {
            return r.isNoContent() || !r.isSuccess() || QJsonDocument::fromJson(r.body).isArray();
        },
        [this, job](const ApiResponse &response) {
            if (response.isNoContent()) { // none at all: nothing was created
                run(job, Step::Send);
                return;
            }
            if (!response.isSuccess()) {
                finishRetry(job, response, tr("list the order's shipments"));
                return;
            }
            const QJsonArray shipments = QJsonDocument::fromJson(response.body).array();
            for (const QJsonValue &value : shipments) {
                const QJsonObject shipment = value.toObject();
                if (WritebackPlan::matches(job->row.body, shipment)) {
                    finishSent(job, shipment.value(QStringLiteral("id")).toInteger(), QString());
                    return;
                }
            }
            run(job, Step::Send);
        });
}

// A write starts only within Outbox::sendWindowMs() of its claim: then it has ended (its timeout) before a station
// that takes the lease verifies the row (Outbox::inFlightLimitMs() after the claim). Later (slow answers while
// checking, a slow database), it is tried again with a fresh claim instead. (sendOnce starts at once, or after the
// store's rate governor lets it: a pause the margin covers.)
bool WritebackWorker::tooLateToWrite(std::shared_ptr<Job> job)
{
    if (job->claimed.elapsed() <= Outbox::sendWindowMs(m_settings.timeoutMs))
        return false;
    const qint64 delay = RateGovernor::backoffMs(job->row.attempts, m_settings.baseMs, m_settings.capMs,
                                                 QRandomGenerator::global()->generate());
    QString error;
    if (!m_outbox.recordRetry(job->row, QDateTime::currentDateTimeUtc().addMSecs(delay),
                              tr("the checks before sending took too long to send it safely now; it is checked again "
                                 "before it is sent"),
                              &error))
        Q_EMIT databaseError(error);
    Q_EMIT rowChanged(job->row.shipmentKey, QStringLiteral("retrying"));
    done(job);
    return true;
}

// Step 3: the write itself.
void WritebackWorker::send(std::shared_ptr<Job> job)
{
    if (tooLateToWrite(job))
        return;
    const qint64 orderId = job->row.orderId;
    switch (job->row.kind) {
    case OutboxRow::Kind::Shipment:
        job->client->sendOnce("POST", QStringLiteral("v2/orders/%1/shipments").arg(orderId), job->row.body, this,
                              [this, job](const ApiResponse &response) {
                                  if (response.isSuccess()) {
                                      const QJsonObject created = QJsonDocument::fromJson(response.body).object();
                                      finishSent(job, created.value(QStringLiteral("id")).toInteger(), QString());
                                      return;
                                  }
                                  finishRetry(job, response, tr("create the shipment"));
                              });
        return;
    case OutboxRow::Kind::AwaitingPickup:
        // Idempotent: the same status again changes nothing, so an unknown outcome is simply sent again.
        job->client->sendOnce("PUT", QStringLiteral("v2/orders/%1").arg(orderId), job->row.body, this,
                              [this, job](const ApiResponse &response) {
                                  if (response.isSuccess()) {
                                      finishSent(job, 0, QString());
                                      return;
                                  }
                                  finishRetry(job, response, tr("set the order to Awaiting Pickup"));
                              });
        return;
    case OutboxRow::Kind::Void: {
        const QJsonObject body = QJsonDocument::fromJson(job->row.body).object();
        const qint64 shipmentId = body.value(QStringLiteral("shipment_id")).toInteger();
        if (body.value(QStringLiteral("pickup")).toBool() || shipmentId <= 0) {
            run(job, Step::RestoreStatus);
            return;
        }
        job->client->sendOnce("DELETE", QStringLiteral("v2/orders/%1/shipments/%2").arg(orderId).arg(shipmentId), {},
                              this, [this, job](const ApiResponse &response) {
                                  // 404: deleted already (by an earlier attempt whose answer was lost, or by hand).
                                  if (response.isSuccess() || response.httpStatus == 404) {
                                      run(job, Step::RestoreStatus);
                                      return;
                                  }
                                  finishRetry(job, response, tr("delete the BigCommerce shipment"));
                              });
        return;
    }
    }
}

// Void, step 4: deleting a shipment leaves the order Shipped; it goes back to the status it had before.
void WritebackWorker::restoreStatus(std::shared_ptr<Job> job)
{
    const int status = QJsonDocument::fromJson(job->row.body).object().value(QStringLiteral("status_id")).toInt(-1);
    if (!OrderStatus::isKnown(status)) {
        finishSent(job, 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return;
    }
    if (tooLateToWrite(job))
        return;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("status_id"), status}}).toJson(QJsonDocument::Compact);
    job->client->sendOnce(
        "PUT", QStringLiteral("v2/orders/%1").arg(job->row.orderId), body, this,
        [this, job](const ApiResponse &response) {
            if (!response.isSuccess()) {
                finishRetry(job, response, tr("put the order back to its status"));
                return;
            }
            const QJsonObject order = QJsonDocument::fromJson(response.body).object();
            const QDateTime modified = parseBigCommerceDate(order.value(QStringLiteral("date_modified")).toString());
            finishSent(job, 0,
                       (modified.isValid() ? modified : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
        });
}

void WritebackWorker::finishSent(std::shared_ptr<Job> job, qint64 bcShipmentId, const QString &guardModified)
{
    QString error;
    if (!m_outbox.recordSent(job->row, bcShipmentId, job->statusBefore, guardModified, &error))
        Q_EMIT databaseError(error);
    Q_EMIT rowChanged(job->row.shipmentKey, QStringLiteral("sent"));
    done(job);
}

void WritebackWorker::finishRetry(std::shared_ptr<Job> job, const ApiResponse &response, const QString &what)
{
    ApiDiagnosis::Context context;
    context.action = what;
    context.scope = tr("Orders: modify");
    context.storeHash = job->storeHash;
    const ApiDiagnosis diagnosis =
        response.isSuccess() ? ApiDiagnosis::badResponse(response, what) : ApiDiagnosis::of(response, context);
    if (!diagnosis.isTransient() && diagnosis.kind != ApiDiagnosis::Kind::BadResponse) {
        // A refusal that trying again cannot fix: the packer reads why and chooses Retry or Dismiss.
        finishStopped(job, false, diagnosis.message);
        return;
    }
    qint64 delay = RateGovernor::backoffMs(job->row.attempts, m_settings.baseMs, m_settings.capMs,
                                           QRandomGenerator::global()->generate());
    if (response.httpStatus == 429 && response.rateLimitResetMs > 0)
        delay = std::max<qint64>(delay, response.rateLimitResetMs);
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(delay);
    QString error;
    if (!m_outbox.recordRetry(job->row, at, diagnosis.message, &error))
        Q_EMIT databaseError(error);
    Q_EMIT rowChanged(job->row.shipmentKey, QStringLiteral("retrying"));
    done(job);
}

void WritebackWorker::finishStopped(std::shared_ptr<Job> job, bool held, const QString &reason)
{
    QString error;
    if (!m_outbox.recordStopped(job->row, held, reason, &error))
        Q_EMIT databaseError(error);
    Q_EMIT rowChanged(job->row.shipmentKey, held ? QStringLiteral("held") : QStringLiteral("failed"));
    done(job);
}

void WritebackWorker::done(std::shared_ptr<Job> /*job*/)
{
    --m_inFlight;
    QTimer::singleShot(0, this, &WritebackWorker::pump);
}

} // namespace Packbench
