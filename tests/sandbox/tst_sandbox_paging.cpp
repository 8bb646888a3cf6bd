// GET /v2/orders paging, filters and sorting over real HTTP.
#include "SandboxTestClient.h"

#include <QSet>
#include <QTest>
#include <functional>

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageAndKeysetAgree();
    void limits();
    void pastTheEnd();
    void statusFilter();
    void dateFilters_data();
    void dateFilters();
    void unescapedPlusIsBadRequest();
    void isoWithOffset();
    void idRange();
    void channelFilter();
    void sorting();

private:
    QList<int> ids(const QJsonArray &orders) const;
    qint64 dateOf(const QJsonObject &order, const char *field) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_all;
};

void TestSandboxPaging::initTestCase()
{
    m_server = startSandbox(sandboxTestOptions(600, 21));
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), QStringLiteral("sandbox1"),
                                                   QStringLiteral("sandbox-token"));
    m_all = m_client->allOrders(QString());
    QCOMPARE(m_all.size(), 600);
}

QList<int> TestSandboxPaging::ids(const QJsonArray &orders) const
{
    QList<int> result;
    for (const QJsonValue &order : orders)
        result << order.toObject().value(QLatin1String("id")).toInt();
    return result;
}

qint64 TestSandboxPaging::dateOf(const QJsonObject &order, const char *field) const
{
    return QDateTime::fromString(order.value(QLatin1String(field)).toString(), Qt::RFC2822Date).toSecsSinceEpoch();
}

void TestSandboxPaging::pageAndKeysetAgree()
{
    QList<int> byPage;
    int page = 1;
    for (;; ++page) {
        const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders?limit=70&page=%1").arg(page)));
        if (result.status == 204)
            break;
        QCOMPARE(result.status, 200);
        byPage << ids(result.array());
        QVERIFY(page < 50);
    }
    QCOMPARE(page, 10); // 600 / 70 -> 9 pages, the 10th is empty
    int keysetRequests = 0;
    const QList<int> byKeyset = ids(m_client->allOrders(QString(), &keysetRequests));
    QCOMPARE(keysetRequests, 3);
    QCOMPARE(byPage, byKeyset);
    QCOMPARE(QSet<int>(byPage.cbegin(), byPage.cend()).size(), 600);
    QVERIFY(std::is_sorted(byPage.cbegin(), byPage.cend()));
    QCOMPARE(byPage.first(), 100);
    QCOMPARE(byPage.last(), 699);
}

void TestSandboxPaging::limits()
{
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders"))).array().size(), 50); // default limit
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?limit=250"))).array().size(), 250);
    const HttpResult tooMany = m_client->get(m_client->v2(QStringLiteral("orders?limit=251")));
    QCOMPARE(tooMany.status, 413);
    QCOMPARE(tooMany.array().at(0).toObject().value(QLatin1String("status")).toInt(), 413);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?limit=0"))).status, 400);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?page=0"))).status, 400);
}

void TestSandboxPaging::pastTheEnd()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders?limit=250&page=4")));
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?min_id=700"))).status, 204);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/count?min_id=700")))
                 .object()
                 .value(QLatin1String("count"))
                 .toInt(),
             0);
}

void TestSandboxPaging::statusFilter()
{
    for (int status : {9, 11, 2}) {
        const QJsonArray filtered = m_client->allOrders(QStringLiteral("status_id=%1").arg(status));
        int expected = 0;
        for (const QJsonValue &order : std::as_const(m_all))
            if (order.toObject().value(QLatin1String("status_id")).toInt() == status)
                ++expected;
        QCOMPARE(filtered.size(), expected);
        QVERIFY(expected > 0);
        for (const QJsonValue &order : filtered)
            QCOMPARE(order.toObject().value(QLatin1String("status_id")).toInt(), status);
    }
}

void TestSandboxPaging::dateFilters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isMin");
    QTest::addColumn<bool>("iso");
    for (const bool iso : {false, true}) {
        const char *format = iso ? "iso" : "rfc";
        QTest::addRow("min_date_created %s", format) << "min_date_created"
                                                     << "date_created" << true << iso;
        QTest::addRow("max_date_created %s", format) << "max_date_created"
                                                     << "date_created" << false << iso;
        QTest::addRow("min_date_modified %s", format) << "min_date_modified"
                                                      << "date_modified" << true << iso;
        QTest::addRow("max_date_modified %s", format) << "max_date_modified"
                                                      << "date_modified" << false << iso;
    }
}

void TestSandboxPaging::dateFilters()
{
    QFETCH(QString, parameter);
    QFETCH(QString, field);
    QFETCH(bool, isMin);
    QFETCH(bool, iso);
    const QByteArray fieldName = field.toLatin1();
    const qint64 pivot = dateOf(m_all.at(350).toObject(), fieldName.constData());
    const QString value = iso ? QDateTime::fromSecsSinceEpoch(pivot, Qt::UTC).toString(Qt::ISODate) // ...Z
                              : encodedRfc2822(pivot);                                              // %2B0000
    if (iso)
        QVERIFY(value.endsWith(QLatin1Char('Z')));
    else
        QVERIFY(value.endsWith(QLatin1String("%2B0000")));
    const QJsonArray filtered = m_client->allOrders(parameter + QLatin1Char('=') + value);
    int expected = 0;
    for (const QJsonValue &order : std::as_const(m_all)) {
        const qint64 when = dateOf(order.toObject(), fieldName.constData());
        if (isMin ? when >= pivot : when <= pivot)
            ++expected;
    }
    QVERIFY(expected > 0 && expected < 600);
    QCOMPARE(filtered.size(), expected);
    for (const QJsonValue &order : filtered) {
        const qint64 when = dateOf(order.toObject(), fieldName.constData());
        QVERIFY(isMin ? when >= pivot : when <= pivot);
    }
    const HttpResult count = m_client->get(m_client->v2(QStringLiteral("orders/count?%1=%2").arg(parameter, value)));
    QCOMPARE(count.object().value(QLatin1String("count")).toInt(), expected);
}

void TestSandboxPaging::unescapedPlusIsBadRequest()
{
    // A '+' in a query string is a space: "+0000" arrives as " 0000" and the date is broken, as at BigCommerce.
    const HttpResult result = m_client->get(
        m_client->v2(QStringLiteral("orders?min_date_created=Fri,%2020%20Nov%202026%2011:32:00%20+0000")));
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.array().at(0).toObject();
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 400);
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("min_date_created")));
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/count?max_date_modified=yesterday"))).status, 400);
    // The same date escaped is fine.
    QCOMPARE(
        m_client
            ->get(m_client->v2(QStringLiteral("orders?min_date_created=Fri,%2020%20Nov%202026%2011:32:00%20%2B0000")))
            .status,
        204);
}

void TestSandboxPaging::isoWithOffset()
{
    const qint64 pivot = dateOf(m_all.at(200).toObject(), "date_created");
    // The same instant written at -04:00.
    const QString local =
        QDateTime::fromSecsSinceEpoch(pivot - 4 * 3600, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
        QStringLiteral("-04:00");
    const QJsonArray filtered = m_client->allOrders(QStringLiteral("max_date_created=") + local);
    int expected = 0;
    for (const QJsonValue &order : std::as_const(m_all))
        if (dateOf(order.toObject(), "date_created") <= pivot)
            ++expected;
    QCOMPARE(filtered.size(), expected);
}

void TestSandboxPaging::idRange()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders?min_id=150&max_id=160&limit=250")));
    QCOMPARE(result.status, 200);
    QList<int> expected;
    for (int id = 150; id <= 160; ++id)
        expected << id;
    QCOMPARE(ids(result.array()), expected);
}

void TestSandboxPaging::channelFilter()
{
    int total = 0;
    for (int channel = 1; channel <= 3; ++channel) {
        const QJsonArray filtered = m_client->allOrders(QStringLiteral("channel_id=%1").arg(channel));
        for (const QJsonValue &order : filtered)
            QCOMPARE(order.toObject().value(QLatin1String("channel_id")).toInt(), channel);
        QVERIFY(!filtered.isEmpty());
        total += filtered.size();
    }
    QCOMPARE(total, 600);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?channel_id=9"))).status, 204);
}

void TestSandboxPaging::sorting()
{
    const HttpResult descending = m_client->get(m_client->v2(QStringLiteral("orders?sort=id:desc&limit=250")));
    QCOMPARE(descending.status, 200);
    const QList<int> descendingIds = ids(descending.array());
    QCOMPARE(descendingIds.first(), 699);
    QVERIFY(std::is_sorted(descendingIds.crbegin(), descendingIds.crend()));

    for (const char *field : {"date_modified", "date_created"}) {
        const HttpResult result =
            m_client->get(m_client->v2(QStringLiteral("orders?sort=%1:desc&limit=250").arg(QLatin1String(field))));
        QCOMPARE(result.status, 200);
        const QJsonArray orders = result.array();
        for (int i = 1; i < orders.size(); ++i)
            QVERIFY(dateOf(orders.at(i - 1).toObject(), field) >= dateOf(orders.at(i).toObject(), field));
    }
    const QJsonArray byStatus =
        m_client->get(m_client->v2(QStringLiteral("orders?sort=status_id:asc&limit=250"))).array();
    for (int i = 1; i < byStatus.size(); ++i)
        QVERIFY(byStatus.at(i - 1).toObject().value(QLatin1String("status_id")).toInt() <=
                byStatus.at(i).toObject().value(QLatin1String("status_id")).toInt());
    const QJsonArray byChannel = m_client->get(m_client->v2(QStringLiteral("orders?sort=channel_id:desc"))).array();
    QCOMPARE(byChannel.first().toObject().value(QLatin1String("channel_id")).toInt(), 3);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?sort=colour:asc"))).status, 400);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders?sort=id:sideways"))).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
