#include "core/storage/DatabaseCopy.h"

#include "core/domain/Account.h"
#include "core/shipping/Carrier.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace Packbench {

namespace {

// Every table after the tables its rows refer to (declared foreign keys or not: shipment_events and outbox name a
// shipment too). Deleting runs backwards. Tables that later schema steps add are not here: they go last, ordered by
// the foreign keys the database declares.
const QStringList &knownOrder()
{
    static const QStringList order = {
        QStringLiteral("meta"),
        QStringLiteral("carriers"),
        QStringLiteral("accounts"),
        QStringLiteral("rules"),
        QStringLiteral("saved_views"),
        QStringLiteral("stores"),
        QStringLiteral("store_channels"),
        QStringLiteral("store_status_labels"),
        QStringLiteral("sync_state"),
        QStringLiteral("import_skips"),
        QStringLiteral("orders"),
        QStringLiteral("shipments"),
        QStringLiteral("shipment_items"),
        QStringLiteral("shipment_tags"),
        QStringLiteral("shipment_events"),
        QStringLiteral("outbox"),
    };
    return order;
}

// Rows per progress report (and per cancel check).
constexpr qint64 kProgressRows = 2000;

struct Table
{
    QString name;
    QStringList columns;
    qint64 sourceRows = 0;
};

bool isSameDatabase(const DatabaseLocation &a, const DatabaseLocation &b)
{
    if (a.backend != b.backend)
        return false;
    if (a.backend == DatabaseLocation::Backend::SQLite) {
        const QFileInfo fa(a.sqlitePath);
        const QFileInfo fb(b.sqlitePath);
        const QString pa = fa.exists() ? fa.canonicalFilePath() : QDir::cleanPath(fa.absoluteFilePath());
        const QString pb = fb.exists() ? fb.canonicalFilePath() : QDir::cleanPath(fb.absoluteFilePath());
        return pa == pb;
    }
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port && a.databaseName == b.databaseName;
}

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

// Packbench's own tables: SQLite's internals and (PostgreSQL) tables of other schemas, which QtSql names
// "schema.table", are not Packbench's to copy.
QStringList ownTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables())
        if (!table.startsWith(QLatin1String("sqlite_")) && !table.contains(QLatin1Char('.')))
            tables.append(table);
    return tables;
}

// The tables each table's foreign keys refer to, as the source database declares them.
QHash<QString, QSet<QString>> foreignKeys(QSqlDatabase &db, DatabaseLocation::Backend backend,
                                          const QStringList &tables)
{
    QHash<QString, QSet<QString>> references;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (backend == DatabaseLocation::Backend::SQLite) {
        for (const QString &table : tables) {
            if (!query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(db, table))))
                continue;
            while (query.next())
                references[table].insert(query.value(2).toString());
        }
    } else if (query.exec(QStringLiteral("SELECT c.relname, p.relname FROM pg_constraint k "
                                         "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
                                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                         "WHERE k.contype = 'f' AND n.nspname = current_schema()"))) {
        while (query.next())
            references[query.value(0).toString()].insert(query.value(1).toString());
    }
    return references;
}

// The known order, then the other tables by name; then each table moved after the tables it refers to.
QStringList copyOrder(const QStringList &tables, const QHash<QString, QSet<QString>> &references)
{
    QStringList candidates;
    for (const QString &table : knownOrder())
        if (tables.contains(table))
            candidates.append(table);
    QStringList others;
    for (const QString &table : tables)
        if (!knownOrder().contains(table))
            others.append(table);
    others.sort();
    candidates += others;

    QStringList ordered;
    while (!candidates.isEmpty()) {
        qsizetype next = 0; // a cycle: take the first as it is
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QSet<QString> needs = references.value(candidates.at(i));
            const bool ready = std::all_of(needs.cbegin(), needs.cend(), [&](const QString &referenced) {
                return referenced == candidates.at(i) || !candidates.contains(referenced);
            });
            if (ready) {
                next = i;
                break;
            }
        }
        ordered.append(candidates.takeAt(next));
    }
    return ordered;
}

bool countRows(QSqlDatabase &db, const QString &table, qint64 *rows, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(db, table)), error) || !query.next())
        return false;
    *rows = query.value(0).toLongLong();
    return true;
}

// The source is read in one snapshot, so every table and every count comes from the same moment even while a station
// keeps working on it. Read only: it ends with a rollback.
class SourceSnapshot
{
public:
    explicit SourceSnapshot(QSqlDatabase db)
        : m_db(db)
    {
    }
    ~SourceSnapshot()
    {
        if (m_open) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool begin(DatabaseLocation::Backend backend, QString *error)
    {
        QSqlQuery begin(m_db);
        m_open = execQuery(begin,
                           backend == DatabaseLocation::Backend::SQLite
                               ? QStringLiteral("BEGIN")
                               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                           error);
        return m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Packbench data the target already has: what a copy would silently replace. The rows schema steps insert (the
// Default account, the built-in carriers, meta) do not count.
QStringList dataOfItsOwn(QSqlDatabase &db, const QStringList &tables, QString *error)
{
    struct Check
    {
        QString table;
        QString where;
        const char *words;
    };
    const QList<Check> checks = {
        {QStringLiteral("stores"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n store(s)")},
        {QStringLiteral("orders"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n order(s)")},
        {QStringLiteral("shipments"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n shipment(s)")},
        {QStringLiteral("outbox"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n write-back(s)")},
        {QStringLiteral("rules"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n rule(s)")},
        {QStringLiteral("saved_views"), QString(), QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n saved view(s)")},
        {QStringLiteral("accounts"),
         QStringLiteral(" WHERE id <> '%1'").arg(Account::defaultId().toString(QUuid::WithoutBraces)),
         QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n account(s)")},
        {QStringLiteral("carriers"),
         QStringLiteral(" WHERE id NOT IN ('%1', '%2')")
             .arg(Carrier::ownSequenceId().toString(QUuid::WithoutBraces),
                  Carrier::pickupId().toString(QUuid::WithoutBraces)),
         QT_TRANSLATE_N_NOOP("DatabaseCopy", "%n carrier(s)")},
    };
    QStringList found;
    for (const Check &check : checks) {
        if (!tables.contains(check.table))
            continue;
        QSqlQuery query(db);
        if (!execQuery(query, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(check.table, check.where), error))
            return {};
        const int rows = query.next() ? query.value(0).toInt() : 0;
        if (rows > 0)
            found.append(DatabaseCopy::tr(check.words, nullptr, rows));
    }
    return found;
}

// Triggers keep data derived from other rows (the change feed's marks of schema step 6); a copy brings that data
// along as it is, so the target's own triggers are off while the rows arrive and back on before the commit, as
// pg_restore --disable-triggers does (foreign keys stay checked). The statements that put them back go to *restore.
bool suspendTriggers(QSqlDatabase &db, DatabaseLocation::Backend backend, QStringList *restore, QString *error)
{
    QSqlQuery query(db);
    QStringList suspend;
    if (backend == DatabaseLocation::Backend::SQLite) {
        // SQLite cannot disable a trigger: it is dropped and created again from its own text, in this transaction.
        if (!execQuery(query,
                       QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"),
                       error))
            return false;
        while (query.next()) {
            suspend.append(QStringLiteral("DROP TRIGGER %1").arg(quoted(db, query.value(0).toString())));
            restore->append(query.value(1).toString());
        }
    } else {
        if (!execQuery(
                query,
                QStringLiteral("SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"),
                error))
            return false;
        while (query.next()) {
            const QString table = quoted(db, query.value(0).toString());
            suspend.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
            restore->append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
        }
        if (suspend.isEmpty())
            return true;
        // Only the tables' owner may; anyone else copies with the triggers on (slower, and the copied shipments get
        // the target's next change number instead of their own).
        if (!execQuery(query, QStringLiteral("SAVEPOINT packbench_copy_triggers"), error))
            return false;
        for (const QString &statement : std::as_const(suspend)) {
            if (!query.exec(statement)) {
                restore->clear();
                return execQuery(query, QStringLiteral("ROLLBACK TO SAVEPOINT packbench_copy_triggers"), error);
            }
        }
        return execQuery(query, QStringLiteral("RELEASE SAVEPOINT packbench_copy_triggers"), error);
    }
    query.finish();
    for (const QString &statement : std::as_const(suspend))
        if (!execQuery(query, statement, error))
            return false;
    return true;
}

struct Copier
{
    Copier(QSqlDatabase sourceDb, QSqlDatabase targetDb, DatabaseLocation::Backend backend, const QString &name,
           const DatabaseCopy::Progress &progressCallback)
        : source(sourceDb)
        , target(targetDb)
        , targetBackend(backend)
        , targetName(name)
        , progress(progressCallback)
    {
    }

    QSqlDatabase source;
    QSqlDatabase target;
    DatabaseLocation::Backend targetBackend;
    QString targetName;
    const DatabaseCopy::Progress &progress;
    qint64 copied = 0;
    bool cancelled = false;
    QSqlQuery full;
    QSqlQuery rest;

    QString insertStatement(const Table &table, int rows) const
    {
        QStringList columns;
        for (const QString &column : table.columns)
            columns.append(target.driver()->escapeIdentifier(column, QSqlDriver::FieldName));
        const QString row =
            QLatin1Char('(') + QStringList(table.columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(target, table.name), columns.join(QStringLiteral(", ")),
                 QStringList(rows, row).join(QStringLiteral(", ")));
    }

    QString failed(const Table &table, const QSqlError &sqlError) const
    {
        return DatabaseCopy::tr("Copying the table %1 to %2 failed: %3")
            .arg(table.name, targetName, Database::describe(sqlError));
    }

    // Streams the source's rows into multi-row INSERTs: one round trip per statement, not per row, which is what
    // makes a shared server on the network usable for 100,000 shipments.
    bool copyTable(const Table &table, QString *error)
    {
        const qint64 total = table.name == QLatin1String("meta") ? table.sourceRows - 1 : table.sourceRows;
        if (progress && !progress(table.name, 0, total)) {
            cancelled = true;
            return false;
        }
        QStringList columns;
        for (const QString &column : table.columns)
            columns.append(source.driver()->escapeIdentifier(column, QSqlDriver::FieldName));
        QSqlQuery read(source);
        read.setForwardOnly(true);
        const QString select =
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), quoted(source, table.name)) +
            // The target keeps its own schema version (the same, checked before).
            (table.name == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'schema_version'") : QString());
        if (!read.exec(select)) {
            *error = DatabaseCopy::tr("Reading the table %1 failed: %2")
                         .arg(table.name, Database::describe(read.lastError()));
            return false;
        }
        // Bound values per statement: SQLite before 3.32 allows 999. PostgreSQL takes more, but measured with 20,000
        // shipments a statement of 16,000 values was slower per row than one of 1,500-6,000.
        const int maxValues = targetBackend == DatabaseLocation::Backend::SQLite ? 999 : 3000;
        const int width = static_cast<int>(table.columns.size());
        const int perStatement = std::clamp(maxValues / width, 1, 1000);
        // Kept by the copier, not the function: a prepared statement is freed on the server when its query goes, which
        // fails (and warns) while a failed transaction waits for its rollback.
        full = QSqlQuery(target);
        if (!full.prepare(insertStatement(table, perStatement))) {
            *error = failed(table, full.lastError());
            return false;
        }
        QVariantList values;
        values.reserve(perStatement * width);
        qint64 done = 0;
        qint64 reported = 0;
        auto flush = [&]() {
            const int rows = static_cast<int>(values.size() / width);
            if (rows == 0)
                return true;
            QSqlQuery *insert = &full;
            if (rows != perStatement) {
                rest = QSqlQuery(target);
                if (!rest.prepare(insertStatement(table, rows))) {
                    *error = failed(table, rest.lastError());
                    return false;
                }
                insert = &rest;
            }
            for (qsizetype i = 0; i < values.size(); ++i)
                insert->bindValue(static_cast<int>(i), values.at(i));
            if (!insert->exec()) {
                *error = failed(table, insert->lastError());
                return false;
            }
            values.clear();
            done += rows;
            copied += rows;
            if (progress && (done - reported >= kProgressRows || done == total)) {
                reported = done;
                if (!progress(table.name, done, total)) {
                    cancelled = true;
                    return false;
                }
            }
            return true;
        };
        while (read.next()) {
            for (int column = 0; column < width; ++column)
                values.append(read.value(column));
            if (values.size() == qsizetype(perStatement) * width && !flush())
                return false;
        }
        if (read.lastError().isValid()) {
            *error = DatabaseCopy::tr("Reading the table %1 failed: %2")
                         .arg(table.name, Database::describe(read.lastError()));
            return false;
        }
        return flush();
    }
};

} // namespace

bool DatabaseCopy::copy(Database &source, Database &target, const Progress &progress, Report *report, QString *error)
{
    const QString sourceName = source.location().displayName();
    const QString targetName = target.location().displayName();
    if (isSameDatabase(source.location(), target.location())) {
        *error =
            tr("%1 is the database this station already uses: choose another database to copy to.").arg(targetName);
        return false;
    }
    QSqlDatabase sourceDb = source.connection();
    if (!sourceDb.isOpen()) {
        *error = tr("Cannot read %1: %2").arg(sourceName, Database::describe(sourceDb.lastError()));
        return false;
    }
    QSqlDatabase targetDb = target.connection();
    if (!targetDb.isOpen()) {
        *error = tr("Cannot open %1: %2").arg(targetName, Database::describe(targetDb.lastError()));
        return false;
    }
    const int sourceVersion = source.schemaVersion();
    const int targetVersion = target.schemaVersion();
    if (sourceVersion == 0) {
        *error = tr("%1 holds no Packbench data to copy.").arg(sourceName);
        return false;
    }
    if (sourceVersion != targetVersion) {
        *error = tr("%1 has schema %2 and %3 has schema %4. Open both with this Packbench (it upgrades them), then "
                    "copy again.")
                     .arg(sourceName, QString::number(sourceVersion), targetName, QString::number(targetVersion));
        return false;
    }

    SourceSnapshot snapshot(sourceDb);
    QString reason;
    if (!snapshot.begin(source.backend(), &reason)) {
        *error = tr("Cannot read %1: %2").arg(sourceName, reason);
        return false;
    }
    const QStringList sourceTables = ownTables(sourceDb);
    const QStringList targetTables = ownTables(targetDb);
    QList<Table> tables;
    for (const QString &name : copyOrder(sourceTables, foreignKeys(sourceDb, source.backend(), sourceTables))) {
        if (!targetTables.contains(name)) {
            *error = tr("%1 has no table %2 although its schema is the same. Open it once with this Packbench, then "
                        "copy again.")
                         .arg(targetName, name);
            return false;
        }
        Table table;
        table.name = name;
        const QSqlRecord sourceColumns = sourceDb.record(name);
        const QSqlRecord targetColumns = targetDb.record(name);
        for (int i = 0; i < sourceColumns.count(); ++i) {
            const QString column = sourceColumns.fieldName(i);
            if (!targetColumns.contains(column)) {
                *error = tr("The table %1 of %2 has no column %3 although its schema is the same. Open it once with "
                            "this Packbench, then copy again.")
                             .arg(name, targetName, column);
                return false;
            }
            table.columns.append(column);
        }
        if (!countRows(sourceDb, name, &table.sourceRows, &reason)) {
            *error = tr("Reading the table %1 failed: %2").arg(name, reason);
            return false;
        }
        tables.append(table);
    }

    Copier copier(sourceDb, targetDb, target.backend(), targetName, progress);
    QList<TableCount> counts;
    const bool written = target.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            // Stations opening (migrating) the shared database, or a second copy, wait for this one.
            if (target.backend() == DatabaseLocation::Backend::PostgreSQL &&
                !execQuery(query, QStringLiteral("SELECT pg_advisory_xact_lock(7263001)"), stepError))
                return false;
            QString checkError;
            const QStringList own = dataOfItsOwn(db, targetTables, &checkError);
            if (!checkError.isEmpty()) {
                *stepError = tr("Cannot read %1: %2").arg(targetName, checkError);
                return false;
            }
            if (!own.isEmpty()) {
                *stepError = tr("%1 already holds data of its own (%2). Copy only into a new, empty database: create "
                                "one (or choose another), then copy again. Nothing was changed.")
                                 .arg(targetName, own.join(QStringLiteral(", ")));
                return false;
            }
            QStringList restoreTriggers;
            if (!suspendTriggers(db, target.backend(), &restoreTriggers, stepError)) {
                *stepError = tr("Preparing %1 for the copy failed: %2").arg(targetName, *stepError);
                return false;
            }
            // The rows the schema steps inserted make way for the source's.
            for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
                const QString statement =
                    QStringLiteral("DELETE FROM %1").arg(quoted(db, table->name)) +
                    (table->name == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'schema_version'")
                                                          : QString());
                if (!query.exec(statement)) {
                    *stepError = copier.failed(*table, query.lastError());
                    return false;
                }
            }
            for (const Table &table : std::as_const(tables)) {
                if (!copier.copyTable(table, stepError)) {
                    if (copier.cancelled)
                        *stepError = tr("The copy was cancelled; %1 was left as it was.").arg(targetName);
                    return false;
                }
            }
            for (const QString &statement : std::as_const(restoreTriggers)) {
                if (!execQuery(query, statement, stepError)) {
                    *stepError = tr("Finishing the copy to %1 failed: %2").arg(targetName, *stepError);
                    return false;
                }
            }
            // The check that makes the copy trustworthy: every table has as many rows there as here, counted inside
            // both transactions.
            for (const Table &table : std::as_const(tables)) {
                TableCount count{table.name, 0, 0};
                if (!countRows(sourceDb, table.name, &count.source, stepError) ||
                    !countRows(db, table.name, &count.target, stepError)) {
                    *stepError = tr("Counting the rows of %1 failed: %2").arg(table.name, *stepError);
                    return false;
                }
                counts.append(count);
                if (count.source != count.target) {
                    *stepError = tr("The table %1 has %2 rows in %3 but %4 in %5 after the copy, so nothing was kept. "
                                    "Make sure no station uses %5 during the copy, then copy again.")
                                     .arg(table.name, QString::number(count.source), sourceName,
                                          QString::number(count.target), targetName);
                    return false;
                }
            }
            return true;
        },
        error);
    if (report) {
        report->tables = counts;
        report->rows = written ? copier.copied : 0; // a failed copy kept nothing
    }
    return written;
}

} // namespace Packbench
