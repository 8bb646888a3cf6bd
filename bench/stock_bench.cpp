// packbench-stock-bench: pushing 10,000 changed SKUs to a sandbox store with the Standard plan's quota (150 requests
// per 30 s, shared by every app of the store) over real HTTP (README.md). Prints the requests by endpoint, the 429s,
// the time and SKUs per second of the push, then of a second push that finds nothing to send; checks that the
// sandbox holds every level afterwards.
#include "SandboxServer.h"
#include "core/inventory/StockPushJob.h"
#include "core/storage/Database.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Packbench;

namespace {

QTextStream out(stdout);

// A control endpoint of the sandbox (never counted, never limited).
QJsonDocument control(const SandboxServer &server, const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(server.rootUrl().resolved(QUrl(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

// total_inventory_onhand at location 1 by SKU, in catalogue order.
QList<QPair<QString, qint64>> levelsOf(const SandboxServer &server)
{
    QList<QPair<QString, qint64>> levels;
    for (const QJsonValue &value : control(server, QStringLiteral("/__sandbox/inventory")).array()) {
        const QJsonObject item = value.toObject();
        const QString sku = item.value(QLatin1String("identity")).toObject().value(QLatin1String("sku")).toString();
        for (const QJsonValue &location : item.value(QLatin1String("locations")).toArray())
            if (location.toObject().value(QLatin1String("location_id")).toInt() == 1)
                levels.append({sku, location.toObject().value(QLatin1String("total_inventory_onhand")).toInteger()});
    }
    return levels;
}

struct Figures
{
    StockPushReport report;
    QJsonObject before;
    QJsonObject after;
    int delta(const char *name) const
    {
        return after.value(QLatin1String(name)).toInt() - before.value(QLatin1String(name)).toInt();
    }
    int endpoint(const char *name) const
    {
        return after.value(QLatin1String("by_endpoint")).toObject().value(QLatin1String(name)).toInt() -
               before.value(QLatin1String("by_endpoint")).toObject().value(QLatin1String(name)).toInt();
    }
};

Figures push(Database &database, const SandboxServer &server, const StoreConfig &store)
{
    Figures figures;
    figures.before = control(server, QStringLiteral("/__sandbox/stats")).object();
    StockPushRequest request;
    request.interactive = false; // as a scheduled push runs
    StockPushJob job(database, ImportSource{store, server.options().token}, request);
    bool finished = false;
    QObject::connect(&job, &StockPushJob::finished, &job, [&](const StockPushReport &report) {
        figures.report = report;
        finished = true;
    });
    job.start();
    while (!finished) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    figures.after = control(server, QStringLiteral("/__sandbox/stats")).object();
    return figures;
}

void print(const QString &title, const Figures &figures, int skus)
{
    int pushed = 0;
    for (const StockPushResult &result : figures.report.results)
        pushed += result.outcome == StockPushOutcome::Pushed || result.outcome == StockPushOutcome::PushedByProduct;
    const double seconds = figures.report.elapsedMs / 1000.0;
    out << QStringLiteral("%1: %2 SKUs, %3 changed, %4 pushed in %5 s = %6 SKUs/s; requests %7 (GET items %8, PUT "
                          "adjustments %9), 429 answers %10")
               .arg(title)
               .arg(skus)
               .arg(figures.report.changes.size())
               .arg(pushed)
               .arg(seconds, 0, 'f', 1)
               .arg(skus / std::max(seconds, 0.001), 0, 'f', 0)
               .arg(figures.delta("requests"))
               .arg(figures.endpoint("GET /v3/inventory/items"))
               .arg(figures.endpoint("PUT /v3/inventory/adjustments/absolute"))
               .arg(figures.delta("quota_refusals"))
        << Qt::endl;
    if (!figures.report.error.isEmpty())
        out << QStringLiteral("  stopped: %1").arg(figures.report.error) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption skusOption(QStringLiteral("skus"), QStringLiteral("Changed SKUs to push (default 10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption quotaOption(QStringLiteral("quota"),
                                         QStringLiteral("Requests per window, 0 for none (default 150: Standard)."),
                                         QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption windowOption(QStringLiteral("window-ms"),
                                          QStringLiteral("The quota's window (default 30000)."), QStringLiteral("MS"),
                                          QStringLiteral("30000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Latency per request (default 0)."), QStringLiteral("MS"),
                                           QStringLiteral("0"));
    parser.addOptions({skusOption, quotaOption, windowOption, latencyOption});
    parser.process(app);
    const int skus = std::max(1, parser.value(skusOption).toInt());

    QTemporaryDir folder;
    QString error;
    DatabaseLocation location;
    location.sqlitePath = folder.filePath(QStringLiteral("bench.sqlite"));
    const std::unique_ptr<Database> database = Database::open(location, &error);
    if (!database) {
        out << "database: " << error << Qt::endl;
        return 1;
    }
    SandboxOptions options;
    options.port = 0;
    options.orders = 20;
    options.inventoryItems = skus + 100;
    options.quota = parser.value(quotaOption).toInt();
    options.windowMs = parser.value(windowOption).toInt();
    options.latencyMs = parser.value(latencyOption).toInt();
    SandboxServer server(options);
    if (!server.listen(&error)) {
        out << "sandbox: " << error << Qt::endl;
        return 1;
    }
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Bench");
    store.apiPath = server.apiPath();
    store.storeHash = options.storeHash;
    store.clientId = QStringLiteral("bench");
    StoreRepository(*database).insert(store, &error);

    // Every SKU one more than BigCommerce shows: all of them change.
    const QList<QPair<QString, qint64>> catalogue = levelsOf(server);
    QList<StockLevel> levels;
    for (qsizetype index = 0; index < catalogue.size() && levels.size() < skus; ++index)
        levels.append({catalogue.at(index).first, kDefaultLocationId, catalogue.at(index).second + 1,
                       static_cast<int>(index + 2)});
    StockImportRecord record;
    record.fileName = QStringLiteral("bench.csv");
    record.station = QStringLiteral("bench");
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.levels = static_cast<int>(levels.size());
    if (!StockRepository(*database).importLevels(store.id, levels, record, &error)) {
        out << "import: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("sandbox: %1 inventory items, quota %2 per %3 ms, latency %4 ms")
               .arg(catalogue.size())
               .arg(options.quota)
               .arg(options.windowMs)
               .arg(options.latencyMs)
        << Qt::endl;

    const Figures first = push(*database, server, store);
    print(QStringLiteral("push"), first, static_cast<int>(levels.size()));
    const Figures second = push(*database, server, store);
    print(QStringLiteral("second push"), second, static_cast<int>(levels.size()));

    // What BigCommerce holds now, from the sandbox itself.
    QHash<QString, qint64> now;
    for (const auto &[sku, quantity] : levelsOf(server))
        now.insert(sku, quantity);
    int wrong = 0;
    for (const StockLevel &level : std::as_const(levels))
        wrong += now.value(level.sku, -1) != level.quantity;
    out << QStringLiteral("check: %1 of %2 levels as pushed").arg(levels.size() - wrong).arg(levels.size()) << Qt::endl;
    return wrong == 0 && first.report.error.isEmpty() && second.report.changes.isEmpty() ? 0 : 1;
}
