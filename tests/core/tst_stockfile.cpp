// StockFile: stock files as WMS exports and spreadsheets write them, and every problem reported for its line.
#include "core/inventory/StockFile.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace Packbench;

namespace {

StockFile::Contents read(const QByteArray &csv, const StockColumns &columns = {}, int defaultLocationId = 1)
{
    return StockFile::read(csv, columns, defaultLocationId);
}

// "SKU@location=quantity/line" for each level, to compare whole results at a glance.
QStringList levelsOf(const StockFile::Contents &contents)
{
    QStringList levels;
    for (const StockLevel &level : contents.levels)
        levels.append(
            QStringLiteral("%1@%2=%3/%4").arg(level.sku).arg(level.locationId).arg(level.quantity).arg(level.line));
    return levels;
}

QList<StockProblem> problemsOf(const StockFile::Contents &contents, StockProblemKind kind)
{
    QList<StockProblem> problems;
    for (const StockProblem &problem : contents.problems)
        if (problem.kind == kind)
            problems.append(problem);
    return problems;
}

} // namespace

class TestStockFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLevelsAtTheDefaultLocation()
    {
        const StockFile::Contents contents = read("sku,quantity\nMUG-1,5\nCAP-2,0\n", {}, 4);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), (QStringList{"MUG-1@4=5/2", "CAP-2@4=0/3"}));
        QCOMPARE(contents.lines, 2);
        QVERIFY(contents.problems.isEmpty());
    }

    void detectsTheDelimiterFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("name");
        // Each file's other cells hold the other delimiters, so only the header's can split them right.
        QTest::newRow("comma") << QByteArray("name,sku,quantity\nMug; blue\tbig,MUG-1,5\n") << QChar(u',')
                               << QStringLiteral("Mug; blue\tbig");
        QTest::newRow("semicolon") << QByteArray("name;sku;quantity\nMug, blue\tbig;MUG-1;5\n") << QChar(u';')
                                   << QStringLiteral("Mug, blue\tbig");
        QTest::newRow("tab") << QByteArray("name\tsku\tquantity\nMug, blue; big\tMUG-1\t5\n") << QChar(u'\t')
                             << QStringLiteral("Mug, blue; big");
    }
    void detectsTheDelimiterFromTheHeader()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QChar, delimiter);
        QFETCH(QString, name);
        const StockFile::Contents contents = read(csv);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), QStringList{QStringLiteral("MUG-1@1=5/2")});
        const StockFile::Preview preview = StockFile::preview(csv);
        QCOMPARE(preview.delimiter, delimiter);
        QCOMPARE(preview.headers, (QStringList{"name", "sku", "quantity"}));
        QCOMPARE(preview.rows.size(), 1);
        QCOMPARE(preview.rows.constFirst(), (QStringList{name, QStringLiteral("MUG-1"), QStringLiteral("5")}));
    }

    void readsQuotedFields()
    {
        // A delimiter, doubled quotes and a line break inside quotes; the line numbers after it still match the file.
        const QByteArray csv = "sku,quantity,name\n"
                               "\"MUG,1\",\"7\",\"Mug \"\"Classic\"\"\"\n"
                               "CAP-2,3,\"Cap\nwith a line break\r\nor two\"\n"
                               "HAT-3,x,Hat\n";
        const StockFile::Contents contents = read(csv);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), (QStringList{"MUG,1@1=7/2", "CAP-2@1=3/3"}));
        QCOMPARE(contents.problems.size(), 1);
        QCOMPARE(contents.problems.constFirst().line, 6);
        QCOMPARE(contents.lines, 3);

        const StockFile::Preview preview = StockFile::preview(csv);
        QCOMPARE(preview.rows.at(0).at(2), QStringLiteral("Mug \"Classic\""));
        QCOMPARE(preview.rows.at(1).at(2), QStringLiteral("Cap\nwith a line break\nor two"));
    }

    void anUnclosedQuoteIsAnError()
    {
        const StockFile::Contents contents = read("sku,quantity\nMUG-1,5\n\"CAP-2,3\nHAT-3,4\n");
        QVERIFY(contents.levels.isEmpty());
        QVERIFY2(contents.error.contains(QStringLiteral("line 3")), qPrintable(contents.error));
    }

    void ignoresByteOrderMarkAndCrlfAndMatchesColumnsLoosely()
    {
        const QByteArray csv = "\xEF\xBB\xBF Sku ;QUANTITY\r\nMUG-1;5\r\nCAP-2;6\r\n";
        const StockFile::Contents contents = read(csv, {QStringLiteral("SKU"), QStringLiteral(" quantity "), {}});
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), (QStringList{"MUG-1@1=5/2", "CAP-2@1=6/3"}));
        QCOMPARE(StockFile::preview(csv).headers, (QStringList{"Sku", "QUANTITY"}));
    }

    void readsLatin1Exports()
    {
        const StockFile::Contents contents = read("sku,quantity,name\nMUG-1,5,Caf\xE9 mug\n");
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), QStringList{QStringLiteral("MUG-1@1=5/2")});
        QCOMPARE(StockFile::preview("sku,quantity,name\nMUG-1,5,Caf\xE9 mug\n").rows.at(0).at(2),
                 QStringLiteral("Caf\u00e9 mug"));
    }

    void skipsBlankLinesButCountsThem()
    {
        const StockFile::Contents contents = read("sku,quantity\n\nMUG-1,5\n,\n  \n\r\nCAP-2,abc\n");
        QCOMPARE(levelsOf(contents), QStringList{QStringLiteral("MUG-1@1=5/3")});
        QCOMPARE(contents.lines, 2);
        QCOMPARE(contents.problems.size(), 1);
        QCOMPARE(contents.problems.constFirst().line, 7);
    }

    void reportsEachProblemForItsLine()
    {
        const QByteArray csv = "sku,quantity,location\n"
                               "MUG-1,5,1\n"    // 2 good
                               ",4,1\n"         // 3 no SKU
                               "CAP-2,12.5,1\n" // 4 not whole
                               "CAP-3,abc,1\n"  // 5 not a number
                               "CAP-4,,1\n"     // 6 empty
                               "CAP-5,-3,1\n"   // 7 negative
                               "CAP-6,3,x\n"    // 8 location not a number
                               "CAP-7,3,0\n"    // 9 location not positive
                               "CAP-8,3,2.5\n"  // 10 location not whole
                               "DUP-1,3,1\n"    // 11 duplicate of 13
                               "DUP-1,3,2\n"    // 12 other location: fine
                               "DUP-1,4,1\n"    // 13 duplicate of 11
                               "HAT-9,12.00,\n" // 14 a whole number as spreadsheets write it; empty location: default
                               "BIG-1,99999999999999,1\n" // 15 too large
                               "TSD-1,\"1,000\",1\n"      // 16 a thousands separator, not one with a fraction
                               "TSD-2,1.000,1\n"          // 17 the same the other way
                               "HAT-8,7.0,1\n";           // 18 a whole number
        const StockFile::Contents contents = read(csv);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), (QStringList{"MUG-1@1=5/2", "DUP-1@2=3/12", "HAT-9@1=12/14", "HAT-8@1=7/18"}));
        QCOMPARE(contents.lines, 17);

        QList<std::pair<int, StockProblemKind>> found;
        for (const StockProblem &problem : contents.problems) {
            found.append({problem.line, problem.kind});
            QVERIFY2(problem.message.contains(QString::number(problem.line)), qPrintable(problem.message));
            QVERIFY2(problem.message.contains(QStringLiteral("import the file again")), qPrintable(problem.message));
        }
        const QList<std::pair<int, StockProblemKind>> expected = {
            {3, StockProblemKind::MissingSku},       {4, StockProblemKind::NotANumber},
            {5, StockProblemKind::NotANumber},       {6, StockProblemKind::NotANumber},
            {7, StockProblemKind::NegativeQuantity}, {8, StockProblemKind::UnknownLocation},
            {9, StockProblemKind::UnknownLocation},  {10, StockProblemKind::UnknownLocation},
            {11, StockProblemKind::DuplicateSku},    {13, StockProblemKind::DuplicateSku},
            {15, StockProblemKind::NotANumber},      {16, StockProblemKind::NotANumber},
            {17, StockProblemKind::NotANumber},
        };
        QCOMPARE(found, expected);
        const QList<StockProblem> duplicates = problemsOf(contents, StockProblemKind::DuplicateSku);
        for (const StockProblem &duplicate : duplicates) {
            QCOMPARE(duplicate.sku, QStringLiteral("DUP-1"));
            QCOMPARE(duplicate.locationId, 1);
            QVERIFY2(duplicate.message.contains(QStringLiteral("11, 13")), qPrintable(duplicate.message));
        }
        QCOMPARE(problemsOf(contents, StockProblemKind::NegativeQuantity).constFirst().sku, QStringLiteral("CAP-5"));
        QVERIFY(
            problemsOf(contents, StockProblemKind::NotANumber).constFirst().message.contains(QStringLiteral("12.5")));
    }

    void aDuplicateWithAProblemOfItsOwnKeepsThatOne()
    {
        const StockFile::Contents contents = read("sku,quantity\nMUG-1,x\nMUG-1,4\nMUG-1,5\n");
        QVERIFY(contents.levels.isEmpty());
        QCOMPARE(contents.problems.size(), 3);
        QCOMPARE(contents.problems.at(0).kind, StockProblemKind::NotANumber);
        QCOMPARE(contents.problems.at(1).kind, StockProblemKind::DuplicateSku);
        QCOMPARE(contents.problems.at(2).kind, StockProblemKind::DuplicateSku);
        QVERIFY2(contents.problems.at(1).message.contains(QStringLiteral("2, 3, 4")),
                 qPrintable(contents.problems.at(1).message));
    }

    void aMissingColumnNamesTheColumnsAndTheOption_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("skuColumn");
        QTest::addColumn<QString>("locationColumn");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("option");
        QTest::newRow("sku") << QByteArray("Item,quantity\nMUG-1,5\n") << "sku"
                             << "location"
                             << "\"sku\""
                             << "--sku-column";
        QTest::newRow("quantity") << QByteArray("sku;On hand\nMUG-1;5\n") << "sku"
                                  << "location"
                                  << "\"quantity\""
                                  << "--quantity-column";
        QTest::newRow("chosen location") << QByteArray("Item,quantity\nMUG-1,5\n") << "item"
                                         << "Bin"
                                         << "\"Bin\""
                                         << "--location-column";
    }
    void aMissingColumnNamesTheColumnsAndTheOption()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, skuColumn);
        QFETCH(QString, locationColumn);
        QFETCH(QString, missing);
        QFETCH(QString, option);
        const StockFile::Contents contents = read(csv, {skuColumn, QStringLiteral("quantity"), locationColumn});
        QVERIFY(contents.levels.isEmpty());
        QVERIFY(contents.error.contains(missing));
        QVERIFY2(contents.error.contains(option), qPrintable(contents.error));
        const QString header = QString::fromUtf8(csv.left(csv.indexOf('\n')));
        for (const QString &column : header.split(QRegularExpression(QStringLiteral("[,;]"))))
            QVERIFY2(contents.error.contains(QLatin1Char('"') + column + QLatin1Char('"')), qPrintable(contents.error));
    }

    void chosenColumnsAndLocations()
    {
        const QByteArray csv = "Bin;Item Code;On Hand\n2;MUG-1;5\n3;MUG-1;6\n;CAP-2;1\n";
        const StockFile::Contents contents =
            read(csv, {QStringLiteral("item code"), QStringLiteral("ON HAND"), QStringLiteral("bin")}, 1);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(levelsOf(contents), (QStringList{"MUG-1@2=5/2", "MUG-1@3=6/3", "CAP-2@1=1/4"}));
        // No location column chosen: the file's "Bin" column is not read.
        const StockFile::Contents noLocation =
            read(csv, {QStringLiteral("item code"), QStringLiteral("on hand"), QString()}, 7);
        QCOMPARE(levelsOf(noLocation), (QStringList{"CAP-2@7=1/4"}));
        QCOMPARE(problemsOf(noLocation, StockProblemKind::DuplicateSku).size(), 2);
    }

    void previewShowsTheFirstRowsAndRefusesWhatIsNotCsv()
    {
        QByteArray csv = "sku,quantity\n";
        for (int i = 0; i < 50; ++i)
            csv += "SKU-" + QByteArray::number(i) + "," + QByteArray::number(i) + "\n";
        const StockFile::Preview preview = StockFile::preview(csv, 20);
        QVERIFY(preview.error.isEmpty());
        QCOMPARE(preview.rows.size(), 20);
        QCOMPARE(preview.rows.at(19), (QStringList{"SKU-19", "19"}));

        const QByteArray xlsx = QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(100, '\0');
        QVERIFY(!StockFile::preview(xlsx).error.isEmpty());
        QVERIFY(StockFile::read(xlsx, {}, 1).error.contains(QStringLiteral("CSV")));
        QVERIFY(!StockFile::preview({}).error.isEmpty());
        QVERIFY(!StockFile::read("\n\n", {}, 1).error.isEmpty());
    }

    // A binary file (an image, a program) is not read as CSV even without a NUL byte near its start: its "header"
    // would be kilobytes of garbage. The message names the file and says what to do.
    void refusesBinaryFilesByName()
    {
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 3000; ++i)
            png.append(static_cast<char>(1 + (i * 37) % 250)); // no NUL, but control characters
        QVERIFY(!png.contains('\0'));
        const StockFile::Preview preview = StockFile::preview(png, 20, QStringLiteral("photo.png"));
        QCOMPARE(preview.error,
                 QStringLiteral("photo.png is not a text (CSV) file. Export the stock as CSV and import that."));
        QVERIFY(preview.headers.isEmpty());
        QVERIFY(StockFile::read(png, {}, 1, QStringLiteral("photo.png")).error.startsWith(QStringLiteral("photo.png")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ls"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        QVERIFY2(StockFile::readFile(path, {}, 1).error.startsWith(QStringLiteral("ls is not a text (CSV) file")),
                 qPrintable(StockFile::readFile(path, {}, 1).error.left(200)));

        // Text in Latin-1 with tabs, form feeds and a DOS end-of-file mark is still text.
        QVERIFY(StockFile::preview("sku\tquantity\fx\nM\xfcG\t5\n\x1a").error.isEmpty());
    }

    // A column name is shown at most 40 characters long in messages (the file's header may be anything).
    void longColumnNamesAreElided()
    {
        const QByteArray name(5000, 'X');
        const StockFile::Contents contents = read(name + ",quantity\nA,1\n");
        QVERIFY(contents.error.contains(QStringLiteral("\"sku\"")));
        QVERIFY2(contents.error.size() < 400, qPrintable(contents.error.left(300)));
        QVERIFY(contents.error.contains(QString(39, u'X') + QChar(0x2026)));
        QCOMPARE(StockFile::elided(QString(41, u'y')).size(), 40);
        QCOMPARE(StockFile::elided(QStringLiteral("sku")), QStringLiteral("sku"));
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many << QStringLiteral("c%1").arg(i);
        QVERIFY(read(many.join(u',').toUtf8() + "\n").error.size() < 600);
    }

    // The preview's rows carry the file's line numbers, as the problems name them (blank lines count).
    void previewRowsKnowTheirLines()
    {
        const StockFile::Preview preview = StockFile::preview("sku,quantity\nA,1\n\nB,\"2\n\"\nC,3\n");
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.lines, (QList<int>{2, 4, 6}));
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("stock.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sku\tquantity\nMUG-1\t5\n");
        file.close();
        QCOMPARE(levelsOf(StockFile::readFile(path, {}, 1)), QStringList{QStringLiteral("MUG-1@1=5/2")});
        QCOMPARE(StockFile::previewFile(path).delimiter, QChar(u'\t'));

        const StockFile::Contents missing = StockFile::readFile(dir.filePath(QStringLiteral("gone.csv")), {}, 1);
        QVERIFY2(missing.error.contains(QStringLiteral("gone.csv")), qPrintable(missing.error));
        QVERIFY(!StockFile::previewFile(dir.filePath(QStringLiteral("gone.csv"))).error.isEmpty());
    }

    void readsALargeFileQuickly()
    {
        constexpr int kLines = 100000;
        QByteArray csv = "sku;quantity;location;name\r\n";
        csv.reserve(kLines * 40);
        for (int i = 0; i < kLines; ++i)
            csv += "SKU-" + QByteArray::number(i) + ';' + QByteArray::number(i % 500) + ';' +
                   QByteArray::number(1 + i % 3) + ";\"Item; number " + QByteArray::number(i) + "\"\r\n";
        // Processor time, not wall time: a busy CI machine must not fail the test, work that grows with the square
        // of the lines must.
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const StockFile::Contents contents = read(csv);
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        qInfo("%d lines read in %lld ms (%lld ms of processor time)", kLines, timer.elapsed(), cpuMs);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(contents.lines, kLines);
        QCOMPARE(contents.levels.size(), kLines);
        QVERIFY(contents.problems.isEmpty());
        QCOMPARE(contents.levels.at(77777).sku, QStringLiteral("SKU-77777"));
        QCOMPARE(contents.levels.at(77777).quantity, qint64(77777 % 500));
        QCOMPARE(contents.levels.at(77777).locationId, 1 + 77777 % 3);
        QCOMPARE(contents.levels.at(77777).line, 77779);
        // About 0.2 s here; the bound leaves room for sanitizer builds.
        QVERIFY2(cpuMs < 2000, qPrintable(QStringLiteral("%1 ms").arg(cpuMs)));
    }
};

QTEST_GUILESS_MAIN(TestStockFile)
#include "tst_stockfile.moc"
