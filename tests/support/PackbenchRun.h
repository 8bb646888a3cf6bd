#pragma once

// Runs the real `packbench` binary (PACKBENCH_EXECUTABLE, set by tests/CMakeLists.txt) as a script would, with English
// messages, and keeps what it printed. This test's event loop turns while it runs, so a sandbox store served from this
// process keeps answering it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

struct PackbenchRun
{
    int exitCode = -1; // -1: did not start, crashed or ran longer than a minute
    QString out;
    QString err;
};

// `environment` empty: this process's. `profile` empty: no --profile.
inline PackbenchRun runPackbench(const QString &profile, const QStringList &arguments, const QByteArray &input = {},
                                 const QProcessEnvironment &environment = {})
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PACKBENCH_EXECUTABLE),
                  profile.isEmpty() ? arguments : QStringList{QStringLiteral("--profile"), profile} + arguments);
    PackbenchRun result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
