#include "core/storage/ChangeFeed.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QTimer>

namespace Packbench {

namespace {

int pollInterval()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("PACKBENCH_CHANGE_POLL_MS", &ok);
    return ok && value > 0 ? value : 1000;
}

} // namespace

bool ChangeFeed::current(Database &database, qint64 *value, QString *error)
{
    QSqlQuery query(database.connection());
    if (!execQuery(query, QStringLiteral("SELECT value FROM meta WHERE key = 'change_seq'"), error))
        return false;
    *value = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool ChangeFeed::read(Database &database, qint64 since, qint64 *upTo, QStringList *keys, QString *error)
{
    // The counter first: every number up to it is committed (numbers are taken under the counter row's lock and
    // committed with it), so rows numbered up to it are all visible to the next statement.
    qint64 now = 0;
    if (!current(database, &now, error))
        return false;
    keys->clear();
    *upTo = now;
    if (now <= since)
        return true;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT shipment_key FROM shipments WHERE change_seq > ? AND change_seq <= ? UNION "
                       "SELECT shipment_key FROM shipment_deletions WHERE change_seq > ? AND change_seq <= ?"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(since);
        query.addBindValue(now);
    }
    if (!execQuery(query, error))
        return false;
    while (query.next())
        keys->append(query.value(0).toString());
    return true;
}

// The feed's half on its own thread.
class ChangeFeedPoller : public QObject
{
public:
    ChangeFeedPoller(Database &database, ChangeFeed *feed)
        : m_database(database)
        , m_feed(feed)
        , m_timer(this)
    {
        m_timer.setInterval(pollInterval());
        connect(&m_timer, &QTimer::timeout, this, &ChangeFeedPoller::poll);
    }

    void start()
    {
        QString error;
        m_started = ChangeFeed::current(m_database, &m_since, &error);
        report(m_started, error);
        m_timer.start();
    }

    void stop() { m_timer.stop(); }

private:
    void poll()
    {
        QString error;
        if (!m_started) {
            // Never read the counter (the server was away at start): what changed meanwhile is unknown, so all.
            m_started = ChangeFeed::current(m_database, &m_since, &error);
            report(m_started, error);
            if (m_started)
                QMetaObject::invokeMethod(m_feed, &ChangeFeed::manyShipmentsChanged, Qt::QueuedConnection);
            return;
        }
        qint64 upTo = 0;
        QStringList keys;
        const bool ok = ChangeFeed::read(m_database, m_since, &upTo, &keys, &error);
        report(ok, error);
        if (!ok)
            return;
        m_since = upTo;
        if (keys.isEmpty())
            return;
        if (keys.size() > ChangeFeed::kManyChanges)
            QMetaObject::invokeMethod(m_feed, &ChangeFeed::manyShipmentsChanged, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                m_feed, [feed = m_feed, keys] { Q_EMIT feed->shipmentsChanged(keys); }, Qt::QueuedConnection);
    }

    void report(bool ok, const QString &error)
    {
        if (ok == m_available)
            return;
        m_available = ok;
        QMetaObject::invokeMethod(
            m_feed, [feed = m_feed, ok, error] { Q_EMIT feed->availabilityChanged(ok, error); }, Qt::QueuedConnection);
    }

    Database &m_database;
    ChangeFeed *m_feed;
    QTimer m_timer;
    qint64 m_since = 0;
    bool m_started = false;
    bool m_available = true;
};

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("change-feed"));
    auto *poller = new ChangeFeedPoller(database, this);
    poller->moveToThread(&m_thread);
    m_poller = poller;
    connect(&m_thread, &QThread::finished, poller, &QObject::deleteLater);
}

ChangeFeed::~ChangeFeed()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_poller, [poller = m_poller] { static_cast<ChangeFeedPoller *>(poller)->stop(); },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_poller;
    }
}

void ChangeFeed::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, [poller = m_poller] { static_cast<ChangeFeedPoller *>(poller)->start(); });
}

} // namespace Packbench
