#pragma once

#include "core/inventory/Stock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

// Reads a stock file exported from a WMS or a count: CSV with a header row; comma, semicolon or tab separated
// (detected from the header line); quoted fields; a UTF-8 byte order mark is ignored. Problems are reported per line
// and SKU, never silently skipped: the good lines are still returned.
class StockFile
{
    Q_DECLARE_TR_FUNCTIONS(StockFile)

public:
    // The header and the first rows, for the import preview where the user picks the columns.
    struct Preview
    {
        QStringList headers;
        QList<QStringList> rows;
        QList<int> lines; // the file's line each row starts on (the header is line 1), as problems name them
        QChar delimiter = u',';
        QString error; // unreadable, empty or not CSV: what went wrong and what to do
    };
    // `fileName` names the file in the messages (empty: "The stock file").
    static Preview preview(const QByteArray &contents, int rows = 20, const QString &fileName = QString());
    static Preview previewFile(const QString &path, int rows = 20);

    struct Contents
    {
        QList<StockLevel> levels;
        QList<StockProblem> problems; // MissingSku, DuplicateSku, NotANumber, NegativeQuantity, UnknownLocation
        int lines = 0;                // data lines read (header not counted)
        QString error;                // the file as a whole cannot be used (a named column missing, unreadable)
    };
    // Without a location column (columns.location not in the header) every level goes to `defaultLocationId`.
    // A location cell must be a location id (a positive whole number).
    static Contents read(const QByteArray &contents, const StockColumns &columns, int defaultLocationId,
                         const QString &fileName = QString());
    static Contents readFile(const QString &path, const StockColumns &columns, int defaultLocationId);
    // A column name as messages and choices show it: at most `length` characters (a binary file or a broken
    // export can have a "name" of kilobytes).
    static QString elided(const QString &name, int length = 40);
};

} // namespace Packbench
