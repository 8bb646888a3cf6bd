#include "core/storage/ShipmentDetails.h"

#include "core/storage/Database.h"
#include "core/storage/ShipmentQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

ShipmentDetailsQuery::ShipmentDetailsQuery(Database &database)
    : m_database(database)
{
}

std::optional<ShipmentDetails> ShipmentDetailsQuery::load(const QString &shipmentKey, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };

    ShipmentFilter filter;
    filter.keys = {shipmentKey};
    filter.withItems = true;
    QString message;
    const QList<ShipmentRow> rows = ShipmentQuery(m_database).list(filter, &message);
    if (!message.isEmpty())
        return fail(message);
    if (rows.isEmpty())
        return std::nullopt;

    ShipmentDetails details;
    details.row = rows.constFirst();

    QSqlDatabase db = m_database.connection();
    QSqlQuery shipment(db);
    shipment.setForwardOnly(true);
    // LEFT JOIN: a shipment is never written without its order, but the details should not vanish if one were.
    shipment.prepare(QStringLiteral("SELECT s.street_1, s.street_2, s.phone, s.email, s.shipping_method, "
                                    "o.customer_message, o.staff_notes, o.customer_name, o.total, o.currency "
                                    "FROM shipments s LEFT JOIN orders o ON o.store_id = s.store_id AND "
                                    "o.order_id = s.order_id WHERE s.shipment_key = ?"));
    shipment.addBindValue(shipmentKey);
    if (!execQuery(shipment, &message))
        return fail(message);
    if (!shipment.next()) {
        if (shipment.lastError().isValid())
            return fail(Database::describe(shipment.lastError()));
        return std::nullopt; // removed since the row was read (its store was removed at another station)
    }
    details.street1 = shipment.value(0).toString();
    details.street2 = shipment.value(1).toString();
    details.phone = shipment.value(2).toString();
    details.email = shipment.value(3).toString();
    details.shippingMethod = shipment.value(4).toString();
    details.customerMessage = shipment.value(5).toString();
    details.staffNotes = shipment.value(6).toString();
    details.billingName = shipment.value(7).toString();
    details.total = shipment.value(8).toString();
    details.currency = shipment.value(9).toString();
    shipment.finish();

    QSqlQuery events(db);
    events.setForwardOnly(true);
    // Times are ISO 8601 UTC text of one width, so they sort as text. Two events of one moment: the import first.
    events.prepare(QStringLiteral("SELECT e.at, e.kind, e.station, e.detail FROM shipment_events e "
                                  "WHERE e.shipment_key = ? "
                                  "ORDER BY e.at, CASE WHEN e.kind = 'imported' THEN 0 ELSE 1 END"));
    events.addBindValue(shipmentKey);
    if (!execQuery(events, &message))
        return fail(message);
    while (events.next()) {
        ShipmentEvent event;
        event.at = QDateTime::fromString(events.value(0).toString(), Qt::ISODateWithMs);
        event.kind = events.value(1).toString();
        event.station = events.value(2).toString();
        event.detail = events.value(3).toString();
        details.events.append(event);
    }
    if (events.lastError().isValid())
        return fail(Database::describe(events.lastError()));
    return details;
}

} // namespace Packbench
