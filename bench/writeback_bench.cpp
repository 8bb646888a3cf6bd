// packbench-writeback-bench: printing and writing back at full size (README.md).
//  1. print: how long the print action takes (Outbox::print: the transaction that marks the shipment printed,
//     takes its own-sequence number and queues the write-back, with the PDF label rendered inside it);
//  2. write-back throughput against a sandbox store without a quota, and with the Standard quota (150 per 30 s):
//     write-backs per second and the 429s Packbench caused (target: none);
//  3. --faults: 30% of requests failing (5xx, 429, reset after the write, latency beyond the timeout) at the real
//     timeouts: every printed label must end as exactly one BigCommerce shipment.
#include "SandboxServer.h"
#include "core/shipping/LabelRenderer.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "core/writeback/Outbox.h"
#include "core/writeback/WritebackWorker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace Packbench;

namespace {

QTextStream out(stdout);

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QJsonObject stats(const SandboxServer &server)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply =
        manager.get(QNetworkRequest(server.rootUrl().resolved(QUrl(QStringLiteral("/__sandbox/stats")))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Run
{
    QTemporaryDir folder;
    std::unique_ptr<Database> database;
    std::unique_ptr<SandboxServer> server;
    StoreConfig store;
    QString token;

    bool open(int orders, int quota, int windowMs, const std::vector<FaultSpec> &faults)
    {
        QString error;
        DatabaseLocation location;
        location.sqlitePath = folder.filePath(QStringLiteral("bench.sqlite"));
        database = Database::open(location, &error);
        if (!database) {
            out << "database: " << error << Qt::endl;
            return false;
        }
        SandboxOptions options;
        options.port = 0;
        options.orders = orders;
        options.quota = quota;
        options.windowMs = windowMs;
        server = std::make_unique<SandboxServer>(options);
        if (!server->listen(&error)) {
            out << "sandbox: " << error << Qt::endl;
            return false;
        }
        token = options.token;
        store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Bench");
        store.apiPath = server->apiPath();
        store.storeHash = options.storeHash;
        store.clientId = QStringLiteral("bench");
        StoreRepository(*database).insert(store, &error);
        ImportRequest request;
        request.days = 3650;
        ImportJob job(*database, request, {ImportSource{store, token}});
        bool finished = false;
        QObject::connect(&job, &ImportJob::finished, &job, [&finished](const ImportReport &) { finished = true; });
        job.start();
        waitUntil([&finished] { return finished; }, 600000);
        // The faults start once the store is imported: they are the write-back's to survive.
        server->setFaults(faults);
        return finished;
    }

    QList<QString> toShip(int count)
    {
        ShipmentFilter filter;
        filter.state = ShipmentState::ToShip;
        QList<QString> keys;
        for (const ShipmentRow &row : ShipmentQuery(*database).list(filter))
            if (row.consignment.startsWith(QLatin1String("shipping:")) && keys.size() < count)
                keys << row.key;
        return keys;
    }
};

// Prints `count` labels (PDF rendered in the transaction when `pdfDir` is set) and returns each print's time in ms.
QList<double> printAll(Run &run, const QList<QString> &keys, const QString &pdfDir)
{
    QList<double> times;
    Outbox outbox(*run.database);
    int index = 0;
    for (const QString &key : keys) {
        PrintRequest request;
        request.shipmentKey = key;
        const QString path = QDir(pdfDir).filePath(QStringLiteral("label-%1.pdf").arg(index++));
        QElapsedTimer clock;
        clock.start();
        const PrintResult result = outbox.print(
            request, pdfDir.isEmpty()
                         ? Outbox::Render()
                         : Outbox::Render([&path](const QList<LabelContent> &labels, QString *error) {
                               return LabelRenderer::renderToFile(labels, LabelSize::FourBySix, path, false, error);
                           }));
        times << clock.nsecsElapsed() / 1e6;
        if (!result.isOk())
            out << "print failed: " << result.message << Qt::endl;
    }
    return times;
}

// Drains the outbox and returns the seconds it took.
double drain(Run &run, int timeoutMs)
{
    WritebackWorker worker(*run.database);
    worker.setStores({{run.store, run.token}});
    Outbox outbox(*run.database);
    QElapsedTimer clock;
    clock.start();
    worker.start();
    waitUntil([&outbox] { return outbox.counts().pending() == 0; }, timeoutMs);
    worker.stop();
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption labels(QStringLiteral("labels"), QStringLiteral("Labels per run (default 1000)."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption quotaLabels(QStringLiteral("quota-labels"),
                                         QStringLiteral("Labels for the Standard-quota run (default 150)."),
                                         QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Also the fault run: 30% failing requests at the real timeouts."));
    parser.addOptions({labels, quotaLabels, faults});
    parser.process(app);
    const int count = parser.value(labels).toInt();
    const int quotaCount = parser.value(quotaLabels).toInt();

    // 1 and 2: no quota.
    {
        Run run;
        if (!run.open(count * 2, 0, 30000, {}))
            return 1;
        QTemporaryDir pdfs;
        const QList<QString> keys = run.toShip(count);
        const QList<double> times = printAll(run, keys, pdfs.path());
        out << QStringLiteral("print (PDF in the transaction): %1 labels, median %2 ms, max %3 ms (target < 100 ms)")
                   .arg(times.size())
                   .arg(median(times), 0, 'f', 1)
                   .arg(*std::max_element(times.cbegin(), times.cend()), 0, 'f', 1)
            << Qt::endl;
        const double seconds = drain(run, 600000);
        const QJsonObject s = stats(*run.server);
        out << QStringLiteral("write-back, no quota: %1 shipments in %2 s = %3 per second; %4 requests")
                   .arg(s.value(QLatin1String("shipments")).toInt())
                   .arg(seconds, 0, 'f', 1)
                   .arg(s.value(QLatin1String("shipments")).toInt() / std::max(seconds, 0.001), 0, 'f', 1)
                   .arg(s.value(QLatin1String("requests")).toInt())
            << Qt::endl;
    }
    // 2: the Standard quota, 150 requests per 30 s, shared with nothing else here.
    {
        Run run;
        if (!run.open(quotaCount * 2, 150, 30000, {}))
            return 1;
        const QJsonObject before = stats(*run.server);
        printAll(run, run.toShip(quotaCount), QString());
        const double seconds = drain(run, 1800000);
        const QJsonObject s = stats(*run.server);
        const int requests =
            s.value(QLatin1String("requests")).toInt() - before.value(QLatin1String("requests")).toInt();
        const int tooMany =
            s.value(QLatin1String("quota_refusals")).toInt() - before.value(QLatin1String("quota_refusals")).toInt();
        out << QStringLiteral("write-back, Standard quota 150/30 s: %1 shipments in %2 s = %3 per minute; %4 "
                              "requests; 429 answers to the write-backs: %5 (target 0; the import before them: %6)")
                   .arg(s.value(QLatin1String("shipments")).toInt())
                   .arg(seconds, 0, 'f', 1)
                   .arg(s.value(QLatin1String("shipments")).toInt() * 60 / std::max(seconds, 0.001), 0, 'f', 1)
                   .arg(requests)
                   .arg(tooMany)
                   .arg(before.value(QLatin1String("quota_refusals")).toInt())
            << Qt::endl;
    }
    // 3: faults at the real timeouts.
    if (parser.isSet(faults)) {
        Run run;
        if (!run.open(count * 2, 0, 30000,
                      {{FaultKind::ServerError, 0.075},
                       {FaultKind::BareTooMany, 0.075},
                       {FaultKind::ResetAfterWrite, 0.075},
                       {FaultKind::Timeout, 0.075}}))
            return 1;
        printAll(run, run.toShip(count), QString());
        const double seconds = drain(run, 3600000);
        const QJsonObject s = stats(*run.server);
        const OutboxCounts counts = Outbox(*run.database).counts();
        out << QStringLiteral("30% faults: %1 labels -> %2 BigCommerce shipments (sent %3, failed %4) in %5 s")
                   .arg(count)
                   .arg(s.value(QLatin1String("shipments")).toInt())
                   .arg(counts.sent)
                   .arg(counts.failed + counts.held)
                   .arg(seconds, 0, 'f', 1)
            << Qt::endl;
        if (s.value(QLatin1String("shipments")).toInt() != count)
            return 1;
    }
    return 0;
}
