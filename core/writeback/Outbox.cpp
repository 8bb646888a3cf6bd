#include "core/writeback/Outbox.h"

#include "core/domain/Account.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentDetails.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <algorithm>

namespace Packbench {

namespace {

const QString kRowColumns =
    QStringLiteral("o.id, o.seq, o.shipment_key, o.store_id, st.name, o.order_id, o.kind, o.state, o.body, o.attempts, "
                   "o.next_attempt_at, o.last_error, o.bc_shipment_id, o.previous_status_id, o.created_at, o.sent_at");
const QString kRowFrom = QStringLiteral(" FROM outbox o LEFT JOIN stores st ON st.id = o.store_id");

// Columns a split part takes over from its consignment as they are.
const QString kCopiedColumns = QStringLiteral(
    "store_id, order_id, kind, consignment_id, bc_status_id, channel_id, recipient, company, street_1, street_2, "
    "city, region, zip, country, country_iso2, phone, email, shipping_method, pickup_location, atl, date_created, "
    "changed_fields, changed_at, content_hash, imported_at, updated_at, search_text, account_id, rule");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(timeText(at)) : QVariant(QMetaType(QMetaType::QString));
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return execQuery(query, error);
}

OutboxRow readRow(const QSqlQuery &query)
{
    OutboxRow row;
    row.id = query.value(0).toString();
    row.seq = query.value(1).toLongLong();
    row.shipmentKey = query.value(2).toString();
    row.storeId = QUuid::fromString(query.value(3).toString());
    row.storeName = query.value(4).toString();
    row.orderId = query.value(5).toLongLong();
    OutboxRow::kindFromString(query.value(6).toString(), &row.kind);
    row.state = query.value(7).toString();
    row.body = query.value(8).toString().toUtf8();
    row.attempts = query.value(9).toInt();
    row.nextAttemptAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    row.lastError = query.value(11).toString();
    row.bcShipmentId = query.value(12).toLongLong();
    row.previousStatusId = query.value(13).toInt();
    row.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
    row.sentAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
    return row;
}

// The next number of the outbox's sequence, in the caller's transaction.
bool nextSeq(QSqlDatabase &db, qint64 *seq, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query,
              QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = "
                             "'outbox_seq' RETURNING value"),
              {}, error))
        return false;
    if (!query.next()) {
        *error = Outbox::tr("The database has no outbox sequence: it was not upgraded completely.");
        return false;
    }
    *seq = query.value(0).toLongLong();
    return true;
}

bool insertRow(QSqlDatabase &db, const OutboxRow &row, QString *error)
{
    qint64 seq = 0;
    if (!nextSeq(db, &seq, error))
        return false;
    QSqlQuery query(db);
    const QString at = now();
    return exec(query,
                QStringLiteral("INSERT INTO outbox (id, seq, shipment_key, store_id, order_id, kind, state, body, "
                               "attempts, last_error, bc_shipment_id, previous_status_id, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"),
                {idText(QUuid::createUuid()), seq, row.shipmentKey, idText(row.storeId), row.orderId,
                 OutboxRow::kindToString(row.kind), row.state, QString::fromUtf8(row.body), text(row.lastError),
                 row.bcShipmentId, row.previousStatusId, at, at},
                error);
}

// The condition that a row is still in the claim it was read with (see OutboxRow::claimedAt).
QString ofClaim(const OutboxRow &row, QVariantList *binds)
{
    if (row.claimedAt.isEmpty())
        return QString();
    *binds << row.claimedAt;
    return QStringLiteral(" AND updated_at = ?");
}

bool recordEvent(QSqlDatabase &db, const QString &key, const QString &kind, const QString &station,
                 const QString &detail, QString *error)
{
    QSqlQuery query(db);
    return exec(query,
                QStringLiteral("INSERT INTO shipment_events (shipment_key, at, kind, station, detail) VALUES (?, ?, ?, "
                               "?, ?)"),
                {key, now(), kind, text(station), text(detail)}, error);
}

// The grid's write-back columns of a shipment.
bool setWritebackColumns(QSqlDatabase &db, const QString &key, const QString &state, const QString &note,
                         const QDateTime &at, QString *error)
{
    QSqlQuery query(db);
    return exec(query,
                QStringLiteral("UPDATE shipments SET writeback = ?, writeback_note = ?, writeback_at = ? WHERE "
                               "shipment_key = ?"),
                {state, text(note), nullableTime(at), key}, error);
}

// Item count and summary columns of a shipment, from its items as they are now.
bool refreshSummary(QSqlDatabase &db, const QString &key, QString *error)
{
    QSqlQuery items(db);
    if (!exec(items,
              QStringLiteral("SELECT sku, quantity, quantity_shipped, quantity_refunded, weight, "
                             "parent_order_product_id, size, color, hs_code, quantity_held FROM shipment_items WHERE "
                             "shipment_key = ? ORDER BY order_product_id"),
              {key}, error))
        return false;
    QList<LineItem> lines;
    int toShip = 0;
    while (items.next()) {
        LineItem item;
        item.sku = items.value(0).toString();
        item.quantity = items.value(1).toInt();
        item.quantityShipped = items.value(2).toInt();
        item.quantityRefunded = items.value(3).toInt();
        item.weight = items.value(4).toDouble();
        item.parentOrderProductId = items.value(5).toLongLong();
        item.size = items.value(6).toString();
        item.color = items.value(7).toString();
        item.hsCode = items.value(8).toString();
        item.quantityHeld = items.value(9).toInt();
        toShip += item.quantityToShip();
        lines.append(item);
    }
    const ShipmentSummary summary = ShipmentSummary::of(lines);
    QSqlQuery update(db);
    return exec(update,
                QStringLiteral("UPDATE shipments SET item_count = ?, weight = ?, skus = ?, option_size = ?, "
                               "option_color = ?, option_hs_code = ? WHERE shipment_key = ?"),
                {toShip, summary.weight, text(summary.skus), text(summary.size), text(summary.color),
                 text(summary.hsCode), key},
                error);
}

// A part's items back to its consignment: `sent` parts were shipped in BigCommerce, the others only held.
bool releasePart(QSqlDatabase &db, const QString &partKey, const QString &parentKey, bool sent, int sign,
                 QString *error)
{
    QSqlQuery items(db);
    if (!exec(items, QStringLiteral("SELECT order_product_id, quantity FROM shipment_items WHERE shipment_key = ?"),
              {partKey}, error))
        return false;
    QList<QPair<qint64, int>> quantities;
    while (items.next())
        quantities.append({items.value(0).toLongLong(), items.value(1).toInt()});
    QSqlQuery update(db);
    update.prepare(sent ? QStringLiteral("UPDATE shipment_items SET quantity_shipped = quantity_shipped + ? WHERE "
                                         "shipment_key = ? AND order_product_id = ?")
                        : QStringLiteral("UPDATE shipment_items SET quantity_held = quantity_held + ? WHERE "
                                         "shipment_key = ? AND order_product_id = ?"));
    for (const auto &[orderProductId, quantity] : std::as_const(quantities)) {
        update.addBindValue(sign * quantity);
        update.addBindValue(parentKey);
        update.addBindValue(orderProductId);
        if (!execQuery(update, error))
            return false;
    }
    return refreshSummary(db, parentKey, error);
}

bool deletePart(QSqlDatabase &db, const QString &partKey, QString *error)
{
    QSqlQuery query(db);
    return exec(query, QStringLiteral("DELETE FROM shipment_tags WHERE shipment_key = ?"), {partKey}, error) &&
           exec(query, QStringLiteral("DELETE FROM shipment_items WHERE shipment_key = ?"), {partKey}, error) &&
           exec(query, QStringLiteral("DELETE FROM shipments WHERE shipment_key = ?"), {partKey}, error);
}

QString printedWhen(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

// What every label of a shipment shows, from its details: sender (the account), recipient, order, storefront, the
// store's weight unit, ATL; the items (with the quantities printed), their summary, weight and customs lines.
LabelContent labelFor(const ShipmentDetails &details, const std::optional<Account> &account, const QString &weightUnit,
                      const QString &carrierName, const QList<LineItem> &items)
{
    const ShipmentRow &row = details.row;
    LabelContent label;
    label.carrierName = carrierName;
    label.shippingMethod = details.shippingMethod;
    if (account)
        label.sender = LabelParty::fromSender(account->sender);
    label.recipient.name = row.customer;
    label.recipient.company = row.company;
    label.recipient.street1 = details.street1;
    label.recipient.street2 = details.street2;
    label.recipient.city = row.city;
    label.recipient.region = row.region;
    label.recipient.zip = row.zip;
    label.recipient.country = row.country;
    label.recipient.countryIso2 = row.countryIso2;
    label.recipient.phone = details.phone;
    label.pickupLocation = row.pickupLocation;
    label.orderId = row.orderId;
    label.storeName = row.storeName;
    label.storefront = row.channelName;
    label.weightUnit = weightUnit;
    label.atl = row.atl;
    label.items = items;
    QStringList summary;
    for (const LineItem &item : items) {
        label.weight += item.weight * item.quantity;
        QStringList options;
        for (const QString &option : {item.size, item.color})
            if (!option.isEmpty())
                options << option;
        summary
            << (options.isEmpty()
                    ? Outbox::tr("%1 x %2").arg(item.quantity).arg(item.name)
                    : Outbox::tr("%1 x %2 (%3)").arg(item.quantity).arg(item.name, options.join(QStringLiteral(", "))));
        // No price known (items imported before Packbench read prices): no value rather than a made-up 0.00.
        label.customs.append({item.name, item.hsCode, item.quantity,
                              item.unitPrice > 0 ? QString::number(item.unitPrice * item.quantity, 'f', 2) : QString(),
                              item.weight * item.quantity});
    }
    label.itemSummary = summary.join(QStringLiteral("; "));
    label.originCountry = account ? account->sender.countryIso2 : QString();
    label.international = !label.originCountry.isEmpty() && !row.countryIso2.isEmpty() &&
                          label.originCountry.compare(row.countryIso2, Qt::CaseInsensitive) != 0;
    label.currency = details.currency;
    return label;
}

// One label per parcel, each with its own tracking number.
QList<LabelContent> perParcel(const LabelContent &label, int parcels, const QStringList &tracking)
{
    QList<LabelContent> labels;
    for (int parcel = 0; parcel < parcels; ++parcel) {
        LabelContent copy = label;
        copy.trackingNumber = tracking.value(parcel, tracking.value(0));
        copy.parcelNumber = parcel + 1;
        copy.parcelCount = parcels;
        labels.append(copy);
    }
    return labels;
}

// A line item as printed: `quantity` of it, nothing shipped or held.
LineItem printedItem(LineItem item, int quantity)
{
    item.quantity = quantity;
    item.quantityShipped = 0;
    item.quantityRefunded = 0;
    item.quantityHeld = 0;
    return item;
}

QString weightUnitOf(QSqlDatabase db, const QUuid &storeId)
{
    QSqlQuery query(db);
    QString ignored;
    if (exec(query, QStringLiteral("SELECT weight_unit FROM stores WHERE id = ?"), {idText(storeId)}, &ignored) &&
        query.next())
        return query.value(0).toString();
    return {};
}
} // namespace

QString OutboxRow::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Shipment:
        return QStringLiteral("shipment");
    case Kind::AwaitingPickup:
        return QStringLiteral("awaiting-pickup");
    case Kind::Void:
        return QStringLiteral("void");
    }
    return {};
}

bool OutboxRow::kindFromString(const QString &text, Kind *kind)
{
    for (Kind candidate : {Kind::Shipment, Kind::AwaitingPickup, Kind::Void}) {
        if (text == kindToString(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

QString Outbox::describe(const QString &state, const QString &note, const QDateTime &at)
{
    const QString when = at.isValid() ? printedWhen(at) : QString();
    if (state == QLatin1String("waiting-dispatch"))
        return tr("waiting for dispatch (Mark dispatched sends it)");
    if (state == QLatin1String("queued"))
        return tr("queued");
    if (state == QLatin1String("sending"))
        return tr("sending");
    if (state == QLatin1String("sent"))
        return note.isEmpty() || note == QLatin1String("0")
                   ? tr("sent at %1").arg(when)
                   : tr("sent at %1 as BigCommerce shipment %2").arg(when, note);
    if (state == QLatin1String("retrying"))
        return tr("retrying at %1 because %2").arg(when, note);
    if (state == QLatin1String("held"))
        return tr("held: %1").arg(note);
    if (state == QLatin1String("failed"))
        return tr("failed because %1").arg(note);
    if (state == QLatin1String("not-sent"))
        return tr("not written back: %1").arg(note);
    if (state == QLatin1String("voiding"))
        return tr("voiding: the BigCommerce shipment is being deleted");
    if (state == QLatin1String("voided"))
        return tr("voided at %1").arg(when);
    if (state == QLatin1String("dismissed"))
        return tr("dismissed: %1").arg(note);
    return state;
}

QString Outbox::claimForPrint(const QString &shipmentKey, QString *error)
{
    QString elsewhere;
    const QVariant station = text(m_database.stationName());
    m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            // Two minutes: a print that takes longer (a printer dialog left open) no longer blocks the others.
            if (!exec(query,
                      QStringLiteral("UPDATE shipments SET printing_station = ?, printing_until = %1 + 120000 WHERE "
                                     "shipment_key = ? AND state = 'to-ship' AND (printing_station = '' OR "
                                     "printing_station = ? OR printing_until < %1)")
                          .arg(m_database.nowMsSql()),
                      {station, shipmentKey, station}, stepError))
                return false;
            if (query.numRowsAffected() == 1)
                return true;
            if (!exec(query,
                      QStringLiteral("SELECT printing_station FROM shipments WHERE shipment_key = ? AND state = "
                                     "'to-ship' AND printing_station <> '' AND printing_until >= %1")
                          .arg(m_database.nowMsSql()),
                      {shipmentKey}, stepError))
                return false;
            if (query.next())
                elsewhere = query.value(0).toString();
            return true;
        },
        error);
    return elsewhere;
}

void Outbox::releasePrintClaim(const QString &shipmentKey)
{
    QString ignored;
    m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            return exec(query,
                        QStringLiteral("UPDATE shipments SET printing_station = '', printing_until = 0 WHERE "
                                       "shipment_key = ? AND printing_station = ?"),
                        {shipmentKey, text(m_database.stationName())}, stepError);
        },
        &ignored);
}

PrintResult Outbox::print(const PrintRequest &request, const Render &render)
{
    PrintResult result;
    QString printedAt; // as written by the print: tells a print whose COMMIT went through from one that did not
    auto stop = [&result](PrintResult::Outcome outcome, const QString &message, QString *stepError) {
        result.outcome = outcome;
        result.message = message;
        *stepError = message;
        return false;
    };
    // First a claim of its own, committed at once: a station printing the same shipment meanwhile is told who is
    // printing it instead of waiting for this print's transaction.
    QString claimError;
    const QString printingElsewhere = claimForPrint(request.shipmentKey, &claimError);
    if (!claimError.isEmpty()) {
        result.outcome = PrintResult::Outcome::Failed;
        result.message = claimError;
        return result;
    }
    if (!printingElsewhere.isEmpty()) {
        result.outcome = PrintResult::Outcome::Conflict;
        //: %1 is a station name such as Bench 3.
        result.message = tr("%1 is printing this shipment right now.").arg(printingElsewhere);
        return result;
    }
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QString readError;
            const std::optional<ShipmentDetails> details =
                ShipmentDetailsQuery(m_database).load(request.shipmentKey, &readError);
            if (!details) {
                if (!readError.isEmpty())
                    return stop(PrintResult::Outcome::Failed, readError, stepError);
                return stop(PrintResult::Outcome::NotFound, tr("There is no such shipment."), stepError);
            }
            const ShipmentRow &row = details->row;
            if (ImportRules::isPackbenchOwned(row.state))
                return stop(PrintResult::Outcome::Conflict,
                            tr("Order #%1 was printed %2 on %3; use Reprint.")
                                .arg(row.orderId)
                                .arg(printedWhen(row.printedAt),
                                     row.printedStation.isEmpty() ? tr("this station") : row.printedStation),
                            stepError);
            if (row.state != ShipmentState::ToShip)
                return stop(PrintResult::Outcome::Refused,
                            tr("Order #%1 has nothing to print: it is %2.")
                                .arg(row.orderId)
                                .arg(shipmentStateToString(row.state)),
                            stepError);
            const std::optional<StoreConfig> store = StoreRepository(m_database).findById(row.storeId, &readError);
            if (!store)
                return stop(PrintResult::Outcome::Failed,
                            readError.isEmpty() ? tr("The shipment's store no longer exists.") : readError, stepError);

            // What is printed: everything left to ship, or the items asked for (a split).
            QList<WritebackItem> whole;
            for (const LineItem &item : row.items) {
                if (item.quantityToShip() > 0)
                    whole.append({item.orderProductId, item.quantityToShip()});
            }
            if (whole.isEmpty())
                return stop(PrintResult::Outcome::Refused,
                            tr("Order #%1 has nothing left to ship in this shipment.").arg(row.orderId), stepError);
            QList<WritebackItem> printed = whole;
            bool split = false;
            if (!request.items.isEmpty()) {
                QMap<qint64, int> wanted;
                for (const WritebackItem &item : request.items)
                    wanted[item.orderProductId] += item.quantity;
                printed.clear();
                for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                    const auto line = std::find_if(whole.cbegin(), whole.cend(), [&](const WritebackItem &candidate) {
                        return candidate.orderProductId == it.key();
                    });
                    if (line == whole.cend())
                        return stop(PrintResult::Outcome::Invalid,
                                    tr("Order product %1 is not an item this shipment has to ship.").arg(it.key()),
                                    stepError);
                    if (it.value() <= 0 || it.value() > line->quantity)
                        return stop(PrintResult::Outcome::Invalid,
                                    tr("Order product %1: the quantity must be 1 to %2 (left to ship), not %3.")
                                        .arg(it.key())
                                        .arg(line->quantity)
                                        .arg(it.value()),
                                    stepError);
                    printed.append({it.key(), it.value()});
                }
                split = printed != whole;
            }

            // The carrier and its tracking numbers.
            const bool pickupConsignment = row.consignment.startsWith(QLatin1String("pickup:"));
            QUuid carrierId = request.carrierId.value_or(QUuid());
            std::optional<Account> account;
            if (!row.accountId.isNull()) {
                account = AccountRepository(m_database).findById(row.accountId, &readError);
                // A read that failed (the server restarting) is not "no account": that would print with another
                // carrier. The print is tried again instead.
                if (!readError.isEmpty())
                    return stop(PrintResult::Outcome::Failed, readError, stepError);
            }
            if (carrierId.isNull())
                carrierId = pickupConsignment ? Carrier::pickupId()
                                              : (account && !account->carrierId.isNull() ? account->carrierId
                                                                                         : Carrier::ownSequenceId());
            const std::optional<Carrier> carrier = CarrierRepository::findInTransaction(db, carrierId, &readError);
            if (!carrier && !readError.isEmpty())
                return stop(PrintResult::Outcome::Failed, readError, stepError);
            if (!carrier)
                return stop(PrintResult::Outcome::Invalid, tr("The carrier no longer exists: choose another one."),
                            stepError);
            if (pickupConsignment && carrier->kind != Carrier::Kind::Pickup)
                return stop(PrintResult::Outcome::Invalid,
                            tr("Order #%1 is a pickup in store: it can only be printed with \"%2\".")
                                .arg(row.orderId)
                                .arg(CarrierRepository::tr("Pickup in store")),
                            stepError);
            const int parcels = qBound(1, request.parcels, 99);
            QStringList tracking;
            if (carrier->kind == Carrier::Kind::OwnSequence) {
                quint32 first = 0;
                if (!CarrierRepository::takeNumbers(db, carrier->id, parcels, &first, stepError)) {
                    result.outcome = PrintResult::Outcome::Failed;
                    result.message = *stepError;
                    return false;
                }
                for (int parcel = 0; parcel < parcels; ++parcel)
                    tracking << S10::format(carrier->prefix, first + static_cast<quint32>(parcel), carrier->country);
            } else if (carrier->kind == Carrier::Kind::Manual) {
                const QString number = request.trackingNumber.trimmed();
                if (const QString problem = Carrier::validateTrackingNumber(number); !problem.isEmpty())
                    return stop(PrintResult::Outcome::Invalid, problem, stepError);
                tracking << number;
            }
            const Shipment::Kind kind = pickupConsignment ? Shipment::Kind::Pickup : Shipment::Kind::Shipping;
            const WritebackDecision decision = WritebackPlan::decide(*store, kind, carrier->kind);

            // A split: the printed part becomes a shipment of its own; the consignment holds back its quantities.
            QString key = row.key;
            int partNumber = 0;
            QSqlQuery query(db);
            if (split) {
                if (!exec(query,
                          QStringLiteral("SELECT COALESCE(MAX(part), 0) + 1 FROM shipments WHERE parent_key = ?"),
                          {row.key}, stepError) ||
                    !query.next())
                    return false;
                partNumber = query.value(0).toInt();
                key = row.key + QStringLiteral("#") + QString::number(partNumber);
                if (!exec(query,
                          QStringLiteral("INSERT INTO shipments (shipment_key, state, item_count, part, parent_key, "
                                         "flag, %1) SELECT ?, 'to-ship', 0, ?, ?, '', %1 FROM shipments WHERE "
                                         "shipment_key = ?")
                              .arg(kCopiedColumns),
                          {key, partNumber, row.key, row.key}, stepError))
                    return false;
                QSqlQuery item(db);
                item.prepare(QStringLiteral(
                    "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                    "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code, "
                    "quantity_held, unit_price) SELECT ?, order_product_id, product_id, sku, name, ?, 0, 0, weight, "
                    "parent_order_product_id, size, color, hs_code, 0, unit_price FROM shipment_items WHERE "
                    "shipment_key = ? AND order_product_id = ?"));
                QSqlQuery hold(db);
                hold.prepare(QStringLiteral("UPDATE shipment_items SET quantity_held = quantity_held + ? WHERE "
                                            "shipment_key = ? AND order_product_id = ?"));
                for (const WritebackItem &line : std::as_const(printed)) {
                    item.addBindValue(key);
                    item.addBindValue(line.quantity);
                    item.addBindValue(row.key);
                    item.addBindValue(line.orderProductId);
                    hold.addBindValue(line.quantity);
                    hold.addBindValue(row.key);
                    hold.addBindValue(line.orderProductId);
                    if (!execQuery(item, stepError) || !execQuery(hold, stepError))
                        return false;
                }
                if (!exec(query,
                          QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag, source) SELECT ?, tag, source "
                                         "FROM shipment_tags WHERE shipment_key = ?"),
                          {key, row.key}, stepError) ||
                    !refreshSummary(db, key, stepError) || !refreshSummary(db, row.key, stepError))
                    return false;
            }

            // The print itself: only a shipment that is still to ship (another station may have printed it a moment
            // ago; this update then changes nothing).
            printedAt = now();
            QString state = QStringLiteral("not-sent");
            if (decision.action != WritebackDecision::Action::None)
                state = decision.waitForDispatch ? QStringLiteral("waiting-dispatch") : QStringLiteral("queued");
            if (!exec(query,
                      QStringLiteral("UPDATE shipments SET state = 'printed', printed_at = ?, printed_station = ?, "
                                     "carrier = ?, carrier_id = ?, tracking_number = ?, tracking_numbers = ?, "
                                     "parcels = ?, writeback = ?, writeback_note = ?, writeback_at = NULL, flag = '', "
                                     "void_guard = '', printing_station = '', printing_until = 0 WHERE shipment_key = "
                                     "? AND state = 'to-ship'"),
                      {printedAt, text(m_database.stationName()), carrier->name, idText(carrier->id),
                       text(tracking.value(0)), text(tracking.join(QLatin1Char(' '))), parcels, state,
                       text(decision.reason), key},
                      stepError))
                return false;
            if (query.numRowsAffected() != 1)
                return stop(PrintResult::Outcome::Conflict,
                            tr("Order #%1 was printed at another station a moment ago; use Reprint.").arg(row.orderId),
                            stepError);

            OutboxRow outbox;
            outbox.shipmentKey = key;
            outbox.storeId = row.storeId;
            outbox.orderId = row.orderId;
            outbox.state = state;
            outbox.lastError = decision.reason;
            if (decision.action == WritebackDecision::Action::AwaitingPickup) {
                outbox.kind = OutboxRow::Kind::AwaitingPickup;
                outbox.body = QByteArrayLiteral("{\"status_id\":8}");
            } else {
                outbox.kind = OutboxRow::Kind::Shipment;
                const qint64 addressId = row.consignment.section(QLatin1Char(':'), 1).toLongLong();
                outbox.body = WritebackPlan::shipmentBody(addressId, printed, tracking, *carrier);
            }
            if (!insertRow(db, outbox, stepError))
                return false;
            if (!recordEvent(db, key, QStringLiteral("printed"), m_database.stationName(),
                             (QStringList{carrier->name} + tracking).join(QLatin1Char(' ')), stepError))
                return false;

            // The labels, one per parcel.
            QList<LineItem> items;
            for (const WritebackItem &line : std::as_const(printed))
                for (const LineItem &item : row.items)
                    if (item.orderProductId == line.orderProductId)
                        items.append(printedItem(item, line.quantity));
            if (!exec(query,
                      QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ? AND order_id = ? AND state "
                                     "<> 'cancelled'"),
                      {idText(row.storeId), row.orderId}, stepError) ||
                !query.next())
                return false;
            const int shipmentCount = qMax(1, query.value(0).toInt());
            LabelContent label = labelFor(*details, account, weightUnitOf(db, row.storeId), carrier->name, items);
            label.shipmentCount = shipmentCount;
            label.shipmentNumber = qMin(shipmentCount, qMax(1, partNumber + 1));
            label.printedAt = QDateTime::fromString(printedAt, Qt::ISODateWithMs);
            const QList<LabelContent> labels = perParcel(label, parcels, tracking);
            if (render && !render(labels, stepError)) {
                result.outcome = PrintResult::Outcome::Failed;
                result.message = *stepError;
                return false;
            }
            result.shipmentKey = key;
            result.trackingNumbers = tracking;
            result.labels = labels;
            result.decision = decision;
            return true;
        },
        &result.message);
    // Everything but the COMMIT went through, and the COMMIT failed (a server restart, a dropped connection): it may
    // still have been committed. Ask the database once it is back, so a recorded print is reported as printed.
    if (!written && result.outcome == PrintResult::Outcome::Ok && !result.shipmentKey.isEmpty() &&
        wasCommitted(result.shipmentKey, printedAt))
        return result;
    if (!written && result.outcome == PrintResult::Outcome::Ok)
        result.outcome = PrintResult::Outcome::Failed;
    if (!written)
        releasePrintClaim(request.shipmentKey); // printed, the claim went with the print's own update
    return result;
}

bool Outbox::wasCommitted(const QString &shipmentKey, const QString &printedAt)
{
    // The server may still be restarting: wait for an answer a little while (prints run off the GUI thread) rather
    // than call a recorded print failed, which would leave it without its label.
    constexpr int kAttempts = 20;
    constexpr int kPauseMs = 500;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(kPauseMs);
        QSqlDatabase db = m_database.connection();
        QSqlQuery query(db);
        QString error;
        if (exec(query,
                 QStringLiteral("SELECT count(*) FROM shipments WHERE shipment_key = ? AND printed_at = ? AND "
                                "printed_station = ?"),
                 {shipmentKey, printedAt, text(m_database.stationName())}, &error) &&
            query.next())
            return query.value(0).toInt() == 1;
    }
    return false;
}

PrintResult Outbox::reprint(const QString &shipmentKey, const Render &render)
{
    PrintResult result;
    QString error;
    const std::optional<ShipmentDetails> details = ShipmentDetailsQuery(m_database).load(shipmentKey, &error);
    if (!details) {
        result.outcome = error.isEmpty() ? PrintResult::Outcome::NotFound : PrintResult::Outcome::Failed;
        result.message = error.isEmpty() ? tr("There is no such shipment.") : error;
        return result;
    }
    const ShipmentRow &row = details->row;
    if (!ImportRules::isPackbenchOwned(row.state)) {
        result.outcome = PrintResult::Outcome::Refused;
        result.message = tr("Order #%1 has not been printed yet: use Print.").arg(row.orderId);
        return result;
    }
    // The labels as printed: rebuilt from what the print recorded.
    std::optional<Account> account;
    if (!row.accountId.isNull())
        account = AccountRepository(m_database).findById(row.accountId);
    QList<LineItem> items;
    for (const LineItem &item : row.items) {
        const int quantity = row.part > 0 ? item.quantity : item.quantity - item.quantityRefunded;
        if (quantity > 0)
            items.append(printedItem(item, quantity));
    }
    LabelContent label =
        labelFor(*details, account, weightUnitOf(m_database.connection(), row.storeId), row.carrier, items);
    label.printedAt = row.printedAt;
    result.labels = perParcel(label, qMax(1, row.parcels), row.trackingNumbers);
    result.shipmentKey = row.key;
    result.trackingNumbers = row.trackingNumbers;
    if (render && !render(result.labels, &error)) {
        result.outcome = PrintResult::Outcome::Failed;
        result.message = error;
        return result;
    }
    const bool recorded = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            return recordEvent(db, row.key, QStringLiteral("reprinted"), m_database.stationName(), QString(),
                               stepError);
        },
        &error);
    if (!recorded) {
        result.outcome = PrintResult::Outcome::Failed;
        result.message = error;
    }
    return result;
}

PrintResult Outbox::voidPrint(const QString &shipmentKey)
{
    PrintResult result;
    auto stop = [&result](PrintResult::Outcome outcome, const QString &message, QString *stepError) {
        result.outcome = outcome;
        result.message = message;
        *stepError = message;
        return false;
    };
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            if (!exec(query,
                      QStringLiteral("SELECT state, order_id, store_id, part, parent_key FROM shipments WHERE "
                                     "shipment_key = ?"),
                      {shipmentKey}, stepError))
                return false;
            if (!query.next())
                return stop(PrintResult::Outcome::NotFound, tr("There is no such shipment."), stepError);
            ShipmentState state = ShipmentState::ToShip;
            shipmentStateFromString(query.value(0).toString(), &state);
            const qint64 orderId = query.value(1).toLongLong();
            const QUuid storeId = QUuid::fromString(query.value(2).toString());
            const int part = query.value(3).toInt();
            const QString parentKey = query.value(4).toString();
            if (!ImportRules::isPackbenchOwned(state))
                return stop(PrintResult::Outcome::Refused,
                            tr("Order #%1 is not printed: there is nothing to void.").arg(orderId), stepError);

            if (!exec(query,
                      QStringLiteral("SELECT id, state, kind, bc_shipment_id, previous_status_id FROM outbox WHERE "
                                     "shipment_key = ? AND kind <> 'void' ORDER BY seq DESC LIMIT 1"),
                      {shipmentKey}, stepError))
                return false;
            QString rowId;
            QString rowState;
            QString rowKind;
            qint64 bcShipmentId = 0;
            int previousStatus = -1;
            if (query.next()) {
                rowId = query.value(0).toString();
                rowState = query.value(1).toString();
                rowKind = query.value(2).toString();
                bcShipmentId = query.value(3).toLongLong();
                previousStatus = query.value(4).toInt();
            }
            if (rowState == QLatin1String("sending"))
                return stop(
                    PrintResult::Outcome::Conflict,
                    tr("Order #%1's write-back is being sent right now; void it again in a moment.").arg(orderId),
                    stepError);
            const bool sent = rowState == QLatin1String("sent");
            if (!rowId.isEmpty() && !sent) {
                // Not sent yet: the write-back is dropped. Conditional, since the worker may claim it meanwhile.
                if (!exec(query,
                          QStringLiteral("UPDATE outbox SET state = 'dropped', updated_at = ? WHERE id = ? AND state = "
                                         "?"),
                          {now(), rowId, rowState}, stepError))
                    return false;
                if (query.numRowsAffected() != 1)
                    return stop(
                        PrintResult::Outcome::Conflict,
                        tr("Order #%1's write-back is being sent right now; void it again in a moment.").arg(orderId),
                        stepError);
            }
            const QString guardKey = part > 0 ? parentKey : shipmentKey;
            if (sent) {
                OutboxRow voidRow;
                voidRow.kind = OutboxRow::Kind::Void;
                voidRow.shipmentKey = guardKey;
                voidRow.storeId = storeId;
                voidRow.orderId = orderId;
                voidRow.state = QStringLiteral("queued");
                voidRow.bcShipmentId = bcShipmentId;
                voidRow.previousStatusId = previousStatus;
                voidRow.body =
                    QJsonDocument(QJsonObject{{QStringLiteral("shipment_id"), bcShipmentId},
                                              {QStringLiteral("status_id"), previousStatus},
                                              {QStringLiteral("pickup"), rowKind == QLatin1String("awaiting-pickup")}})
                        .toJson(QJsonDocument::Compact);
                if (!insertRow(db, voidRow, stepError))
                    return false;
                if (!exec(query, QStringLiteral("UPDATE shipments SET void_guard = 'pending' WHERE shipment_key = ?"),
                          {guardKey}, stepError))
                    return false;
            }
            if (part > 0) {
                // A split part goes back into its consignment.
                if (!releasePart(db, shipmentKey, parentKey, sent, -1, stepError) ||
                    !deletePart(db, shipmentKey, stepError))
                    return false;
                if (!sent && !exec(query,
                                   QStringLiteral("UPDATE shipment_items SET quantity_held = 0 WHERE shipment_key = ? "
                                                  "AND quantity_held < 0"),
                                   {parentKey}, stepError))
                    return false;
            } else if (!exec(query,
                             QStringLiteral("UPDATE shipments SET state = 'to-ship', printed_at = NULL, "
                                            "printed_station = '', carrier = '', carrier_id = '', tracking_number = "
                                            "'', tracking_numbers = '', parcels = 1, writeback = ?, writeback_note = "
                                            "'', writeback_at = NULL, flag = '' WHERE shipment_key = ?"),
                             {sent ? QStringLiteral("voiding") : QString(QLatin1String("")), shipmentKey}, stepError)) {
                return false;
            }
            if (!recordEvent(db, guardKey, QStringLiteral("voided"), m_database.stationName(),
                             sent ? QStringLiteral("after-writeback") : QStringLiteral("before-writeback"), stepError))
                return false;
            result.shipmentKey = guardKey;
            result.decision.reason = sent ? tr("The BigCommerce shipment is being deleted and the order put back.")
                                          : tr("The write-back was dropped before it was sent.");
            return true;
        },
        &result.message);
    if (!written && result.outcome == PrintResult::Outcome::Ok)
        result.outcome = PrintResult::Outcome::Failed;
    return result;
}

int Outbox::dispatch(const std::optional<QUuid> &storeId, const QList<qint64> &orderIds, QString *error)
{
    int count = 0;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QString sql = QStringLiteral("SELECT id, shipment_key FROM outbox WHERE state = 'waiting-dispatch'");
            QVariantList binds;
            if (storeId) {
                sql += QStringLiteral(" AND store_id = ?");
                binds << idText(*storeId);
            }
            if (!orderIds.isEmpty()) {
                QStringList marks;
                for (qint64 orderId : orderIds) {
                    marks << QStringLiteral("?");
                    binds << orderId;
                }
                sql += QStringLiteral(" AND order_id IN (%1)").arg(marks.join(QLatin1Char(',')));
            }
            QSqlQuery query(db);
            if (!exec(query, sql, binds, stepError))
                return false;
            QList<QPair<QString, QString>> rows;
            while (query.next())
                rows.append({query.value(0).toString(), query.value(1).toString()});
            QSqlQuery update(db);
            for (const auto &[id, key] : std::as_const(rows)) {
                if (!exec(update,
                          QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ? WHERE id = ? AND state = "
                                         "'waiting-dispatch'"),
                          {now(), id}, stepError) ||
                    !setWritebackColumns(db, key, QStringLiteral("queued"), QString(), QDateTime(), stepError) ||
                    !recordEvent(db, key, QStringLiteral("dispatched"), m_database.stationName(), QString(), stepError))
                    return false;
                ++count;
            }
            return true;
        },
        error);
    return written ? count : -1;
}

std::optional<OutboxRow> Outbox::claimNext(const QList<QUuid> &storeIds, QString *error, const QString &leaseHolder)
{
    if (storeIds.isEmpty())
        return std::nullopt;
    std::optional<OutboxRow> claimed;
    m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QStringList marks;
            QVariantList binds{now()};
            for (const QUuid &id : storeIds) {
                marks << QStringLiteral("?");
                binds << idText(id);
            }
            QString leased;
            if (!leaseHolder.isEmpty()) {
                leased = QStringLiteral(" AND EXISTS (SELECT 1 FROM store_leases l WHERE l.store_id = o.store_id AND "
                                        "l.holder = ? AND l.expires_at > %1)")
                             .arg(m_database.nowMsSql());
                binds << leaseHolder;
            }
            const bool postgres = m_database.backend() == DatabaseLocation::Backend::PostgreSQL;
            QSqlQuery query(db);
            // One order's write-backs go in the order they were written (a void after its shipment, parts in turn).
            // SQLite has one writer at a time (BEGIN IMMEDIATE); PostgreSQL locks the row it reads and skips rows
            // another station is claiming.
            if (!exec(query,
                      QStringLiteral("SELECT %1%2 WHERE o.state IN ('queued', 'retrying') AND (o.next_attempt_at IS "
                                     "NULL OR o.next_attempt_at <= ?) AND o.store_id IN (%3) AND NOT EXISTS (SELECT 1 "
                                     "FROM outbox e WHERE e.store_id = o.store_id AND e.order_id = o.order_id AND "
                                     "e.seq < o.seq AND e.state IN ('queued', 'sending', 'retrying'))%4 ORDER BY o.seq "
                                     "LIMIT 1%5")
                          .arg(kRowColumns, kRowFrom, marks.join(QLatin1Char(',')), leased,
                               postgres ? QStringLiteral(" FOR UPDATE OF o SKIP LOCKED") : QString()),
                      binds, stepError))
                return false;
            if (!query.next())
                return true;
            OutboxRow row = readRow(query);
            query.finish();
            const QString claimedAt = now();
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                                     "WHERE id = ? AND state IN ('queued', 'retrying')"),
                      {claimedAt, row.id}, stepError))
                return false;
            if (query.numRowsAffected() != 1)
                return true; // another station took it
            if (row.kind != OutboxRow::Kind::Void &&
                !setWritebackColumns(db, row.shipmentKey, QStringLiteral("sending"), QString(), QDateTime(), stepError))
                return false;
            row.state = QStringLiteral("sending");
            row.claimedAt = claimedAt;
            ++row.attempts;
            claimed = row;
            return true;
        },
        error);
    return claimed;
}

qint64 Outbox::sendWindowMs(int sendTimeoutMs)
{
    return std::max(sendTimeoutMs, 1);
}

qint64 Outbox::inFlightLimitMs(int sendTimeoutMs)
{
    constexpr qint64 kMarginMs = 10000;
    return sendWindowMs(sendTimeoutMs) + std::max(sendTimeoutMs, 1) + std::min<qint64>(kMarginMs, sendTimeoutMs);
}

int Outbox::recoverInterrupted(qint64 limitMs, QString *error, const std::optional<QUuid> &storeId)
{
    int count = 0;
    m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            count = 0;
            const QString at = now();
            const QString stopped =
                tr("the station stopped while sending; BigCommerce is asked before it is sent again");
            const QString ofStore = storeId ? QStringLiteral(" AND store_id = ?") : QString();
            const QVariantList storeBinds = storeId ? QVariantList{idText(*storeId)} : QVariantList{};
            // Claimed (updated_at) long enough ago that the claimer's request has ended: verified at once. The times
            // are ISO text in UTC, so they compare as text (like next_attempt_at in claimNext).
            const QString cutoff = timeText(QDateTime::currentDateTimeUtc().addMSecs(-std::max<qint64>(0, limitMs)));
            QSqlQuery query(db);
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = 'retrying', next_attempt_at = NULL, last_error = ?, "
                                     "updated_at = ? WHERE state = 'sending' AND updated_at <= ?%1")
                          .arg(ofStore),
                      QVariantList{stopped, at, cutoff} + storeBinds, stepError))
                return false;
            count = query.numRowsAffected();
            // Claimed moments ago: the claimer may still be sending it. Each is verified once that request must have
            // ended; verified earlier, BigCommerce would not have the shipment yet and it would be sent twice.
            if (!exec(query,
                      QStringLiteral("SELECT id, updated_at, shipment_key, kind FROM outbox WHERE state = 'sending'%1")
                          .arg(ofStore),
                      storeBinds, stepError))
                return false;
            struct Young
            {
                QString id;
                QDateTime due;
                QString shipmentKey;
                bool isVoid = false;
            };
            QList<Young> young;
            while (query.next()) {
                const QDateTime claimed = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
                young.append({query.value(0).toString(), claimed.isValid() ? claimed.addMSecs(limitMs) : QDateTime(),
                              query.value(2).toString(), query.value(3).toString() == QLatin1String("void")});
            }
            query.finish();
            for (const Young &row : std::as_const(young)) {
                const QString reason =
                    row.due.isValid()
                        ? tr("the station that was sending this stopped before BigCommerce answered; BigCommerce is "
                             "asked after %1, once that station's request has ended, before it is sent again")
                              .arg(printedWhen(row.due))
                        : stopped;
                if (!exec(query,
                          QStringLiteral("UPDATE outbox SET state = 'retrying', next_attempt_at = ?, last_error = ?, "
                                         "updated_at = ? WHERE id = ? AND state = 'sending'"),
                          {nullableTime(row.due), reason, at, row.id}, stepError))
                    return false;
                if (query.numRowsAffected() != 1)
                    continue;
                ++count;
                if (!row.isVoid &&
                    !setWritebackColumns(db, row.shipmentKey, QStringLiteral("retrying"), reason, row.due, stepError))
                    return false;
            }
            return exec(query,
                        QStringLiteral("UPDATE shipments SET writeback = 'retrying' WHERE writeback = 'sending'%1")
                            .arg(ofStore),
                        storeBinds, stepError);
        },
        error);
    return count;
}

bool Outbox::recordSent(const OutboxRow &row, qint64 bcShipmentId, int previousStatusId, const QString &guardModified,
                        QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            const QString at = now();
            QVariantList binds{bcShipmentId, previousStatusId, at, at, row.id};
            const QString claim = ofClaim(row, &binds);
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = 'sent', bc_shipment_id = ?, previous_status_id = ?, "
                                     "sent_at = ?, updated_at = ?, last_error = '' WHERE id = ? AND state = "
                                     "'sending'%1")
                          .arg(claim),
                      binds, stepError))
                return false;
            if (query.numRowsAffected() != 1)
                return true; // voided, recovered or claimed again meanwhile: the row says what happened
            if (row.kind == OutboxRow::Kind::Void) {
                return exec(query,
                            QStringLiteral("UPDATE shipments SET void_guard = ?, writeback = CASE WHEN writeback = "
                                           "'voiding' THEN 'voided' ELSE writeback END, writeback_at = CASE WHEN "
                                           "writeback = 'voiding' THEN ? ELSE writeback_at END WHERE shipment_key = ?"),
                            {guardModified.isEmpty() ? at : guardModified, at, row.shipmentKey}, stepError) &&
                       recordEvent(db, row.shipmentKey, QStringLiteral("void-sent"), m_database.stationName(),
                                   QString::number(row.bcShipmentId), stepError);
            }
            if (!exec(query,
                      QStringLiteral("UPDATE shipments SET state = 'written-back', writeback = 'sent', writeback_note "
                                     "= ?, writeback_at = ? WHERE shipment_key = ? AND state IN ('printed', "
                                     "'write-back-failed')"),
                      {QString::number(bcShipmentId), at, row.shipmentKey}, stepError))
                return false;
            // A split part now shipped in BigCommerce: its consignment counts the quantities as shipped until the
            // next import reads them from BigCommerce.
            if (!exec(query, QStringLiteral("SELECT parent_key FROM shipments WHERE shipment_key = ? AND part > 0"),
                      {row.shipmentKey}, stepError))
                return false;
            if (query.next()) {
                const QString parentKey = query.value(0).toString();
                query.finish();
                if (!releasePart(db, row.shipmentKey, parentKey, false, -1, stepError) ||
                    !releasePart(db, row.shipmentKey, parentKey, true, 1, stepError))
                    return false;
            }
            return recordEvent(db, row.shipmentKey, QStringLiteral("written-back"), m_database.stationName(),
                               bcShipmentId > 0 ? QString::number(bcShipmentId) : QString(), stepError);
        },
        error);
}

bool Outbox::recordRetry(const OutboxRow &row, const QDateTime &at, const QString &reason, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            QVariantList binds{timeText(at), text(reason), now(), row.id};
            const QString claim = ofClaim(row, &binds);
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = 'retrying', next_attempt_at = ?, last_error = ?, "
                                     "updated_at = ? WHERE id = ? AND state = 'sending'%1")
                          .arg(claim),
                      binds, stepError))
                return false;
            if (query.numRowsAffected() != 1 || row.kind == OutboxRow::Kind::Void)
                return true;
            return setWritebackColumns(db, row.shipmentKey, QStringLiteral("retrying"), reason, at, stepError);
        },
        error);
}

bool Outbox::recordStopped(const OutboxRow &row, bool held, const QString &reason, QString *error)
{
    const QString state = held ? QStringLiteral("held") : QStringLiteral("failed");
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            QVariantList binds{state, text(reason), now(), row.id};
            const QString claim = ofClaim(row, &binds);
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ? AND "
                                     "state = 'sending'%1")
                          .arg(claim),
                      binds, stepError))
                return false;
            if (query.numRowsAffected() != 1)
                return true;
            if (row.kind != OutboxRow::Kind::Void &&
                !exec(query,
                      QStringLiteral("UPDATE shipments SET state = 'write-back-failed' WHERE shipment_key = ? AND "
                                     "state = 'printed'"),
                      {row.shipmentKey}, stepError))
                return false;
            return setWritebackColumns(db, row.shipmentKey, state, reason, QDateTime(), stepError) &&
                   recordEvent(db, row.shipmentKey, QStringLiteral("write-back-") + state, m_database.stationName(),
                               reason, stepError);
        },
        error);
}

QDateTime Outbox::nextDue(QString *error, const std::optional<QList<QUuid>> &storeIds)
{
    QString ofStores;
    QVariantList binds;
    if (storeIds) {
        if (storeIds->isEmpty())
            return {};
        QStringList marks;
        for (const QUuid &id : *storeIds) {
            marks << QStringLiteral("?");
            binds << idText(id);
        }
        ofStores = QStringLiteral(" AND store_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery query(m_database.connection());
    if (!exec(query,
              QStringLiteral("SELECT MIN(COALESCE(next_attempt_at, '')) FROM outbox WHERE state IN ('queued', "
                             "'retrying')%1")
                  .arg(ofStores),
              binds, error) ||
        !query.next() || query.value(0).isNull())
        return {};
    const QString at = query.value(0).toString();
    return at.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(at, Qt::ISODateWithMs);
}

bool Outbox::retry(const QString &id, QString *error)
{
    bool changed = false;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            if (!exec(query,
                      QStringLiteral("SELECT shipment_key, kind FROM outbox WHERE id = ? AND state IN ('failed', "
                                     "'held')"),
                      {id}, stepError))
                return false;
            if (!query.next()) {
                *stepError = tr("Only a failed or held write-back can be retried.");
                return false;
            }
            const QString key = query.value(0).toString();
            const bool isVoid = query.value(1).toString() == QLatin1String("void");
            query.finish();
            if (!exec(query,
                      QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = NULL, updated_at = ? "
                                     "WHERE id = ? AND state IN ('failed', 'held')"),
                      {now(), id}, stepError))
                return false;
            changed = query.numRowsAffected() == 1;
            if (isVoid)
                return true;
            return exec(query,
                        QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ? AND state = "
                                       "'write-back-failed'"),
                        {key}, stepError) &&
                   setWritebackColumns(db, key, QStringLiteral("queued"), QString(), QDateTime(), stepError);
        },
        error);
    return written && changed;
}

bool Outbox::dismiss(const QString &id, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            if (!exec(query,
                      QStringLiteral("SELECT shipment_key, kind, last_error FROM outbox WHERE id = ? AND state IN "
                                     "('failed', 'held')"),
                      {id}, stepError))
                return false;
            if (!query.next()) {
                *stepError = tr("Only a failed or held write-back can be dismissed.");
                return false;
            }
            const QString key = query.value(0).toString();
            const bool isVoid = query.value(1).toString() == QLatin1String("void");
            const QString reason = query.value(2).toString();
            query.finish();
            if (!exec(query, QStringLiteral("UPDATE outbox SET state = 'dismissed', updated_at = ? WHERE id = ?"),
                      {now(), id}, stepError))
                return false;
            if (isVoid)
                return exec(query, QStringLiteral("UPDATE shipments SET void_guard = ? WHERE shipment_key = ?"),
                            {now(), key}, stepError);
            // Resolved by hand: the label stays printed, and nothing more is sent for it.
            return exec(query,
                        QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ? AND state = "
                                       "'write-back-failed'"),
                        {key}, stepError) &&
                   setWritebackColumns(db, key, QStringLiteral("dismissed"), reason, QDateTime(), stepError) &&
                   recordEvent(db, key, QStringLiteral("write-back-dismissed"), m_database.stationName(), reason,
                               stepError);
        },
        error);
}

OutboxCounts Outbox::counts(QString *error)
{
    OutboxCounts counts;
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT state, count(*) FROM outbox WHERE kind <> 'void' GROUP BY state"), {},
              error))
        return counts;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int n = query.value(1).toInt();
        if (state == QLatin1String("waiting-dispatch"))
            counts.waitingDispatch = n;
        else if (state == QLatin1String("queued"))
            counts.queued = n;
        else if (state == QLatin1String("sending"))
            counts.sending = n;
        else if (state == QLatin1String("sent"))
            counts.sent = n;
        else if (state == QLatin1String("retrying"))
            counts.retrying = n;
        else if (state == QLatin1String("held"))
            counts.held = n;
        else if (state == QLatin1String("failed"))
            counts.failed = n;
    }
    return counts;
}

QList<OutboxRow> Outbox::rows(bool activeOnly, int limit, QString *error)
{
    QList<OutboxRow> rows;
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT %1%2").arg(kRowColumns, kRowFrom);
    if (activeOnly)
        sql += QStringLiteral(" WHERE o.state IN ('waiting-dispatch', 'queued', 'sending', 'retrying', 'held', "
                              "'failed')");
    sql += QStringLiteral(" ORDER BY o.seq DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!exec(query, sql, {}, error))
        return rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

std::optional<OutboxRow> Outbox::latest(const QString &shipmentKey, bool isVoid, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!exec(query,
              QStringLiteral("SELECT %1%2 WHERE o.shipment_key = ? AND %3 ORDER BY o.seq DESC LIMIT 1")
                  .arg(kRowColumns, kRowFrom,
                       isVoid ? QStringLiteral("o.kind = 'void'") : QStringLiteral("o.kind <> 'void'")),
              {shipmentKey}, error) ||
        !query.next())
        return std::nullopt;
    return readRow(query);
}

std::optional<OutboxRow> Outbox::find(const QString &id, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT %1%2 WHERE o.id = ?").arg(kRowColumns, kRowFrom), {id}, error) ||
        !query.next())
        return std::nullopt;
    return readRow(query);
}

} // namespace Packbench
