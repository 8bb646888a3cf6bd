#pragma once

#include "core/domain/Shipment.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>
#include <functional>
#include <optional>

namespace Packbench {

class Database;

// One line of the shipments grid (and of `packbench shipments --json`).
struct ShipmentRow
{
    QString key;
    QUuid storeId;
    QString storeName;
    qint64 orderId = 0;
    QString consignment; // "shipping:99" / "pickup:7"
    int channelId = 1;
    QString channelName;
    QStringList tags;
    ShipmentState state = ShipmentState::ToShip;
    int bcStatusId = 0;
    QString customer;
    QString company;
    QString city;
    QString region;
    QString zip;
    QString country;
    QString countryIso2;
    QString pickupLocation;
    QDateTime dateCreated;
    int itemCount = 0;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    QString changedFields; // "address,items": edited in BigCommerce since the first import
    QDateTime changedAt;
    bool missingSku = false;
    QList<LineItem> items; // only when asked for
};

struct ShipmentFilter
{
    std::optional<QUuid> storeId;
    QStringList tags; // all must be present
    std::optional<ShipmentState> state;
    // Case-insensitive for all of Unicode, on both backends: the order number by its start ("113", "#1136"), any
    // text the grid shows (recipient, company, city, region, zip, country, pickup location, item SKUs and names),
    // or the storefront's (channel's) name. '%' and '_' are plain characters.
    QString search;
    QStringList keys;              // only these shipments
    std::optional<qint64> orderId; // only this order
    bool withItems = false;
};

// One shipment's place among the shipments of its order: "shipment 1 of 2".
struct ShipmentPart
{
    int number = 0;
    int count = 0;
    bool operator==(const ShipmentPart &) const = default;
};

// The read side of the shipments: the grid, `packbench shipments` and "why" list and count through it.
class ShipmentQuery
{
public:
    explicit ShipmentQuery(Database &database);

    // All matching rows at once (the grid). On failure: what was read so far, with *error set.
    QList<ShipmentRow> list(const ShipmentFilter &filter, QString *error = nullptr);
    // The same rows in the same order, one at a time, without holding them all in memory: one query steps through
    // the shipments, and their tags and items are read a few hundred rows at a time. `visit` returns false to stop
    // early. False with *error set on a database error (after rows may have been visited).
    bool forEach(const ShipmentFilter &filter, const std::function<bool(const ShipmentRow &)> &visit,
                 QString *error = nullptr);
    int count(const QUuid &storeId, std::optional<ShipmentState> state);
    // The shipments of one order (for "why is order #N not here?").
    QList<ShipmentRow> forOrder(const QUuid &storeId, qint64 orderId);
    // By shipment key, the place of every shipment whose order has more than one (in any state), numbered in the
    // order the grid lists them (kind, consignment). Orders with one shipment are left out. Empty with *error set on
    // a database error.
    QHash<QString, ShipmentPart> splitParts(const std::optional<QUuid> &storeId, QString *error = nullptr);

private:
    // The statement for `filter` (storefront names are matched here, in C++).
    bool statement(const ShipmentFilter &filter, QString *sql, QVariantList *binds, QString *error);

    Database &m_database;
};

} // namespace Packbench
