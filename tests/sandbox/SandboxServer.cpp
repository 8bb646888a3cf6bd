#include "SandboxServer.h"

#include "HttpConnection.h"
#include "HttpRequest.h"
#include "JsonWriter.h"
#include "SandboxData.h"
#include "SandboxInventoryApi.h"
#include "SandboxRenderer.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <cmath>

namespace {

constexpr int MaxLimit = 250;
const QByteArray StatusCodesDoc = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";

QByteArray jsonString(const QString &text)
{
    JsonWriter json;
    json.string(text);
    return json.take();
}

HttpResponse v2Error(int status, const QString &message)
{
    return HttpResponse::json(status, "[{\"status\":" + QByteArray::number(status) +
                                          ",\"message\":" + jsonString(message) + "}]");
}

HttpResponse v3Error(int status, const QString &title)
{
    return HttpResponse::json(status, "{\"status\":" + QByteArray::number(status) + ",\"title\":" + jsonString(title) +
                                          ",\"type\":\"" + StatusCodesDoc + "\",\"errors\":{}}");
}

HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

std::optional<int> toPositiveId(const QByteArray &segment)
{
    bool ok = false;
    const int value = segment.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

// RFC 2822 ("Tue, 20 Nov 2026 11:32:00 +0000") or ISO 8601 ("2026-11-20T11:32:00Z"), strictly: an offset whose
// '+' became a space in the query string is not a date.
std::optional<qint64> parseApiDate(const QString &text)
{
    static const QRegularExpression rfc(
        QStringLiteral("^\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s*)?(\\d{1,2})\\s+"
                       "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})"
                       "(?::(\\d{2}))?\\s+([+-]\\d{4}|GMT|UTC|UT|Z)\\s*$"));
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    auto build = [](int y, int mo, int d, int h, int mi, int s, int offsetSeconds) -> std::optional<qint64> {
        const QDate date(y, mo, d);
        const QTime time(h, mi, s);
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offsetSeconds;
    };
    auto offsetOf = [](const QString &zone) -> int {
        if (zone.isEmpty() || zone == QLatin1String("Z") || zone.startsWith(QLatin1String("G")) ||
            zone.startsWith(QLatin1String("U")))
            return 0;
        QString digitsOnly = zone.mid(1);
        digitsOnly.remove(QLatin1Char(':'));
        const int hours = digitsOnly.left(2).toInt();
        const int minutes = digitsOnly.size() >= 4 ? digitsOnly.mid(2, 2).toInt() : 0;
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        return sign * (hours * 3600 + minutes * 60);
    };
    if (const auto m = rfc.match(text); m.hasMatch()) {
        return build(m.captured(3).toInt(), static_cast<int>(months.indexOf(m.captured(2))) + 1, m.captured(1).toInt(),
                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), offsetOf(m.captured(7)));
    }
    if (const auto m = iso.match(text); m.hasMatch()) {
        return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                     m.captured(5).toInt(), m.captured(6).toInt(), offsetOf(m.captured(7)));
    }
    return std::nullopt;
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::fabs(number) > 9e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Parses page/limit like BigCommerce: 413 over the bulk maximum, 400 for nonsense.
std::optional<HttpResponse> parsePaging(const HttpRequest &request, int *page, int *limit)
{
    *page = 1;
    *limit = 50;
    if (const auto text = request.queryValue(QStringLiteral("limit"))) {
        bool ok = false;
        *limit = text->toInt(&ok);
        if (!ok || *limit < 1)
            return v2Error(400, QStringLiteral("The field 'limit' is invalid."));
        if (*limit > MaxLimit)
            return v2Error(413, QStringLiteral("The field 'limit' is too large: at most %1 results can be "
                                               "requested at once.")
                                    .arg(MaxLimit));
    }
    if (const auto text = request.queryValue(QStringLiteral("page"))) {
        bool ok = false;
        *page = text->toInt(&ok);
        if (!ok || *page < 1)
            return v2Error(400, QStringLiteral("The field 'page' is invalid."));
    }
    return std::nullopt;
}

SandboxRenderer::Consignments consignmentDetail(const HttpRequest &request)
{
    const QStringList includes =
        request.queryValue(QStringLiteral("include")).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (includes.contains(QLatin1String("consignments.line_items")))
        return SandboxRenderer::Consignments::LineItems;
    if (includes.contains(QLatin1String("consignments")))
        return SandboxRenderer::Consignments::LineLinks;
    return SandboxRenderer::Consignments::Resource;
}

void applyAddressFields(const QJsonObject &fields, SandboxAddress &address)
{
    const std::pair<const char *, QByteArray SandboxAddress::*> map[] = {
        {"first_name", &SandboxAddress::firstName}, {"last_name", &SandboxAddress::lastName},
        {"company", &SandboxAddress::company},      {"street_1", &SandboxAddress::street1},
        {"street_2", &SandboxAddress::street2},     {"city", &SandboxAddress::city},
        {"state", &SandboxAddress::state},          {"zip", &SandboxAddress::zip},
        {"country", &SandboxAddress::country},      {"country_iso2", &SandboxAddress::countryIso2},
        {"phone", &SandboxAddress::phone},          {"email", &SandboxAddress::email},
    };
    for (const auto &[name, member] : map) {
        const QJsonValue value = fields.value(QLatin1String(name));
        if (value.isString())
            address.*member = value.toString().toUtf8();
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rateLimiter(m_options.quota, m_options.windowMs)
    , m_faults(m_options.faults, m_options.seed)
{
    m_data = std::make_unique<SandboxData>(m_options, m_options.baseTime.value_or(nowSeconds()));
    m_inventory = std::make_unique<SandboxInventoryApi>(m_options, m_data->orders());
    connect(&m_tcpServer, &QTcpServer::newConnection, this, &SandboxServer::acceptConnections);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(QString *error)
{
    if (!m_tcpServer.listen(QHostAddress::LocalHost, m_options.port)) {
        if (error)
            *error = m_tcpServer.errorString();
        return false;
    }
    m_renderer = std::make_unique<SandboxRenderer>(
        *m_data, "http://127.0.0.1:" + QByteArray::number(port()) + "/stores/" + m_options.storeHash.toUtf8(),
        m_options.storeHash.toUtf8());
    return true;
}

void SandboxServer::setFaults(const std::vector<FaultSpec> &faults)
{
    m_options.faults = faults;
    m_faults = FaultInjector(m_options.faults, m_options.seed);
}

QString SandboxServer::apiPath() const
{
    return QStringLiteral("http://127.0.0.1:%1/stores/%2/v3/").arg(port()).arg(m_options.storeHash);
}

QUrl SandboxServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void SandboxServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this, &SandboxServer::handleRequest);
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}

QString SandboxServer::endpointTemplate(const QByteArray &method, ApiVersion version, const QList<QByteArray> &segments)
{
    QString path = version == ApiVersion::V2 ? QStringLiteral("/v2") : QStringLiteral("/v3");
    for (const QByteArray &segment : segments) {
        path += QLatin1Char('/');
        path += toPositiveId(segment) ? QStringLiteral("{id}") : QString::fromUtf8(segment);
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

void SandboxServer::addRateLimitHeaders(HttpResponse &response, const RateLimiter::Decision &decision) const
{
    response.setHeader("X-Rate-Limit-Requests-Left", QByteArray::number(decision.left));
    response.setHeader("X-Rate-Limit-Requests-Quota", QByteArray::number(decision.quota));
    response.setHeader("X-Rate-Limit-Time-Reset-Ms", QByteArray::number(decision.resetMs));
    response.setHeader("X-Rate-Limit-Time-Window-Ms", QByteArray::number(decision.windowMs));
}

void SandboxServer::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path.startsWith("/__sandbox/")) {
        connection->send(handleControl(request));
        return;
    }
    // /stores/{hash}/{v2|v3}/...: empty segments are kept, so a doubled or trailing slash is a 404 as it is at
    // BigCommerce.
    QList<QByteArray> segments = request.path.split('/');
    if (segments.size() < 5 || !segments.at(0).isEmpty() || segments.at(1) != "stores" ||
        (segments.at(3) != "v2" && segments.at(3) != "v3")) {
        connection->send(v3Error(404, QStringLiteral("The requested path was not found. API paths look like "
                                                     "/stores/{store_hash}/v3/...")));
        return;
    }
    const QByteArray storeHash = segments.at(2);
    const ApiVersion version = segments.at(3) == "v2" ? ApiVersion::V2 : ApiVersion::V3;
    segments = segments.mid(4);

    ++m_requests;
    ++m_requestsByEndpoint[endpointTemplate(request.method, version, segments)];

    const RateLimiter::Decision decision = m_rateLimiter.consume();
    // --fail-writes-only: reads are never faulted and draw nothing, so the faults that hit the writes do not depend
    // on how many reads came between them.
    const bool isWrite = request.method != "GET" && request.method != "HEAD";
    const std::optional<FaultKind> fault = m_options.failWritesOnly && !isWrite ? std::nullopt : m_faults.draw();
    HttpResponse response;
    bool withRateHeaders = true;
    if (!decision.allowed) {
        ++m_quotaRefusals;
        response = version == ApiVersion::V2
                       ? v2Error(429, QStringLiteral("Too many requests: the quota of this store's window is used up. "
                                                     "Retry after X-Rate-Limit-Time-Reset-Ms."))
                       : v3Error(429, QStringLiteral("Too many requests"));
    } else if (fault == FaultKind::BareTooMany) {
        // Platform load: BigCommerce answers 429 without the rate-limit headers.
        response = HttpResponse::json(429, "{\"status\":429,\"title\":\"Too Many Requests\"}");
        withRateHeaders = false;
    } else if (fault == FaultKind::ServerError) {
        const int status = m_faults.serverErrorStatus();
        if (status == 500) {
            response = v2Error(500, QStringLiteral("Internal Server Error"));
        } else {
            response.status = status;
            response.setHeader("Content-Type", "text/html");
            response.body = "<html><head><title>" + QByteArray::number(status) + "</title></head><body><h1>" +
                            QByteArray::number(status) + (status == 502 ? " Bad Gateway" : " Service Unavailable") +
                            "</h1></body></html>\n";
        }
    } else if (fault == FaultKind::Timeout) {
        response.action = HttpResponse::Action::NoAnswer;
    } else {
        response = handleApi(request, storeHash, version, segments);
        if (fault == FaultKind::ResetAfterWrite) {
            response.action = HttpResponse::Action::Reset; // the write (if any) has been applied
        } else if (fault == FaultKind::Malformed) {
            const QByteArray body = response.body.isEmpty() ? QByteArray("[{\"id\":100,\"status\":") : response.body;
            response = HttpResponse::json(200, body.left(std::max<qsizetype>(1, body.size() / 2)));
        }
    }
    if (withRateHeaders)
        addRateLimitHeaders(response, decision);

    if (m_options.latencyMs > 0) {
        // A timer, never a sleep: other connections keep being served meanwhile.
        QTimer::singleShot(m_options.latencyMs, connection, [connection, response] { connection->send(response); });
    } else {
        connection->send(response);
    }
}

HttpResponse SandboxServer::handleApi(const HttpRequest &request, const QByteArray &storeHash, ApiVersion version,
                                      const QList<QByteArray> &segments)
{
    auto error = [version](int status, const QString &message) {
        return version == ApiVersion::V2 ? v2Error(status, message) : v3Error(status, message);
    };
    const QByteArray token = request.header("x-auth-token");
    const bool fullToken = !token.isEmpty() && token == m_options.token.toUtf8();
    const bool readOnlyToken = !token.isEmpty() && token == m_options.readOnlyToken.toUtf8();
    if (token.isEmpty())
        return error(401, QStringLiteral("No access token: send it in the X-Auth-Token header."));
    if (!fullToken && !readOnlyToken)
        return error(401, QStringLiteral("The access token is not valid. Check the X-Auth-Token header."));
    if (storeHash != m_options.storeHash.toUtf8())
        return error(403, QStringLiteral("This token is not valid for store '%1'. Check the store hash in the API "
                                         "path.")
                              .arg(QString::fromUtf8(storeHash)));
    if (readOnlyToken && request.method != "GET" && request.method != "HEAD")
        return error(403, QStringLiteral("You don't have a required scope to access the endpoint: this token has "
                                         "read-only scopes."));
    return version == ApiVersion::V2 ? routeV2(request, segments) : routeV3(request, segments);
}

HttpResponse SandboxServer::routeV2(const HttpRequest &request, const QList<QByteArray> &seg)
{
    const QByteArray &method = request.method;
    const HttpResponse notFound = v2Error(404, QStringLiteral("The requested resource was not found."));
    const HttpResponse notAllowed = v2Error(405, QStringLiteral("The requested method is not supported by this "
                                                                "resource."));
    const qsizetype n = seg.size();
    if (n == 1 && seg[0] == "store")
        return method == "GET" ? HttpResponse::json(200, m_renderer->store()) : notAllowed;
    if (n == 1 && seg[0] == "order_statuses")
        return method == "GET" ? HttpResponse::json(200, m_renderer->orderStatuses()) : notAllowed;
    if (n == 0 || seg[0] != "orders")
        return notFound;
    if (n == 1)
        return method == "GET" ? listOrders(request) : notAllowed;
    if (n == 2 && seg[1] == "count")
        return method == "GET" ? countOrders(request) : notAllowed;

    const std::optional<int> orderId = toPositiveId(seg[1]);
    if (!orderId)
        return notFound;
    const SandboxOrder *order = m_data->findOrder(*orderId);
    if (!order)
        return notFound;
    if (n == 2) {
        if (method == "GET")
            return HttpResponse::json(200, m_renderer->order(*order, consignmentDetail(request)));
        if (method == "PUT")
            return updateOrder(request, *orderId);
        return notAllowed;
    }
    const QByteArray &collection = seg[2];
    if (n == 3 && collection == "shipments" && method == "POST")
        return createShipment(request, *orderId);
    // DELETE answers 204 (the spec's only response), also when the order has no shipments; an unknown shipment is
    // a 404. Neither moves the order's status.
    if (n == 3 && collection == "shipments" && method == "DELETE") {
        m_data->deleteShipments(*orderId, nowSeconds());
        return noContent();
    }
    if (n == 4 && collection == "shipments" && method == "DELETE") {
        const std::optional<int> shipmentId = toPositiveId(seg[3]);
        if (!shipmentId || !m_data->deleteShipment(*orderId, *shipmentId, nowSeconds()))
            return notFound;
        return noContent();
    }
    if (method != "GET")
        return notAllowed;
    int page = 1;
    int limit = 50;
    if (n == 3 && collection == "products") {
        if (auto failure = parsePaging(request, &page, &limit))
            return *failure;
        const qsizetype first = static_cast<qsizetype>(page - 1) * limit;
        if (first >= static_cast<qsizetype>(order->items.size()))
            return noContent();
        return HttpResponse::json(200, m_renderer->products(*order, first, limit));
    }
    if (n == 4 && collection == "products") {
        const std::optional<int> itemId = toPositiveId(seg[3]);
        const SandboxLineItem *item = itemId ? order->findItem(*itemId) : nullptr;
        return item ? HttpResponse::json(200, m_renderer->product(*order, *item)) : notFound;
    }
    // The orders' shipping_addresses resource link says /shippingaddresses (as in the spec's examples), the spec's
    // path /shipping_addresses: a client may use either, so both answer.
    const bool shippingAddresses = collection == "shipping_addresses" || collection == "shippingaddresses";
    if (n == 3 && shippingAddresses) {
        if (order->shippingAddresses.empty())
            return noContent();
        return HttpResponse::json(200, m_renderer->shippingAddresses(*order));
    }
    if (n == 4 && shippingAddresses) {
        const std::optional<int> addressId = toPositiveId(seg[3]);
        const SandboxShippingAddress *address = addressId ? order->findAddress(*addressId) : nullptr;
        return address ? HttpResponse::json(200, m_renderer->shippingAddress(*order, *address)) : notFound;
    }
    if (n == 3 && collection == "consignments") {
        const auto detail = consignmentDetail(request) == SandboxRenderer::Consignments::LineItems
                                ? SandboxRenderer::Consignments::LineItems
                                : SandboxRenderer::Consignments::LineLinks;
        return HttpResponse::json(200, m_renderer->consignments(*order, detail));
    }
    if (n == 3 && collection == "shipments") {
        if (auto failure = parsePaging(request, &page, &limit))
            return *failure;
        const qsizetype first = static_cast<qsizetype>(page - 1) * limit;
        if (first >= static_cast<qsizetype>(order->shipments.size()))
            return noContent();
        return HttpResponse::json(200, m_renderer->shipments(*order, first, limit));
    }
    if (n == 4 && collection == "shipments") {
        const std::optional<int> shipmentId = toPositiveId(seg[3]);
        for (const SandboxShipment &shipment : order->shipments)
            if (shipmentId && shipment.id == *shipmentId)
                return HttpResponse::json(200, m_renderer->shipment(*order, shipment));
        return notFound;
    }
    return notFound;
}

HttpResponse SandboxServer::routeV3(const HttpRequest &request, const QList<QByteArray> &seg)
{
    const HttpResponse notFound = v3Error(404, QStringLiteral("The requested resource was not found."));
    if (!seg.isEmpty() && seg[0] == "inventory")
        return m_inventory->route(request, seg);
    if (seg.isEmpty() || seg[0] != "channels")
        return notFound;
    if (request.method != "GET")
        return v3Error(405, QStringLiteral("Method not allowed"));
    if (seg.size() == 1) {
        int page = 1;
        int limit = 50;
        if (const auto text = request.queryValue(QStringLiteral("limit"))) {
            bool ok = false;
            limit = text->toInt(&ok);
            if (!ok || limit < 1 || limit > 250)
                return v3Error(422, QStringLiteral("The field 'limit' is invalid."));
        }
        if (const auto text = request.queryValue(QStringLiteral("page"))) {
            bool ok = false;
            page = text->toInt(&ok);
            if (!ok || page < 1)
                return v3Error(422, QStringLiteral("The field 'page' is invalid."));
        }
        return HttpResponse::json(200, m_renderer->channels(page, limit));
    }
    if (seg.size() == 2) {
        const std::optional<int> id = toPositiveId(seg[1]);
        if (id && *id <= m_data->channelNames().size())
            return HttpResponse::json(200, m_renderer->channel(*id));
    }
    return notFound;
}

std::optional<HttpResponse> SandboxServer::parseOrderQuery(const HttpRequest &request, OrderQuery *query) const
{
    auto intParam = [&](const char *name, std::optional<int> *out) -> std::optional<HttpResponse> {
        if (const auto text = request.queryValue(QLatin1String(name))) {
            bool ok = false;
            const int value = text->toInt(&ok);
            if (!ok)
                return v2Error(400, QStringLiteral("The field '%1' is invalid: '%2' is not a whole number.")
                                        .arg(QLatin1String(name), *text));
            *out = value;
        }
        return std::nullopt;
    };
    auto dateParam = [&](const char *name, std::optional<qint64> *out) -> std::optional<HttpResponse> {
        if (const auto text = request.queryValue(QLatin1String(name))) {
            const auto when = parseApiDate(*text);
            if (!when)
                return v2Error(400, QStringLiteral("The field '%1' is invalid: '%2' is not an RFC 2822 or ISO 8601 "
                                                   "date. (Is a '+' in the offset sent unescaped? It must be %2B.)")
                                        .arg(QLatin1String(name), *text));
            *out = *when;
        }
        return std::nullopt;
    };
    if (auto e = intParam("status_id", &query->statusId))
        return e;
    if (auto e = intParam("min_id", &query->minId))
        return e;
    if (auto e = intParam("max_id", &query->maxId))
        return e;
    if (auto e = intParam("channel_id", &query->channelId))
        return e;
    if (auto e = intParam("customer_id", &query->customerId))
        return e;
    if (auto e = dateParam("min_date_created", &query->minDateCreated))
        return e;
    if (auto e = dateParam("max_date_created", &query->maxDateCreated))
        return e;
    if (auto e = dateParam("min_date_modified", &query->minDateModified))
        return e;
    if (auto e = dateParam("max_date_modified", &query->maxDateModified))
        return e;
    if (const auto sort = request.queryValue(QStringLiteral("sort"))) {
        const QStringList parts = sort->split(QLatin1Char(':'));
        const QString field = parts.value(0);
        const QString direction = parts.value(1, QStringLiteral("asc"));
        if (parts.size() > 2 || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
            return v2Error(400, QStringLiteral("The field 'sort' is invalid: '%1'.").arg(*sort));
        query->descending = direction == QLatin1String("desc");
        if (field == QLatin1String("id"))
            query->sort = OrderQuery::SortField::Id;
        else if (field == QLatin1String("date_created"))
            query->sort = OrderQuery::SortField::DateCreated;
        else if (field == QLatin1String("date_modified"))
            query->sort = OrderQuery::SortField::DateModified;
        else if (field == QLatin1String("status_id"))
            query->sort = OrderQuery::SortField::StatusId;
        else if (field == QLatin1String("channel_id"))
            query->sort = OrderQuery::SortField::ChannelId;
        else if (field == QLatin1String("customer_id"))
            query->sort = OrderQuery::SortField::CustomerId;
        else
            return v2Error(400, QStringLiteral("The field 'sort' is invalid: '%1'.").arg(*sort));
    }
    return std::nullopt;
}

HttpResponse SandboxServer::listOrders(const HttpRequest &request)
{
    OrderQuery query;
    if (auto failure = parseOrderQuery(request, &query))
        return *failure;
    int page = 1;
    int limit = 50;
    if (auto failure = parsePaging(request, &page, &limit))
        return *failure;
    const std::vector<const SandboxOrder *> matches = m_data->query(query);
    const std::size_t first = static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(limit);
    if (first >= matches.size())
        return noContent();
    const std::size_t last = std::min(matches.size(), first + static_cast<std::size_t>(limit));
    const std::vector<const SandboxOrder *> slice(matches.begin() + static_cast<std::ptrdiff_t>(first),
                                                  matches.begin() + static_cast<std::ptrdiff_t>(last));
    return HttpResponse::json(200, m_renderer->orders(slice, consignmentDetail(request)));
}

HttpResponse SandboxServer::countOrders(const HttpRequest &request)
{
    OrderQuery query;
    if (auto failure = parseOrderQuery(request, &query))
        return *failure;
    return HttpResponse::json(200, m_renderer->ordersCount(m_data->query(query)));
}

HttpResponse SandboxServer::updateOrder(const HttpRequest &request, int orderId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return v2Error(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    SandboxOrder *order = m_data->findOrder(orderId);
    int statusId = order->statusId;
    if (body.contains(QLatin1String("status_id"))) {
        const auto value = jsonInteger(body.value(QLatin1String("status_id")));
        if (!value || !SandboxData::statusInfo(static_cast<int>(*value)))
            return v2Error(400, QStringLiteral("The field 'status_id' is invalid."));
        statusId = static_cast<int>(*value);
    }
    if (body.value(QLatin1String("customer_message")).isString())
        order->customerMessage = body.value(QLatin1String("customer_message")).toString().toUtf8();
    if (body.value(QLatin1String("staff_notes")).isString())
        order->staffNotes = body.value(QLatin1String("staff_notes")).toString().toUtf8();
    m_data->setStatus(*order, statusId, nowSeconds());
    return HttpResponse::json(200, m_renderer->order(*order, consignmentDetail(request)));
}

HttpResponse SandboxServer::createShipment(const HttpRequest &request, int orderId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return v2Error(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    ShipmentRequest shipment;
    const QJsonValue addressValue = body.value(QLatin1String("order_address_id"));
    if (!addressValue.isUndefined() && !addressValue.isNull()) {
        const auto addressId = jsonInteger(addressValue);
        if (!addressId || *addressId <= 0)
            return v2Error(422, QStringLiteral("The field 'order_address_id' is invalid."));
        shipment.orderAddressId = static_cast<int>(*addressId);
    }
    const QJsonValue itemsValue = body.value(QLatin1String("items"));
    if (!itemsValue.isUndefined() && !itemsValue.isArray())
        return v2Error(422, QStringLiteral("The field 'items' is invalid: it must be an array."));
    const QJsonArray items = itemsValue.toArray();
    for (const QJsonValue &entry : items) {
        const QJsonObject item = entry.toObject();
        const auto productId = jsonInteger(item.value(QLatin1String("order_product_id")));
        const auto quantity = jsonInteger(item.value(QLatin1String("quantity")));
        if (!entry.isObject() || !productId || !quantity)
            return v2Error(422, QStringLiteral("The field 'items' is invalid: each item needs an integer "
                                               "'order_product_id' and 'quantity'."));
        shipment.items.push_back({static_cast<int>(*productId), 0, static_cast<int>(*quantity)});
    }
    auto text = [&body](const char *name) {
        return body.value(QLatin1String(name)).toString().toUtf8();
    };
    shipment.trackingNumber = text("tracking_number");
    shipment.shippingProvider = text("shipping_provider");
    shipment.trackingCarrier = text("tracking_carrier");
    shipment.trackingLink = text("tracking_link");
    shipment.comments = text("comments");
    shipment.shippingMethod = text("shipping_method");
    if (QString::fromUtf8(shipment.trackingNumber).size() > 50)
        return v2Error(422, QStringLiteral("The field 'tracking_number' is invalid: at most 50 characters."));
    const SandboxShipment *created = nullptr;
    const QString failure = m_data->createShipment(orderId, shipment, nowSeconds(), &created);
    if (!failure.isEmpty())
        return v2Error(422, failure);
    return HttpResponse::json(201, m_renderer->shipment(*m_data->findOrder(orderId), *created));
}

HttpResponse SandboxServer::merchantChange(const HttpRequest &request, int orderId)
{
    SandboxOrder *order = m_data->findOrder(orderId);
    if (!order)
        return v2Error(404, QStringLiteral("The requested resource was not found."));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body.isEmpty() ? "{}" : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return v2Error(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    const qint64 now = nowSeconds();
    qint64 modified = now;
    if (body.contains(QLatin1String("date_modified"))) {
        const QString text = body.value(QLatin1String("date_modified")).toString();
        if (text != QLatin1String("now")) {
            const auto when = parseApiDate(text);
            if (!when)
                return v2Error(400, QStringLiteral("The field 'date_modified' is invalid: use \"now\" or an RFC 2822 "
                                                   "or ISO 8601 date."));
            modified = *when;
        }
    }
    if (body.contains(QLatin1String("status_id"))) {
        const auto value = jsonInteger(body.value(QLatin1String("status_id")));
        if (!value || !SandboxData::statusInfo(static_cast<int>(*value)))
            return v2Error(400, QStringLiteral("The field 'status_id' is invalid."));
        m_data->setStatus(*order, static_cast<int>(*value), now);
    }
    if (body.contains(QLatin1String("channel_id"))) {
        const auto value = jsonInteger(body.value(QLatin1String("channel_id")));
        if (!value || *value < 1 || *value > m_data->channelNames().size())
            return v2Error(400, QStringLiteral("The field 'channel_id' is invalid."));
        order->channelId = static_cast<int>(*value);
    }
    if (body.value(QLatin1String("customer_message")).isString())
        order->customerMessage = body.value(QLatin1String("customer_message")).toString().toUtf8();
    if (body.value(QLatin1String("staff_notes")).isString())
        order->staffNotes = body.value(QLatin1String("staff_notes")).toString().toUtf8();
    if (body.value(QLatin1String("billing_address")).isObject())
        applyAddressFields(body.value(QLatin1String("billing_address")).toObject(), order->billing);
    if (body.value(QLatin1String("shipping_address")).isObject()) {
        const QJsonObject fields = body.value(QLatin1String("shipping_address")).toObject();
        SandboxShippingAddress *address = nullptr;
        if (const auto id = jsonInteger(fields.value(QLatin1String("id"))))
            address = order->findAddress(static_cast<int>(*id));
        else if (!order->shippingAddresses.empty())
            address = &order->shippingAddresses.front();
        if (!address)
            return v2Error(400, QStringLiteral("The order has no such shipping address."));
        applyAddressFields(fields, address->address);
    }
    order->dateModified = std::max(modified, order->dateCreated);
    return HttpResponse::json(200, m_renderer->order(*order, consignmentDetail(request)));
}

HttpResponse SandboxServer::stats() const
{
    JsonWriter json;
    json.beginObject();
    json.field("requests", m_requests);
    json.field("quota_refusals", m_quotaRefusals);
    json.key("by_endpoint").beginObject();
    for (auto it = m_requestsByEndpoint.cbegin(); it != m_requestsByEndpoint.cend(); ++it)
        json.field(it.key().toUtf8().constData(), it.value());
    json.endObject();
    json.field("shipments", m_data->shipmentsCreated());
    json.field("shipments_deleted", m_data->shipmentsDeleted());
    json.field("shipments_current", m_data->shipmentsCurrent());
    std::vector<int> counts(SandboxData::statuses().size(), 0);
    for (const SandboxOrder &order : m_data->orders())
        ++counts[static_cast<std::size_t>(order.statusId)];
    json.key("orders_by_status").beginObject();
    for (std::size_t id = 0; id < counts.size(); ++id)
        json.field(QByteArray::number(static_cast<int>(id)).constData(), counts[id]);
    json.endObject();
    json.field("orders", static_cast<int>(m_data->orders().size()));
    m_inventory->writeStats(json);
    json.endObject();
    return HttpResponse::json(200, json.take());
}

HttpResponse SandboxServer::handleControl(const HttpRequest &request)
{
    const QList<QByteArray> seg = request.path.mid(static_cast<qsizetype>(sizeof "/__sandbox/") - 1).split('/');
    if (seg.size() == 1 && seg[0] == "stats" && request.method == "GET")
        return stats();
    if (seg.size() == 1 && seg[0] == "reset-stats" && request.method == "POST") {
        m_requests = 0;
        m_quotaRefusals = 0;
        m_requestsByEndpoint.clear();
        m_inventory->resetStats();
        return stats();
    }
    if (seg.size() == 2 && seg[0] == "orders" && request.method == "POST") {
        const std::optional<int> id = toPositiveId(seg[1]);
        if (!id)
            return v2Error(404, QStringLiteral("The requested resource was not found."));
        return merchantChange(request, *id);
    }
    if (seg.size() == 1 && seg[0] == "inventory")
        return m_inventory->control(request);
    return v2Error(404, QStringLiteral("Unknown sandbox control endpoint. Known: GET /__sandbox/stats, POST "
                                       "/__sandbox/reset-stats, POST /__sandbox/orders/{id}, GET|POST "
                                       "/__sandbox/inventory."));
}
