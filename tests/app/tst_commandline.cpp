// The packbench executable as users and scripts run it: exit statuses and messages of the command-line contract.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PACKBENCH_EXECUTABLE), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// No display at all, as on a server or in CI: the environment a headless command must work in.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return environment;
}

// Global options that make any command fail if it opened the profile or the database: the profile folder does not
// exist yet (opening creates it) and nothing listens on port 1.
QStringList untouchableProfile(const QTemporaryDir &parent)
{
    return {QStringLiteral("--profile"), parent.filePath(QStringLiteral("never-created")), QStringLiteral("--database"),
            QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing")};
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionWorksWithoutADisplay()
    {
        const Result result = run({QStringLiteral("--version")}, headlessEnvironment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("packbench ")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void helpWorksWithoutADisplay()
    {
        const Result result = run({QStringLiteral("--help")}, headlessEnvironment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Usage: packbench")), qPrintable(result.out));
        for (const char *option : {"--profile", "--database", "--station", "--version"})
            QVERIFY2(result.out.contains(QString::fromLatin1(option)), option);
    }

    void germanSystemLanguageTranslatesHelp()
    {
        QProcessEnvironment environment = headlessEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Result result = run({QStringLiteral("--help")}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Diese Hilfe anzeigen")), qPrintable(result.out));
    }

    void guiWithoutDisplayExplainsXvfbAndDoesNotCrash()
    {
        QTemporaryDir profile;
        const Result result = run({QStringLiteral("--profile"), profile.path()}, headlessEnvironment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no display")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("xvfb-run -a")));
    }

    void unknownCommandIsAUsageError()
    {
        const Result result = run({QStringLiteral("frobnicate")}, headlessEnvironment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void unknownOptionIsAUsageError()
    {
        const Result result = run({QStringLiteral("--no-such-option")}, headlessEnvironment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("no-such-option")));
    }

    void commandHelpPrintsUsageAndDoesNothingElse_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("option");
        const auto words = [](const char *text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '));
        };
        QTest::newRow("store add") << words("store add --help") << QStringLiteral("Usage: packbench store add")
                                   << QStringLiteral("--client-id <ID>");
        QTest::newRow("store token") << words("store token --help") << QStringLiteral("Usage: packbench store token")
                                     << QStringLiteral("-h, --help");
        QTest::newRow("store list") << words("store list --help") << QStringLiteral("Usage: packbench store list")
                                    << QStringLiteral("--json");
        QTest::newRow("store test") << words("store test Shop --help")
                                    << QStringLiteral("Usage: packbench store test NAME") << QStringLiteral("--help");
        QTest::newRow("store remove") << words("store remove --help") << QStringLiteral("Usage: packbench store remove")
                                      << QStringLiteral("--force");
        QTest::newRow("store set") << words("store set --help") << QStringLiteral("Usage: packbench store set NAME")
                                   << QStringLiteral("--writeback <MODE>");
        QTest::newRow("store set -h") << words("store set Shop -h") << QStringLiteral("Usage: packbench store set")
                                      << QStringLiteral("--auto-import <MINUTES>");
        QTest::newRow("store") << words("store --help") << QStringLiteral("Usage: packbench store COMMAND")
                               << QStringLiteral("store set NAME");
        QTest::newRow("import --all") << words("import --all --help") << QStringLiteral("Usage: packbench import")
                                      << QStringLiteral("--statuses <IDS>");
        QTest::newRow("import, a wrong option too")
            << words("import --store Shop --no-such-option --help") << QStringLiteral("Usage: packbench import")
            << QStringLiteral("--refresh");
        QTest::newRow("why") << words("why --help") << QStringLiteral("Usage: packbench why --store NAME --order")
                             << QStringLiteral("--order <ORDER_ID>");
        QTest::newRow("shipments") << words("shipments --json --help") << QStringLiteral("Usage: packbench shipments")
                                   << QStringLiteral("--search <TEXT>");
    }

    // Help on stdout, status 0, and nothing opened or done: no profile folder, no database, no stdin read, no import.
    void commandHelpPrintsUsageAndDoesNothingElse()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, usage);
        QFETCH(QString, option);
        QTemporaryDir parent;
        const Result result = run(untouchableProfile(parent) + command, headlessEnvironment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(usage), qPrintable(result.out));
        QVERIFY2(result.out.contains(option), qPrintable(result.out));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(!QDir(parent.filePath(QStringLiteral("never-created"))).exists());
    }

    void importHelpShowsDaysAsOptionalWithItsDefault()
    {
        const Result result = run({QStringLiteral("import"), QStringLiteral("--help")}, headlessEnvironment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("[--days N]")), qPrintable(result.out));
        const QString daysLine = result.out.split(QLatin1Char('\n')).filter(QStringLiteral("--days <N>")).value(0);
        QVERIFY2(daysLine.contains(QStringLiteral("(default: 7)")), qPrintable(result.out));
        // The overview says the same.
        const Result overview = run({QStringLiteral("--help")}, headlessEnvironment());
        QVERIFY2(overview.out.contains(QStringLiteral("import --store NAME|--all [--days N]")),
                 qPrintable(overview.out));
        QVERIFY(overview.out.contains(QStringLiteral("'packbench COMMAND --help'")));
    }

    void germanSystemLanguageTranslatesCommandHelp()
    {
        QProcessEnvironment environment = headlessEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Result result =
            run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("--help")}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Diese Hilfe anzeigen")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("Global options")), qPrintable(result.out));
    }

    // A command's usage error is found before the profile is opened, and still says how it is used.
    void commandUsageErrorDoesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("store set without a name") << QStringList{QStringLiteral("store"), QStringLiteral("set")}
                                                  << QStringLiteral("Usage: packbench store set NAME");
        QTest::newRow("import with a wrong option") << QStringList{QStringLiteral("import"), QStringLiteral("--all"),
                                                                   QStringLiteral("--dayz"), QStringLiteral("3")}
                                                    << QStringLiteral("Usage: packbench import");
        QTest::newRow("why without an order")
            << QStringList{QStringLiteral("why"), QStringLiteral("--store"), QStringLiteral("Shop")}
            << QStringLiteral("Usage: packbench why");
    }

    void commandUsageErrorDoesNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, usage);
        QTemporaryDir parent;
        const Result result = run(untouchableProfile(parent) + command, headlessEnvironment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QVERIFY2(result.err.contains(usage), qPrintable(result.err));
        QVERIFY(!QDir(parent.filePath(QStringLiteral("never-created"))).exists());
    }

    void windowClosesCleanlyOnSigterm()
    {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment environment = headlessEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("PACKBENCH_ANNOUNCE_READY"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PACKBENCH_EXECUTABLE), {QStringLiteral("--profile"), profile.path()});
        QVERIFY(process.waitForStarted());
        // The window says when it is up and handles SIGTERM: no sleep that a slow machine outruns.
        QByteArray announced;
        QTRY_VERIFY_WITH_TIMEOUT((announced += process.readAllStandardError()).contains("packbench: ready"), 30000);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
