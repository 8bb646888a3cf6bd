// packbench-test-station: one packing station as a process of its own, for tst_stations. It is what the window runs
// without the window: the station's database (the URL, its password from the keychain as `packbench database login`
// stored it), the store tokens from the keychain, the write-back worker on its thread (WritebackRunner, with the
// store leases), Outbox::print for each shipment it is given (labels rendered to ZPL files), and optionally the
// import on a worker thread (ImportRunner), run again and again as the automatic refresh does.
// Tests only: the real `packbench print` prints one order per process, too slow for 4 x 500 prints.
//
// It says what happens on stdout, one line each, flushed:
//   station NAME host HOST pid PID | writeback started | printed KEY TRACKING | refused KEY OUTCOME MESSAGE |
//   failed KEY MESSAGE (a print the database did not take: tried again, as a packer presses Print again) |
//   printing done OK REFUSED RENDERS MS ms | dberror MESSAGE | import started | import progress ORDERS |
//   import ok NEW UPDATED | import failed MESSAGE | done (then: after MS ms)
#include "core/integrations/StoreService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Profile.h"
#include "core/shipping/LabelRenderer.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "core/sync/ImportRunner.h"
#include "core/writeback/Outbox.h"
#include "core/writeback/WritebackRunner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Packbench;

namespace {

void say(const QString &line)
{
    QString one = line;
    one.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs(qPrintable(one + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString fileSafe(const QString &key)
{
    QString safe = key;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return safe;
}

QString outcomeWord(PrintResult::Outcome outcome)
{
    switch (outcome) {
    case PrintResult::Outcome::Ok:
        return QStringLiteral("ok");
    case PrintResult::Outcome::NotFound:
        return QStringLiteral("not-found");
    case PrintResult::Outcome::Conflict:
        return QStringLiteral("conflict");
    case PrintResult::Outcome::Invalid:
        return QStringLiteral("invalid");
    case PrintResult::Outcome::Refused:
        return QStringLiteral("refused");
    case PrintResult::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

struct Options
{
    QString profile;
    QString url;
    QString station;
    QString printList;
    QString labels;
    int untilSent = 0;
    int importEveryMs = 0;
    int paceMs = 0;
    bool writeback = true;
};

class Station : public QObject
{
public:
    explicit Station(Options options)
        : m_options(std::move(options))
        , m_profile(Profile::open(m_options.profile))
    {
    }

    ~Station() override
    {
        // Before the database and the store service they use go (children would only go after them).
        delete m_writeback;
        delete m_import;
    }

    bool open(QString *error)
    {
        if (!m_profile.isValid()) {
            *error = m_profile.errorString();
            return false;
        }
        DatabaseLocation location;
        if (!DatabaseLocation::parse(m_options.url, m_profile, &location, error))
            return false;
        if (location.backend == DatabaseLocation::Backend::PostgreSQL) {
            // As a station does: the password `packbench database login` put into the keychain (none: trust).
            QEventLoop loop;
            bool finished = false;
            m_secrets.read(location.passwordKey(), &loop, [&](const SecretStore::Result &result) {
                if (result.status == SecretStore::Status::Ok)
                    location.password = result.value;
                finished = true;
                loop.quit();
            });
            if (!finished)
                loop.exec();
        }
        m_database = Database::open(location, error);
        if (!m_database)
            return false;
        m_database->setStationName(m_options.station);
        m_stores = std::make_unique<StoreService>(m_profile, *m_database, m_secrets);
        if (!m_options.printList.isEmpty()) {
            QFile list(m_options.printList);
            if (!list.open(QIODevice::ReadOnly)) {
                *error = list.errorString();
                return false;
            }
            for (const QByteArray &line : list.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    m_keys << QString::fromUtf8(line.trimmed());
        }
        return true;
    }

    void start()
    {
        say(QStringLiteral("station %1 host %2 pid %3")
                .arg(m_database->stationName(), QSysInfo::machineHostName())
                .arg(QCoreApplication::applicationPid()));
        if (m_options.writeback) {
            m_writeback = new WritebackRunner(*m_database, *m_stores, this);
            connect(m_writeback, &WritebackRunner::databaseError, this,
                    [](const QString &message) { say(QStringLiteral("dberror ") + message); });
            connect(m_writeback, &WritebackRunner::started, this, [] { say(QStringLiteral("writeback started")); });
            m_writeback->start();
        }
        if (m_options.importEveryMs > 0) {
            m_import = new ImportRunner(*m_database, *m_stores, this);
            connect(m_import, &ImportRunner::started, this, [] { say(QStringLiteral("import started")); });
            connect(m_import, &ImportRunner::progress, this, [](const ImportProgress &progress) {
                say(QStringLiteral("import progress %1").arg(progress.orders));
            });
            connect(m_import, &ImportRunner::finished, this, [this](const ImportReport &report) {
                if (report.isOk()) {
                    m_imported = true;
                    say(QStringLiteral("import ok %1 %2").arg(report.newOrders).arg(report.updatedOrders));
                } else {
                    say(QStringLiteral("import failed ") + report.error);
                }
                QTimer::singleShot(m_options.importEveryMs, this, [this] { runImport(); });
            });
            runImport();
        }
        m_clock.start();
        m_printing = !m_keys.isEmpty();
        if (m_printing)
            QTimer::singleShot(0, this, [this] { printNext(); });
        auto *check = new QTimer(this);
        connect(check, &QTimer::timeout, this, [this] { checkDone(); });
        check->start(100);
    }

private:
    void runImport()
    {
        // The first run imports every order; once one has gone through, each run is the automatic refresh.
        ImportRequest request;
        request.days = 3650;
        request.interactive = false;
        request.refresh = m_imported;
        m_import->start({}, request);
    }

    void printNext()
    {
        if (m_next >= m_keys.size()) {
            m_printing = false;
            say(QStringLiteral("printing done %1 %2 %3 %4 ms")
                    .arg(m_printed)
                    .arg(m_refused)
                    .arg(m_renders)
                    .arg(m_clock.elapsed()));
            return;
        }
        const QString key = m_keys.at(m_next);
        PrintRequest request;
        request.shipmentKey = key;
        const QString labels = m_options.labels;
        const QString prefix = fileSafe(m_options.station) + QLatin1Char('-');
        // As the command line prints: the label is written beside its place inside the print's transaction and put
        // in place after COMMIT. One file name per render, so a label published for a print that was not recorded
        // in the end shows as a file too many.
        PendingLabelFile file;
        const PrintResult result =
            Outbox(*m_database).print(request, [&](const QList<LabelContent> &parcels, QString *error) {
                ++m_renders;
                const QString path =
                    QDir(labels).filePath(QStringLiteral("%1%2-%3.zpl").arg(prefix).arg(m_renders).arg(fileSafe(key)));
                return file.write(parcels, LabelSize::FourBySix, path, false, error);
            });
        QString publishError;
        if (result.isOk() && !file.publish(&publishError))
            say(QStringLiteral("label not written %1 %2").arg(key, publishError));
        if (result.isOk()) {
            ++m_printed;
            ++m_next;
            say(QStringLiteral("printed %1 %2").arg(key, result.trackingNumbers.join(QLatin1Char(','))));
            if (m_writeback)
                m_writeback->wake();
            QTimer::singleShot(m_options.paceMs, this, [this] { printNext(); });
        } else if (result.outcome == PrintResult::Outcome::Failed) {
            say(QStringLiteral("failed %1 %2").arg(key, result.message));
            QTimer::singleShot(200, this, [this] { printNext(); });
        } else {
            ++m_refused;
            ++m_next;
            say(QStringLiteral("refused %1 %2 %3").arg(key, outcomeWord(result.outcome), result.message));
            QTimer::singleShot(m_options.paceMs, this, [this] { printNext(); });
        }
    }

    void checkDone()
    {
        if (m_options.untilSent <= 0 || m_printing || m_done)
            return;
        QString error;
        const OutboxCounts counts = Outbox(*m_database).counts(&error);
        if (!error.isEmpty() || counts.sent < m_options.untilSent || counts.pending() > 0)
            return;
        m_done = true;
        say(QStringLiteral("done"));
        say(QStringLiteral("after %1 ms").arg(m_clock.elapsed()));
        QCoreApplication::quit();
    }

    Options m_options;
    Profile m_profile;
    KeychainSecretStore m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StoreService> m_stores;
    WritebackRunner *m_writeback = nullptr;
    ImportRunner *m_import = nullptr;
    QStringList m_keys;
    qsizetype m_next = 0;
    int m_printed = 0;
    int m_refused = 0;
    int m_renders = 0;
    bool m_printing = false;
    bool m_imported = false;
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    // Labels may paint text; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("The station's profile folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption station(QStringLiteral("station"), QStringLiteral("The station's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption print(QStringLiteral("print"), QStringLiteral("Print these shipment keys, one a line."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption labels(QStringLiteral("labels"), QStringLiteral("Folder for the label files."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption untilSent(QStringLiteral("until-sent"),
                                       QStringLiteral("Exit once printing is done and N write-backs are sent with "
                                                      "none pending (of all stations)."),
                                       QStringLiteral("N"));
    const QCommandLineOption importEvery(QStringLiteral("import-every"),
                                         QStringLiteral("Import, then refresh every MS after each run ends."),
                                         QStringLiteral("MS"));
    const QCommandLineOption pace(QStringLiteral("pace"), QStringLiteral("Wait MS after each print (a packer's pace)."),
                                  QStringLiteral("MS"));
    const QCommandLineOption noWriteback(QStringLiteral("no-writeback"), QStringLiteral("Run no write-back worker."));
    parser.addOptions({profile, database, station, print, labels, untilSent, importEvery, pace, noWriteback});
    parser.process(app);

    Options options;
    options.profile = parser.value(profile);
    options.url = parser.value(database);
    options.station = parser.value(station);
    options.printList = parser.value(print);
    options.labels = parser.value(labels);
    options.untilSent = parser.value(untilSent).toInt();
    options.importEveryMs = parser.value(importEvery).toInt();
    options.paceMs = parser.value(pace).toInt();
    options.writeback = !parser.isSet(noWriteback);
    if (options.profile.isEmpty() || options.url.isEmpty() || options.station.isEmpty() ||
        (!options.printList.isEmpty() && options.labels.isEmpty())) {
        std::fputs("usage: packbench-test-station --profile DIR --database URL --station NAME [--print FILE --labels "
                   "DIR] [--until-sent N] [--import-every MS] [--pace MS] [--no-writeback]\n",
                   stderr);
        return 2;
    }
    Station running(options);
    QString error;
    if (!running.open(&error)) {
        std::fprintf(stderr, "packbench-test-station: %s\n", qPrintable(error));
        return 5;
    }
    running.start();
    return QCoreApplication::exec();
}
