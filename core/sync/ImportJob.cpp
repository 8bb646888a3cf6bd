#include "core/sync/ImportJob.h"

#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/OrderMapper.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"

#include <QJsonArray>
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
    startStore();
}

void ImportJob::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
    // A fetch under way will not call back: finish now. A page being written finishes first (same thread).
    QTimer::singleShot(0, this, [this] {
        if (!m_finished) {
            m_report.failure = ImportReport::Failure::Cancelled;
            m_report.error = tr("Cancelled. Everything imported before stays; import again to continue.");
            finish();
        }
    });
}

QList<int> ImportJob::statusesFor(const StoreConfig &store) const
{
    if (m_request.refresh)
        return ImportRules::refreshStatuses(store);
    QList<int> statuses = m_request.statuses.isEmpty() ? store.importStatuses : m_request.statuses;
    std::sort(statuses.begin(), statuses.end());
    statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
    return statuses;
}

QDateTime ImportJob::windowStartFor(const StoreConfig &store) const
{
    const QDateTime byDays = m_startedAt.addSecs(-static_cast<qint64>(m_request.days) * 24 * 3600);
    if (!m_request.refresh)
        return byDays;
    const SyncState state = m_repository->syncState(store.id);
    if (!state.lastSuccessAt.isValid())
        return byDays;
    return state.lastSuccessAt.addSecs(-ImportRequest::kRefreshOverlapSeconds);
}

ApiDiagnosis::Context ImportJob::contextFor(const QString &action) const
{
    const StoreConfig &store = m_sources.at(m_sourceIndex).store;
    ApiDiagnosis::Context context;
    context.action = action;
    context.scope = store.writeback == WritebackMode::Off ? tr("Orders: read-only") : tr("Orders: modify");
    context.storeHash = store.storeHash;
    context.writebackEnabled = store.writeback != WritebackMode::Off;
    return context;
}

void ImportJob::startStore()
{
    if (m_client) {
        m_report.requests += m_client->requestsSent();
        m_report.retries += m_client->retries();
        m_report.tooManyRequests += m_client->tooManyRequestsSeen();
        m_client->deleteLater();
        m_client = nullptr;
    }
    ++m_sourceIndex;
    if (m_cancelled || m_sourceIndex >= m_sources.size()) {
        finish();
        return;
    }
    const ImportSource &source = m_sources.at(m_sourceIndex);
    m_client = new Client(ApiPath::parse(source.store.apiPath), source.store.clientId, source.accessToken, this);
    m_statuses = statusesFor(source.store);
    m_statusIndex = 0;
    m_windowStart = windowStartFor(source.store);
    m_requestsBefore = 0;

    // The storefront names, so tags read "Kids (2)". One request per store.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
    m_client->fetch(QStringLiteral("v3/channels"), query, this, isJsonObject, [this](const ApiResponse &response) {
        const StoreConfig &store = m_sources.at(m_sourceIndex).store;
        if (response.isSuccess()) {
            QList<ChannelInfo> channels;
            const QJsonArray data =
                QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : data) {
                const QJsonObject channel = value.toObject();
                channels.append(
                    {channel.value(QLatin1String("id")).toInt(), channel.value(QLatin1String("name")).toString()});
            }
            QString ignored;
            StoreRepository(m_database).saveChannels(store.id, channels, &ignored);
        } else if (response.httpStatus != 403) {
            // Without the channel scope the import still works (tags show ids only); anything else stops here.
            const ApiDiagnosis diagnosis = ApiDiagnosis::of(response, contextFor(tr("read the storefronts")));
            finishStore(diagnosis);
            return;
        }
        startStatus();
    });
}

void ImportJob::startStatus()
{
    if (m_cancelled)
        return;
    if (m_statusIndex >= m_statuses.size()) {
        const StoreConfig &store = m_sources.at(m_sourceIndex).store;
        QString ignored;
        m_repository->recordSyncAttempt(store.id, m_startedAt, QString(), true, &ignored);
        startStore();
        return;
    }
    m_minId = 1;
    m_statusFraction = 0;
    fetchPage();
}

void ImportJob::fetchPage()
{
    if (m_cancelled)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status_id"), QString::number(m_statuses.at(m_statusIndex)));
    query.addQueryItem(QStringLiteral("min_date_modified"), queryDate(m_windowStart));
    query.addQueryItem(QStringLiteral("min_id"), QString::number(m_minId));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("consignments.line_items"));
    query.addQueryItem(QStringLiteral("consignment_structure"), QStringLiteral("object"));
    m_client->fetch(QStringLiteral("v2/orders"), query, this, isJsonArrayOrEmpty,
                    [this](const ApiResponse &response) { handlePage(response); });
}

void ImportJob::handlePage(const ApiResponse &response)
{
    if (m_cancelled)
        return;
    const int statusId = m_statuses.at(m_statusIndex);
    if (!response.isSuccess()) {
        const ApiDiagnosis diagnosis = ApiDiagnosis::of(response, contextFor(tr("read orders")));
        finishStore(diagnosis);
        return;
    }
    const OrderMapper::PageResult page = OrderMapper::mapPage(response.body);
    if (!page.ok) {
        finishStore(ApiDiagnosis::badResponse(response, tr("the order list")).message, ImportReport::Failure::Network);
        return;
    }
    if (page.orders.isEmpty()) {
        ++m_statusIndex;
        startStatus();
        return;
    }

    QList<ImportedOrder> orders;
    QList<QPair<qint64, QString>> skips;
    qint64 highestId = 0;
    for (const OrderMapper::Result &result : page.orders) {
        highestId = std::max(highestId, result.orderId);
        if (!result.ok) {
            skips.append({result.orderId, tr("BigCommerce sent this order in a form Packbench cannot read (%1); "
                                             "it was skipped and everything else imported.")
                                              .arg(result.error)});
            continue;
        }
        const ImportedOrder &order = result.order;
        // A server that ignores a filter would import the wrong orders or page forever: stop and say so.
        if (order.statusId != statusId || order.orderId < m_minId ||
            (order.dateModified.isValid() && order.dateModified < m_windowStart.addSecs(-1))) {
            finishStore(tr("BigCommerce returned order #%1 (status %2, changed %3) for a request that asked only "
                           "for status %4 changed since %5, from order #%6 on: it ignored a filter. Nothing more "
                           "was imported from this store, so no wrong orders were imported. Check the API Path, "
                           "then import again.")
                            .arg(order.orderId)
                            .arg(order.statusId)
                            .arg(order.dateModified.toString(Qt::ISODate))
                            .arg(statusId)
                            .arg(m_windowStart.toString(Qt::ISODate))
                            .arg(m_minId),
                        ImportReport::Failure::FilterIgnored);
            return;
        }
        if (order.digitalOnly) {
            skips.append({order.orderId, tr("digital only: nothing to ship")});
            continue;
        }
        if (order.shipments.isEmpty() && !order.needsProducts) {
            skips.append({order.orderId, tr("no shipping address or pickup: nothing to ship")});
            continue;
        }
        orders.append(order);
    }
    if (highestId < m_minId) {
        finishStore(tr("BigCommerce returned the same orders again (paging made no progress after order #%1). "
                       "Nothing more was imported from this store. Try again later.")
                        .arg(m_minId - 1),
                    ImportReport::Failure::FilterIgnored);
        return;
    }
    m_minId = highestId + 1;
    m_ordersSeen += static_cast<int>(page.orders.size());
    const bool lastPage = page.orders.size() < kPageSize;

    // How far through this status: orders come in id order, which follows their creation date.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ImportedOrder *last = orders.isEmpty() ? nullptr : &orders.constLast();
    if (last && last->dateCreated.isValid() && m_windowStart < now) {
        const double span = static_cast<double>(m_windowStart.secsTo(now));
        m_statusFraction =
            std::clamp(static_cast<double>(m_windowStart.secsTo(last->dateCreated)) / span, m_statusFraction, 1.0);
    }
    if (lastPage)
        m_statusFraction = 1.0;

    auto afterWrite = [this, lastPage] {
        if (m_cancelled || m_finished)
            return;
        if (lastPage) {
            // A short page: no more orders matched when it was read.
            ++m_statusIndex;
            startStatus();
        } else {
            fetchPage();
        }
    };
    auto pending = std::make_shared<QList<ImportedOrder>>(orders);
    auto pendingSkips = std::make_shared<QList<QPair<qint64, QString>>>(skips);
    // Orders whose consignments came truncated (over 50 items) or without consignments: fetch their products.
    // The step function holds itself only weakly; each pending products request holds it strongly.
    auto next = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakNext = next;
    *next = [this, pending, pendingSkips, weakNext, afterWrite](int index) {
        auto self = weakNext.lock();
        while (index < pending->size() && !pending->at(index).needsProducts)
            ++index;
        if (index >= pending->size()) {
            writePage(*pending, *pendingSkips);
            afterWrite();
            return;
        }
        const qint64 orderId = pending->at(index).orderId;
        fetchProducts(
            orderId, 1, std::make_shared<QJsonArray>(),
            [this, pending, pendingSkips, self, index](bool ok, const QJsonArray &products, const QString &error) {
                if (m_finished)
                    return;
                ImportedOrder &order = (*pending)[index];
                QString mapError = error;
                if (ok && OrderMapper::completeItems(&order, products, &mapError)) {
                    (*self)(index + 1);
                    return;
                }
                pendingSkips->append({order.orderId, tr("its line items could not be read (%1); import "
                                                        "again later")
                                                         .arg(mapError)});
                pending->removeAt(index);
                (*self)(index);
            });
    };
    (*next)(0);
}

void ImportJob::fetchProducts(qint64 orderId, int page, std::shared_ptr<QJsonArray> collected,
                              std::function<void(bool, const QJsonArray &, const QString &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    m_client->fetch(QStringLiteral("v2/orders/%1/products").arg(orderId), query, this, isJsonArrayOrEmpty,
                    [this, orderId, page, collected, done](const ApiResponse &response) {
                        if (!response.isSuccess()) {
                            done(false, {},
                                 ApiDiagnosis::of(response, contextFor(tr("read an order's items"))).message);
                            return;
                        }
                        const QJsonArray items = QJsonDocument::fromJson(response.body).array();
                        for (const QJsonValue &item : items)
                            collected->append(item);
                        if (items.size() < kPageSize) {
                            done(true, *collected, QString());
                            return;
                        }
                        fetchProducts(orderId, page + 1, collected, done);
                    });
}

void ImportJob::writePage(const QList<ImportedOrder> &orders, const QList<QPair<qint64, QString>> &skips)
{
    const StoreConfig &store = m_sources.at(m_sourceIndex).store;
    PageWriteResult written;
    QString error;
    if (!m_repository->writePage(store, statusesFor(store), orders, skips, &written, &error)) {
        finishStore(tr("The imported orders could not be saved: %1").arg(error), ImportReport::Failure::Database);
        return;
    }
    m_report.newOrders += written.newOrders;
    m_report.updatedOrders += written.updatedOrders;
    m_report.unchangedOrders += written.unchangedOrders;
    m_report.shipmentsNew += written.shipmentsNew;
    for (const auto &[orderId, reason] : std::as_const(written.skipped))
        m_report.skipped.append({store.name, orderId, reason});
    if (!written.changedShipmentKeys.isEmpty())
        Q_EMIT shipmentsChanged(written.changedShipmentKeys);
    emitProgress();
}

void ImportJob::emitProgress()
{
    ImportProgress progress;
    progress.storeName = m_sources.value(m_sourceIndex).store.name;
    progress.statusId = m_statuses.value(m_statusIndex);
    progress.orders = m_ordersSeen;
    progress.requests = m_report.requests + (m_client ? m_client->requestsSent() : 0);
    const double perStore = m_statuses.isEmpty() ? 1.0 : (m_statusIndex + m_statusFraction) / m_statuses.size();
    progress.fraction = m_sources.isEmpty() ? 1.0 : (m_sourceIndex + std::min(perStore, 1.0)) / m_sources.size();
    progress.elapsedMs = m_clock.elapsed();
    if (progress.fraction > 0.02)
        progress.remainingMs = static_cast<qint64>(progress.elapsedMs * (1.0 - progress.fraction) / progress.fraction);
    Q_EMIT this->progress(progress);
}

void ImportJob::finishStore(const ApiDiagnosis &diagnosis)
{
    finishStore(diagnosis.message,
                diagnosis.isTransient() ? ImportReport::Failure::Network : ImportReport::Failure::Refused);
}

void ImportJob::finishStore(const QString &error, ImportReport::Failure failure)
{
    const StoreConfig &store = m_sources.at(m_sourceIndex).store;
    if (m_report.failure == ImportReport::Failure::None) {
        m_report.failure = failure;
        m_report.error = m_sources.size() > 1 ? tr("%1: %2").arg(store.name, error) : error;
    }
    QString ignored;
    m_repository->recordSyncAttempt(store.id, QDateTime::currentDateTimeUtc(), error, false, &ignored);
    // The other stores still import.
    QTimer::singleShot(0, this, [this] { startStore(); });
}

void ImportJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client) {
        m_report.requests += m_client->requestsSent();
        m_report.retries += m_client->retries();
        m_report.tooManyRequests += m_client->tooManyRequestsSeen();
        m_client->cancelAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_report.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_report);
}

} // namespace Packbench
