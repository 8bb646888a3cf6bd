// The shipments grid with 100,000 shipments (issue 9): fills a SQLite profile with N to-ship shipments (or reuses one),
// starts the real `packbench --profile DIR` GUI a few times (offscreen) for its start-up time and peak memory, then
// measures the grid in a process of its own (this binary again, with --in-process): a ShipmentsView on the profile's
// database, as MainWindow builds it, timed from construction to the first painted rows, for a tag filter, a search
// keystroke after the debounce, sorting every column, and an import's refreshKeys() of 100 changed shipments. Prints
// the median of each figure against its target.
#include "core/domain/Shipment.h"
#include "core/integrations/StoreService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/storage/ShipmentQuery.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ShipmentsView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <unistd.h>
#include <vector>

using namespace Packbench;

namespace {

// The targets of issue 9.
constexpr double kStartupTargetMs = 1500;
constexpr double kFilterTargetMs = 100;
constexpr double kSortTargetMs = 500;
constexpr double kPeakTargetMb = 400;
constexpr int kRefreshKeys = 100;

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double msSince(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// A line of /proc/<pid>/status in MB ("VmHWM", "VmRSS"), -1 when unreadable.
double procStatusMb(qint64 pid, const char *field)
{
    QFile file(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0; // kB
    }
    return -1;
}

// utime + stime of a process in clock ticks (all its threads), -1 when it is gone.
qint64 procCpuTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name may hold spaces: the fields count from the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong(); // fields 14 and 15 of stat(5)
}

// ---------------------------------------------------------------------------------------------------------------
// The profile

QString pick(QRandomGenerator &random, const QStringList &words)
{
    return words.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(words.size()))));
}

struct Country
{
    QString iso2;
    QString name;
    QStringList cities;
    int weight; // of 100
};

// One transaction of direct inserts, as an import of that many orders leaves the tables (it bypasses the import
// itself): orders, shipments with the step-4 summary columns, items, the import's channel tags and an 'imported'
// event each.
bool fill(Database &database, int shipments, QString *error)
{
    const QStringList firstNames = {
        QStringLiteral("Jane"),    QStringLiteral("Aroha"),    QStringLiteral("Łukasz"),  QStringLiteral("Zoë"),
        QStringLiteral("Gabriel"), QStringLiteral("Mohammed"), QStringLiteral("Siobhan"), QStringLiteral("Kenji"),
        QStringLiteral("Ana"),     QStringLiteral("Abigail"),  QStringLiteral("Tama"),    QStringLiteral("Olivia"),
        QStringLiteral("Wiremu"),  QStringLiteral("Chloé"),    QStringLiteral("Priya"),   QStringLiteral("Liam")};
    const QStringList lastNames = {
        QStringLiteral("Doe"),      QStringLiteral("Ngata"),   QStringLiteral("Kowalski"),  QStringLiteral("Ångström"),
        QStringLiteral("Rahman"),   QStringLiteral("O'Neill"), QStringLiteral("Takahashi"), QStringLiteral("Gonçalves"),
        QStringLiteral("Abbott"),   QStringLiteral("Smith"),   QStringLiteral("Müller"),    QStringLiteral("Williams"),
        QStringLiteral("Te Whare"), QStringLiteral("Nguyen"),  QStringLiteral("Brown"),     QStringLiteral("Patel")};
    const QList<Country> countries = {
        {QStringLiteral("NZ"),
         QStringLiteral("New Zealand"),
         {QStringLiteral("Auckland"), QStringLiteral("Wellington"), QStringLiteral("Christchurch"),
          QStringLiteral("Hamilton"), QStringLiteral("Dunedin"), QStringLiteral("Tauranga"),
          QStringLiteral("Whangārei")},
         60},
        {QStringLiteral("AU"),
         QStringLiteral("Australia"),
         {QStringLiteral("Sydney"), QStringLiteral("Melbourne"), QStringLiteral("Brisbane"), QStringLiteral("Perth")},
         20},
        {QStringLiteral("US"),
         QStringLiteral("United States"),
         {QStringLiteral("Portland"), QStringLiteral("Seattle"), QStringLiteral("Austin"), QStringLiteral("Boston")},
         8},
        {QStringLiteral("GB"),
         QStringLiteral("United Kingdom"),
         {QStringLiteral("London"), QStringLiteral("Manchester"), QStringLiteral("Bristol")},
         5},
        {QStringLiteral("DE"),
         QStringLiteral("Germany"),
         {QStringLiteral("Münster"), QStringLiteral("Berlin"), QStringLiteral("Köln")},
         3},
        {QStringLiteral("CA"), QStringLiteral("Canada"), {QStringLiteral("Québec"), QStringLiteral("Toronto")}, 2},
        {QStringLiteral("JP"), QStringLiteral("Japan"), {QStringLiteral("Tokyo"), QStringLiteral("Ōsaka")}, 2},
    };
    struct Product
    {
        QString name;
        QString sku;
        double weight;
    };
    const QList<Product> products = {
        {QStringLiteral("Organic Cotton T-Shirt"), QStringLiteral("TSH-ORG"), 0.2},
        {QStringLiteral("Merino Wool Beanie"), QStringLiteral("BNE-MER"), 0.1},
        {QStringLiteral("Stainless Steel Drink Bottle 750 ml"), QStringLiteral("BTL-750"), 0.35},
        {QStringLiteral("Kids Rain Jacket with Hood"), QStringLiteral("JKT-KID"), 0.45},
        {QStringLiteral("Leather Card Wallet"), QStringLiteral("WLT-LTH"), 0.08},
        {QStringLiteral("Bamboo Toothbrush (4 pack)"), QStringLiteral("TBR-BAM4"), 0.06},
        {QStringLiteral("Table Lamp, Oak"), QStringLiteral("LMP-OAK"), 2.4},
        {QStringLiteral("Cabernet Gift Box 🎁 \"Deluxe\""), QStringLiteral("GFT-CAB"), 1.6},
        {QStringLiteral("Linen Apron"), QStringLiteral("APR-LIN"), 0.25},
        {QStringLiteral("Ceramic Mug 350 ml"), QStringLiteral("MUG-350"), 0.4}};
    const QStringList sizes = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL"),
                               QString()};
    const QStringList colors = {QStringLiteral("Red"), QStringLiteral("Navy"), QStringLiteral("Forest Green"),
                                QString()};
    const QList<std::pair<int, QString>> channels = {{1, QStringLiteral("Main")},
                                                     {2, QStringLiteral("Kids Corner")},
                                                     {3, QStringLiteral("Wholesale")},
                                                     {4, QStringLiteral("Outlet")},
                                                     {5, QStringLiteral("Gift Shop")}};
    const int channelWeights[] = {45, 20, 15, 12, 8};
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO stores (id, name, api_path, store_hash, client_id, "
                                         "import_statuses, update_statuses, channel_tags, created_at) VALUES "
                                         "(?, 'Bench', 'http://127.0.0.1:1/stores/bench/v3/', 'bench', 'bench', "
                                         "'9,11', '2', 1, '2026-01-01T00:00:00Z')"));
            query.addBindValue(storeId);
            if (!execQuery(query, stepError))
                return false;
            for (const auto &[channel, name] : channels) {
                query.prepare(
                    QStringLiteral("INSERT INTO store_channels (store_id, channel_id, name) VALUES (?, ?, ?)"));
                query.addBindValue(storeId);
                query.addBindValue(channel);
                query.addBindValue(name);
                if (!execQuery(query, stepError))
                    return false;
            }
            QSqlQuery order(db);
            order.prepare(QStringLiteral(
                "INSERT INTO orders (store_id, order_id, status_id, channel_id, date_created, date_modified, "
                "customer_id, customer_name, email, phone, customer_message, staff_notes, total, currency, atl, "
                "content_hash, imported_at, updated_at) VALUES (?, ?, 11, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 'NZD', ?, "
                "?, ?, ?)"));
            QSqlQuery shipment(db);
            shipment.prepare(QStringLiteral(
                "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, bc_status_id, "
                "channel_id, recipient, company, street_1, street_2, city, region, zip, country, country_iso2, phone, "
                "email, shipping_method, pickup_location, atl, item_count, date_created, changed_fields, changed_at, "
                "content_hash, imported_at, updated_at, search_text, weight, skus, option_size, option_color, "
                "option_hs_code) VALUES (?, ?, ?, ?, ?, 'to-ship', 11, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QSqlQuery item(db);
            item.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) VALUES "
                "(?, ?, ?, ?, ?, ?, 0, 0, ?, 0, ?, ?, ?)"));
            QSqlQuery tag(db);
            tag.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag, source) VALUES (?, ?, '')"));
            QSqlQuery event(db);
            event.prepare(QStringLiteral("INSERT INTO shipment_events (shipment_key, at, kind, station, detail) "
                                         "VALUES (?, ?, 'imported', '', '')"));

            QRandomGenerator random(20261129);
            // Orders over the last 60 days, the order numbers rising with the dates.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 span = 60LL * 24 * 3600;
            const QString importedAt = now.toString(Qt::ISODateWithMs);
            qint64 orderId = 10000;
            qint64 orderProductId = 1;
            int written = 0;
            while (written < shipments) {
                ++orderId;
                const qint64 offset = span - span * written / shipments + random.bounded(0, 600);
                const QString date = now.addSecs(-offset).toString(Qt::ISODate);
                int channelRoll = random.bounded(100);
                int channel = 1;
                for (int c = 0; c < 5; ++c) {
                    if (channelRoll < channelWeights[c]) {
                        channel = channels.at(c).first;
                        break;
                    }
                    channelRoll -= channelWeights[c];
                }
                const int consignments = (written + 2 <= shipments && random.bounded(20) == 0) ? 2 : 1;
                const QString customer = pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
                const int atlRoll = random.bounded(10);
                const QString atl = atlRoll < 3   ? QStringLiteral("authority-to-leave")
                                    : atlRoll < 4 ? QStringLiteral("signature-required")
                                                  : QStringLiteral("");
                for (const QVariant &value :
                     {QVariant(storeId), QVariant(orderId), QVariant(channel), QVariant(date), QVariant(date),
                      QVariant(qint64(random.bounded(1, 90000))), QVariant(customer),
                      QVariant(QStringLiteral("customer%1@example.com").arg(orderId)),
                      QVariant(QStringLiteral("+64 21 %1").arg(random.bounded(1000000, 9999999))),
                      QVariant(random.bounded(3) == 0 ? QStringLiteral("Please leave at the back door, thanks!")
                                                      : QStringLiteral("")),
                      QVariant(QStringLiteral("%1.%2").arg(random.bounded(10, 400)).arg(random.bounded(10, 99))),
                      QVariant(atl), QVariant(QStringLiteral("0123456789abcdef")), QVariant(importedAt),
                      QVariant(importedAt)})
                    order.addBindValue(value);
                if (!execQuery(order, stepError))
                    return false;
                for (int c = 0; c < consignments; ++c, ++written) {
                    const qint64 consignmentId = orderId * 10 + c;
                    const bool pickup = consignments == 1 && random.bounded(33) == 0;
                    const QString kind = pickup ? QStringLiteral("pickup") : QStringLiteral("shipping");
                    const QString key =
                        QStringLiteral("%1/%2/%3:%4").arg(storeId).arg(orderId).arg(kind).arg(consignmentId);
                    const QString recipient =
                        c == 0 ? customer : pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
                    const QString company = random.bounded(5) == 0    ? QStringLiteral("Acme Trading Ltd")
                                            : random.bounded(50) == 0 ? QStringLiteral("\"Smith\" & Sons\\Tab\tLtd")
                                                                      : QStringLiteral("");
                    int countryRoll = random.bounded(100);
                    const Country *country = &countries.constFirst();
                    for (const Country &candidate : countries) {
                        if (countryRoll < candidate.weight) {
                            country = &candidate;
                            break;
                        }
                        countryRoll -= candidate.weight;
                    }
                    const QString city = pick(random, country->cities);
                    const QString region = QStringLiteral("Region %1").arg(random.bounded(1, 17));
                    const QString zip = QString::number(random.bounded(1000, 9999));
                    const QString pickupLocation =
                        pickup ? QStringLiteral("Ponsonby store, 12 Ponsonby Road") : QStringLiteral("");
                    const int items = random.bounded(1, 4);
                    QList<LineItem> lineItems;
                    int quantity = 0;
                    for (int i = 0; i < items; ++i) {
                        const Product &product = products.at(random.bounded(static_cast<int>(products.size())));
                        LineItem line;
                        line.orderProductId = orderProductId++;
                        line.productId = random.bounded(1, 5000);
                        line.size = pick(random, sizes);
                        line.color = pick(random, colors);
                        // One item in two hundred without a SKU (the grid flags it).
                        line.sku =
                            random.bounded(200) == 0
                                ? QString()
                                : QStringLiteral("%1-%2%3").arg(
                                      product.sku, line.size.isEmpty() ? QStringLiteral("OS") : line.size,
                                      line.color.isEmpty() ? QString()
                                                           : QString(QLatin1Char('-') + line.color.left(3).toUpper()));
                        line.name = product.name;
                        line.quantity = random.bounded(1, 4);
                        line.weight = product.weight;
                        line.hsCode = i == 2 ? QStringLiteral("6109.10") : QString();
                        quantity += line.quantity;
                        lineItems.append(line);
                    }
                    const ShipmentSummary summary = ShipmentSummary::of(lineItems);
                    // As ShipmentRepository::searchTextFor() folds it.
                    QStringList searchParts{recipient, company, city, region, zip, country->name, pickupLocation};
                    for (const LineItem &line : std::as_const(lineItems))
                        searchParts << line.sku << line.name;
                    const bool changed = random.bounded(50) == 0;
                    const QString street = QStringLiteral("%1 Queen Street").arg(random.bounded(1, 400));
                    for (const QVariant &value :
                         {QVariant(key),
                          QVariant(storeId),
                          QVariant(orderId),
                          QVariant(kind),
                          QVariant(consignmentId),
                          QVariant(channel),
                          QVariant(recipient),
                          QVariant(company),
                          QVariant(street),
                          QVariant(random.bounded(4) == 0 ? QStringLiteral("Apartment 4B") : QStringLiteral("")),
                          QVariant(city),
                          QVariant(region),
                          QVariant(zip),
                          QVariant(country->name),
                          QVariant(country->iso2),
                          QVariant(QStringLiteral("+64 9 %1").arg(random.bounded(1000000, 9999999))),
                          QVariant(QStringLiteral("customer%1@example.com").arg(orderId)),
                          QVariant(pickup ? QStringLiteral("Pickup in store")
                                          : QStringLiteral("Courier (1-2 business days)")),
                          QVariant(pickupLocation),
                          QVariant(atl),
                          QVariant(quantity),
                          QVariant(date),
                          QVariant(changed ? QStringLiteral("address") : QStringLiteral("")),
                          changed ? QVariant(importedAt) : QVariant(QMetaType(QMetaType::QString)),
                          QVariant(QStringLiteral("a:0123456789abcdef;i:0123456789abcdef;n:01234567;s:11")),
                          QVariant(importedAt),
                          QVariant(importedAt),
                          QVariant(SearchText::join(searchParts)),
                          QVariant(summary.weight),
                          QVariant(summary.skus),
                          QVariant(summary.size),
                          QVariant(summary.color),
                          QVariant(summary.hsCode)}) {
                        // NOT NULL text columns: an empty QString would bind as NULL.
                        shipment.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull() &&
                                                      !value.isNull()
                                                  ? QVariant(QStringLiteral(""))
                                                  : value);
                    }
                    if (!execQuery(shipment, stepError))
                        return false;
                    for (const LineItem &line : std::as_const(lineItems)) {
                        auto text = [](const QString &s) {
                            return QVariant(s.isNull() ? QStringLiteral("") : s);
                        };
                        for (const QVariant &value :
                             {QVariant(key), QVariant(line.orderProductId), QVariant(line.productId), text(line.sku),
                              text(line.name), QVariant(line.quantity), QVariant(line.weight), text(line.size),
                              text(line.color), text(line.hsCode)})
                            item.addBindValue(value);
                        if (!execQuery(item, stepError))
                            return false;
                    }
                    tag.addBindValue(key);
                    tag.addBindValue(QString::number(channel));
                    if (!execQuery(tag, stepError))
                        return false;
                    event.addBindValue(key);
                    event.addBindValue(importedAt);
                    if (!execQuery(event, stepError))
                        return false;
                }
            }
            return true;
        },
        error);
}

int toShipCount(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM shipments WHERE state = 'to-ship'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// ---------------------------------------------------------------------------------------------------------------
// The real GUI binary

struct AppRun
{
    bool ok = false;
    double readyMs = -1; // "packbench: ready" (the window is shown; the rows are still loading)
    double gridMs = -1;  // "packbench: grid painted N rows" (the hook asked for; -1 while the app lacks it)
    int gridRows = -1;
    double loadedMs = -1;  // "packbench: grid loaded N rows": the whole set in the grid
    double settledMs = -1; // the last moment the process used CPU before it went idle
    double cpuSeconds = -1;
    double peakMb = -1; // VmHWM once idle
};

// Starts `program --profile DIR` with PACKBENCH_ANNOUNCE_READY set and waits until it announced itself and then used
// no CPU for a second; reads its peak resident memory and ends it with SIGTERM.
AppRun runApp(const QString &program, const QString &profileDir, const QString &platform)
{
    static const QRegularExpression gridLine(QStringLiteral("^packbench: grid painted (\\d+) rows"));
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    AppRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("PACKBENCH_ANNOUNCE_READY"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QElapsedTimer clock;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        const double at = msSince(clock);
        pending += process.readAllStandardError();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            const QRegularExpressionMatch match = gridLine.match(line);
            if (line == QLatin1String("packbench: ready") && run.readyMs < 0)
                run.readyMs = at;
            else if (line.startsWith(QLatin1String("packbench: grid loaded")) && run.loadedMs < 0)
                run.loadedMs = at;
            else if (match.hasMatch() && run.gridMs < 0) {
                run.gridMs = at;
                run.gridRows = match.captured(1).toInt();
            } else if (!line.isEmpty())
                std::fprintf(stderr, "  packbench: %s\n", qPrintable(line));
        }
    });
    bool finished = false;
    QObject::connect(&process, &QProcess::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    qint64 lastTicks = -1;
    double lastChange = 0;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const double now = msSince(clock);
        const qint64 ticks = procCpuTicks(process.processId());
        if (ticks < 0)
            return;
        if (ticks != lastTicks) {
            lastTicks = ticks;
            lastChange = now;
        }
        // Idle for a second after the announcement (and after the hook's line, once the app prints it).
        if (run.readyMs >= 0 && now - lastChange > 1000) {
            run.settledMs = lastChange;
            run.cpuSeconds = static_cast<double>(ticks) / static_cast<double>(ticksPerSecond);
            run.peakMb = procStatusMb(process.processId(), "VmHWM");
            loop.quit();
        } else if (now > 120000) {
            std::fprintf(stderr, "packbench did not settle within 120 s\n");
            loop.quit();
        }
    });
    clock.start();
    process.start(program, {QStringLiteral("--profile"), profileDir});
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(program), qPrintable(process.errorString()));
        return run;
    }
    poll.start();
    loop.exec();
    poll.stop();
    if (finished) {
        std::fprintf(stderr, "packbench exited early (status %d)\n", process.exitCode());
        return run;
    }
    run.ok = run.peakMb > 0;
    process.terminate(); // SIGTERM: closes without asking
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return run;
}

// ---------------------------------------------------------------------------------------------------------------
// In-process: the grid itself

class NoSecrets : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback callback) override { answer(context, callback); }
    void write(const QString &, const QString &, QObject *context, Callback callback) override
    {
        answer(context, callback);
    }
    void remove(const QString &, QObject *context, Callback callback) override { answer(context, callback); }

private:
    static void answer(QObject *context, const Callback &callback)
    {
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(),
            [callback] {
                callback({Status::NotFound, QString(), QString()});
            },
            Qt::QueuedConnection);
    }
};

// Counts the paint events of the table's viewport.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Stamps the moment the search box's debounce timer fires (a single-shot QTimer of 150 ms): the keystroke's time
// "after debouncing" starts there.
class DebounceWatcher : public QObject
{
public:
    QElapsedTimer fired;
    bool armed = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Timer) {
            const auto *timer = qobject_cast<QTimer *>(watched);
            if (timer && timer->isSingleShot() && timer->interval() == 150) {
                fired.start();
                armed = false;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

struct Grid
{
    ShipmentsView *view = nullptr;
    PaintCounter paints;
    QStringList forcedPaints; // the measures whose change scheduled no paint of the table

    // Runs what the change left for the event loop (the proxy's signals, the view's delayed layout, the repaint
    // they asked for) and makes sure the table painted since `before` (rows on screen, or the empty state).
    void settle(int before, const QString &what, bool needPaint = true)
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (needPaint && paints.paints == before) {
            if (!what.isEmpty()) // steps between the measures are not reported
                forcedPaints << what;
            view->table()->viewport()->repaint();
        }
    }
};

// Runs the event loop until `done` (checked every millisecond) or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

struct Figures
{
    std::vector<double> constructToLoaded;
    std::vector<double> constructToPainted;
    std::vector<double> tagOn;
    std::vector<double> tagOff;
    std::vector<double> searchKeystroke;      // from the debounce timer firing to the painted grid
    std::vector<double> searchKeystrokeTotal; // from the key event, with the 150 ms of debounce
    std::vector<double> searchDirect;         // setSearchText("ab") from "a"
    std::vector<double> tagOnSorted;          // the same while sorted by customer
    std::vector<double> searchSorted;
    std::vector<double> queryList;  // ShipmentQuery::list() of what the grid loads, on this thread
    std::vector<double> querySplit; // ShipmentQuery::splitParts() for all stores
    std::map<int, std::vector<double>> sort;
    std::vector<double> refresh;
    std::vector<double> refreshRowsReported; // rows covered by dataChanged ranges + rows inserted
    std::vector<double> refreshRowsDistinct;
    int modelRows = 0;
    int tagRows = 0;
    int searchRows = 0;
    int refreshSignals = 0;
    int refreshInserted = 0;
    int refreshRemoved = 0;
    int refreshResets = 0;
    int proxyLayouts = 0;
    QStringList forcedPaints;
};

// Changes `keys` in the database as an import of edited orders would (a new recipient, 'address' changed).
bool changeShipments(Database &database, const QStringList &keys, int round, QString *error)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE shipments SET recipient = ?, search_text = ?, changed_fields = "
                                          "'address', changed_at = ?, updated_at = ? WHERE shipment_key = ?"));
            for (const QString &key : keys) {
                const QString recipient = QStringLiteral("Changed Recipient %1").arg(round);
                update.addBindValue(recipient);
                update.addBindValue(SearchText::join({recipient, QStringLiteral("Auckland")}));
                update.addBindValue(at);
                update.addBindValue(at);
                update.addBindValue(key);
                if (!execQuery(update, stepError))
                    return false;
            }
            return true;
        },
        error);
}

int runInProcess(const QString &profileDir, int runs, const QString &resultsPath)
{
    const Profile profile = Profile::open(profileDir);
    DatabaseLocation location;
    QString error;
    std::unique_ptr<Database> database;
    if (DatabaseLocation::parse(QString(), profile, &location, &error))
        database = Database::open(location, &error);
    if (!database) {
        std::fprintf(stderr, "cannot open the profile's database: %s\n", qPrintable(error));
        return 1;
    }
    NoSecrets secrets;
    StoreService stores(profile, *database, secrets);
    DebounceWatcher debounce;
    qApp->installEventFilter(&debounce);

    Figures figures;
    for (int run = 1; run <= runs; ++run) {
        Grid grid;
        // Construction to the first painted rows, as MainWindow shows it.
        QElapsedTimer clock;
        clock.start();
        grid.view = new ShipmentsView(*database, stores);
        grid.view->table()->viewport()->installEventFilter(&grid.paints);
        grid.view->resize(1280, 800);
        grid.view->show();
        bool loaded = false;
        double loadedMs = 0;
        bool shown = false;
        int paintsAtShown = 0;
        // The first rows in the table (the first screenful, before the whole set), then the whole set.
        QObject::connect(grid.view, &ShipmentsView::rowsShown, grid.view, [&](int, bool) {
            if (shown)
                return;
            shown = true;
            paintsAtShown = grid.paints.paints;
        });
        QObject::connect(grid.view, &ShipmentsView::loaded, grid.view, [&] {
            loaded = true;
            loadedMs = msSince(clock);
        });
        if (!waitFor([&] { return shown; }, 120000)) {
            std::fprintf(stderr, "the grid showed no rows within 120 s\n");
            return 1;
        }
        // The first paint after the rows: the one the user sees.
        grid.settle(paintsAtShown, QStringLiteral("start-up"));
        figures.constructToPainted.push_back(msSince(clock));
        if (!waitFor([&] { return loaded; }, 120000)) {
            std::fprintf(stderr, "the grid did not load within 120 s\n");
            return 1;
        }
        figures.constructToLoaded.push_back(loadedMs);
        ShipmentsView *view = grid.view;
        ShipmentsSortModel *proxy = view->sortModel();
        ShipmentsModel *model = view->model();
        figures.modelRows = model->rowCount();
        if (model->rowCount() == 0) {
            std::fprintf(stderr, "the grid shows no rows: is the profile filled?\n");
            return 1;
        }

        // The tag filter (one storefront of the panel), and back.
        auto timed = [&grid](const QString &what, const std::function<void()> &change) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            const int paintsBefore = grid.paints.paints;
            QElapsedTimer t;
            t.start();
            change();
            grid.settle(paintsBefore, what);
            return msSince(t);
        };
        figures.tagOn.push_back(timed(QStringLiteral("tag on"), [&] { view->setTagFilter({QStringLiteral("2")}); }));
        figures.tagRows = proxy->rowCount();
        figures.tagOff.push_back(timed(QStringLiteral("tag off"), [&] { view->setTagFilter({}); }));

        // A keystroke in the search box: "a" is there, "b" is typed; the debounce timer fires 150 ms later and the
        // grid filters. Timed from the timer to the painted grid, and from the key.
        auto *searchEdit = view->findChild<QLineEdit *>(QStringLiteral("shipmentsSearchEdit"));
        timed(QString(), [&] { view->setSearchText(QStringLiteral("a")); });
        if (searchEdit) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            const int paintsBefore = grid.paints.paints;
            QElapsedTimer total;
            total.start();
            debounce.armed = true;
            QKeyEvent press(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
            QCoreApplication::sendEvent(searchEdit, &press);
            QCoreApplication::sendEvent(searchEdit, &release);
            if (!waitFor([&] { return view->filter().search == QLatin1String("ab"); }, 5000)) {
                std::fprintf(stderr, "the search box did not filter (text \"%s\")\n", qPrintable(searchEdit->text()));
                return 1;
            }
            grid.settle(paintsBefore, QStringLiteral("keystroke"));
            figures.searchKeystrokeTotal.push_back(msSince(total));
            figures.searchKeystroke.push_back(debounce.armed ? -1 : msSince(debounce.fired));
            figures.searchRows = proxy->rowCount();
            timed(QString(), [&] { view->setSearchText(QStringLiteral("a")); });
        }
        figures.searchDirect.push_back(
            timed(QStringLiteral("search \"ab\""), [&] { view->setSearchText(QStringLiteral("ab")); }));
        if (!searchEdit)
            figures.searchRows = proxy->rowCount();
        timed(QString(), [&] { view->setSearchText(QString()); });

        // Sorting every column (the header's click), the order number last: it is the sort the grid starts with.
        for (int column = 1; column <= ShipmentsModel::ColumnCount; ++column) {
            const int c = column % ShipmentsModel::ColumnCount;
            if (c == ShipmentsModel::Order)
                timed(QString(), [&] { view->table()->sortByColumn(c, Qt::DescendingOrder); });
            figures.sort[c].push_back(
                timed(QStringLiteral("sort %1").arg(c), [&] { view->table()->sortByColumn(c, Qt::AscendingOrder); }));
        }

        // The filters again while sorted by a text column: a filter change that sorts all rows again shows here.
        timed(QString(), [&] { view->table()->sortByColumn(ShipmentsModel::Customer, Qt::AscendingOrder); });
        figures.tagOnSorted.push_back(
            timed(QStringLiteral("tag on, sorted"), [&] { view->setTagFilter({QStringLiteral("2")}); }));
        timed(QString(), [&] { view->setTagFilter({}); });
        timed(QString(), [&] { view->setSearchText(QStringLiteral("a")); });
        figures.searchSorted.push_back(
            timed(QStringLiteral("search \"ab\", sorted"), [&] { view->setSearchText(QStringLiteral("ab")); }));
        timed(QString(), [&] { view->setSearchText(QString()); });
        timed(QString(), [&] { view->table()->sortByColumn(ShipmentsModel::Order, Qt::AscendingOrder); });

        // An import changed 100 shipments spread over the grid: refreshKeys() re-reads them; the model must report
        // those rows changed and no others.
        QStringList keys;
        {
            QRandomGenerator random(run * 7919);
            QSet<int> chosen;
            while (chosen.size() < std::min(kRefreshKeys, model->rowCount()))
                chosen.insert(random.bounded(model->rowCount()));
            for (int row : std::as_const(chosen))
                keys << model->rowAt(row).key;
        }
        if (!changeShipments(*database, keys, run, &error)) {
            std::fprintf(stderr, "cannot change the shipments: %s\n", qPrintable(error));
            return 1;
        }
        QSet<int> changedRows;
        double reported = 0;
        int signalCount = 0;
        int inserted = 0;
        int removed = 0;
        int resets = 0;
        int layouts = 0;
        QList<QMetaObject::Connection> connections;
        connections << QObject::connect(model, &QAbstractItemModel::dataChanged,
                                        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                            ++signalCount;
                                            reported += bottomRight.row() - topLeft.row() + 1;
                                            for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
                                                changedRows.insert(r);
                                        });
        connections << QObject::connect(model, &QAbstractItemModel::rowsInserted,
                                        [&](const QModelIndex &, int first, int last) {
                                            inserted += last - first + 1;
                                            reported += last - first + 1;
                                        });
        connections << QObject::connect(model, &QAbstractItemModel::rowsRemoved,
                                        [&](const QModelIndex &, int first, int last) { removed += last - first + 1; });
        connections << QObject::connect(model, &QAbstractItemModel::modelReset, [&] { ++resets; });
        connections << QObject::connect(proxy, &QAbstractItemModel::layoutChanged, [&] { ++layouts; });
        bool refreshed = false;
        connections << QObject::connect(view, &ShipmentsView::keysRefreshed, [&] { refreshed = true; });
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const int paintsBefore = grid.paints.paints;
        QElapsedTimer refreshClock;
        refreshClock.start();
        view->refreshKeys(keys);
        if (!waitFor([&] { return refreshed; }, 60000)) {
            std::fprintf(stderr, "keysRefreshed did not come within 60 s\n");
            return 1;
        }
        // A paint only if the changed rows asked for one (they may all be off screen).
        grid.settle(paintsBefore, QStringLiteral("refresh"), false);
        figures.refresh.push_back(msSince(refreshClock));
        for (const QMetaObject::Connection &connection : std::as_const(connections))
            QObject::disconnect(connection);
        if (resets > 0)
            reported = model->rowCount();
        figures.refreshRowsReported.push_back(reported);
        figures.refreshRowsDistinct.push_back(resets > 0 ? model->rowCount() : changedRows.size() + inserted);
        figures.refreshSignals = signalCount;
        figures.refreshInserted = inserted;
        figures.refreshRemoved = removed;
        figures.refreshResets = resets;
        figures.proxyLayouts = layouts;
        figures.forcedPaints += grid.forcedPaints;

        std::printf(
            "in-process run %d: loaded %.0f ms, painted %.0f ms, tag %.1f/%.1f ms, keystroke %.1f ms after "
            "debounce (%.1f ms from the key), sort max %.0f ms, refresh %.0f ms (%.0f rows reported)\n",
            run, figures.constructToLoaded.back(), figures.constructToPainted.back(), figures.tagOn.back(),
            figures.tagOff.back(), figures.searchKeystroke.empty() ? -1 : figures.searchKeystroke.back(),
            figures.searchKeystrokeTotal.empty() ? -1 : figures.searchKeystrokeTotal.back(),
            [&] {
                double worst = 0;
                for (const auto &[c, values] : figures.sort)
                    worst = std::max(worst, values.back());
                return worst;
            }(),
            figures.refresh.back(), reported);
        std::fflush(stdout);
        delete grid.view;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // The grid's peak, before the query below holds rows of its own.
    const double peakMb = procStatusMb(0, "VmHWM");
    // What the view's worker runs for the grid, alone on this thread: the query's share of the start-up.
    for (int run = 1; run <= runs; ++run) {
        ShipmentFilter coarse;
        coarse.state = ShipmentState::ToShip;
        ShipmentQuery query(*database);
        QElapsedTimer queryClock;
        queryClock.start();
        const QList<ShipmentRow> listed = query.list(coarse, &error);
        figures.queryList.push_back(msSince(queryClock));
        queryClock.restart();
        query.splitParts(std::nullopt, &error);
        figures.querySplit.push_back(msSince(queryClock));
    }

    auto list = [](const std::vector<double> &values) {
        QJsonArray array;
        for (double value : values)
            array.append(value);
        return array;
    };
    QJsonObject results;
    results.insert(QStringLiteral("constructToLoaded"), list(figures.constructToLoaded));
    results.insert(QStringLiteral("constructToPainted"), list(figures.constructToPainted));
    results.insert(QStringLiteral("tagOn"), list(figures.tagOn));
    results.insert(QStringLiteral("tagOff"), list(figures.tagOff));
    results.insert(QStringLiteral("searchKeystroke"), list(figures.searchKeystroke));
    results.insert(QStringLiteral("searchKeystrokeTotal"), list(figures.searchKeystrokeTotal));
    results.insert(QStringLiteral("searchDirect"), list(figures.searchDirect));
    results.insert(QStringLiteral("tagOnSorted"), list(figures.tagOnSorted));
    results.insert(QStringLiteral("searchSorted"), list(figures.searchSorted));
    results.insert(QStringLiteral("queryList"), list(figures.queryList));
    results.insert(QStringLiteral("querySplit"), list(figures.querySplit));
    QJsonObject sort;
    for (const auto &[column, values] : figures.sort)
        sort.insert(QString::number(column), list(values));
    results.insert(QStringLiteral("sort"), sort);
    results.insert(QStringLiteral("refresh"), list(figures.refresh));
    results.insert(QStringLiteral("refreshRowsReported"), list(figures.refreshRowsReported));
    results.insert(QStringLiteral("refreshRowsDistinct"), list(figures.refreshRowsDistinct));
    results.insert(QStringLiteral("modelRows"), figures.modelRows);
    results.insert(QStringLiteral("tagRows"), figures.tagRows);
    results.insert(QStringLiteral("searchRows"), figures.searchRows);
    results.insert(QStringLiteral("refreshSignals"), figures.refreshSignals);
    results.insert(QStringLiteral("refreshInserted"), figures.refreshInserted);
    results.insert(QStringLiteral("refreshRemoved"), figures.refreshRemoved);
    results.insert(QStringLiteral("refreshResets"), figures.refreshResets);
    results.insert(QStringLiteral("proxyLayouts"), figures.proxyLayouts);
    results.insert(QStringLiteral("forcedPaints"), QJsonArray::fromStringList(figures.forcedPaints));
    results.insert(QStringLiteral("peakMb"), peakMb);
    QFile file(resultsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(results).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(resultsPath));
        return 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The report

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

int misses = 0;

void row(const char *figure, double value, const char *unit, double target, const QString &note = QString())
{
    const bool hasTarget = target > 0;
    const bool known = value >= 0;
    const char *result = !hasTarget ? "" : !known ? "n/a" : value < target ? "PASS" : "MISS";
    if (hasTarget && known && value >= target)
        ++misses;
    const QString valueText =
        known ? QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 1 : 0).arg(QString::fromLatin1(unit))
              : QStringLiteral("n/a");
    const QString targetText =
        hasTarget ? QStringLiteral("< %1 %2").arg(target, 0, 'f', 0).arg(QString::fromLatin1(unit)) : QString();
    std::printf("%-52s %12s %12s  %-4s  %s\n", figure, qPrintable(valueText), qPrintable(targetText), result,
                qPrintable(note));
}

QString thousands(double n)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(n));
}

} // namespace

int main(int argc, char **argv)
{
    bool inProcess = false;
    for (int i = 1; i < argc; ++i)
        inProcess = inProcess || std::strcmp(argv[i], "--in-process") == 0;
    if (inProcess && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        inProcess ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The shipments grid on a large SQLite profile (issue 9)"));
    parser.addHelpOption();
    const QCommandLineOption binary(QStringLiteral("packbench"), QStringLiteral("The packbench binary."),
                                    QStringLiteral("PATH"), QStringLiteral(PACKBENCH_BINARY));
    const QCommandLineOption count(QStringLiteral("shipments"), QStringLiteral("Shipments in a new profile."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rounds(QStringLiteral("runs"), QStringLiteral("Timed runs of each measure."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("profile"),
                                  QStringLiteral("Use this profile folder: filled when it has no shipments, reused "
                                                 "as it is when it has some, and kept (default: a temporary one)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("QT_QPA_PLATFORM for the app and the grid (default offscreen; "
                                                     "xcb under Xvfb)."),
                                      QStringLiteral("NAME"), QStringLiteral("offscreen"));
    const QCommandLineOption skipApp(QStringLiteral("skip-app"), QStringLiteral("Do not start the packbench binary."));
    const QCommandLineOption internal(QStringLiteral("in-process"),
                                      QStringLiteral("(Internal) the in-process measures, results to FILE."),
                                      QStringLiteral("FILE"));
    parser.addOptions({binary, count, rounds, keep, platform, skipApp, internal});
    parser.process(*app);
    const int shipments = std::max(1, parser.value(count).toInt());
    const int runs = std::max(1, parser.value(rounds).toInt());

    if (parser.isSet(internal))
        return runInProcess(parser.value(keep), runs, parser.value(internal));

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(keep) ? parser.value(keep) : temporary.path());
    if (!QDir().mkpath(dir.absolutePath())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.absolutePath()));
        return 1;
    }
    const Profile profile = Profile::open(dir.absolutePath());
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(QString(), profile, &location, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int rows = 0;
    {
        std::unique_ptr<Database> database = Database::open(location, &error);
        if (!database) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
            return 1;
        }
        rows = toShipCount(*database);
        if (rows > 0) {
            std::printf("reusing %s: %d to-ship shipments\n", qPrintable(dir.absolutePath()), rows);
        } else {
            QElapsedTimer clock;
            clock.start();
            if (!fill(*database, shipments, &error)) {
                std::fprintf(stderr, "cannot fill the profile: %s\n", qPrintable(error));
                return 1;
            }
            QSqlQuery checkpoint(database->connection());
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            rows = toShipCount(*database);
            std::printf("filled %s with %d shipments in %.1f s (%.0f MB database; direct SQL, not an import)\n",
                        qPrintable(dir.absolutePath()), rows, clock.elapsed() / 1000.0,
                        QFileInfo(location.sqlitePath).size() / 1048576.0);
        }
    }
    std::fflush(stdout);

    // The real binary: start-up and peak memory.
    std::vector<double> ready;
    std::vector<double> grid;
    std::vector<double> settled;
    std::vector<double> cpu;
    std::vector<double> peak;
    std::vector<double> whole;
    int gridRows = -1;
    const QString qpa = parser.value(platform);
    if (!parser.isSet(skipApp)) {
        std::printf("packbench --profile DIR (QT_QPA_PLATFORM=%s), %d runs:\n", qPrintable(qpa), runs);
        std::printf("%-5s %10s %12s %12s %8s %9s\n", "run", "ready-ms", "grid-ms", "settled-ms", "cpu-s", "peak-MB");
        for (int run = 1; run <= runs; ++run) {
            const AppRun result = runApp(parser.value(binary), dir.absolutePath(), qpa);
            if (!result.ok)
                return 1;
            ready.push_back(result.readyMs);
            if (result.gridMs >= 0) {
                grid.push_back(result.gridMs);
                gridRows = result.gridRows;
            }
            if (result.loadedMs >= 0)
                whole.push_back(result.loadedMs);
            settled.push_back(result.settledMs);
            cpu.push_back(result.cpuSeconds);
            peak.push_back(result.peakMb);
            std::printf("%-5d %10.0f %12s %12.0f %8.2f %9.1f\n", run, result.readyMs,
                        result.gridMs >= 0 ? qPrintable(QString::number(result.gridMs, 'f', 0)) : "n/a",
                        result.settledMs, result.cpuSeconds, result.peakMb);
            std::fflush(stdout);
        }
    }

    // The grid in a process of its own, so its peak memory is the grid's and not this one's.
    const QString resultsPath = QDir(temporary.path()).filePath(QStringLiteral("grid-results.json"));
    QProcess inner;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), qpa);
    inner.setProcessEnvironment(environment);
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--in-process"), resultsPath, QStringLiteral("--profile"), dir.absolutePath(),
                 QStringLiteral("--runs"), QString::number(runs)});
    if (!inner.waitForFinished(-1) || inner.exitStatus() != QProcess::NormalExit || inner.exitCode() != 0) {
        std::fprintf(stderr, "the in-process measures failed\n");
        return 1;
    }
    QFile resultsFile(resultsPath);
    if (!resultsFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no results from the in-process measures\n");
        return 1;
    }
    const QJsonObject results = QJsonDocument::fromJson(resultsFile.readAll()).object();
    const int modelRows = results.value(QStringLiteral("modelRows")).toInt();

    std::printf("\nsorting each column (in-process, median of %d, incl. the repaint):\n", runs);
    const QJsonObject sort = results.value(QStringLiteral("sort")).toObject();
    double worstSort = -1;
    QString worstColumn;
    ShipmentsModel names;
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column) {
        const double ms = median(numbers(sort.value(QString::number(column))));
        const QString name = names.headerData(column, Qt::Horizontal).toString();
        std::printf("  %-18s %8.0f ms%s\n", qPrintable(name), ms,
                    ShipmentsModel::shownByDefault(column) ? "" : "   (hidden by default)");
        if (ms > worstSort) {
            worstSort = ms;
            worstColumn = name;
        }
    }

    std::printf("\n%d to-ship shipments, medians of %d runs (QT_QPA_PLATFORM=%s)\n", rows, runs, qPrintable(qpa));
    std::printf("%-52s %12s %12s  %-4s  %s\n", "figure", "median", "target", "", "");
    if (!parser.isSet(skipApp)) {
        row("app: start-up to painted grid (hook)", grid.empty() ? -1 : median(grid), "ms", kStartupTargetMs,
            grid.empty() ? QStringLiteral("needs \"packbench: grid painted N rows\" from the app")
                         : QStringLiteral("%1 rows").arg(thousands(gridRows)));
        row("app: start-up to \"packbench: ready\" (window shown)", median(ready), "ms", 0,
            QStringLiteral("before the rows are loaded"));
        row("app: start-up to the whole set in the grid", median(whole), "ms", 0,
            QStringLiteral("\"packbench: grid loaded N rows\"; the first screenful is shown before"));
        row("app: start-up until idle (last CPU use)", median(settled), "ms", 0,
            QStringLiteral("an upper bound of the painted grid; %1 s CPU").arg(median(cpu), 0, 'f', 2));
        row("app: peak memory (VmHWM once idle)", median(peak), "MB", kPeakTargetMb);
    }
    row("query: ShipmentQuery::list(to ship), alone", median(numbers(results.value(QStringLiteral("queryList")))), "ms",
        0, QStringLiteral("the worker's query, on the main thread"));
    row("query: ShipmentQuery::splitParts(all stores), alone",
        median(numbers(results.value(QStringLiteral("querySplit")))), "ms", 0);
    row("grid: construct to loaded(rows)", median(numbers(results.value(QStringLiteral("constructToLoaded")))), "ms", 0,
        QStringLiteral("%1 rows").arg(thousands(modelRows)));
    row("grid: construct to first painted rows", median(numbers(results.value(QStringLiteral("constructToPainted")))),
        "ms", kStartupTargetMs);
    row("grid: tag filter \"2\" on", median(numbers(results.value(QStringLiteral("tagOn")))), "ms", kFilterTargetMs,
        QStringLiteral("%1 rows shown").arg(thousands(results.value(QStringLiteral("tagRows")).toInt())));
    row("grid: tag filter off", median(numbers(results.value(QStringLiteral("tagOff")))), "ms", kFilterTargetMs);
    row("grid: search keystroke \"a\"->\"ab\" after debounce",
        median(numbers(results.value(QStringLiteral("searchKeystroke")))), "ms", kFilterTargetMs,
        QStringLiteral("%1 rows shown").arg(thousands(results.value(QStringLiteral("searchRows")).toInt())));
    row("grid: same keystroke, from the key (150 ms debounce)",
        median(numbers(results.value(QStringLiteral("searchKeystrokeTotal")))), "ms", 0);
    row("grid: setSearchText(\"ab\") from \"a\"", median(numbers(results.value(QStringLiteral("searchDirect")))), "ms",
        0, QStringLiteral("what the debounce calls"));
    row("grid: sort, slowest column", worstSort, "ms", kSortTargetMs, worstColumn);
    row("grid: tag filter \"2\" on, sorted by Customer", median(numbers(results.value(QStringLiteral("tagOnSorted")))),
        "ms", kFilterTargetMs);
    row("grid: setSearchText(\"ab\") from \"a\", sorted by Customer",
        median(numbers(results.value(QStringLiteral("searchSorted")))), "ms", kFilterTargetMs);
    const double reported = median(numbers(results.value(QStringLiteral("refreshRowsReported"))));
    row("grid: refreshKeys(100 changed) to keysRefreshed", median(numbers(results.value(QStringLiteral("refresh")))),
        "ms", 0,
        QStringLiteral("%1 dataChanged, %2 inserted, %3 removed, %4 resets")
            .arg(results.value(QStringLiteral("refreshSignals")).toInt())
            .arg(results.value(QStringLiteral("refreshInserted")).toInt())
            .arg(results.value(QStringLiteral("refreshRemoved")).toInt())
            .arg(results.value(QStringLiteral("refreshResets")).toInt()));
    const bool onlyChanged = reported == kRefreshKeys;
    if (!onlyChanged)
        ++misses;
    std::printf("%-52s %12s %12s  %-4s  %s\n", "grid: rows the model reports changed",
                qPrintable(QStringLiteral("%1 rows").arg(thousands(reported))), "= 100 rows",
                onlyChanged ? "PASS" : "MISS",
                qPrintable(QStringLiteral("%1 rows changed of %2").arg(thousands(reported), thousands(modelRows))));
    row("grid: peak memory of the in-process grid (VmHWM)", results.value(QStringLiteral("peakMb")).toDouble(), "MB", 0,
        QStringLiteral("after %1 views, filters, sorts, refreshes").arg(runs));
    const QJsonArray forced = results.value(QStringLiteral("forcedPaints")).toArray();
    if (!forced.isEmpty()) {
        QStringList what;
        for (const QJsonValue &value : forced)
            what << value.toString();
        std::printf("(the table was asked to repaint after %s: the change itself scheduled no paint)\n",
                    qPrintable(what.join(QStringLiteral(", "))));
    }
    return misses > 0 ? 2 : 0;
}
