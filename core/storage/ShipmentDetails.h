#pragma once

#include "core/storage/ShipmentFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Packbench {

class Database;

// One line of a shipment's history (the shipment_events table).
struct ShipmentEvent
{
    QDateTime at; // UTC
    QString kind; // "imported", "changed"; later "printed", "written-back", ...
    QString station;
    // Comma-separated words: the parts BigCommerce changed ("address", "items", "notes"), "state:<state word>" for a
    // change of Packbench's state, or "removed" (BigCommerce no longer lists the consignment).
    QString detail;

    bool operator==(const ShipmentEvent &) const = default;
};

// Everything the details pane shows of one shipment: its grid row (with its items) and what the grid leaves out.
struct ShipmentDetails
{
    ShipmentRow row; // with items
    QString street1;
    QString street2;
    QString phone;
    QString email;
    QString shippingMethod;
    // Of the order.
    QString customerMessage;
    QString staffNotes;
    QString billingName;
    QString total; // as BigCommerce sends it: "123.4500"
    QString currency;
    QList<ShipmentEvent> events; // oldest first
};

// Reads one shipment's details, on either backend. Meant for a worker thread: it uses that thread's connection.
class ShipmentDetailsQuery
{
public:
    explicit ShipmentDetailsQuery(Database &database);

    // nullopt when no shipment has this key (*error untouched), or on a database error (*error set).
    std::optional<ShipmentDetails> load(const QString &shipmentKey, QString *error);

private:
    Database &m_database;
};

} // namespace Packbench
