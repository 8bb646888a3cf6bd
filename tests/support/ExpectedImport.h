#pragma once

#include "SandboxTestClient.h"
#include "core/bigcommerce/OrderMapper.h"
#include "core/sync/ImportRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// What an import of some statuses over some days must give, read from the sandbox's own listing (not from
// Packbench's database): a consignment becomes a shipment when ImportRules::decide creates it (unit-tested on its
// own over every status), so these counts check the import's plumbing: paging, windows, writes.
namespace ExpectedImport {

struct Counts
{
    int orders = 0;    // orders with at least one shipment created
    int skipped = 0;   // orders with nothing to create
    int shipments = 0; // shipments created
    QSet<qint64> ids;
    QSet<QString> consignments; // "ORDER/shipping:ID"
};

inline QString isoUtc(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

inline Counts of(SandboxTestClient &client, const Packbench::StoreConfig &store, const QList<int> &statuses, int days)
{
    using namespace Packbench;
    Counts expected;
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-static_cast<qint64>(days) * 24 * 3600 + 120);
    for (int status : statuses) {
        const QJsonArray orders =
            client.allOrders(QStringLiteral("status_id=%1&min_date_modified=%2&include=consignments.line_items&"
                                            "consignment_structure=object")
                                 .arg(status)
                                 .arg(isoUtc(since)));
        for (const QJsonValue &value : orders) {
            const OrderMapper::Result mapped = OrderMapper::map(value.toObject());
            int created = 0;
            if (mapped.ok) {
                for (const Shipment &shipment : mapped.order.shipments) {
                    const ShipmentDecision decision =
                        ImportRules::decide(store, SyncScope::import(statuses), mapped.order.statusId, std::nullopt,
                                            shipment.quantityToShip());
                    if (decision.create) {
                        ++created;
                        expected.consignments.insert(
                            QStringLiteral("%1/%2").arg(mapped.order.orderId).arg(shipment.consignmentKey()));
                    }
                }
            }
            if (created == 0) {
                ++expected.skipped;
                continue;
            }
            ++expected.orders;
            expected.shipments += created;
            expected.ids.insert(mapped.orderId);
        }
    }
    return expected;
}

} // namespace ExpectedImport
