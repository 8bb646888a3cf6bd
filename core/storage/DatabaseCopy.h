#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace Packbench {

class Database;

// Moving a station's data to another database (typically its SQLite file to the shared PostgreSQL server) in one
// step: every table, every row, in one transaction on the target, then the counts compared table by table.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report
    {
        QList<TableCount> tables; // every table copied, with the rows at the source and at the target after the copy
        qint64 rows = 0;          // all rows copied
    };
    // (table, rows of it copied so far, rows of it at the source); false = cancel (nothing is kept at the target).
    using Progress = std::function<bool(const QString &table, qint64 done, qint64 total)>;

    // Blocking (run on a worker thread). Both databases are open and migrated to the same schema version. The target
    // must hold no data of its own yet (no stores, orders, shipments, outbox rows); otherwise nothing is copied and
    // *error says so. On any failure, or when a count differs after the copy, the target's transaction is rolled
    // back and *error names the table. The source is only read.
    static bool copy(Database &source, Database &target, const Progress &progress, Report *report, QString *error);
};

} // namespace Packbench
