#include "core/writeback/WritebackPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Packbench {

WritebackDecision WritebackPlan::decide(const StoreConfig &store, Shipment::Kind kind, Carrier::Kind carrier)
{
    WritebackDecision decision;
    const bool pickup = kind == Shipment::Kind::Pickup || carrier == Carrier::Kind::Pickup;
    if (store.writeback == WritebackMode::Off) {
        decision.reason =
            tr("write-back is off for %1 (Settings > Integrations): nothing is sent to BigCommerce").arg(store.name);
        return decision;
    }
    if (pickup && !store.pickupInStore) {
        decision.reason = tr("pickup in store: done in Packbench; nothing is sent because Enable Pickup in Store is "
                             "off for %1")
                              .arg(store.name);
        return decision;
    }
    decision.action = pickup ? WritebackDecision::Action::AwaitingPickup : WritebackDecision::Action::PostShipment;
    decision.waitForDispatch = store.writeback == WritebackMode::OnDispatch;
    return decision;
}

QByteArray WritebackPlan::shipmentBody(qint64 orderAddressId, const QList<WritebackItem> &items,
                                       const QStringList &trackingNumbers, const Carrier &carrier)
{
    QJsonObject body;
    body.insert(QStringLiteral("order_address_id"), orderAddressId);
    QJsonArray lines;
    for (const WritebackItem &item : items)
        lines.append(QJsonObject{{QStringLiteral("order_product_id"), item.orderProductId},
                                 {QStringLiteral("quantity"), item.quantity}});
    body.insert(QStringLiteral("items"), lines);
    const QString first = trackingNumbers.value(0);
    if (!first.isEmpty()) {
        body.insert(QStringLiteral("tracking_number"), first);
        if (!carrier.shippingProvider.isEmpty())
            body.insert(QStringLiteral("shipping_provider"), carrier.shippingProvider);
        else if (!carrier.trackingCarrier.isEmpty())
            body.insert(QStringLiteral("tracking_carrier"), carrier.trackingCarrier);
        const QString link = carrier.trackingLinkFor(first);
        if (!link.isEmpty())
            body.insert(QStringLiteral("tracking_link"), link);
    }
    if (trackingNumbers.size() > 1)
        body.insert(QStringLiteral("comments"), tr("%n parcels: %1", nullptr, static_cast<int>(trackingNumbers.size()))
                                                    .arg(trackingNumbers.join(QStringLiteral(", "))));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool WritebackPlan::matches(const QByteArray &postBody, const QJsonObject &listed)
{
    const QJsonObject sent = QJsonDocument::fromJson(postBody).object();
    if (listed.value(QStringLiteral("order_address_id")).toInteger() !=
        sent.value(QStringLiteral("order_address_id")).toInteger())
        return false;
    if (listed.value(QStringLiteral("tracking_number")).toString() !=
        sent.value(QStringLiteral("tracking_number")).toString())
        return false;
    auto quantities = [](const QJsonArray &items) {
        QMap<qint64, qint64> result;
        for (const QJsonValue &item : items)
            result[item.toObject().value(QStringLiteral("order_product_id")).toInteger()] +=
                item.toObject().value(QStringLiteral("quantity")).toInteger();
        return result;
    };
    return quantities(listed.value(QStringLiteral("items")).toArray()) ==
           quantities(sent.value(QStringLiteral("items")).toArray());
}

} // namespace Packbench
