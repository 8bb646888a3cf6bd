// `packbench shipments --json` on a large SQLite profile: fills a fresh profile with N shipments (realistic field
// sizes, 1-3 items each, channel tags), checks the output once, then runs the real binary with stdout to /dev/null a
// few times and prints the wall time and the child's peak resident memory (from /usr/bin/time).
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Packbench;

namespace {

struct RunResult
{
    bool ok = false;
    double seconds = 0;
    double peakMb = 0;
};

// Runs `program arguments` under /usr/bin/time with stdout to `outputPath`, stderr passed through: wall time, and
// the child's own maximum resident set size. (The rusage of a child spawned straight from here would include this
// process's own peak: Linux keeps the larger figure of the memory a process had before it called exec.)
RunResult runChild(const QString &program, const QStringList &arguments, const QString &outputPath,
                   const QString &timeOutput)
{
    RunResult result;
    std::vector<QByteArray> storage = {
        QByteArrayLiteral("/usr/bin/time"), QByteArrayLiteral("-f"),   QByteArrayLiteral("%M"), QByteArrayLiteral("-o"),
        QFile::encodeName(timeOutput),      QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = QFile::encodeName(outputPath);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start /usr/bin/time (Debian package time)\n");
        return result;
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return result;
    result.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!result.ok) {
        std::fprintf(stderr, "packbench exited with status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        return result;
    }
    QFile peak(timeOutput);
    if (peak.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = peak.readAll().trimmed().split('\n');
        result.peakMb = lines.constLast().trimmed().toDouble() / 1024.0; // kilobytes
    }
    return result;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString pick(QRandomGenerator &random, const QStringList &words)
{
    return words.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(words.size()))));
}

// One transaction of direct inserts, as an import of that many orders would leave the tables.
bool fill(Database &database, int shipments, QString *error)
{
    const QStringList firstNames = {QStringLiteral("Jane"),  QStringLiteral("Aroha"),    QStringLiteral("Łukasz"),
                                    QStringLiteral("Zoë"),   QStringLiteral("Mohammed"), QStringLiteral("Siobhan"),
                                    QStringLiteral("Kenji"), QStringLiteral("Ana")};
    const QStringList lastNames = {
        QStringLiteral("Doe"),       QStringLiteral("Ngata"),     QStringLiteral("Kowalski"),
        QStringLiteral("Ångström"),  QStringLiteral("Rahman"),    QStringLiteral("O'Neill"),
        QStringLiteral("Takahashi"), QStringLiteral("Gonçalves"), QStringLiteral("D'Arcy \"Jr\"\\")};
    const QStringList cities = {QStringLiteral("Auckland"), QStringLiteral("Łódź"),    QStringLiteral("Wellington"),
                                QStringLiteral("Sydney"),   QStringLiteral("Münster"), QStringLiteral("Christchurch"),
                                QStringLiteral("Portland"), QStringLiteral("Québec")};
    const QStringList products = {QStringLiteral("Organic Cotton T-Shirt"),
                                  QStringLiteral("Merino Wool Beanie"),
                                  QStringLiteral("Stainless Steel Drink Bottle 750 ml"),
                                  QStringLiteral("Kids Rain Jacket with Hood"),
                                  QStringLiteral("Leather Card Wallet"),
                                  QStringLiteral("Bamboo Toothbrush (4 pack)"),
                                  QStringLiteral("Gift Box 🎁 \"Deluxe\"")};
    const QStringList sizes = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL"),
                               QString()};
    const QStringList colors = {QStringLiteral("Red"), QStringLiteral("Navy"), QStringLiteral("Forest Green"),
                                QString()};
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
            for (const auto &[channel, name] :
                 {std::pair{1, QStringLiteral("Main")}, std::pair{2, QStringLiteral("Kids Corner")}}) {
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
                "email, shipping_method, pickup_location, atl, item_count, date_created, changed_fields, "
                "content_hash, imported_at, updated_at, search_text) VALUES (?, ?, ?, 'shipping', ?, 'to-ship', 11, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, ?)"));
            QSqlQuery item(db);
            item.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) VALUES "
                "(?, ?, ?, ?, ?, ?, 0, 0, ?, 0, ?, ?, ?)"));
            QSqlQuery tag(db);
            tag.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) VALUES (?, ?)"));

            QRandomGenerator random(20261129);
            const QString when = QStringLiteral("2026-11-20T09:12:33Z");
            qint64 orderId = 100;
            qint64 orderProductId = 1;
            int written = 0;
            while (written < shipments) {
                ++orderId;
                const int channel = random.bounded(10) < 7 ? 1 : 2;
                const int consignments = (written + 2 <= shipments && random.bounded(20) == 0) ? 2 : 1;
                const QString customer = pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
                const QString atl = random.bounded(4) == 0 ? QStringLiteral("authority-to-leave") : QStringLiteral("");
                for (const QVariant &value :
                     {QVariant(storeId), QVariant(orderId), QVariant(channel), QVariant(when), QVariant(when),
                      QVariant(qint64(random.bounded(1, 90000))), QVariant(customer),
                      QVariant(QStringLiteral("customer%1@example.com").arg(orderId)),
                      QVariant(QStringLiteral("+64 21 %1").arg(random.bounded(1000000, 9999999))),
                      QVariant(random.bounded(3) == 0 ? QStringLiteral("Please leave at the back door, thanks!")
                                                      : QStringLiteral("")),
                      QVariant(QStringLiteral("%1.%2").arg(random.bounded(10, 400)).arg(random.bounded(10, 99))),
                      QVariant(atl), QVariant(QStringLiteral("0123456789abcdef")), QVariant(when), QVariant(when)})
                    order.addBindValue(value);
                if (!execQuery(order, stepError))
                    return false;
                for (int c = 0; c < consignments; ++c, ++written) {
                    const qint64 consignmentId = orderId * 10 + c;
                    const QString key =
                        QStringLiteral("%1/%2/shipping:%3").arg(storeId).arg(orderId).arg(consignmentId);
                    const QString recipient =
                        c == 0 ? customer : pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
                    const QString company = random.bounded(5) == 0    ? QStringLiteral("Acme Trading Ltd")
                                            : random.bounded(50) == 0 ? QStringLiteral("\"Smith\" & Sons\\Tab\tLtd")
                                                                      : QStringLiteral("");
                    const QString city = pick(random, cities);
                    const QString region = QStringLiteral("Region %1").arg(random.bounded(1, 17));
                    const QString zip = QString::number(random.bounded(1000, 9999));
                    const QString country = QStringLiteral("New Zealand");
                    const int items = random.bounded(1, 4);
                    QStringList skus;
                    QStringList names;
                    QList<QVariantList> itemRows;
                    int quantity = 0;
                    for (int i = 0; i < items; ++i) {
                        const QString product = pick(random, products);
                        const QString sku = QStringLiteral("SKU-%1-%2").arg(random.bounded(10000, 99999)).arg(i);
                        const int count = random.bounded(1, 4);
                        const QString size = pick(random, sizes);
                        const QString color = pick(random, colors);
                        quantity += count;
                        skus << sku;
                        names << product;
                        itemRows.append({QVariant(key), QVariant(orderProductId++),
                                         QVariant(qint64(random.bounded(1, 5000))), QVariant(sku), QVariant(product),
                                         QVariant(count), QVariant(0.25 + i),
                                         QVariant(size.isNull() ? QStringLiteral("") : size),
                                         QVariant(color.isNull() ? QStringLiteral("") : color),
                                         QVariant(i == 2 ? QStringLiteral("6109.10") : QStringLiteral(""))});
                    }
                    const QString street = QStringLiteral("%1 Queen Street").arg(random.bounded(1, 400));
                    for (const QVariant &value :
                         {QVariant(key),
                          QVariant(storeId),
                          QVariant(orderId),
                          QVariant(consignmentId),
                          QVariant(channel),
                          QVariant(recipient),
                          QVariant(company),
                          QVariant(street),
                          QVariant(random.bounded(4) == 0 ? QStringLiteral("Apartment 4B") : QStringLiteral("")),
                          QVariant(city),
                          QVariant(region),
                          QVariant(zip),
                          QVariant(country),
                          QVariant(QStringLiteral("NZ")),
                          QVariant(QStringLiteral("+64 9 %1").arg(random.bounded(1000000, 9999999))),
                          QVariant(QStringLiteral("customer%1@example.com").arg(orderId)),
                          QVariant(QStringLiteral("Courier (1-2 business days)")),
                          QVariant(atl),
                          QVariant(quantity),
                          QVariant(when),
                          QVariant(QStringLiteral("a:0123456789abcdef;i:0123456789abcdef;n:01234567;s:11")),
                          QVariant(when),
                          QVariant(when),
                          QVariant(SearchText::join(
                              QStringList{recipient, company, city, region, zip, country, QString()} + skus + names))})
                        shipment.addBindValue(value);
                    if (!execQuery(shipment, stepError))
                        return false;
                    for (const QVariantList &values : std::as_const(itemRows)) {
                        for (const QVariant &value : values)
                            item.addBindValue(value);
                        if (!execQuery(item, stepError))
                            return false;
                    }
                    tag.addBindValue(key);
                    tag.addBindValue(QString::number(channel));
                    if (!execQuery(tag, stepError))
                        return false;
                }
            }
            return true;
        },
        error);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("packbench shipments --json on a large SQLite profile"));
    parser.addHelpOption();
    const QCommandLineOption binary(QStringLiteral("packbench"), QStringLiteral("The packbench binary."),
                                    QStringLiteral("PATH"), QStringLiteral(PACKBENCH_BINARY));
    const QCommandLineOption count(QStringLiteral("shipments"), QStringLiteral("Shipments in the profile."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Timed runs."), QStringLiteral("R"),
                                    QStringLiteral("3"));
    const QCommandLineOption keep(
        QStringLiteral("profile"),
        QStringLiteral("Fill this new profile folder and keep it (default: a temporary one)."), QStringLiteral("DIR"));
    parser.addOptions({binary, count, rounds, keep});
    parser.process(app);
    const int shipments = std::max(1, parser.value(count).toInt());
    const int runs = std::max(1, parser.value(rounds).toInt());

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(keep) ? parser.value(keep) : temporary.path());
    const Profile profile = Profile::open(dir.absolutePath());
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(QString(), profile, &location, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        std::unique_ptr<Database> database = Database::open(location, &error);
        QElapsedTimer clock;
        clock.start();
        if (!database || !fill(*database, shipments, &error)) {
            std::fprintf(stderr, "cannot fill the profile: %s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery checkpoint(database->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        std::printf("filled %d shipments in %.1f s (%.0f MB database)\n", shipments, clock.elapsed() / 1000.0,
                    QFileInfo(location.sqlitePath).size() / 1048576.0);
    }

    const QString program = parser.value(binary);
    const QStringList arguments = {QStringLiteral("--profile"), dir.absolutePath(), QStringLiteral("shipments"),
                                   QStringLiteral("--json")};
    // Once into a file, to check what the timed runs send to /dev/null.
    const QString output = QDir(temporary.path()).filePath(QStringLiteral("shipments.json"));
    const QString timeOutput = QDir(temporary.path()).filePath(QStringLiteral("time.txt"));
    const RunResult checked = runChild(program, arguments, output, timeOutput);
    if (!checked.ok)
        return 1;
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray json = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const qsizetype elements = document.array().size();
    // What Qt writes for the same array, byte for byte (the command writes its JSON text itself).
    const bool asQtWritesIt = document.toJson(QJsonDocument::Compact) + '\n' == json;
    std::printf("output checked: %lld elements, %.1f MB of JSON, %s\n", static_cast<long long>(elements),
                static_cast<double>(json.size()) / 1048576.0,
                asQtWritesIt ? "the same bytes as QJsonDocument writes" : "NOT what QJsonDocument writes");
    if (elements != shipments || !asQtWritesIt) {
        std::fprintf(stderr, "expected %d elements as QJsonDocument writes them\n", shipments);
        return 1;
    }

    std::printf("%-6s %10s %10s\n", "run", "seconds", "peak-MB");
    std::vector<double> seconds;
    std::vector<double> peaks;
    for (int run = 1; run <= runs; ++run) {
        const RunResult result = runChild(program, arguments, QStringLiteral("/dev/null"), timeOutput);
        if (!result.ok)
            return 1;
        seconds.push_back(result.seconds);
        peaks.push_back(result.peakMb);
        std::printf("%-6d %10.2f %10.1f\n", run, result.seconds, result.peakMb);
    }
    const double s = median(seconds);
    const double mb = median(peaks);
    std::printf("median %10.2f %10.1f   targets for 100,000: under 3 s (%s), under 150 MB (%s)\n", s, mb,
                s < 3 ? "met" : "MISSED", mb < 150 ? "met" : "MISSED");
    return 0;
}
