#include "core/storage/StockRepository.h"

#include "core/domain/Shipment.h"
#include "core/storage/Database.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Packbench {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Never NULL: every text column is NOT NULL, and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString outcomeToString(StockPushOutcome outcome)
{
    switch (outcome) {
    case StockPushOutcome::Pushed:
        return QStringLiteral("pushed");
    case StockPushOutcome::PushedByProduct:
        return QStringLiteral("pushed-by-product");
    case StockPushOutcome::Refused:
        return QStringLiteral("refused");
    case StockPushOutcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return QStringLiteral("not-sent");
}

StockPushOutcome outcomeFromString(const QString &value)
{
    for (StockPushOutcome outcome : {StockPushOutcome::Pushed, StockPushOutcome::PushedByProduct,
                                     StockPushOutcome::Refused, StockPushOutcome::NotSent})
        if (outcomeToString(outcome) == value)
            return outcome;
    return StockPushOutcome::NotSent;
}

// Rows written with multi-row statements: one round trip per batch, not per SKU (10,000 SKUs on a shared server).
// `rowValues` binds one row's values; `columns` are the statement's columns, `suffix` follows the VALUES.
template <typename Row>
bool insertRows(QSqlDatabase &db, DatabaseLocation::Backend backend, const QString &table, const QStringList &columns,
                const QString &suffix, const QList<Row> &rows,
                const std::function<void(const Row &, QVariantList *)> &rowValues, QString *error)
{
    // Bound values per statement: SQLite before 3.32 allows 999 (as DatabaseCopy).
    const int maxValues = backend == DatabaseLocation::Backend::SQLite ? 999 : 3000;
    const int width = static_cast<int>(columns.size());
    const qsizetype perStatement = std::max(1, maxValues / width);
    const QString row = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(u',') + QLatin1Char(')');
    auto statement = [&](qsizetype count) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 %4")
            .arg(table, columns.join(QStringLiteral(", ")), QStringList(count, row).join(QStringLiteral(", ")), suffix);
    };
    QSqlQuery full(db);
    bool fullPrepared = false;
    QVariantList values;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - start);
        QSqlQuery rest(db);
        QSqlQuery *query = &full;
        if (count == perStatement) {
            if (!fullPrepared && !full.prepare(statement(count))) {
                setError(error, Database::describe(full.lastError()));
                return false;
            }
            fullPrepared = true;
        } else {
            if (!rest.prepare(statement(count))) {
                setError(error, Database::describe(rest.lastError()));
                return false;
            }
            query = &rest;
        }
        values.clear();
        for (qsizetype i = start; i < start + count; ++i)
            rowValues(rows.at(i), &values);
        for (qsizetype i = 0; i < values.size(); ++i)
            query->bindValue(static_cast<int>(i), values.at(i));
        if (!execQuery(*query, error))
            return false;
    }
    return true;
}

// One row per SKU and location (the last wins): a multi-row upsert may not touch a row twice (PostgreSQL).
template <typename Row>
QList<Row> lastPerKey(const QList<Row> &rows, const std::function<std::pair<QString, int>(const Row &)> &key)
{
    QHash<std::pair<QString, int>, qsizetype> last;
    for (qsizetype i = 0; i < rows.size(); ++i)
        last.insert(key(rows.at(i)), i);
    if (last.size() == rows.size())
        return rows;
    QList<Row> unique;
    unique.reserve(last.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (last.value(key(rows.at(i))) == i)
            unique.append(rows.at(i));
    return unique;
}

// Sorted in C++: the backends' collations order text differently.
template <typename Row>
void sortBySkuThenLocation(QList<Row> *rows, const std::function<std::pair<QString, int>(const Row &)> &key)
{
    std::sort(rows->begin(), rows->end(), [&](const Row &a, const Row &b) {
        const auto ka = key(a);
        const auto kb = key(b);
        const int order = QString::compare(ka.first, kb.first);
        return order != 0 ? order < 0 : ka.second < kb.second;
    });
}

std::pair<QString, int> levelKey(const StockLevel &level)
{
    return {level.sku.trimmed(), level.locationId};
}

QString checkLevel(const StockLevel &level)
{
    if (level.sku.trimmed().isEmpty())
        return StockRepository::tr("A stock level needs a SKU. Enter the SKU and save again.");
    if (level.quantity < 0)
        return StockRepository::tr("SKU %1: the quantity %2 is negative. Enter the count on the shelf (0 or more).")
            .arg(level.sku)
            .arg(level.quantity);
    if (level.locationId <= 0)
        return StockRepository::tr("SKU %1: %2 is not a location id. Choose one of the store's locations.")
            .arg(level.sku)
            .arg(level.locationId);
    return {};
}

const QStringList kLevelColumns = {QStringLiteral("store_id"),  QStringLiteral("sku"),  QStringLiteral("location_id"),
                                   QStringLiteral("quantity"),  QStringLiteral("line"), QStringLiteral("counted_by"),
                                   QStringLiteral("updated_at")};
const QString kLevelUpsert = QStringLiteral("ON CONFLICT (store_id, sku, location_id) DO UPDATE SET quantity = "
                                            "excluded.quantity, line = excluded.line, counted_by = "
                                            "excluded.counted_by, updated_at = excluded.updated_at");

bool upsertLevels(QSqlDatabase &db, DatabaseLocation::Backend backend, const QUuid &storeId,
                  const QList<StockLevel> &levels, const QString &station, QString *error)
{
    const QString store = idText(storeId);
    const QString countedBy = text(station);
    const QString now = nowText();
    return insertRows<StockLevel>(
        db, backend, QStringLiteral("stock_levels"), kLevelColumns, kLevelUpsert,
        lastPerKey<StockLevel>(levels, levelKey),
        [&](const StockLevel &level, QVariantList *values) {
            *values << store << level.sku.trimmed() << level.locationId << level.quantity << level.line << countedBy
                    << now;
        },
        error);
}

} // namespace

StockRepository::StockRepository(Database &database)
    : m_database(database)
{
}

bool StockRepository::importLevels(const QUuid &storeId, const QList<StockLevel> &levels,
                                   const StockImportRecord &record, QString *error)
{
    for (const StockLevel &level : levels) {
        if (const QString problem = checkLevel(level); !problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
    }
    QString message;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!upsertLevels(db, m_database.backend(), storeId, levels, record.station, stepError))
                return false;
            // The imports' own order: imported_at may repeat (same millisecond) or come from another station's clock.
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM stock_imports WHERE store_id = ?"));
            query.addBindValue(idText(storeId));
            if (!execQuery(query, stepError) || !query.next())
                return false;
            const qint64 seq = query.value(0).toLongLong();
            query.finish();
            query.prepare(QStringLiteral("INSERT INTO stock_imports (store_id, seq, file_name, station, imported_at, "
                                         "levels, problems) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(idText(storeId));
            query.addBindValue(seq);
            query.addBindValue(text(record.fileName));
            query.addBindValue(text(record.station));
            query.addBindValue(record.importedAt.isValid() ? record.importedAt.toUTC().toString(Qt::ISODateWithMs)
                                                           : nowText());
            query.addBindValue(record.levels);
            query.addBindValue(record.problems);
            return execQuery(query, stepError);
        },
        &message);
    if (!written)
        setError(error, tr("The stock file could not be saved, nothing of it was kept: %1").arg(message));
    return written;
}

bool StockRepository::setLevel(const QUuid &storeId, const StockLevel &level, const QString &station, QString *error)
{
    if (const QString problem = checkLevel(level); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QString message;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            return upsertLevels(db, m_database.backend(), storeId, {level}, station, stepError);
        },
        &message);
    if (!written)
        setError(error, tr("The count of SKU %1 could not be saved: %2").arg(level.sku, message));
    return written;
}

QList<StockLevel> StockRepository::levels(const QUuid &storeId, QString *error)
{
    QList<StockLevel> levels;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sku, location_id, quantity, line FROM stock_levels WHERE store_id = ?"));
    query.addBindValue(idText(storeId));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return levels;
    }
    while (query.next())
        levels.append(
            {query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong(), query.value(3).toInt()});
    sortBySkuThenLocation<StockLevel>(&levels, levelKey);
    return levels;
}

std::optional<StockImportRecord> StockRepository::lastImport(const QUuid &storeId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT file_name, station, imported_at, levels, problems FROM stock_imports "
                                 "WHERE store_id = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(idText(storeId));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    StockImportRecord record;
    record.fileName = query.value(0).toString();
    record.station = query.value(1).toString();
    record.importedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    record.levels = query.value(3).toInt();
    record.problems = query.value(4).toInt();
    return record;
}

QHash<QString, qint64> StockRepository::allocated(const QUuid &storeId, QString *error)
{
    // What is left to ship of each line: a split part printed from a consignment holds its quantities
    // (quantity_held) and counts as a shipment of its own, so nothing is counted twice (LineItem::quantityToShip).
    const QString left = QStringLiteral("i.quantity - i.quantity_shipped - i.quantity_refunded - i.quantity_held");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT i.sku, SUM(CASE WHEN %1 > 0 THEN %1 ELSE 0 END) FROM shipment_items i "
                                 "JOIN shipments s ON s.shipment_key = i.shipment_key "
                                 "WHERE s.store_id = ? AND s.state IN (?, ?, ?) GROUP BY i.sku")
                      .arg(left));
    query.addBindValue(idText(storeId));
    query.addBindValue(shipmentStateToString(ShipmentState::ToShip));
    query.addBindValue(shipmentStateToString(ShipmentState::Printed));
    query.addBindValue(shipmentStateToString(ShipmentState::WritebackFailed));
    QHash<QString, qint64> allocated;
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return allocated;
    }
    while (query.next()) {
        // Lines without a SKU cannot be matched to the warehouse's counts.
        const QString sku = query.value(0).toString().trimmed();
        const qint64 quantity = query.value(1).toLongLong();
        if (!sku.isEmpty() && quantity > 0)
            allocated[sku] += quantity;
    }
    return allocated;
}

bool StockRepository::saveRemote(const QUuid &storeId, const QList<RemoteStock> &remote, QString *error,
                                 const QDateTime &askedAt)
{
    const QString store = idText(storeId);
    const QString now = askedAt.isValid() ? askedAt.toUTC().toString(Qt::ISODateWithMs) : nowText();
    QString message;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            return insertRows<RemoteStock>(
                db, m_database.backend(), QStringLiteral("stock_remote"),
                {QStringLiteral("store_id"), QStringLiteral("sku"), QStringLiteral("location_id"),
                 QStringLiteral("location_name"), QStringLiteral("product_id"), QStringLiteral("variant_id"),
                 QStringLiteral("on_hand"), QStringLiteral("available"), QStringLiteral("fetched_at")},
                QStringLiteral("ON CONFLICT (store_id, sku, location_id) DO UPDATE SET location_name = "
                               "excluded.location_name, product_id = excluded.product_id, variant_id = "
                               "excluded.variant_id, on_hand = excluded.on_hand, available = excluded.available, "
                               "fetched_at = excluded.fetched_at"),
                lastPerKey<RemoteStock>(remote,
                                        [](const RemoteStock &row) { return std::pair(row.sku, row.locationId); }),
                [&](const RemoteStock &row, QVariantList *values) {
                    *values << store << text(row.sku) << row.locationId << text(row.locationName) << row.productId
                            << row.variantId << row.onHand << row.availableToSell << now;
                },
                stepError);
        },
        &message);
    if (!written)
        setError(error, tr("BigCommerce's stock levels could not be saved: %1").arg(message));
    return written;
}

QList<RemoteStock> StockRepository::remote(const QUuid &storeId, QString *error)
{
    QList<RemoteStock> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sku, product_id, variant_id, location_id, location_name, on_hand, available "
                                 "FROM stock_remote WHERE store_id = ?"));
    query.addBindValue(idText(storeId));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toInt(), query.value(4).toString(), query.value(5).toLongLong(),
                     query.value(6).toLongLong()});
    sortBySkuThenLocation<RemoteStock>(&rows,
                                       [](const RemoteStock &row) { return std::pair(row.sku, row.locationId); });
    return rows;
}

QSet<QString> StockRepository::lookedUpSkus(const QUuid &storeId, QString *error)
{
    // Both times are UTC ISO 8601 text of one format, so they compare as text on either backend.
    QSet<QString> skus;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT sku FROM stock_levels WHERE store_id = ? AND updated_at <= "
                                 "(SELECT MAX(fetched_at) FROM stock_remote WHERE store_id = ?)"));
    query.addBindValue(idText(storeId));
    query.addBindValue(idText(storeId));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return skus;
    }
    while (query.next())
        skus.insert(query.value(0).toString());
    return skus;
}

bool StockRepository::savePushResults(const QUuid &storeId, const QList<StockPushResult> &results, QString *error)
{
    const QString store = idText(storeId);
    const QString now = nowText();
    QString message;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            // A push replaces the results of what it reports; a partial push (a few SKUs, a cancel) leaves the last
            // push of the others as it was.
            return insertRows<StockPushResult>(
                db, m_database.backend(), QStringLiteral("stock_push_results"),
                {QStringLiteral("store_id"), QStringLiteral("sku"), QStringLiteral("location_id"),
                 QStringLiteral("location_name"), QStringLiteral("warehouse"), QStringLiteral("allocated"),
                 QStringLiteral("target"), QStringLiteral("remote"), QStringLiteral("product_id"),
                 QStringLiteral("variant_id"), QStringLiteral("outcome"), QStringLiteral("message"),
                 QStringLiteral("pushed_at")},
                QStringLiteral("ON CONFLICT (store_id, sku, location_id) DO UPDATE SET location_name = "
                               "excluded.location_name, warehouse = excluded.warehouse, allocated = "
                               "excluded.allocated, target = excluded.target, remote = excluded.remote, product_id = "
                               "excluded.product_id, variant_id = excluded.variant_id, outcome = excluded.outcome, "
                               "message = excluded.message, pushed_at = excluded.pushed_at"),
                lastPerKey<StockPushResult>(
                    results,
                    [](const StockPushResult &row) { return std::pair(row.change.sku, row.change.locationId); }),
                [&](const StockPushResult &row, QVariantList *values) {
                    const StockChange &change = row.change;
                    *values << store << text(change.sku) << change.locationId << text(change.locationName)
                            << change.warehouse << change.allocated << change.target << change.remote
                            << change.productId << change.variantId << outcomeToString(row.outcome) << text(row.message)
                            << now;
                },
                stepError);
        },
        &message);
    if (!written)
        setError(error, tr("The result of the push could not be saved: %1").arg(message));
    return written;
}

QList<StockPushResult> StockRepository::lastPushResults(const QUuid &storeId, QString *error)
{
    QList<StockPushResult> results;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT sku, location_id, location_name, warehouse, allocated, target, remote, "
                       "product_id, variant_id, outcome, message FROM stock_push_results WHERE store_id = ?"));
    query.addBindValue(idText(storeId));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return results;
    }
    while (query.next()) {
        StockPushResult result;
        StockChange &change = result.change;
        change.sku = query.value(0).toString();
        change.locationId = query.value(1).toInt();
        change.locationName = query.value(2).toString();
        change.warehouse = query.value(3).toLongLong();
        change.allocated = query.value(4).toLongLong();
        change.target = query.value(5).toLongLong();
        change.remote = query.value(6).toLongLong();
        change.productId = query.value(7).toLongLong();
        change.variantId = query.value(8).toLongLong();
        result.outcome = outcomeFromString(query.value(9).toString());
        result.message = query.value(10).toString();
        results.append(result);
    }
    sortBySkuThenLocation<StockPushResult>(
        &results, [](const StockPushResult &row) { return std::pair(row.change.sku, row.change.locationId); });
    return results;
}

} // namespace Packbench
