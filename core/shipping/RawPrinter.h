#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace Packbench {

// Where raw printer data (ZPL) goes: a network printer's raw port, or a CUPS queue set up as raw.
struct PrinterTarget
{
    enum class Kind
    {
        Tcp,
        Cups
    };
    Kind kind = Kind::Tcp;
    QString host;        // tcp
    quint16 port = 9100; // tcp
    QString queue;       // cups

    QString toString() const;    // "tcp://HOST:PORT", "cups:QUEUE"
    QString displayName() const; // "HOST:PORT" ("[::1]:9100"), "QUEUE"
    bool operator==(const PrinterTarget &) const = default;
};

// Sends raw bytes to a label printer without blocking the calling thread:
//   tcp://HOST[:PORT]  straight to the printer's raw port (JetDirect, 9100 when no port is given)
//   cups:QUEUE         through CUPS: `lp -d QUEUE -o raw` with the data on its standard input
// done is called exactly once, later from the event loop (never from inside send()), with ok and, on failure, a
// sentence that says what went wrong and what to check. It is not called when context (if given) or this
// RawPrinter is destroyed first; the job is then abandoned.
class RawPrinter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error)>;
    static constexpr quint16 DefaultPort = 9100;
    static constexpr int DefaultTimeoutMs = 15000;

    explicit RawPrinter(QObject *parent = nullptr);
    ~RawPrinter() override;

    // Checks a target string; on failure error says what a valid one looks like.
    static bool parseTarget(const QString &target, PrinterTarget *parsed, QString *error);

    void send(const QString &target, const QByteArray &data, QObject *context, Done done);

    // A job that makes no progress for this long fails (connecting, sending, or lp running).
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }
    // The lp program (tests put a stand-in here); "lp" from the PATH by default.
    void setLpProgram(const QString &program) { m_lpProgram = program; }
    int pendingJobs() const;

private:
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_lpProgram = QStringLiteral("lp");
};

} // namespace Packbench
