#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace Packbench {

class Database;

// What other stations (and this station's command line) changed, without a manual refresh: every write numbers the
// shipments it touched from one counter (schema step 6, Database::write), and the feed asks every second for the
// shipments numbered after the last number it saw. Polling one indexed number works the same on SQLite and
// PostgreSQL, survives a dropped connection without missing anything (the numbers wait in the database), and costs
// one tiny query per second when nothing changed.
// The poll runs on a thread of its own: the GUI thread never waits on the database server.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // The shipments changed after `since`, up to the counter's value now (*upTo). False with *error set when the
    // database cannot be read (nothing is lost: the same call later returns them).
    static bool read(Database &database, qint64 since, qint64 *upTo, QStringList *keys, QString *error);
    // The counter's value now.
    static bool current(Database &database, qint64 *value, QString *error);

    // Polls every PACKBENCH_CHANGE_POLL_MS (default 1000) from the counter's value at start().
    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;
    void start();

    // More than this many shipments changed at once: reload instead of asking for each.
    static constexpr int kManyChanges = 2000;

Q_SIGNALS:
    // Queued on the feed's owner thread.
    void shipmentsChanged(const QStringList &keys);
    void manyShipmentsChanged();
    // The database server stopped answering (available = false, with the reason) or answers again.
    void availabilityChanged(bool available, const QString &message);

private:
    QThread m_thread;
    QObject *m_poller = nullptr; // lives on m_thread
};

} // namespace Packbench
