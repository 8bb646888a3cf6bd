// The packbench executable as users and scripts run it: exit statuses and messages of the command-line contract.
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
