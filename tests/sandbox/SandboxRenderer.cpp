#include "SandboxRenderer.h"

#include "JsonWriter.h"
#include "OrderGenerator.h"

#include <algorithm>
#include <cstdio>

namespace {

// Howard Hinnant's days -> civil date; locale-free and much faster than QDateTime for every date of every order.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = static_cast<int>(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QByteArray providerDisplayName(const QByteArray &provider)
{
    if (provider == "usps")
        return "USPS";
    if (provider == "auspost")
        return "Australia Post";
    if (provider == "ups")
        return "UPS";
    if (provider == "fedex")
        return "FedEx";
    if (provider == "royalmail")
        return "Royal Mail";
    if (provider == "canadapost")
        return "Canada Post";
    return provider;
}

QByteArray generatedTrackingLink(const SandboxShipment &shipment)
{
    if (!shipment.trackingLink.isEmpty() || shipment.trackingNumber.isEmpty())
        return {};
    const QByteArray number = QByteArray(shipment.trackingNumber).toPercentEncoding();
    if (shipment.shippingProvider == "usps")
        return "https://tools.usps.com/go/TrackConfirmAction?tLabels=" + number;
    if (shipment.shippingProvider == "auspost")
        return "https://auspost.com.au/mypost/track/#/details/" + number;
    if (shipment.shippingProvider == "ups")
        return "https://www.ups.com/track?tracknum=" + number;
    if (shipment.shippingProvider == "fedex")
        return "https://www.fedex.com/fedextrack/?trknbr=" + number;
    const QByteArray carrier =
        shipment.trackingCarrier.isEmpty() ? shipment.shippingProvider : shipment.trackingCarrier;
    if (carrier.isEmpty())
        return {};
    return "https://track.aftership.com/" + carrier.toPercentEncoding() + "/" + number;
}

} // namespace

SandboxRenderer::SandboxRenderer(const SandboxData &data, QByteArray apiBase, QByteArray storeHash)
    : m_data(data)
    , m_apiBase(std::move(apiBase))
    , m_storeHash(std::move(storeHash))
{
}

QByteArray SandboxRenderer::rfc2822(qint64 secs)
{
    static const char *const weekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01: Thursday
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const qint64 days = floorDiv(secs, 86400);
    const qint64 rest = secs - days * 86400;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    const qint64 weekday = ((days % 7) + 7) % 7;
    char buffer[48];
    const int length = std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", weekdays[weekday],
                                     day, months[month - 1], year, static_cast<int>(rest / 3600),
                                     static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return QByteArray(buffer, length);
}

QByteArray SandboxRenderer::iso8601(qint64 secs)
{
    const qint64 days = floorDiv(secs, 86400);
    const qint64 rest = secs - days * 86400;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char buffer[32];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                      static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return QByteArray(buffer, length);
}

void SandboxRenderer::writeResource(JsonWriter &json, const char *key, const QByteArray &resource) const
{
    json.key(key).beginObject();
    json.field("url", m_apiBase + "/v2" + resource);
    json.field("resource", resource);
    json.endObject();
}

void SandboxRenderer::writeAddressFields(JsonWriter &json, const SandboxAddress &a) const
{
    json.field("first_name", a.firstName);
    json.field("last_name", a.lastName);
    json.field("company", a.company);
    json.field("street_1", a.street1);
    json.field("street_2", a.street2);
    json.field("city", a.city);
    json.field("state", a.state);
    json.field("zip", a.zip);
    json.field("country", a.country);
    json.field("country_iso2", a.countryIso2);
    json.field("phone", a.phone);
    json.field("email", a.email);
}

void SandboxRenderer::writeOrder(JsonWriter &json, const SandboxOrder &o, Consignments detail) const
{
    // --without-consignments: such an order carries consignments, products and shipping_addresses as resource links
    // only ({url, resource}, as in the spec's example of GET /v2/orders), whatever include= and consignment_structure
    // ask. Every rendering of the order behaves alike: the lists of GET /v2/orders, GET /v2/orders/{id} and the
    // answers of PUT /v2/orders/{id} and POST /__sandbox/orders/{id}, so a client cannot get the consignments by
    // asking for the single order; GET /v2/orders/{id}/consignments and /shipping_addresses serve them as for any
    // other order.
    if (o.withoutConsignments)
        detail = Consignments::Resource;
    const OrderStatusInfo *status = SandboxData::statusInfo(o.statusId);
    const qint64 subtotal = o.subtotalExTax();
    const qint64 subtotalTax = o.subtotalTax();
    qint64 handling = 0;
    for (const SandboxShippingAddress &address : o.shippingAddresses)
        handling += address.handlingCost;
    const qint64 totalTax = subtotalTax + o.shippingTax;
    const qint64 totalExTax = subtotal + o.shippingCost + handling - o.discountAmount;
    const QByteArray orderPath = "/orders/" + QByteArray::number(o.id);

    json.beginObject();
    json.field("id", o.id);
    json.field("customer_id", o.customerId);
    json.field("date_created", rfc2822(o.dateCreated));
    json.field("date_modified", rfc2822(o.dateModified));
    json.field("date_shipped", o.dateShipped ? rfc2822(o.dateShipped) : QByteArray());
    json.field("status_id", o.statusId);
    json.field("status", status ? status->name : "");
    json.moneyField("subtotal_ex_tax", subtotal);
    json.moneyField("subtotal_inc_tax", subtotal + subtotalTax);
    json.moneyField("subtotal_tax", subtotalTax);
    json.moneyField("base_shipping_cost", o.shippingCost);
    json.moneyField("shipping_cost_ex_tax", o.shippingCost);
    json.moneyField("shipping_cost_inc_tax", o.shippingCost + o.shippingTax);
    json.moneyField("shipping_cost_tax", o.shippingTax);
    json.field("shipping_cost_tax_class_id", 2);
    json.moneyField("base_handling_cost", handling);
    json.moneyField("handling_cost_ex_tax", handling);
    json.moneyField("handling_cost_inc_tax", handling);
    json.moneyField("handling_cost_tax", 0);
    json.field("handling_cost_tax_class_id", 2);
    json.moneyField("base_wrapping_cost", 0);
    json.moneyField("wrapping_cost_ex_tax", 0);
    json.moneyField("wrapping_cost_inc_tax", 0);
    json.moneyField("wrapping_cost_tax", 0);
    json.field("wrapping_cost_tax_class_id", 3);
    json.moneyField("total_ex_tax", totalExTax);
    json.moneyField("total_inc_tax", totalExTax + totalTax);
    json.moneyField("total_tax", totalTax);
    json.field("is_tax_inclusive_pricing", false);
    json.field("items_total", o.itemsTotal());
    json.field("items_shipped", o.itemsShipped());
    json.field("payment_method", o.paymentMethod);
    json.field("payment_provider_id", "");
    json.field("payment_status", o.paymentStatus);
    json.moneyField("refunded_amount", o.refundedAmount);
    json.field("order_is_digital", o.isDigital);
    json.moneyField("store_credit_amount", 0);
    json.moneyField("gift_certificate_amount", 0);
    json.field("ip_address", o.ipAddress);
    json.field("ip_address_v6", "");
    json.field("geoip_country", o.billing.country);
    json.field("geoip_country_iso2", o.billing.countryIso2);
    json.field("currency_id", 1);
    json.field("currency_code", "USD");
    json.field("currency_exchange_rate", "1.0000000000");
    json.field("default_currency_id", 1);
    json.field("default_currency_code", "USD");
    json.field("staff_notes", o.staffNotes);
    json.field("customer_message", o.customerMessage);
    json.moneyField("discount_amount", o.discountAmount);
    json.moneyField("coupon_discount", 0);
    json.field("shipping_address_count", static_cast<int>(o.shippingAddresses.size()));
    json.field("is_deleted", false);
    json.field("ebay_order_id", "0");
    json.field("cart_id", o.cartId);
    json.key("billing_address").beginObject();
    writeAddressFields(json, o.billing);
    json.key("form_fields").beginArray();
    for (const SandboxFormField &field : o.billingFormFields) {
        json.beginObject();
        json.field("name", field.name);
        if (field.numeric)
            json.key("value").raw(field.value);
        else
            json.field("value", field.value);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.field("is_email_opt_in", o.isEmailOptIn);
    json.nullField("credit_card_type");
    json.field("order_source", o.orderSource);
    json.field("channel_id", o.channelId);
    json.nullField("external_source");
    if (detail == Consignments::Resource) {
        writeResource(json, "consignments", orderPath + "/consignments");
    } else {
        json.key("consignments");
        writeConsignments(json, o, detail);
    }
    writeResource(json, "products", orderPath + "/products");
    writeResource(json, "shipping_addresses", orderPath + "/shippingaddresses");
    writeResource(json, "coupons", orderPath + "/coupons");
    json.nullField("external_id");
    json.nullField("external_merchant_id");
    json.field("tax_provider_id", "BasicTaxProvider");
    json.field("customer_locale", o.customerLocale);
    json.field("external_order_id", "");
    json.field("store_default_currency_code", "USD");
    json.field("store_default_to_transactional_exchange_rate", "1.0000000000");
    json.field("custom_status", status ? status->customLabel : "");
    json.endObject();
}

void SandboxRenderer::writeProduct(JsonWriter &json, const SandboxOrder &o, const SandboxLineItem &item) const
{
    const qint64 priceIncTax = item.basePrice + item.tax;
    json.beginObject();
    json.field("id", item.id);
    json.field("order_id", o.id);
    json.field("product_id", item.productId);
    json.field("variant_id", item.variantId);
    json.field("order_pickup_method_id", item.pickupMethodId);
    json.field("order_address_id", item.addressId);
    json.field("name", item.name);
    json.field("name_customer", item.name);
    json.field("name_merchant", item.name);
    json.field("sku", item.sku);
    json.field("upc", "");
    json.field("type", item.type);
    json.moneyField("base_price", item.basePrice);
    json.moneyField("price_ex_tax", item.basePrice);
    json.moneyField("price_inc_tax", priceIncTax);
    json.moneyField("price_tax", item.tax);
    json.moneyField("base_total", item.basePrice * item.quantity);
    json.moneyField("total_ex_tax", item.basePrice * item.quantity);
    json.moneyField("total_inc_tax", priceIncTax * item.quantity);
    json.moneyField("total_tax", item.tax * item.quantity);
    if (item.weightAsNumber)
        json.moneyNumberField("weight", item.weight);
    else
        json.moneyField("weight", item.weight);
    json.field("width", "10.0000");
    json.field("height", "5.0000");
    json.field("depth", "2.0000");
    json.field("quantity", item.quantity);
    json.moneyField("base_cost_price", item.costPrice);
    json.moneyField("cost_price_inc_tax", item.costPrice);
    json.moneyField("cost_price_ex_tax", item.costPrice);
    json.moneyField("cost_price_tax", 0);
    json.field("is_refunded", item.quantityRefunded > 0 && item.quantityRefunded >= item.quantity);
    json.field("quantity_refunded", item.quantityRefunded);
    json.moneyField("refund_amount", 0);
    json.field("return_id", 0);
    json.field("wrapping_id", 0);
    json.field("wrapping_name", "");
    json.moneyField("base_wrapping_cost", 0);
    json.moneyField("wrapping_cost_ex_tax", 0);
    json.moneyField("wrapping_cost_inc_tax", 0);
    json.moneyField("wrapping_cost_tax", 0);
    json.field("wrapping_message", "");
    json.field("quantity_shipped", item.quantityShipped);
    json.nullField("event_name");
    json.nullField("event_date");
    json.moneyField("fixed_shipping_cost", 0);
    json.field("ebay_item_id", "");
    json.field("ebay_transaction_id", "");
    if (item.optionSetId)
        json.field("option_set_id", item.optionSetId);
    else
        json.nullField("option_set_id");
    if (item.parentId)
        json.field("parent_order_product_id", item.parentId);
    else
        json.nullField("parent_order_product_id");
    json.field("is_bundled_product", item.isBundledProduct);
    json.field("bin_picking_number", item.binPickingNumber);
    json.nullField("external_id");
    json.field("brand", item.brand);
    json.key("applied_discounts").beginArray();
    json.endArray();
    json.key("product_options").beginArray();
    for (const SandboxProductOption &option : item.options) {
        json.beginObject();
        json.field("id", option.id);
        json.field("option_id", option.optionId);
        json.field("order_product_id", item.id);
        json.field("product_option_id", option.productOptionId);
        json.field("display_name", option.displayName);
        json.field("display_name_customer", option.displayName);
        json.field("display_name_merchant", option.displayName);
        json.field("display_value", option.displayValue);
        json.field("display_value_customer", option.displayValue);
        json.field("display_value_merchant", option.displayValue);
        json.field("value", option.value);
        json.field("type", option.type);
        json.field("name", option.name);
        json.field("display_style", option.displayStyle);
        json.endObject();
    }
    json.endArray();
    json.key("configurable_fields").beginArray();
    json.endArray();
    json.nullField("gift_certificate_id");
    json.moneyField("discounted_total_inc_tax", priceIncTax * item.quantity);
    json.endObject();
}

void SandboxRenderer::writeShippingAddress(JsonWriter &json, const SandboxOrder &o,
                                           const SandboxShippingAddress &address) const
{
    const QByteArray quotes = "/orders/" + QByteArray::number(o.id) + "/shippingaddresses/" +
                              QByteArray::number(address.id) + "/shippingquotes";
    json.beginObject();
    json.field("id", address.id);
    json.field("order_id", o.id);
    writeAddressFields(json, address.address);
    json.field("items_total", o.addressItemsTotal(address.id));
    json.field("items_shipped", o.addressItemsShipped(address.id));
    json.field("shipping_method", address.shippingMethod);
    json.moneyField("base_cost", address.baseCost);
    json.moneyField("cost_ex_tax", address.baseCost);
    json.moneyField("cost_inc_tax", address.baseCost + address.costTax);
    json.moneyField("cost_tax", address.costTax);
    json.field("cost_tax_class_id", 2);
    json.moneyField("base_handling_cost", address.handlingCost);
    json.moneyField("handling_cost_ex_tax", address.handlingCost);
    json.moneyField("handling_cost_inc_tax", address.handlingCost);
    json.moneyField("handling_cost_tax", 0);
    json.field("handling_cost_tax_class_id", 2);
    json.field("shipping_zone_id", address.shippingZoneId);
    json.field("shipping_zone_name", address.shippingZoneName);
    writeResource(json, "shipping_quotes", quotes);
    json.key("form_fields").beginArray();
    json.endArray();
    json.endObject();
}

void SandboxRenderer::writeConsignmentLineItems(JsonWriter &json, const SandboxOrder &o,
                                                const std::vector<const SandboxLineItem *> &items,
                                                Consignments detail) const
{
    // BigCommerce embeds at most 50 line items per consignment and says so in __warning__ (docs issue 960).
    const std::size_t shown = std::min<std::size_t>(items.size(), OrderGenerator::MaxLineItemsPerConsignment);
    json.key("line_items").beginArray();
    for (std::size_t i = 0; i < shown; ++i) {
        if (detail == Consignments::LineItems) {
            writeProduct(json, o, *items[i]);
        } else {
            const QByteArray resource =
                "/orders/" + QByteArray::number(o.id) + "/products/" + QByteArray::number(items[i]->id);
            json.beginObject();
            json.field("url", m_apiBase + "/v2" + resource);
            json.field("resource", resource);
            json.endObject();
        }
    }
    json.endArray();
    if (items.size() > shown) {
        json.key("__warning__").beginObject();
        json.field("message", QByteArray("Not all line items of this consignment are returned: the consignment has ") +
                                  QByteArray::number(static_cast<qsizetype>(items.size())) +
                                  " line items and only 50 are included. Please use the /v2/orders/" +
                                  QByteArray::number(o.id) + "/products endpoint to get all line items of this order.");
        json.endObject();
    }
}

void SandboxRenderer::writeConsignments(JsonWriter &json, const SandboxOrder &o, Consignments detail) const
{
    json.beginObject();
    json.key("pickups").beginArray();
    if (o.pickup) {
        const SandboxPickup &p = *o.pickup;
        std::vector<const SandboxLineItem *> items;
        for (const SandboxLineItem &item : o.items)
            if (item.pickupMethodId == p.pickupMethodId)
                items.push_back(&item);
        json.beginObject();
        json.field("id", p.id);
        json.field("pickup_method_id", p.pickupMethodId);
        json.field("pickup_method_display_name", p.displayName);
        json.field("collection_instructions", p.collectionInstructions);
        json.field("collection_time_description", p.collectionTimeDescription);
        json.key("location").beginObject();
        json.field("id", p.locationId);
        json.field("name", p.locationName);
        json.field("code", p.locationCode);
        json.field("address_line_1", p.addressLine1);
        json.field("address_line_2", p.addressLine2);
        json.field("city", p.city);
        json.field("state", p.state);
        json.field("postal_code", p.postalCode);
        json.field("country_alpha2", p.countryAlpha2);
        json.field("email", p.email);
        json.field("phone", p.phone);
        json.endObject();
        writeConsignmentLineItems(json, o, items, detail);
        json.endObject();
    }
    json.endArray();
    json.key("shipping").beginArray();
    for (const SandboxShippingAddress &address : o.shippingAddresses) {
        std::vector<const SandboxLineItem *> items;
        for (const SandboxLineItem &item : o.items)
            if (item.addressId == address.id)
                items.push_back(&item);
        json.beginObject();
        json.field("id", address.id);
        writeAddressFields(json, address.address);
        json.key("form_fields").beginArray();
        json.endArray();
        writeConsignmentLineItems(json, o, items, detail);
        json.field("items_total", o.addressItemsTotal(address.id));
        json.field("items_shipped", o.addressItemsShipped(address.id));
        json.field("shipping_method", address.shippingMethod);
        json.moneyNumberField("base_cost", address.baseCost);
        json.moneyNumberField("cost_ex_tax", address.baseCost);
        json.moneyNumberField("cost_inc_tax", address.baseCost + address.costTax);
        json.moneyNumberField("cost_tax", address.costTax);
        json.field("cost_tax_class_id", 2);
        json.moneyNumberField("base_handling_cost", address.handlingCost);
        json.moneyNumberField("handling_cost_ex_tax", address.handlingCost);
        json.moneyNumberField("handling_cost_inc_tax", address.handlingCost);
        json.moneyNumberField("handling_cost_tax", 0);
        json.field("handling_cost_tax_class_id", 2);
        json.field("shipping_zone_id", address.shippingZoneId);
        json.field("shipping_zone_name", address.shippingZoneName);
        writeResource(json, "shipping_quotes",
                      "/orders/" + QByteArray::number(o.id) + "/consignments/shipping/" +
                          QByteArray::number(address.id) + "/shipping_quotes");
        json.endObject();
    }
    json.endArray();
    json.key("downloads").beginArray();
    if (o.isDigital) {
        std::vector<const SandboxLineItem *> items;
        for (const SandboxLineItem &item : o.items)
            if (item.type == "digital")
                items.push_back(&item);
        json.beginObject();
        json.field("recipient_email", o.billing.email);
        writeConsignmentLineItems(json, o, items, detail);
        json.endObject();
    }
    json.endArray();
    json.key("email").beginObject();
    json.key("gift_certificates").beginArray();
    json.endArray();
    json.endObject();
    json.endObject();
}

void SandboxRenderer::writeShipment(JsonWriter &json, const SandboxOrder &o, const SandboxShipment &s) const
{
    json.beginObject();
    json.field("id", s.id);
    json.field("order_id", o.id);
    json.field("customer_id", o.customerId);
    json.field("order_address_id", s.orderAddressId);
    json.field("date_created", rfc2822(s.dateCreated));
    json.field("tracking_number", s.trackingNumber);
    json.moneyField("merchant_shipping_cost", s.merchantShippingCost);
    json.field("shipping_method", s.shippingMethod);
    json.field("comments", s.comments);
    json.field("shipping_provider", s.shippingProvider);
    json.field("tracking_carrier", s.trackingCarrier);
    json.field("tracking_link", s.trackingLink);
    json.key("billing_address").beginObject();
    writeAddressFields(json, o.billing);
    json.endObject();
    json.key("shipping_address").beginObject();
    if (const SandboxShippingAddress *address = o.findAddress(s.orderAddressId))
        writeAddressFields(json, address->address);
    json.endObject();
    json.key("items").beginArray();
    for (const SandboxShipmentItem &item : s.items) {
        json.beginObject();
        json.field("order_product_id", item.orderProductId);
        json.field("product_id", item.productId);
        json.field("quantity", item.quantity);
        json.endObject();
    }
    json.endArray();
    json.field("shipping_provider_display_name", providerDisplayName(s.shippingProvider));
    json.field("generated_tracking_link", generatedTrackingLink(s));
    json.endObject();
}

QByteArray SandboxRenderer::orders(const std::vector<const SandboxOrder *> &list, Consignments detail) const
{
    JsonWriter json;
    json.beginArray();
    for (const SandboxOrder *o : list)
        writeOrder(json, *o, detail);
    json.endArray();
    return json.take();
}

QByteArray SandboxRenderer::order(const SandboxOrder &o, Consignments detail) const
{
    JsonWriter json;
    writeOrder(json, o, detail);
    return json.take();
}

QByteArray SandboxRenderer::products(const SandboxOrder &o, qsizetype first, qsizetype count) const
{
    JsonWriter json;
    json.beginArray();
    const qsizetype end = std::min<qsizetype>(static_cast<qsizetype>(o.items.size()), first + count);
    for (qsizetype i = first; i < end; ++i)
        writeProduct(json, o, o.items[static_cast<std::size_t>(i)]);
    json.endArray();
    return json.take();
}

QByteArray SandboxRenderer::product(const SandboxOrder &o, const SandboxLineItem &item) const
{
    JsonWriter json;
    writeProduct(json, o, item);
    return json.take();
}

QByteArray SandboxRenderer::shippingAddresses(const SandboxOrder &o) const
{
    JsonWriter json;
    json.beginArray();
    for (const SandboxShippingAddress &address : o.shippingAddresses)
        writeShippingAddress(json, o, address);
    json.endArray();
    return json.take();
}

QByteArray SandboxRenderer::shippingAddress(const SandboxOrder &o, const SandboxShippingAddress &address) const
{
    JsonWriter json;
    writeShippingAddress(json, o, address);
    return json.take();
}

QByteArray SandboxRenderer::consignments(const SandboxOrder &o, Consignments detail) const
{
    JsonWriter json;
    writeConsignments(json, o, detail);
    return json.take();
}

QByteArray SandboxRenderer::shipments(const SandboxOrder &o, qsizetype first, qsizetype count) const
{
    JsonWriter json;
    json.beginArray();
    const qsizetype end = std::min<qsizetype>(static_cast<qsizetype>(o.shipments.size()), first + count);
    for (qsizetype i = first; i < end; ++i)
        writeShipment(json, o, o.shipments[static_cast<std::size_t>(i)]);
    json.endArray();
    return json.take();
}

QByteArray SandboxRenderer::shipment(const SandboxOrder &o, const SandboxShipment &s) const
{
    JsonWriter json;
    writeShipment(json, o, s);
    return json.take();
}

QByteArray SandboxRenderer::orderStatuses() const
{
    JsonWriter json;
    json.beginArray();
    for (const OrderStatusInfo &status : SandboxData::statuses()) {
        json.beginObject();
        json.field("id", status.id);
        json.field("name", status.name);
        json.field("system_label", status.name);
        json.field("custom_label", status.customLabel);
        json.field("system_description", status.description);
        json.endObject();
    }
    json.endArray();
    return json.take();
}

QByteArray SandboxRenderer::ordersCount(const std::vector<const SandboxOrder *> &list) const
{
    std::vector<int> counts(SandboxData::statuses().size(), 0);
    for (const SandboxOrder *o : list)
        if (o->statusId >= 0 && o->statusId < static_cast<int>(counts.size()))
            ++counts[static_cast<std::size_t>(o->statusId)];
    std::vector<OrderStatusInfo> bySortOrder = SandboxData::statuses();
    std::sort(bySortOrder.begin(), bySortOrder.end(),
              [](const OrderStatusInfo &a, const OrderStatusInfo &b) { return a.sortOrder < b.sortOrder; });
    JsonWriter json;
    json.beginObject();
    json.key("statuses").beginArray();
    for (const OrderStatusInfo &status : bySortOrder) {
        json.beginObject();
        json.field("id", status.id);
        json.field("name", status.name);
        json.field("system_label", status.name);
        json.field("custom_label", status.customLabel);
        json.field("system_description", status.description);
        json.field("count", counts[static_cast<std::size_t>(status.id)]);
        json.field("sort_order", status.sortOrder);
        json.endObject();
    }
    json.endArray();
    json.field("count", static_cast<qint64>(list.size()));
    json.endObject();
    return json.take();
}

QByteArray SandboxRenderer::store() const
{
    JsonWriter json;
    json.beginObject();
    json.field("id", m_storeHash);
    json.field("account_uuid", "8d4d492f-17a1-4d95-b396-e1c5720815a5");
    json.field("domain", "sandbox.packbench.test");
    json.field("secure_url", "https://sandbox.packbench.test");
    json.field("control_panel_base_url", "https://store-" + m_storeHash + ".mybigcommerce.com");
    json.field("status", "live");
    json.field("name", "Packbench Sandbox — Zoë's Goods");
    json.field("first_name", "Zoë");
    json.field("last_name", "Müller");
    json.field("address", "455 Main Street\nAustin, Texas 78751\nUnited States");
    json.field("country", "United States");
    json.field("country_code", "US");
    json.field("infrastructure_region", "us-central1");
    json.field("phone", "+1 512 555 0100");
    json.field("admin_email", "owner@sandbox.packbench.test");
    json.field("order_email", "orders@sandbox.packbench.test");
    json.field("favicon_url", "https://sandbox.packbench.test/favicon.ico");
    json.key("timezone").beginObject();
    json.field("name", "America/Chicago");
    json.field("raw_offset", -21600);
    json.field("dst_offset", -18000);
    json.field("dst_correction", true);
    json.key("date_format").beginObject();
    json.field("display", "M jS Y");
    json.field("export", "M jS Y");
    json.field("extended_display", "M jS Y @ g:i A");
    json.endObject();
    json.endObject();
    json.field("language", "en");
    json.field("currency", "USD");
    json.field("currency_symbol", "$");
    json.field("decimal_separator", ".");
    json.field("thousands_separator", ",");
    json.field("decimal_places", 2);
    json.field("currency_symbol_location", "left");
    json.field("weight_units", "kg");
    json.field("dimension_units", "Centimeters");
    json.field("dimension_decimal_places", 2);
    json.field("dimension_decimal_token", ".");
    json.field("dimension_thousands_token", ",");
    json.field("plan_name", "Standard");
    json.field("plan_level", "Standard");
    json.field("plan_is_trial", false);
    json.field("industry", "Apparel");
    json.key("logo").beginObject();
    json.field("url", "https://sandbox.packbench.test/logo.png");
    json.endObject();
    json.field("is_price_entered_with_tax", false);
    json.field("store_id", 1000001);
    json.field("default_channel_id", 1);
    json.field("default_site_id", 1000);
    json.key("active_comparison_modules").beginArray();
    json.endArray();
    json.key("features").beginObject();
    json.field("stencil_enabled", true);
    json.field("sitewidehttps_enabled", true);
    json.field("facebook_catalog_id", "");
    json.field("checkout_type", "optimized");
    json.field("wishlists_enabled", true);
    json.field("graphql_storefront_api_enabled", true);
    json.field("shopper_consent_tracking_enabled", true);
    json.field("multi_storefront_enabled", m_data.channelNames().size() > 1);
    json.key("storefront_limits").beginObject();
    json.field("active", static_cast<int>(m_data.channelNames().size()));
    json.field("total_including_inactive", static_cast<int>(m_data.channelNames().size()));
    json.endObject();
    json.endObject();
    json.endObject();
    return json.take();
}

void SandboxRenderer::writeChannel(JsonWriter &json, int id) const
{
    const QByteArray created = iso8601(m_data.baseTime() - 400LL * 86400 + id * 86400LL);
    json.beginObject();
    json.field("id", id);
    json.field("external_id", "");
    json.field("is_listable_from_ui", true);
    json.field("is_enabled", true);
    json.field("is_visible", true);
    json.field("status", "active");
    json.field("name", m_data.channelNames().at(id - 1));
    json.field("type", "storefront");
    json.field("platform", "bigcommerce");
    json.field("date_created", created);
    json.field("date_modified", created);
    json.field("icon_url",
               "https://storage.googleapis.com/bigcommerce-production-dev-center/images/bigcommerce_icon.svg");
    json.endObject();
}

QByteArray SandboxRenderer::channels(int page, int limit) const
{
    const int total = static_cast<int>(m_data.channelNames().size());
    const int first = (page - 1) * limit;
    const int last = std::min(total, first + limit);
    const int totalPages = total == 0 ? 0 : (total + limit - 1) / limit;
    JsonWriter json;
    json.beginObject();
    json.key("data").beginArray();
    for (int i = first; i < last; ++i)
        writeChannel(json, i + 1);
    json.endArray();
    json.key("meta").beginObject();
    json.key("pagination").beginObject();
    json.field("total", total);
    json.field("count", std::max(0, last - first));
    json.field("per_page", limit);
    json.field("current_page", page);
    json.field("total_pages", totalPages);
    json.key("links").beginObject();
    if (page > 1)
        json.field("previous", "?page=" + QByteArray::number(page - 1) + "&limit=" + QByteArray::number(limit));
    json.field("current", "?page=" + QByteArray::number(page) + "&limit=" + QByteArray::number(limit));
    if (page < totalPages)
        json.field("next", "?page=" + QByteArray::number(page + 1) + "&limit=" + QByteArray::number(limit));
    json.endObject();
    json.endObject();
    json.endObject();
    json.endObject();
    return json.take();
}

QByteArray SandboxRenderer::channel(int id) const
{
    JsonWriter json;
    json.beginObject();
    json.key("data");
    writeChannel(json, id);
    json.key("meta").beginObject();
    json.endObject();
    json.endObject();
    return json.take();
}
