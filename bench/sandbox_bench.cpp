// Throughput of the sandbox store over real HTTP: every status, all pages with embedded consignments, keyset paging
// by min_id, a few requests in flight. Prints medians of several passes and the sandbox's peak memory.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <deque>
#include <vector>

namespace {

struct PassResult
{
    qint64 orders = 0;
    qint64 requests = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    int failures = 0;
};

// One full pass: a queue of statuses, `parallel` lanes each paging one status at a time.
class Pass
{
public:
    Pass(QNetworkAccessManager &manager, QString apiBase, int parallel)
        : m_manager(manager)
        , m_apiBase(std::move(apiBase))
        , m_parallel(parallel)
    {
    }

    PassResult run()
    {
        for (int status = 0; status <= 14; ++status)
            m_statuses.push_back(status);
        QElapsedTimer clock;
        clock.start();
        for (int lane = 0; lane < m_parallel; ++lane)
            startNextStatus();
        if (m_active > 0)
            m_loop.exec();
        m_result.elapsedMs = clock.elapsed();
        return m_result;
    }

private:
    void startNextStatus()
    {
        if (m_statuses.empty())
            return;
        const int status = m_statuses.front();
        m_statuses.pop_front();
        ++m_active;
        fetch(status, 0);
    }

    void fetch(int status, int minId)
    {
        QNetworkRequest request(QUrl(m_apiBase + QStringLiteral("orders?status_id=%1&min_id=%2&limit=250&include="
                                                                "consignments.line_items&consignment_structure=object")
                                                     .arg(status)
                                                     .arg(minId)));
        request.setRawHeader("X-Auth-Token", "sandbox-token");
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, status] {
            reply->deleteLater();
            ++m_result.requests;
            const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            m_result.bytes += body.size();
            int next = -1;
            if (httpStatus == 200) {
                const QJsonArray orders = QJsonDocument::fromJson(body).array();
                m_result.orders += orders.size();
                if (orders.size() == 250)
                    next = orders.last().toObject().value(QLatin1String("id")).toInt() + 1;
            } else if (httpStatus != 204) {
                ++m_result.failures;
            }
            if (next > 0) {
                fetch(status, next);
                return;
            }
            --m_active;
            startNextStatus();
            if (m_active == 0)
                m_loop.quit();
        });
    }

    QNetworkAccessManager &m_manager;
    QString m_apiBase;
    int m_parallel;
    std::deque<int> m_statuses;
    int m_active = 0;
    PassResult m_result;
    QEventLoop m_loop;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

double peakMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of packbench-sandbox over real HTTP."));
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("packbench-sandbox binary"),
                                           QStringLiteral("PATH"), QStringLiteral(PACKBENCH_SANDBOX_BINARY));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("orders in the store"),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("full passes"), QStringLiteral("R"),
                                          QStringLiteral("5"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"), QStringLiteral("requests in flight"),
                                            QStringLiteral("P"), QStringLiteral("4"));
    parser.addOptions({sandboxOption, ordersOption, roundsOption, parallelOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int parallel = std::max(1, parser.value(parallelOption).toInt());

    QProcess sandbox;
    sandbox.setProgram(parser.value(sandboxOption));
    sandbox.setArguments({QStringLiteral("--orders"), parser.value(ordersOption), QStringLiteral("--quota"),
                          QStringLiteral("0"), QStringLiteral("--port"), QStringLiteral("0")});
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sandbox.start();
    if (!sandbox.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(sandbox.program()));
        return 1;
    }
    while (!sandbox.canReadLine() && sandbox.waitForReadyRead(60000)) {
    }
    const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^API path: (http://127\\.0\\.0\\.1:\\d+/stores/[^/]+/)v3/$"));
    const auto match = pattern.match(line);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "unexpected first line: %s\n", qPrintable(line));
        sandbox.kill();
        return 1;
    }
    const qint64 startupMs = startup.elapsed();
    const QString apiBase = match.captured(1) + QStringLiteral("v2/");

    QNetworkAccessManager manager;
    std::vector<double> requestRates;
    std::vector<double> megabyteRates;
    std::vector<double> seconds;
    PassResult last;
    std::printf("packbench-sandbox bench: %s orders, %d passes, %d requests in flight (startup %lld ms)\n",
                qPrintable(parser.value(ordersOption)), rounds, parallel, static_cast<long long>(startupMs));
    std::printf("%-6s %10s %9s %10s %10s %9s %8s\n", "pass", "orders", "requests", "MB", "seconds", "req/s", "MB/s");
    for (int round = 1; round <= rounds; ++round) {
        Pass pass(manager, apiBase, parallel);
        last = pass.run();
        const double secs = std::max<qint64>(1, last.elapsedMs) / 1000.0;
        const double megabytes = last.bytes / 1e6;
        requestRates.push_back(last.requests / secs);
        megabyteRates.push_back(megabytes / secs);
        seconds.push_back(secs);
        std::printf("%-6d %10lld %9lld %10.1f %10.2f %9.1f %8.1f%s\n", round, static_cast<long long>(last.orders),
                    static_cast<long long>(last.requests), megabytes, secs, requestRates.back(), megabyteRates.back(),
                    last.failures ? "  (failures!)" : "");
    }
    const double peak = peakMegabytes(sandbox.processId());
    std::printf(
        "\nmedian: %.2f s per pass, %.1f requests/s, %.1f MB/s; orders fetched per pass: %lld in %lld requests\n",
        median(seconds), median(requestRates), median(megabyteRates), static_cast<long long>(last.orders),
        static_cast<long long>(last.requests));
    std::printf("sandbox peak memory (VmHWM): %.1f MB\n", peak);

    sandbox.terminate();
    if (!sandbox.waitForFinished(5000))
        sandbox.kill();
    return last.failures == 0 ? 0 : 1;
}
