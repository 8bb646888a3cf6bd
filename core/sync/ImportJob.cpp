#include "core/sync/ImportJob.h"

#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/OrderMapper.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>

namespace Packbench {

namespace {
constexpr int kPageSize = 250;

// Dates go out as ISO 8601 in UTC with "Z": no "+" that a query string could turn into a space.
QString queryDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

bool isJsonArrayOrEmpty(const ApiResponse &response)
{
    if (response.isNoContent() || response.body.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    return error.error == QJsonParseError::NoError && document.isArray();
}

bool isJsonObject(const ApiResponse &response)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QUrlQuery withConsignments(QUrlQuery query)
{
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("consignments.line_items"));
    query.addQueryItem(QStringLiteral("consignment_structure"), QStringLiteral("object"));
    return query;
}
} // namespace

ImportJob::ImportJob(Database &database, const ImportRequest &request, const QList<ImportSource> &sources,
                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_request(request)
    , m_sources(sources)
{
}

ImportJob::~ImportJob() = default;

void ImportJob::start()
{
    // Created here, on the thread the job runs on: database connections are per thread.
    m_repository = std::make_unique<ShipmentRepository>(m_database);
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    nextStore();
}

void ImportJob::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
    // A fetch under way will not call back: finish now. A page being written finishes first (same thread).
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        const QString error = tr("Cancelled. Everything imported before stays; import again to continue.");
        if (m_sourceIndex >= 0 && m_sourceIndex < m_sources.size() && !m_report.stores.isEmpty() &&
            currentOutcome().isOk()) {
            currentOutcome().failure = ImportFailure::Cancelled;
            currentOutcome().error = error;
        }
        if (m_report.isOk()) {
            m_report.failure = ImportFailure::Cancelled;
            m_report.error = error;
        }
        finish();
    });
}

SyncScope ImportJob::scope() const
{
    return m_request.refresh ? SyncScope::refresh() : SyncScope::import(m_request.statuses);
}

QList<ImportJob::Stream> ImportJob::streamsFor(const StoreConfig &store) const
{
    // A refresh lists every status at once: what changed may have left the import statuses (cancelled, held,
    // shipped elsewhere). BigCommerce's order list without status_id covers every status, 0 Incomplete included
    // (orders.v2.oas2.yml documents status_id as an optional filter and no status that the list leaves out), so an
    // order that an admin moves back to Incomplete is seen and goes on hold like any held order.
    if (m_request.refresh)
        return {Stream{std::nullopt}};
    QList<int> statuses = scope().creatingStatuses(store);
    std::sort(statuses.begin(), statuses.end());
    statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
    QList<Stream> streams;
    for (int status : std::as_const(statuses))
        streams.append(Stream{status});
    return streams;
}

QDateTime ImportJob::windowStartFor(const StoreConfig &) const
{
    const QDateTime byDays = m_startedAt.addSecs(-static_cast<qint64>(m_request.days) * 24 * 3600);
    if (!m_request.refresh || !m_syncBefore.lastSuccessAt.isValid())
        return byDays;
    return m_syncBefore.lastSuccessAt.addSecs(-ImportRequest::kRefreshOverlapSeconds);
}

SyncCoverage ImportJob::coverageOf(const StoreConfig &store) const
{
    if (m_request.refresh)
        return SyncCoverage::Full;
    // Every import status, over a window that reaches back to the last mark: nothing can have been missed since.
    const QList<int> asked = scope().creatingStatuses(store);
    for (int status : store.importStatuses) {
        if (!asked.contains(status))
            return SyncCoverage::Partial;
    }
    if (m_syncBefore.lastSuccessAt.isValid() && m_windowStart > m_syncBefore.lastSuccessAt)
        return SyncCoverage::Partial;
    return SyncCoverage::Full;
}

ApiDiagnosis::Context ImportJob::contextFor(const QString &action) const
{
    const StoreConfig &store = currentStore();
    ApiDiagnosis::Context context;
    context.action = action;
    context.scope = store.writeback == WritebackMode::Off ? tr("Orders: read-only") : tr("Orders: modify");
    context.storeHash = store.storeHash;
    context.writebackEnabled = store.writeback != WritebackMode::Off;
    return context;
}

// Step: the next store, or the end.
void ImportJob::nextStore()
{
    collectClientCounters();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (stopped())
        return;
    ++m_sourceIndex;
    if (m_sourceIndex >= m_sources.size()) {
        finish();
        return;
    }
    const ImportSource &source = m_sources.at(m_sourceIndex);
    StoreImportOutcome outcome;
    outcome.storeId = source.store.id;
    outcome.storeName = source.store.name;
    m_report.stores.append(outcome);

    m_client = new Client(ApiPath::parse(source.store.apiPath), source.store.clientId, source.accessToken, this);
    if (m_request.interactive)
        m_client->setRetryPolicy(Client::RetryPolicy::interactive());
    m_storeStartedAt = QDateTime::currentDateTimeUtc();
    m_syncBefore = m_repository->syncState(source.store.id);
    m_streams = streamsFor(source.store);
    m_streamIndex = -1;
    m_phase = Phase::Streams;
    m_windowStart = windowStartFor(source.store);
    m_retries = m_request.refresh ? m_repository->ordersToRetry(source.store.id) : QList<qint64>();
    emitProgress();
    if (source.store.channelTags)
        fetchChannels();
    else
        nextStream();
}

// Step: the storefront names, so tags read "Kids (2)". One request per store, only when channel tags are on.
void ImportJob::fetchChannels()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
    m_client->fetch(QStringLiteral("v3/channels"), query, this, isJsonObject,
                    [this](const ApiResponse &response) { onChannels(response); });
}

void ImportJob::onChannels(const ApiResponse &response)
{
    if (stopped())
        return;
    if (response.isSuccess()) {
        QList<ChannelInfo> channels;
        const QJsonArray data = QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject channel = value.toObject();
            channels.append(
                {channel.value(QLatin1String("id")).toInt(), channel.value(QLatin1String("name")).toString()});
        }
        QString error;
        if (!StoreRepository(m_database).saveChannels(currentStore().id, channels, &error)) {
            storeFailed(ImportFailure::Database, tr("The storefront names could not be saved: %1").arg(error));
            return;
        }
    } else if (response.httpStatus != 403) {
        // Without the channel scope the import still works (tags show ids only); anything else stops here.
        storeFailed(ApiDiagnosis::of(response, contextFor(tr("read the storefronts"))));
        return;
    }
    nextStream();
}

// Step: the next stream of pages; after the last, the orders to retry (refresh), then the store is done.
void ImportJob::nextStream()
{
    if (stopped())
        return;
    ++m_streamIndex;
    if (m_streamIndex < m_streams.size()) {
        m_minId = 1;
        m_streamFraction = 0;
        fetchPage();
        return;
    }
    m_phase = Phase::Retries;
    fetchNextRetry();
}

void ImportJob::fetchPage()
{
    QUrlQuery query;
    if (const std::optional<int> status = m_streams.at(m_streamIndex).statusId)
        query.addQueryItem(QStringLiteral("status_id"), QString::number(*status));
    query.addQueryItem(QStringLiteral("min_date_modified"), queryDate(m_windowStart));
    query.addQueryItem(QStringLiteral("min_id"), QString::number(m_minId));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    m_client->fetch(QStringLiteral("v2/orders"), withConsignments(query), this, isJsonArrayOrEmpty,
                    [this](const ApiResponse &response) { onPage(response); });
}

void ImportJob::onPage(const ApiResponse &response)
{
    if (stopped())
        return;
    const std::optional<int> statusId = m_streams.at(m_streamIndex).statusId;
    if (!response.isSuccess()) {
        storeFailed(ApiDiagnosis::of(response, contextFor(tr("read orders"))));
        return;
    }
    const OrderMapper::PageResult mapped = OrderMapper::mapPage(response.body);
    if (!mapped.ok) {
        storeFailed(ImportFailure::Network, ApiDiagnosis::badResponse(response, tr("the order list")).message);
        return;
    }
    if (mapped.orders.isEmpty()) {
        nextStream();
        return;
    }

    m_page = Page();
    qint64 highestId = 0;
    for (const OrderMapper::Result &result : mapped.orders) {
        highestId = std::max(highestId, result.orderId);
        if (!result.ok) {
            m_page.skips.append({result.orderId,
                                 tr("BigCommerce sent this order in a form Packbench cannot read (%1); it was skipped "
                                    "and everything else imported.")
                                     .arg(result.error),
                                 false});
            continue;
        }
        const ImportedOrder &order = result.order;
        // A server that ignores a filter would import the wrong orders or page forever: stop and say so.
        if ((statusId && order.statusId != *statusId) || order.orderId < m_minId ||
            (order.dateModified.isValid() && order.dateModified < m_windowStart.addSecs(-1))) {
            const QString asked = statusId
                                      ? tr("status %1 changed since %2").arg(*statusId).arg(queryDate(m_windowStart))
                                      : tr("orders changed since %1").arg(queryDate(m_windowStart));
            storeFailed(ImportFailure::FilterIgnored,
                        tr("BigCommerce returned order #%1 (status %2, changed %3) for a request that asked only for "
                           "%4, from order #%5 on: it ignored a filter. Nothing more was imported from this store, "
                           "so no wrong orders were imported. Check the API Path, then import again.")
                            .arg(order.orderId)
                            .arg(order.statusId)
                            .arg(order.dateModified.toString(Qt::ISODate), asked)
                            .arg(m_minId));
            return;
        }
        if (order.digitalOnly) {
            m_page.skips.append({order.orderId, tr("digital only: nothing to ship"), false});
            continue;
        }
        if (order.shipments.isEmpty() && !order.needsConsignments && !order.needsProducts) {
            m_page.skips.append({order.orderId, tr("no shipping address or pickup: nothing to ship"), false});
            continue;
        }
        m_page.orders.append(order);
    }
    if (highestId < m_minId) {
        storeFailed(ImportFailure::FilterIgnored,
                    tr("BigCommerce returned the same orders again (paging made no progress after order #%1). "
                       "Nothing more was imported from this store. Try again later.")
                        .arg(m_minId - 1));
        return;
    }
    // An order that still lacks consignments or items is completed only when it can matter: it is in the
    // database already, or its status creates shipments. Others would cost requests for nothing.
    QList<qint64> incomplete;
    for (const ImportedOrder &order : std::as_const(m_page.orders)) {
        if (order.needsConsignments || order.needsProducts)
            incomplete.append(order.orderId);
    }
    if (!incomplete.isEmpty()) {
        QString error;
        const QSet<qint64> known = m_repository->existingOrders(currentStore().id, incomplete, &error);
        if (!error.isEmpty()) {
            storeFailed(ImportFailure::Database, tr("The imported orders could not be read: %1").arg(error));
            return;
        }
        const QList<int> creating = scope().creatingStatuses(currentStore());
        for (qsizetype i = m_page.orders.size() - 1; i >= 0; --i) {
            const ImportedOrder &order = m_page.orders.at(i);
            if ((order.needsConsignments || order.needsProducts) && !known.contains(order.orderId) &&
                !creating.contains(order.statusId)) {
                m_page.skips.append(
                    {order.orderId,
                     ImportRules::decide(currentStore(), scope(), order.statusId, std::nullopt, 1).reason, false});
                m_page.orders.removeAt(i);
            }
        }
    }
    m_minId = highestId + 1;
    m_ordersSeen += static_cast<int>(mapped.orders.size());
    m_page.last = mapped.orders.size() < kPageSize;

    // How far through this stream: orders come in id order, which follows their creation date.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_page.orders.isEmpty() && m_page.orders.constLast().dateCreated.isValid() && m_windowStart < now) {
        const double span = static_cast<double>(m_windowStart.secsTo(now));
        m_streamFraction =
            std::clamp(static_cast<double>(m_windowStart.secsTo(m_page.orders.constLast().dateCreated)) / span,
                       m_streamFraction, 1.0);
    }
    if (m_page.last)
        m_streamFraction = 1.0;
    completeNextOrder();
}

// Step: fetch what the next order of the page lacks (consignments, then products), one request at a time; when
// every order is complete, write the page.
void ImportJob::completeNextOrder()
{
    if (stopped())
        return;
    while (m_page.index < m_page.orders.size() && !m_page.orders.at(m_page.index).needsConsignments &&
           !m_page.orders.at(m_page.index).needsProducts)
        ++m_page.index;
    if (m_page.index >= m_page.orders.size()) {
        writePage();
        return;
    }
    const ImportedOrder &order = m_page.orders.at(m_page.index);
    if (order.needsConsignments) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("include"), QStringLiteral("consignments.line_items"));
        m_client->fetch(QStringLiteral("v2/orders/%1/consignments").arg(order.orderId), query, this, isJsonObject,
                        [this](const ApiResponse &response) { onConsignments(response); });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("page"), QString::number(m_page.productsPage));
    m_client->fetch(QStringLiteral("v2/orders/%1/products").arg(order.orderId), query, this, isJsonArrayOrEmpty,
                    [this](const ApiResponse &response) { onProducts(response); });
}

void ImportJob::onConsignments(const ApiResponse &response)
{
    if (stopped())
        return;
    ImportedOrder &order = m_page.orders[m_page.index];
    if (!response.isSuccess()) {
        skipCurrentOrder(tr("its shipping addresses could not be read (%1); import again later")
                             .arg(ApiDiagnosis::of(response, contextFor(tr("read an order's consignments"))).message));
        return;
    }
    QString error;
    if (!OrderMapper::applyConsignments(&order, response.body, &error)) {
        skipCurrentOrder(tr("its shipping addresses could not be read (%1); import again later").arg(error));
        return;
    }
    if (order.digitalOnly || (order.shipments.isEmpty() && !order.needsProducts)) {
        m_page.skips.append({order.orderId,
                             order.digitalOnly ? tr("digital only: nothing to ship")
                                               : tr("no shipping address or pickup: nothing to ship"),
                             false});
        m_page.orders.removeAt(m_page.index);
    }
    completeNextOrder();
}

void ImportJob::onProducts(const ApiResponse &response)
{
    if (stopped())
        return;
    if (!response.isSuccess()) {
        skipCurrentOrder(tr("its line items could not be read (%1); import again later")
                             .arg(ApiDiagnosis::of(response, contextFor(tr("read an order's items"))).message));
        return;
    }
    const QJsonArray items = QJsonDocument::fromJson(response.body).array();
    for (const QJsonValue &item : items)
        m_page.products.append(item);
    if (items.size() >= kPageSize) {
        ++m_page.productsPage;
        completeNextOrder(); // the next page of this order's products
        return;
    }
    ImportedOrder &order = m_page.orders[m_page.index];
    QString error;
    const QJsonArray products = std::exchange(m_page.products, QJsonArray());
    m_page.productsPage = 1;
    if (!OrderMapper::completeItems(&order, products, &error)) {
        skipCurrentOrder(tr("its line items could not be read (%1); import again later").arg(error));
        return;
    }
    completeNextOrder();
}

void ImportJob::skipCurrentOrder(const QString &reason)
{
    m_page.skips.append({m_page.orders.at(m_page.index).orderId, reason, true});
    m_page.orders.removeAt(m_page.index);
    m_page.products = QJsonArray();
    m_page.productsPage = 1;
    completeNextOrder();
}

// Step: the page in one transaction. A page that cannot be written ends this store's import as failed.
void ImportJob::writePage()
{
    const StoreConfig &store = currentStore();
    PageWriteResult written;
    QString error;
    if (!m_repository->writePage(store, scope(), m_page.orders, m_page.skips, &written, &error)) {
        storeFailed(ImportFailure::Database, tr("The imported orders could not be saved: %1").arg(error));
        return;
    }
    StoreImportOutcome &outcome = currentOutcome();
    outcome.newOrders += written.newOrders;
    outcome.updatedOrders += written.updatedOrders;
    outcome.unchangedOrders += written.unchangedOrders;
    outcome.shipmentsNew += written.shipmentsNew;
    outcome.skipped += static_cast<int>(written.skipped.size());
    m_report.newOrders += written.newOrders;
    m_report.updatedOrders += written.updatedOrders;
    m_report.unchangedOrders += written.unchangedOrders;
    m_report.shipmentsNew += written.shipmentsNew;
    for (const OrderSkip &skipped : std::as_const(written.skipped))
        m_report.skipped.append({store.name, skipped.orderId, skipped.reason, skipped.retry});
    if (!written.changedShipmentKeys.isEmpty())
        Q_EMIT shipmentsChanged(written.changedShipmentKeys);
    emitProgress();
    afterPageWritten();
}

void ImportJob::afterPageWritten()
{
    if (stopped())
        return;
    if (m_phase == Phase::Retries)
        fetchNextRetry();
    else if (m_page.last)
        nextStream(); // a short page: no more orders matched when it was read
    else
        fetchPage();
}

// Step (refresh): an order an earlier run skipped because a request failed, fetched again by its id.
void ImportJob::fetchNextRetry()
{
    if (stopped())
        return;
    if (m_retries.isEmpty()) {
        storeSucceeded();
        return;
    }
    const qint64 orderId = m_retries.takeFirst();
    m_retryOrderId = orderId;
    m_client->fetch(QStringLiteral("v2/orders/%1").arg(orderId), withConsignments(QUrlQuery()), this, isJsonObject,
                    [this](const ApiResponse &response) { onRetry(response); });
}

void ImportJob::onRetry(const ApiResponse &response)
{
    if (stopped())
        return;
    m_page = Page();
    m_page.last = true;
    const qint64 orderId = m_retryOrderId;
    if (response.httpStatus == 404) {
        m_page.skips.append({orderId, tr("BigCommerce no longer has this order"), false});
        writePage();
        return;
    }
    if (!response.isSuccess()) {
        storeFailed(ApiDiagnosis::of(response, contextFor(tr("read order #%1").arg(orderId))));
        return;
    }
    const OrderMapper::Result result = OrderMapper::map(QJsonDocument::fromJson(response.body).object());
    if (!result.ok)
        m_page.skips.append({result.orderId,
                             tr("BigCommerce sent this order in a form Packbench cannot read (%1); it was skipped "
                                "and everything else imported.")
                                 .arg(result.error),
                             false});
    else if (result.order.digitalOnly)
        m_page.skips.append({result.orderId, tr("digital only: nothing to ship"), false});
    else
        m_page.orders.append(result.order);
    completeNextOrder();
}

// Step: the store is done; the sync mark moves only when every import status was covered since the last mark.
void ImportJob::storeSucceeded()
{
    const StoreConfig &store = currentStore();
    QString error;
    if (!m_repository->recordSync(store.id, m_storeStartedAt, m_windowStart, coverageOf(store), QString(), &error)) {
        storeFailed(ImportFailure::Database, tr("The import's progress could not be saved: %1").arg(error));
        return;
    }
    emitProgress();
    nextStore();
}

void ImportJob::storeFailed(const ApiDiagnosis &diagnosis)
{
    storeFailed(diagnosis.isTransient() ? ImportFailure::Network : ImportFailure::Refused, diagnosis.message);
}

void ImportJob::storeFailed(ImportFailure failure, const QString &error)
{
    const StoreConfig &store = currentStore();
    StoreImportOutcome &outcome = currentOutcome();
    outcome.failure = failure;
    outcome.error = error;
    const QString line = m_sources.size() > 1 ? tr("%1: %2").arg(store.name, error) : error;
    if (m_report.failure == ImportFailure::None)
        m_report.failure = failure;
    m_report.error = m_report.error.isEmpty() ? line : m_report.error + QLatin1Char('\n') + line;
    QString ignored; // the failure is reported already; a database that cannot even record it changes nothing
    m_repository->recordSync(store.id, m_storeStartedAt, m_windowStart, SyncCoverage::Failed, error, &ignored);
    // The other stores still import; the next step starts from the event loop, not from inside this one.
    QTimer::singleShot(0, this, &ImportJob::nextStore);
}

void ImportJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    collectClientCounters();
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_report.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_report);
}

void ImportJob::collectClientCounters()
{
    if (!m_client)
        return;
    m_report.requests += m_client->requestsSent();
    m_report.retries += m_client->retries();
    m_report.tooManyRequests += m_client->tooManyRequestsSeen();
}

void ImportJob::emitProgress()
{
    ImportProgress progress;
    progress.storeName = m_sources.value(m_sourceIndex).store.name;
    progress.statusId = m_streams.value(m_streamIndex).statusId.value_or(-1);
    progress.orders = m_ordersSeen;
    progress.requests = m_report.requests + (m_client ? m_client->requestsSent() : 0);
    const double streams = std::max<qsizetype>(1, m_streams.size());
    const double perStore = m_phase == Phase::Retries ? 1.0 : (std::max(0, m_streamIndex) + m_streamFraction) / streams;
    progress.fraction = m_sources.isEmpty() ? 1.0 : (m_sourceIndex + std::min(perStore, 1.0)) / m_sources.size();
    progress.elapsedMs = m_clock.elapsed();
    if (progress.fraction > 0.02)
        progress.remainingMs = static_cast<qint64>(progress.elapsedMs * (1.0 - progress.fraction) / progress.fraction);
    Q_EMIT this->progress(progress);
}

} // namespace Packbench
