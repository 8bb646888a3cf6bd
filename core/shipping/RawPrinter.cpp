#include "core/shipping/RawPrinter.h"

#include "core/util/ContextGuard.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Packbench {

namespace {

// One job in flight: a child of the RawPrinter, so destroying the printer abandons it. finish() runs once.
class PrintJob : public QObject
{
public:
    PrintJob(QObject *parent, QObject *context, RawPrinter::Done done, int timeoutMs)
        : QObject(parent)
        , m_guard(context)
        , m_done(std::move(done))
        , m_timeoutMs(timeoutMs)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { timedOut(); });
    }

    void restartTimer() { m_timer.start(m_timeoutMs); }
    int timeoutSeconds() const { return qMax(1, (m_timeoutMs + 999) / 1000); }

    void finish(bool ok, const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        cleanUp();
        // Out of the printer's children first: done may delete the printer, which must not delete this job while
        // it is still on the stack.
        setParent(nullptr);
        deleteLater();
        if (m_guard.alive() && m_done)
            m_done(ok, error);
    }

protected:
    virtual void timedOut() = 0;
    virtual void cleanUp() = 0;

private:
    ContextGuard m_guard;
    RawPrinter::Done m_done;
    int m_timeoutMs;
    QTimer m_timer;
    bool m_finished = false;
};

class TcpJob final : public PrintJob
{
public:
    TcpJob(QObject *parent, QObject *context, RawPrinter::Done done, int timeoutMs, const PrinterTarget &target,
           const QByteArray &data)
        : PrintJob(parent, context, std::move(done), timeoutMs)
        , m_target(target)
        , m_data(data)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            restartTimer();
            m_socket.write(m_data);
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
            m_written += bytes;
            restartTimer();
            if (m_written >= m_data.size())
                m_socket.disconnectFromHost(); // sends what is buffered, then closes
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_written >= m_data.size())
                finish(true, QString());
            else
                finish(false, closedEarly());
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return m_written >= m_data.size() ? finish(true, QString()) : finish(false, closedEarly());
            finish(false, describe(error));
        });
    }

    ~TcpJob() override
    {
        // A socket being destroyed still emits disconnected: not into this half-destroyed job.
        m_socket.disconnect(this);
        m_socket.abort();
    }

    void start()
    {
        restartTimer();
        m_socket.connectToHost(m_target.host, m_target.port);
    }

private:
    QString closedEarly() const
    {
        return RawPrinter::tr("The printer at %1 closed the connection after %2 of %3 bytes. Check the printer's "
                              "display for an error.")
            .arg(m_target.displayName())
            .arg(m_written)
            .arg(m_data.size());
    }

    QString describe(QAbstractSocket::SocketError error) const
    {
        const QString where = m_target.displayName();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return RawPrinter::tr("Could not reach the printer at %1: connection refused. Check that it is on and "
                                  "the address is right.")
                .arg(where);
        case QAbstractSocket::HostNotFoundError:
            return RawPrinter::tr("Could not find the printer %1: there is no such host name. Check the address.")
                .arg(m_target.host);
        default:
            if (!m_connected)
                return RawPrinter::tr("Could not reach the printer at %1: %2. Check that it is on and the address "
                                      "is right.")
                    .arg(where, m_socket.errorString());
            return RawPrinter::tr("Sending the label to the printer at %1 failed: %2.")
                .arg(where, m_socket.errorString());
        }
    }

    void timedOut() override
    {
        if (!m_connected)
            finish(false, RawPrinter::tr("Could not reach the printer at %1: no answer within %2 s. Check that "
                                         "it is on and the address is right.")
                              .arg(m_target.displayName())
                              .arg(timeoutSeconds()));
        else
            finish(false, RawPrinter::tr("The printer at %1 stopped taking data after %2 of %3 bytes. Check that it "
                                         "has labels and is not paused.")
                              .arg(m_target.displayName())
                              .arg(m_written)
                              .arg(m_data.size()));
    }

    void cleanUp() override
    {
        m_socket.disconnect(this);
        if (m_socket.state() != QAbstractSocket::UnconnectedState && m_written < m_data.size())
            m_socket.abort();
    }

    PrinterTarget m_target;
    QByteArray m_data;
    QTcpSocket m_socket;
    qint64 m_written = 0;
    bool m_connected = false;
};

class CupsJob final : public PrintJob
{
public:
    CupsJob(QObject *parent, QObject *context, RawPrinter::Done done, int timeoutMs, const QString &program,
            const PrinterTarget &target, const QByteArray &data)
        : PrintJob(parent, context, std::move(done), timeoutMs)
        , m_target(target)
        , m_data(data)
    {
        m_process.setProgram(program);
        // No shell: the queue name is one argument (parseTarget refuses names that start with "-").
        m_process.setArguments({QStringLiteral("-d"), target.queue, QStringLiteral("-o"), QStringLiteral("raw")});
        connect(&m_process, &QProcess::started, this, [this] {
            m_process.write(m_data);
            m_process.closeWriteChannel();
        });
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(false, RawPrinter::tr("Could not start %1 to print to the queue %2: %3. Install the CUPS "
                                             "client (Debian package cups-client).")
                                  .arg(m_process.program(), m_target.queue, m_process.errorString()));
        });
        connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            if (status == QProcess::CrashExit)
                return finish(false, RawPrinter::tr("%1 stopped unexpectedly while sending the label to the queue "
                                                    "%2.")
                                         .arg(m_process.program(), m_target.queue));
            if (exitCode != 0) {
                QString message = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
                if (message.isEmpty())
                    message = RawPrinter::tr("%1 ended with exit code %2").arg(m_process.program()).arg(exitCode);
                return finish(
                    false,
                    RawPrinter::tr("The print queue %1 did not take the label: %2").arg(m_target.queue, message));
            }
            finish(true, QString());
        });
    }

    ~CupsJob() override
    {
        m_process.disconnect(this);
        if (m_process.state() != QProcess::NotRunning) {
            // Abandoned (timeout, or the printer object went away): lp is killed, which ends it at once; the wait
            // only reaps it.
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    void start()
    {
        restartTimer();
        m_process.start();
    }

private:
    void timedOut() override
    {
        finish(false, RawPrinter::tr("%1 did not finish sending the label to the queue %2 within %3 s.")
                          .arg(m_process.program(), m_target.queue)
                          .arg(timeoutSeconds()));
    }

    void cleanUp() override
    {
        m_process.disconnect(this);
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill(); // reaped when the job is deleted
    }

    PrinterTarget m_target;
    QByteArray m_data;
    QProcess m_process;
};

bool validQueueName(const QString &queue)
{
    // CUPS: any printable character but space, tab, "/" and "#", at most 127; no leading "-" (it would read as an
    // option of lp).
    if (queue.isEmpty() || queue.size() > 127 || queue.startsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : queue) {
        if (!c.isPrint() || c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('#') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

} // namespace

QString PrinterTarget::toString() const
{
    if (kind == Kind::Cups)
        return QStringLiteral("cups:") + queue;
    return QStringLiteral("tcp://") + displayName();
}

QString PrinterTarget::displayName() const
{
    if (kind == Kind::Cups)
        return queue;
    const QString shownHost = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(shownHost).arg(port);
}

RawPrinter::RawPrinter(QObject *parent)
    : QObject(parent)
{
}

RawPrinter::~RawPrinter() = default;

int RawPrinter::pendingJobs() const
{
    int count = 0;
    for (const QObject *child : children())
        count += dynamic_cast<const PrintJob *>(child) ? 1 : 0;
    return count;
}

bool RawPrinter::parseTarget(const QString &target, PrinterTarget *parsed, QString *error)
{
    const QString text = target.trimmed();
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString usage = tr("Use tcp://HOST:PORT for a network printer (port %1 when left out) or cups:QUEUE for a "
                             "CUPS print queue.")
                              .arg(DefaultPort);
    PrinterTarget result;
    if (text.startsWith(QLatin1String("tcp://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        const QString path = url.path();
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
            url.hasFragment() || !(path.isEmpty() || path == QLatin1String("/")))
            return fail(tr("\"%1\" is not a printer address. %2").arg(text, usage));
        if (url.port() == 0)
            return fail(tr("\"%1\": port 0 is not a printer port. %2").arg(text, usage));
        result.kind = PrinterTarget::Kind::Tcp;
        result.host = url.host();
        result.port = url.port() > 0 ? quint16(url.port()) : DefaultPort;
    } else if (text.startsWith(QLatin1String("cups:"), Qt::CaseInsensitive)) {
        const QString queue = text.mid(5);
        if (!validQueueName(queue))
            return fail(tr("\"%1\" is not a CUPS queue name: it must not be empty or hold spaces, \"/\", \"\\\" or "
                           "\"#\". %2")
                            .arg(queue, usage));
        result.kind = PrinterTarget::Kind::Cups;
        result.queue = queue;
    } else {
        return fail(tr("\"%1\" is not a printer address. %2").arg(text, usage));
    }
    if (parsed)
        *parsed = result;
    return true;
}

void RawPrinter::send(const QString &target, const QByteArray &data, QObject *context, Done done)
{
    PrinterTarget parsed;
    QString error;
    if (data.isEmpty())
        error = tr("There is nothing to send to the printer.");
    else
        parseTarget(target, &parsed, &error);
    if (!error.isEmpty()) {
        // Asynchronous like every other outcome, so callers handle one path.
        ContextGuard guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), error] {
                if (guard.alive() && done)
                    done(false, error);
            },
            Qt::QueuedConnection);
        return;
    }
    if (parsed.kind == PrinterTarget::Kind::Tcp) {
        auto *job = new TcpJob(this, context, std::move(done), m_timeoutMs, parsed, data);
        job->start();
    } else {
        auto *job = new CupsJob(this, context, std::move(done), m_timeoutMs, m_lpProgram, parsed, data);
        job->start();
    }
}

} // namespace Packbench
