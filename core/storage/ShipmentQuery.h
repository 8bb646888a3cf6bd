#pragma once

#include "core/domain/Shipment.h"
#include "core/storage/ShipmentFilter.h"

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

    // The rows the filter's coarse() part selects in the database and ShipmentMatcher then keeps: the one filtering
    // path of the grid and the command line.
    // All matching rows at once. On failure: what was read so far, with *error set.
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
    // The statement for `filter`'s coarse part.
    bool statement(const ShipmentFilter &filter, QString *sql, QVariantList *binds, QString *error);

    Database &m_database;
};

} // namespace Packbench
