#include "SandboxInventoryApi.h"

#include "HttpRequest.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cmath>

namespace {

const QByteArray StatusCodesDoc = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";

// v3 error: {"status":N,"title":"...","type":"...","errors":{name: message, ...}}.
HttpResponse v3Error(int status, const QString &title, const QList<QPair<QByteArray, QString>> &errors = {})
{
    JsonWriter json;
    json.beginObject();
    json.field("status", status);
    json.field("title", title);
    json.field("type", StatusCodesDoc);
    json.key("errors").beginObject();
    for (const auto &[name, message] : errors)
        json.field(name.constData(), message);
    json.endObject();
    json.endObject();
    return HttpResponse::json(status, json.take());
}

// The control endpoints answer errors in the v2 shape, as the other /__sandbox endpoints do.
HttpResponse controlError(int status, const QString &message)
{
    JsonWriter json;
    json.beginArray();
    json.beginObject();
    json.field("status", status);
    json.field("message", message);
    json.endObject();
    json.endArray();
    return HttpResponse::json(status, json.take());
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

std::optional<QStringList> listParameter(const HttpRequest &request, const QString &name)
{
    const std::optional<QString> text = request.queryValue(name);
    if (!text)
        return std::nullopt;
    QStringList values = text->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (values.isEmpty())
        return std::nullopt; // "sku:in=" filters nothing
    return values;
}

// Reads a comma-separated id list ("variant_id:in=1,2"); a value that is no whole number answers 422.
std::optional<HttpResponse> idListParameter(const HttpRequest &request, const char *name, std::optional<QSet<int>> *out)
{
    const auto values = listParameter(request, QLatin1String(name));
    if (!values)
        return std::nullopt;
    QSet<int> ids;
    for (const QString &value : *values) {
        bool ok = false;
        const int id = value.trimmed().toInt(&ok);
        if (!ok) {
            const QString message = QStringLiteral("The filter '%1' is invalid: '%2' is not a whole number.")
                                        .arg(QLatin1String(name), value);
            return v3Error(422, message, {{QByteArray(name), message}});
        }
        ids.insert(id);
    }
    *out = std::move(ids);
    return std::nullopt;
}

std::optional<QSet<QByteArray>> textListParameter(const HttpRequest &request, const char *name)
{
    const auto values = listParameter(request, QLatin1String(name));
    if (!values)
        return std::nullopt;
    QSet<QByteArray> set;
    for (const QString &value : *values)
        set.insert(value.toUtf8());
    return set;
}

// The request's query without page and limit, percent-encoded as received, so pagination links keep the filters.
QByteArray queryWithoutPaging(const HttpRequest &request)
{
    const qsizetype question = request.target.indexOf('?');
    if (question < 0)
        return {};
    QList<QByteArray> kept;
    for (const QByteArray &pair : request.target.mid(question + 1).split('&')) {
        if (pair.isEmpty())
            continue;
        QByteArray name = pair.left(pair.indexOf('='));
        name.replace('+', ' ');
        name = QByteArray::fromPercentEncoding(name);
        if (name != "page" && name != "limit")
            kept.append(pair);
    }
    return kept.join('&');
}

QByteArray pageLink(const QByteArray &filters, int page, int limit)
{
    return '?' + (filters.isEmpty() ? QByteArray() : filters + '&') + "page=" + QByteArray::number(page) +
           "&limit=" + QByteArray::number(limit);
}

} // namespace

SandboxInventoryApi::SandboxInventoryApi(const SandboxOptions &options, const std::vector<SandboxOrder> &orders)
    : m_inventory(options, orders)
{
}

HttpResponse SandboxInventoryApi::route(const HttpRequest &request, const QList<QByteArray> &seg)
{
    const HttpResponse notAllowed = v3Error(405, QStringLiteral("Method not allowed"));
    if (seg.size() == 2 && seg[1] == "items")
        return request.method == "GET" ? listItems(request) : notAllowed;
    if (seg.size() == 3 && seg[1] == "adjustments" && seg[2] == "absolute")
        return request.method == "PUT" ? adjustAbsolute(request) : notAllowed;
    return v3Error(404, QStringLiteral("The requested resource was not found."));
}

void SandboxInventoryApi::writeItem(JsonWriter &json, const SandboxInventoryItem &item,
                                    const InventoryFilter *locationFilter, bool withTracking) const
{
    json.beginObject();
    json.key("identity").beginObject();
    json.field("sku", item.sku);
    json.field("variant_id", item.variantId);
    json.field("product_id", item.productId);
    if (item.trackedByProduct)
        json.nullField("sku_id");
    else
        json.field("sku_id", item.skuId);
    json.endObject();
    if (withTracking)
        json.field("tracked_by_product", item.trackedByProduct);
    json.key("locations").beginArray();
    for (const SandboxLocation &location : m_inventory.locations()) {
        if (locationFilter && !locationFilter->selects(location))
            continue;
        const SandboxStockLevel &level = item.levels[static_cast<std::size_t>(location.id - 1)];
        json.beginObject();
        json.field("location_id", location.id);
        json.field("location_code", location.code);
        json.field("location_name", location.name);
        json.field("available_to_sell", level.availableToSell());
        json.field("total_inventory_onhand", level.onHand);
        json.field("location_enabled", location.enabled);
        json.key("settings").beginObject();
        json.field("safety_stock", level.safetyStock);
        json.field("is_in_stock", level.isInStock);
        json.field("warning_level", level.warningLevel);
        json.field("bin_picking_number", level.binPickingNumber);
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

HttpResponse SandboxInventoryApi::listItems(const HttpRequest &request) const
{
    int page = 1;
    int limit = DefaultLimit;
    if (const auto text = request.queryValue(QStringLiteral("limit"))) {
        bool ok = false;
        limit = text->toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit) {
            const QString message =
                QStringLiteral("The field 'limit' is invalid: it must be a whole number from 1 to %1.").arg(MaxLimit);
            return v3Error(422, message, {{"limit", message}});
        }
    }
    if (const auto text = request.queryValue(QStringLiteral("page"))) {
        bool ok = false;
        page = text->toInt(&ok);
        if (!ok || page < 1) {
            const QString message = QStringLiteral("The field 'page' is invalid: it must be a whole number from 1.");
            return v3Error(422, message, {{"page", message}});
        }
    }
    InventoryFilter filter;
    filter.skus = textListParameter(request, "sku:in");
    filter.locationCodes = textListParameter(request, "location_code:in");
    if (auto failure = idListParameter(request, "variant_id:in", &filter.variantIds))
        return *failure;
    if (auto failure = idListParameter(request, "product_id:in", &filter.productIds))
        return *failure;
    if (auto failure = idListParameter(request, "location_id:in", &filter.locationIds))
        return *failure;

    const std::vector<const SandboxInventoryItem *> matches = m_inventory.query(filter);
    const qint64 total = static_cast<qint64>(matches.size());
    const qint64 first = std::min(total, static_cast<qint64>(page - 1) * limit);
    const qint64 last = std::min(total, first + limit);
    const qint64 totalPages = (total + limit - 1) / limit;

    JsonWriter json;
    json.beginObject();
    json.key("data").beginArray();
    for (qint64 i = first; i < last; ++i)
        writeItem(json, *matches[static_cast<std::size_t>(i)], &filter, false);
    json.endArray();
    json.key("meta").beginObject();
    json.key("pagination").beginObject();
    json.field("total", total);
    json.field("count", last - first);
    json.field("per_page", limit);
    json.field("current_page", page);
    json.field("total_pages", totalPages);
    const QByteArray filters = queryWithoutPaging(request);
    json.key("links").beginObject();
    if (page > 1)
        json.field("previous", pageLink(filters, page - 1, limit));
    json.field("current", pageLink(filters, page, limit));
    if (page < totalPages)
        json.field("next", pageLink(filters, page + 1, limit));
    json.endObject();
    json.endObject();
    json.endObject();
    json.endObject();
    return HttpResponse::json(200, json.take());
}

HttpResponse SandboxInventoryApi::adjustAbsolute(const HttpRequest &request)
{
    HttpResponse response = applyAdjustAbsolute(request);
    if (response.status != 200)
        ++m_adjustmentsRefused;
    return response;
}

HttpResponse SandboxInventoryApi::applyAdjustAbsolute(const HttpRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return v3Error(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    const QJsonValue reason = body.value(QLatin1String("reason"));
    if (!reason.isUndefined() && !reason.isString()) {
        const QString message = QStringLiteral("The field 'reason' is invalid: it must be a string.");
        return v3Error(422, message, {{"reason", message}});
    }
    const QJsonValue itemsValue = body.value(QLatin1String("items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty()) {
        const QString message = QStringLiteral("The field 'items' is required: an array of at least one item.");
        return v3Error(422, message, {{"items", message}});
    }
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > MaxAdjustmentItems) {
        const QString message = QStringLiteral("The field 'items' has %1 items; an adjustment takes at most %2. "
                                               "Send the rest in another request.")
                                    .arg(items.size())
                                    .arg(MaxAdjustmentItems);
        return v3Error(422, message, {{"items", message}});
    }

    std::vector<AbsoluteAdjustment> adjustments;
    adjustments.reserve(static_cast<std::size_t>(items.size()));
    for (const QJsonValue &entry : items) {
        AbsoluteAdjustment adjustment;
        const QJsonObject item = entry.toObject();
        const QJsonValue sku = item.value(QLatin1String("sku"));
        const QJsonValue variantId = item.value(QLatin1String("variant_id"));
        const QJsonValue productId = item.value(QLatin1String("product_id"));
        const int identities = static_cast<int>(!sku.isUndefined()) + static_cast<int>(!variantId.isUndefined()) +
                               static_cast<int>(!productId.isUndefined());
        const auto location = jsonInteger(item.value(QLatin1String("location_id")));
        const auto quantity = jsonInteger(item.value(QLatin1String("quantity")));
        if (!entry.isObject()) {
            adjustment.problem = QStringLiteral("Item must be an object with location_id, quantity and one of sku, "
                                                "variant_id or product_id");
        } else if (identities != 1) {
            adjustment.problem = QStringLiteral("Item must be identified by exactly one of sku, variant_id or "
                                                "product_id");
        } else if (!sku.isUndefined()) {
            if (!sku.isString() || sku.toString().isEmpty())
                adjustment.problem = QStringLiteral("Item's sku must be a non-empty string");
            adjustment.sku = sku.toString().toUtf8();
        } else {
            adjustment.by =
                variantId.isUndefined() ? AbsoluteAdjustment::By::ProductId : AbsoluteAdjustment::By::VariantId;
            const auto id = jsonInteger(variantId.isUndefined() ? productId : variantId);
            if (!id)
                adjustment.problem =
                    QStringLiteral("Item's %1 must be an integer")
                        .arg(variantId.isUndefined() ? QLatin1String("product_id") : QLatin1String("variant_id"));
            adjustment.id = id.value_or(0);
        }
        if (adjustment.problem.isEmpty() && !location)
            adjustment.problem = QStringLiteral("Item's location_id is required and must be an integer");
        if (adjustment.problem.isEmpty() && !quantity)
            adjustment.problem = QStringLiteral("Item's quantity is required and must be an integer");
        adjustment.locationId = location.value_or(0);
        adjustment.quantity = quantity.value_or(0);
        adjustments.push_back(std::move(adjustment));
    }

    const std::vector<AdjustmentRefusal> refusals = m_inventory.adjustAbsolute(adjustments);
    if (!refusals.empty()) {
        // BigCommerce's title lists the messages in brackets: "[Item with variant_id 106 is tracked by product, ...]".
        QStringList messages;
        QList<QPair<QByteArray, QString>> errors;
        for (const AdjustmentRefusal &refusal : refusals) {
            messages << refusal.message;
            errors.append({"items." + QByteArray::number(refusal.index), refusal.message});
        }
        return v3Error(422, QLatin1Char('[') + messages.join(QLatin1String(", ")) + QLatin1Char(']'), errors);
    }
    JsonWriter json;
    json.beginObject();
    json.field("transaction_id", m_inventory.nextTransactionId());
    json.endObject();
    return HttpResponse::json(200, json.take());
}

HttpResponse SandboxInventoryApi::control(const HttpRequest &request)
{
    if (request.method == "POST")
        return controlSet(request);
    if (request.method != "GET")
        return controlError(405, QStringLiteral("Use GET /__sandbox/inventory[?sku=X] or POST /__sandbox/inventory."));
    if (const auto sku = request.queryValue(QStringLiteral("sku"))) {
        const SandboxInventoryItem *item = m_inventory.findBySku(sku->toUtf8());
        if (!item)
            return controlError(404, QStringLiteral("The sandbox has no inventory item with sku %1.").arg(*sku));
        JsonWriter json;
        writeItem(json, *item, nullptr, true);
        return HttpResponse::json(200, json.take());
    }
    JsonWriter json;
    json.beginArray();
    for (const SandboxInventoryItem &item : m_inventory.items())
        writeItem(json, item, nullptr, true);
    json.endArray();
    return HttpResponse::json(200, json.take());
}

HttpResponse SandboxInventoryApi::controlSet(const HttpRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return controlError(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    const QString sku = body.value(QLatin1String("sku")).toString();
    SandboxInventoryItem *item = m_inventory.findBySku(sku.toUtf8());
    if (!item)
        return controlError(404, QStringLiteral("The sandbox has no inventory item with sku \"%1\".").arg(sku));

    std::optional<bool> trackedByProduct;
    if (body.contains(QLatin1String("tracked_by_product"))) {
        if (!body.value(QLatin1String("tracked_by_product")).isBool())
            return controlError(400, QStringLiteral("The field 'tracked_by_product' must be true or false."));
        trackedByProduct = body.value(QLatin1String("tracked_by_product")).toBool();
    }
    qint64 locationId = 1;
    if (body.contains(QLatin1String("location_id"))) {
        const auto value = jsonInteger(body.value(QLatin1String("location_id")));
        if (!value || !m_inventory.findLocation(*value))
            return controlError(400, QStringLiteral("The field 'location_id' is not a location of the sandbox (1 to "
                                                    "%1; see --locations).")
                                         .arg(m_inventory.locations().size()));
        locationId = *value;
    }
    auto level = [&](const char *name, std::optional<qint64> *out) -> std::optional<HttpResponse> {
        if (!body.contains(QLatin1String(name)))
            return std::nullopt;
        const auto value = jsonInteger(body.value(QLatin1String(name)));
        if (!value || *value < 0 || *value > SandboxInventory::MaxLevel)
            return controlError(400, QStringLiteral("The field '%1' must be a whole number from 0 to %2.")
                                         .arg(QLatin1String(name))
                                         .arg(SandboxInventory::MaxLevel));
        *out = value;
        return std::nullopt;
    };
    std::optional<qint64> quantity;
    std::optional<qint64> safetyStock;
    if (auto failure = level("quantity", &quantity))
        return *failure;
    if (auto failure = level("safety_stock", &safetyStock))
        return *failure;

    if (trackedByProduct)
        item->trackedByProduct = *trackedByProduct;
    SandboxStockLevel &stock = item->levels[static_cast<std::size_t>(locationId - 1)];
    if (quantity)
        stock.onHand = *quantity;
    if (safetyStock)
        stock.safetyStock = static_cast<int>(*safetyStock); // at most MaxLevel, which is INT_MAX
    JsonWriter json;
    writeItem(json, *item, nullptr, true);
    return HttpResponse::json(200, json.take());
}

void SandboxInventoryApi::resetStats()
{
    m_inventory.resetCounters();
    m_adjustmentsRefused = 0;
}

void SandboxInventoryApi::writeStats(JsonWriter &json) const
{
    json.field("inventory_items", static_cast<qint64>(m_inventory.items().size()));
    json.field("adjustments", m_inventory.adjustments());
    json.field("adjustments_refused", m_adjustmentsRefused);
    json.field("adjusted_items", m_inventory.adjustedItems());
}
