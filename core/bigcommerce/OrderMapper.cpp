#include "core/bigcommerce/OrderMapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <cmath>
#include <limits>

namespace Packbench {

namespace {

// Where a value was read: every error names the order and the place in it, so the skip report says what to fix.
enum class Scope
{
    Order,
    LineItem,
    ShippingConsignment,
    PickupConsignment,
    Product
};

struct Where
{
    Scope scope = Scope::Order;
    qint64 orderId = 0;
    int index = 0; // 1-based: line item of the order, consignment in its list, product in /products
};

// The value as it came, short: strings quoted and cut, containers only hinted.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 a = value.toInteger(0);
        if (a == value.toInteger(1))
            return QString::number(a);
        return QString::number(value.toDouble(), 'g', 12);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.size() > 40)
            return QLatin1Char('"') + text.left(40) + QStringLiteral("…\"");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// "... has no <field>" when the field is absent, "... has no valid <field> (<value>)" when it is there but wrong.
QString fieldError(const Where &where, const QString &field, const QJsonValue &value)
{
    const bool missing = value.isUndefined();
    const QString got = describe(value);
    switch (where.scope) {
    case Scope::Order:
        if (where.orderId <= 0)
            return missing ? QCoreApplication::translate("OrderMapper", "the order has no valid id")
                           : QCoreApplication::translate("OrderMapper", "the order has no valid id (%1)").arg(got);
        return missing ? QCoreApplication::translate("OrderMapper", "order %1 has no %2").arg(where.orderId).arg(field)
                       : QCoreApplication::translate("OrderMapper", "order %1 has no valid %2 (%3)")
                             .arg(where.orderId)
                             .arg(field, got);
    case Scope::LineItem:
        return missing ? QCoreApplication::translate("OrderMapper", "line item %1 of order %2 has no %3")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field)
                       : QCoreApplication::translate("OrderMapper", "line item %1 of order %2 has no valid %3 (%4)")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field, got);
    case Scope::ShippingConsignment:
        return missing ? QCoreApplication::translate("OrderMapper", "shipping consignment %1 of order %2 has no %3")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field)
                       : QCoreApplication::translate("OrderMapper",
                                                     "shipping consignment %1 of order %2 has no valid %3 (%4)")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field, got);
    case Scope::PickupConsignment:
        return missing ? QCoreApplication::translate("OrderMapper", "pickup consignment %1 of order %2 has no %3")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field)
                       : QCoreApplication::translate("OrderMapper",
                                                     "pickup consignment %1 of order %2 has no valid %3 (%4)")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field, got);
    case Scope::Product:
        return missing ? QCoreApplication::translate("OrderMapper", "product %1 of order %2 has no %3")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field)
                       : QCoreApplication::translate("OrderMapper", "product %1 of order %2 has no valid %3 (%4)")
                             .arg(where.index)
                             .arg(where.orderId)
                             .arg(field, got);
    }
    return QString();
}

constexpr double MaxExactDouble = 9007199254740992.0; // 2^53

// A JSON integer, a number with no fraction, or (when allowed) a string holding one.
bool integerOf(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble()) {
        // toInteger() falls back to its default for fractions and out-of-range numbers: two defaults tell them apart.
        const qint64 a = value.toInteger(0);
        if (a != value.toInteger(1))
            return false;
        *out = a;
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok) {
            *out = n;
            return true;
        }
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= MaxExactDouble) {
            *out = static_cast<qint64>(d);
            return true;
        }
    }
    return false;
}

// A JSON number or a string holding one (Float-As-String); finite.
bool numberOf(const QJsonValue &value, double *out)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return false;
        *out = d;
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *out = 0;
            return true;
        }
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d)) {
            *out = d;
            return true;
        }
    }
    return false;
}

// Reads fields of one JSON object; the first problem is kept in error and makes every later read fail too, so a
// mapping function can read all it needs and check once.
class Reader
{
public:
    Reader(const QJsonObject &object, const Where &where, const QString &prefix = QString())
        : m_object(object)
        , m_where(where)
        , m_prefix(prefix)
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &field, const QJsonValue &value)
    {
        if (m_error.isEmpty())
            m_error = fieldError(m_where, m_prefix + field, value);
    }
    void failWith(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    // Absent or null: empty. Anything but a string: error.
    QString string(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(QLatin1String(key), v);
        return QString();
    }

    // A whole number in [minimum, maximum]. Absent or null: fallback, or an error when required.
    qint64 integer(const char *key, qint64 minimum, qint64 maximum, bool required, qint64 fallback = 0)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QLatin1String(key), v);
            return fallback;
        }
        qint64 n = 0;
        if (!integerOf(v, &n) || n < minimum || n > maximum) {
            fail(QLatin1String(key), v);
            return fallback;
        }
        return n;
    }

    int count(const char *key, bool required)
    {
        return static_cast<int>(integer(key, 0, std::numeric_limits<int>::max(), required));
    }

    // A number (or Float-As-String), not negative. Absent or null: 0.
    double amount(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        double d = 0;
        if (!numberOf(v, &d) || d < 0) {
            fail(QLatin1String(key), v);
            return 0;
        }
        return d;
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(QLatin1String(key), v);
        return false;
    }

    // Absent or null: empty; an array: itself; anything else: error.
    QJsonArray array(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            fail(QLatin1String(key), v);
        return QJsonArray();
    }

    QDateTime date(const char *key);

private:
    QJsonObject m_object;
    Where m_where;
    QString m_prefix; // "billing_address.": errors name the field with its parent
    QString m_error;
};

// BigCommerce sends RFC 2822 ("Tue, 20 Nov 2012 00:00:00 +0000"); filters and some tools use ISO 8601.
QDateTime parseDate(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QDateTime();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        // The weekday is redundant; a wrong one ("Tue, 20 Nov 2026") must not throw the date away.
        const qsizetype comma = text.indexOf(QLatin1Char(','));
        if (comma > 0 && comma <= 9)
            date = QDateTime::fromString(text.mid(comma + 1).trimmed(), Qt::RFC2822Date);
    }
    if (!date.isValid()) {
        date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (date.isValid() && date.timeSpec() == Qt::LocalTime)
            date.setTimeSpec(Qt::UTC); // BigCommerce's times are UTC
    }
    if (!date.isValid())
        return QDateTime();
    return date.toUTC();
}

QDateTime Reader::date(const char *key)
{
    const QJsonValue v = value(key);
    const QDateTime parsed = v.isString() ? parseDate(v.toString()) : QDateTime();
    if (!parsed.isValid())
        fail(QLatin1String(key), v);
    return parsed;
}

Address readAddress(Reader &reader)
{
    Address address;
    address.firstName = reader.string("first_name");
    address.lastName = reader.string("last_name");
    address.company = reader.string("company");
    address.street1 = reader.string("street_1");
    address.street2 = reader.string("street_2");
    address.city = reader.string("city");
    address.state = reader.string("state");
    address.zip = reader.string("zip");
    address.country = reader.string("country");
    address.countryIso2 = reader.string("country_iso2");
    address.phone = reader.string("phone");
    address.email = reader.string("email");
    return address;
}

// A form field value is a string, a number or a list of either (formFields in the schema).
bool formFieldText(const QJsonValue &value, QString *text)
{
    if (value.isString()) {
        *text = value.toString();
        return true;
    }
    if (value.isDouble()) {
        *text = describe(value);
        return true;
    }
    if (value.isUndefined() || value.isNull()) {
        text->clear();
        return true;
    }
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray list = value.toArray();
        for (const QJsonValue &element : list) {
            QString part;
            if (element.isArray() || !formFieldText(element, &part))
                return false;
            parts.append(part);
        }
        *text = parts.join(QStringLiteral(", "));
        return true;
    }
    return false;
}

AuthorityToLeave readAuthorityToLeave(Reader &billing)
{
    const QJsonArray fields = billing.array("form_fields");
    if (!billing.ok())
        return AuthorityToLeave::Unspecified;
    for (const QJsonValue &element : fields) {
        if (!element.isObject()) {
            billing.fail(QStringLiteral("form_fields"), element);
            return AuthorityToLeave::Unspecified;
        }
        const QJsonObject field = element.toObject();
        const QJsonValue name = field.value(QLatin1String("name"));
        if (!name.isString() && !name.isUndefined() && !name.isNull()) {
            billing.fail(QStringLiteral("form_fields.name"), name);
            return AuthorityToLeave::Unspecified;
        }
        QString text;
        const QJsonValue value = field.value(QLatin1String("value"));
        if (!formFieldText(value, &text)) {
            billing.fail(QStringLiteral("form_fields.value"), value);
            return AuthorityToLeave::Unspecified;
        }
        if (name.toString().trimmed().compare(QLatin1String("Delivery Option"), Qt::CaseInsensitive) != 0)
            continue;
        // "Signature required" wins when both appear: a signature never costs a parcel.
        if (text.contains(QLatin1String("signature required"), Qt::CaseInsensitive))
            return AuthorityToLeave::SignatureRequired;
        if (text.contains(QLatin1String("authority to leave"), Qt::CaseInsensitive))
            return AuthorityToLeave::AuthorityToLeave;
    }
    return AuthorityToLeave::Unspecified;
}

// {url, resource} instead of a product: the include was not expanded.
bool isResourceLink(const QJsonObject &object)
{
    return (object.contains(QLatin1String("resource")) || object.contains(QLatin1String("url"))) &&
           !object.contains(QLatin1String("quantity")) && !object.contains(QLatin1String("product_id"));
}

bool isShippable(const QString &type)
{
    return type.compare(QLatin1String("digital"), Qt::CaseInsensitive) != 0 &&
           type.compare(QLatin1String("giftcertificate"), Qt::CaseInsensitive) != 0;
}

struct ProductFields
{
    LineItem item;
    QString type;
    qint64 orderAddressId = 0;
    qint64 orderPickupMethodId = 0;
};

// One orderProducts object (embedded in a consignment or from /orders/{id}/products).
bool readProduct(const QJsonObject &object, const Where &where, ProductFields *out, QString *error)
{
    constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
    Reader reader(object, where);
    ProductFields fields;
    LineItem &item = fields.item;
    item.orderProductId = reader.integer("id", 1, MaxId, true);
    const qint64 orderId = reader.integer("order_id", 1, MaxId, false, where.orderId);
    if (reader.ok() && orderId != where.orderId)
        reader.fail(QStringLiteral("order_id"), reader.value("order_id"));
    item.productId = reader.integer("product_id", 0, MaxId, false);
    item.sku = reader.string("sku");
    item.name = reader.string("name");
    fields.type = reader.string("type");
    item.quantity = reader.count("quantity", true);
    item.quantityShipped = reader.count("quantity_shipped", false);
    item.quantityRefunded = reader.count("quantity_refunded", false);
    item.weight = reader.amount("weight");
    item.unitPrice = reader.amount("price_ex_tax");
    item.parentOrderProductId = reader.integer("parent_order_product_id", 0, MaxId, false);
    fields.orderAddressId = reader.integer("order_address_id", 0, MaxId, false);
    fields.orderPickupMethodId = reader.integer("order_pickup_method_id", 0, MaxId, false);
    const QJsonArray options = reader.array("product_options");
    for (const QJsonValue &element : options) {
        if (!reader.ok())
            break;
        if (!element.isObject()) {
            reader.fail(QStringLiteral("product_options"), element);
            break;
        }
        Reader option(element.toObject(), where, QStringLiteral("product_options."));
        const QString name = option.string("display_name").trimmed();
        const QString value = option.string("display_value");
        if (!option.ok()) {
            reader.failWith(option.error());
            break;
        }
        if (name.compare(QLatin1String("Size"), Qt::CaseInsensitive) == 0)
            item.size = value;
        else if (name.compare(QLatin1String("Color"), Qt::CaseInsensitive) == 0 ||
                 name.compare(QLatin1String("Colour"), Qt::CaseInsensitive) == 0)
            item.color = value;
        else if (name.compare(QLatin1String("HS Code"), Qt::CaseInsensitive) == 0)
            item.hsCode = value;
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *out = fields;
    return true;
}

// One order product in two places: shipping it from both would send it twice.
QString duplicateProduct(qint64 orderId, qint64 orderProductId)
{
    return QCoreApplication::translate("OrderMapper", "order %1 lists product %2 twice")
        .arg(orderId)
        .arg(orderProductId);
}

// The line_items of one consignment: products (kept when shippable), or resource links / a cut-off list, which
// make the order need /products.
bool readConsignmentItems(Reader &consignment, const Where &orderWhere, int *lineNumber, QSet<qint64> *seen,
                          QList<LineItem> *items, bool *needsProducts, QString *error)
{
    if (!consignment.value("__warning__").isUndefined())
        *needsProducts = true;
    const QJsonValue lineItems = consignment.value("line_items");
    if (lineItems.isUndefined() || lineItems.isNull()) {
        *needsProducts = true;
        return true;
    }
    if (!lineItems.isArray()) {
        consignment.fail(QStringLiteral("line_items"), lineItems);
        *error = consignment.error();
        return false;
    }
    const QJsonArray list = lineItems.toArray();
    for (const QJsonValue &element : list) {
        ++*lineNumber;
        const Where where{Scope::LineItem, orderWhere.orderId, *lineNumber};
        if (!element.isObject()) {
            *error = fieldError(where, QStringLiteral("line_items"), element);
            return false;
        }
        const QJsonObject object = element.toObject();
        if (isResourceLink(object) || (object.size() == 1 && object.contains(QLatin1String("__warning__")))) {
            *needsProducts = true;
            continue;
        }
        ProductFields product;
        if (!readProduct(object, where, &product, error))
            return false;
        if (seen->contains(product.item.orderProductId)) {
            *error = duplicateProduct(orderWhere.orderId, product.item.orderProductId);
            return false;
        }
        seen->insert(product.item.orderProductId);
        if (isShippable(product.type))
            items->append(product.item);
    }
    return true;
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(", "));
}

// Two consignments with one id: items and shipments could not be told apart.
QString duplicateConsignment(qint64 orderId, qint64 consignmentId)
{
    return QCoreApplication::translate("OrderMapper", "order %1 lists consignment %2 twice")
        .arg(orderId)
        .arg(consignmentId);
}

bool readConsignments(const QJsonObject &consignments, ImportedOrder *order, bool *hasDownloads, QString *error)
{
    const Where orderWhere{Scope::Order, order->orderId, 0};
    Reader reader(consignments, orderWhere, QStringLiteral("consignments."));
    const QJsonArray shipping = reader.array("shipping");
    const QJsonArray pickups = reader.array("pickups");
    const QJsonArray downloads = reader.array("downloads");
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *hasDownloads = !downloads.isEmpty();

    int lineNumber = 0;
    QSet<qint64> productIds;
    QSet<qint64> shippingIds;
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        const Where where{Scope::ShippingConsignment, order->orderId, static_cast<int>(i + 1)};
        const QJsonValue element = shipping.at(i);
        if (!element.isObject()) {
            *error = fieldError(orderWhere, QStringLiteral("consignments.shipping"), element);
            return false;
        }
        Reader consignment(element.toObject(), where);
        Shipment shipment;
        shipment.kind = Shipment::Kind::Shipping;
        shipment.consignmentId = consignment.integer("id", 1, std::numeric_limits<qint64>::max(), true);
        shipment.address = readAddress(consignment);
        shipment.shippingMethod = consignment.string("shipping_method");
        if (consignment.ok() && shippingIds.contains(shipment.consignmentId))
            consignment.failWith(duplicateConsignment(order->orderId, shipment.consignmentId));
        if (!consignment.ok()) {
            *error = consignment.error();
            return false;
        }
        shippingIds.insert(shipment.consignmentId);
        if (!readConsignmentItems(consignment, orderWhere, &lineNumber, &productIds, &shipment.items,
                                  &order->needsProducts, error))
            return false;
        order->shipments.append(shipment);
    }

    QSet<qint64> pickupIds;
    for (qsizetype i = 0; i < pickups.size(); ++i) {
        const Where where{Scope::PickupConsignment, order->orderId, static_cast<int>(i + 1)};
        const QJsonValue element = pickups.at(i);
        if (!element.isObject()) {
            *error = fieldError(orderWhere, QStringLiteral("consignments.pickups"), element);
            return false;
        }
        Reader consignment(element.toObject(), where);
        Shipment shipment;
        shipment.kind = Shipment::Kind::Pickup;
        shipment.consignmentId = consignment.integer("id", 1, std::numeric_limits<qint64>::max(), true);
        shipment.address = order->billing;
        shipment.shippingMethod = consignment.string("pickup_method_display_name");
        const QJsonValue location = consignment.value("location");
        if (location.isObject()) {
            Reader place(location.toObject(), where, QStringLiteral("location."));
            const QString name = place.string("name");
            const QString line1 = place.string("address_line_1");
            const QString city = place.string("city");
            if (!place.ok()) {
                *error = place.error();
                return false;
            }
            shipment.pickupLocation = joinNonEmpty({name, line1, city});
        } else if (!location.isUndefined() && !location.isNull()) {
            consignment.fail(QStringLiteral("location"), location);
        }
        if (consignment.ok() && pickupIds.contains(shipment.consignmentId))
            consignment.failWith(duplicateConsignment(order->orderId, shipment.consignmentId));
        if (!consignment.ok()) {
            *error = consignment.error();
            return false;
        }
        pickupIds.insert(shipment.consignmentId);
        if (!readConsignmentItems(consignment, orderWhere, &lineNumber, &productIds, &shipment.items,
                                  &order->needsProducts, error))
            return false;
        order->shipments.append(shipment);
    }
    return true;
}

} // namespace

OrderMapper::Result OrderMapper::map(const QJsonObject &object)
{
    Result result;

    // The id first: every later error names it.
    qint64 orderId = 0;
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (!integerOf(idValue, &orderId) || orderId <= 0) {
        result.error = fieldError({Scope::Order, 0, 0}, QStringLiteral("id"), idValue);
        return result;
    }
    result.orderId = orderId;

    ImportedOrder order;
    order.orderId = orderId;
    const Where where{Scope::Order, orderId, 0};
    Reader reader(object, where);
    // Unknown status ids (from a newer API) are kept: the importer decides what to do with them.
    order.statusId = static_cast<int>(reader.integer("status_id", 0, std::numeric_limits<int>::max(), true));
    order.channelId = static_cast<int>(reader.integer("channel_id", 1, std::numeric_limits<int>::max(), false, 1));
    order.dateCreated = reader.date("date_created");
    order.dateModified = reader.date("date_modified");

    // customer_id is "number": 0 for guests.
    const QJsonValue customer = reader.value("customer_id");
    if (!customer.isUndefined() && !customer.isNull()) {
        qint64 customerId = 0;
        if (integerOf(customer, &customerId) && customerId >= 0)
            order.customerId = customerId;
        else
            reader.fail(QStringLiteral("customer_id"), customer);
    }

    order.customerMessage = reader.string("customer_message");
    order.staffNotes = reader.string("staff_notes");
    order.currency = reader.string("currency_code");
    const QJsonValue total = reader.value("total_inc_tax");
    if (total.isString()) {
        order.total = total.toString();
    } else if (total.isDouble()) {
        order.total = QString::number(total.toDouble(), 'f', 4);
    } else if (!total.isUndefined() && !total.isNull()) {
        reader.fail(QStringLiteral("total_inc_tax"), total);
    }
    const bool orderIsDigital = reader.boolean("order_is_digital");

    const QJsonValue billing = reader.value("billing_address");
    if (billing.isObject()) {
        Reader billingReader(billing.toObject(), where, QStringLiteral("billing_address."));
        order.billing = readAddress(billingReader);
        order.atl = readAuthorityToLeave(billingReader);
        if (!billingReader.ok())
            reader.failWith(billingReader.error());
    } else if (!billing.isUndefined() && !billing.isNull()) {
        reader.fail(QStringLiteral("billing_address"), billing);
    }
    if (!reader.ok()) {
        result.error = reader.error();
        return result;
    }

    bool hasDownloads = false;
    bool objectForm = false;
    const QJsonValue consignments = object.value(QLatin1String("consignments"));
    if (consignments.isUndefined() || consignments.isNull()) {
        order.needsConsignments = true;
    } else if (!consignments.isObject()) {
        result.error = fieldError(where, QStringLiteral("consignments"), consignments);
        return result;
    } else {
        const QJsonObject consignmentObject = consignments.toObject();
        if (isResourceLink(consignmentObject) && !consignmentObject.contains(QLatin1String("shipping")) &&
            !consignmentObject.contains(QLatin1String("pickups"))) {
            order.needsConsignments = true; // a resource link: include=consignments was not honoured
        } else {
            objectForm = true;
            QString error;
            if (!readConsignments(consignmentObject, &order, &hasDownloads, &error)) {
                result.error = error;
                return result;
            }
        }
    }

    order.digitalOnly = orderIsDigital || (objectForm && order.shipments.isEmpty() && hasDownloads);
    if (order.digitalOnly && order.shipments.isEmpty()) {
        // nothing to ship: no need for /consignments or /products
        order.needsProducts = false;
        order.needsConsignments = false;
    }

    result.ok = true;
    result.order = order;
    return result;
}

OrderMapper::PageResult OrderMapper::mapPage(const QByteArray &body)
{
    PageResult page;
    if (body.trimmed().isEmpty()) { // 204 No Content: past the last page
        page.ok = true;
        return page;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error =
            QCoreApplication::translate("OrderMapper", "BigCommerce sent an orders page that is not valid JSON (%1 at "
                                                       "byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return page;
    }
    if (!document.isArray()) {
        page.error =
            QCoreApplication::translate("OrderMapper", "BigCommerce sent an orders page that is not a list of orders.");
        return page;
    }
    const QJsonArray orders = document.array();
    page.orders.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const QJsonValue element = orders.at(i);
        if (!element.isObject()) {
            Result failed;
            failed.error = QCoreApplication::translate("OrderMapper", "entry %1 of the orders page is not an order "
                                                                      "object (%2)")
                               .arg(i + 1)
                               .arg(describe(element));
            page.orders.append(failed);
            continue;
        }
        page.orders.append(map(element.toObject()));
    }
    page.ok = true;
    return page;
}

bool OrderMapper::applyConsignments(ImportedOrder *order, const QByteArray &body, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!order) {
        *error = QCoreApplication::translate("OrderMapper", "there is no order to complete");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("OrderMapper", "the consignments of order %1 are not a JSON object")
                     .arg(order->orderId);
        return false;
    }
    ImportedOrder completed = *order;
    completed.shipments.clear();
    completed.needsProducts = false;
    bool hasDownloads = false;
    if (!readConsignments(document.object(), &completed, &hasDownloads, error))
        return false;
    completed.needsConsignments = false;
    if (completed.shipments.isEmpty() && hasDownloads)
        completed.digitalOnly = true;
    *order = completed;
    error->clear();
    return true;
}

bool OrderMapper::completeItems(ImportedOrder *order, const QJsonArray &products, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!order) {
        *error = QCoreApplication::translate("OrderMapper", "there is no order to complete");
        return false;
    }
    // Shipments come from consignments only (they carry the address and the real ids): /products fills their items.
    QList<Shipment> shipments = order->shipments;
    for (Shipment &shipment : shipments)
        shipment.items.clear();

    QSet<qint64> seen;
    for (qsizetype i = 0; i < products.size(); ++i) {
        const Where where{Scope::Product, order->orderId, static_cast<int>(i + 1)};
        const QJsonValue element = products.at(i);
        if (!element.isObject()) {
            *error = fieldError(where, QStringLiteral("product"), element);
            return false;
        }
        ProductFields product;
        if (!readProduct(element.toObject(), where, &product, error))
            return false;
        if (seen.contains(product.item.orderProductId)) {
            *error = duplicateProduct(order->orderId, product.item.orderProductId);
            return false;
        }
        seen.insert(product.item.orderProductId);
        if (!isShippable(product.type))
            continue;

        Shipment *target = nullptr;
        if (product.orderPickupMethodId != 0) {
            // Several pickup consignments are rare; their items all go to the first one.
            for (Shipment &shipment : shipments) {
                if (shipment.kind == Shipment::Kind::Pickup) {
                    target = &shipment;
                    break;
                }
            }
            if (!target) {
                *error = QCoreApplication::translate("OrderMapper",
                                                     "product %1 of order %2 is for pickup, but the order has no "
                                                     "pickup consignment")
                             .arg(product.item.orderProductId)
                             .arg(order->orderId);
                return false;
            }
        } else if (product.orderAddressId != 0) {
            for (Shipment &shipment : shipments) {
                if (shipment.kind == Shipment::Kind::Shipping && shipment.consignmentId == product.orderAddressId) {
                    target = &shipment;
                    break;
                }
            }
            if (!target) {
                *error = QCoreApplication::translate("OrderMapper",
                                                     "product %1 of order %2 is for shipping address %3, which is not "
                                                     "one of the order's shipping consignments")
                             .arg(product.item.orderProductId)
                             .arg(order->orderId)
                             .arg(product.orderAddressId);
                return false;
            }
        } else {
            *error = QCoreApplication::translate("OrderMapper",
                                                 "product %1 of order %2 has neither a shipping address nor a pickup "
                                                 "method")
                         .arg(product.item.orderProductId)
                         .arg(order->orderId);
            return false;
        }
        target->items.append(product.item);
    }

    order->shipments = shipments;
    order->needsProducts = false;
    error->clear();
    return true;
}

} // namespace Packbench
