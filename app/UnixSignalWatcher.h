#pragma once

#include <QObject>

class QSocketNotifier;

namespace Packbench {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (self-pipe), so a logout, `kill` or Ctrl+C
// closes Packbench cleanly instead of killing it mid-write.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Packbench
