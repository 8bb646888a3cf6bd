#include "core/bigcommerce/ApiPath.h"

#include <QTest>

using namespace Packbench;
using Problem = ApiPath::Problem;

class TestApiPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("normalized");
        const QString normal = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        QTest::newRow("v3 slash") << normal << "abc123" << normal;
        QTest::newRow("v3 no slash") << "https://api.bigcommerce.com/stores/abc123/v3"
                                     << "abc123" << normal;
        QTest::newRow("v2") << "https://api.bigcommerce.com/stores/abc123/v2/"
                            << "abc123" << normal;
        QTest::newRow("spaces around") << "  https://api.bigcommerce.com/stores/abc123/v3/ \n"
                                       << "abc123" << normal;
        QTest::newRow("upper host") << "https://API.BigCommerce.com/stores/abc123/v3/"
                                    << "abc123" << normal;
        QTest::newRow("sandbox") << "http://127.0.0.1:8765/stores/sandbox1/v3/"
                                 << "sandbox1"
                                 << "http://127.0.0.1:8765/stores/sandbox1/v3/";
        QTest::newRow("localhost https") << "https://localhost:9443/stores/s1/v2"
                                         << "s1"
                                         << "https://localhost:9443/stores/s1/v3/";
    }

    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, hash);
        QFETCH(QString, normalized);
        const ApiPath path = ApiPath::parse(input);
        QVERIFY2(path.isValid(), qPrintable(path.errorString()));
        QCOMPARE(path.storeHash(), hash);
        QCOMPARE(path.normalized(), normalized);
        QVERIFY(path.errorString().isEmpty());
        QVERIFY(path.v2Base().toString().endsWith(QStringLiteral("/stores/") + hash + QStringLiteral("/v2/")));
        QVERIFY(path.v3Base().toString().endsWith(QStringLiteral("/stores/") + hash + QStringLiteral("/v3/")));
    }

    void rejectedWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << Problem::Empty << "API Path";
        QTest::newRow("not a url") << "abc123" << Problem::NotAUrl << "https://api.bigcommerce.com";
        QTest::newRow("http") << "http://api.bigcommerce.com/stores/abc123/v3/" << Problem::PlainHttp << "https://";
        QTest::newRow("storefront") << "https://mystore.mybigcommerce.com/stores/abc/v3/" << Problem::StorefrontDomain
                                    << "mystore.mybigcommerce.com";
        QTest::newRow("own domain") << "https://shop.example.com/" << Problem::StorefrontDomain << "shop.example.com";
        QTest::newRow("login host") << "https://login.bigcommerce.com/stores/abc/v3" << Problem::WrongHost
                                    << "login.bigcommerce.com";
        QTest::newRow("no hash") << "https://api.bigcommerce.com/stores/" << Problem::NoStoreHash << "store hash";
        QTest::newRow("no stores") << "https://api.bigcommerce.com/v3/" << Problem::NoStoreHash << "store hash";
        QTest::newRow("bad hash") << "https://api.bigcommerce.com/stores/ab-c/v3/" << Problem::BadStoreHash << "ab-c";
        QTest::newRow("no version") << "https://api.bigcommerce.com/stores/abc123" << Problem::NoVersion
                                    << "/stores/abc123/v3/";
        QTest::newRow("v4") << "https://api.bigcommerce.com/stores/abc123/v4/" << Problem::NoVersion << "/v3/";
        QTest::newRow("extra") << "https://api.bigcommerce.com/stores/abc123/v3/catalog/products" << Problem::ExtraPath
                               << "after /v3/";
        QTest::newRow("query") << "https://api.bigcommerce.com/stores/abc123/v3/?x=1" << Problem::QueryOrFragment
                               << "?";
        QTest::newRow("port") << "https://api.bigcommerce.com:8443/stores/abc123/v3/" << Problem::WrongHost
                              << "api.bigcommerce.com";
        QTest::newRow("ftp") << "ftp://api.bigcommerce.com/stores/abc123/v3/" << Problem::NotAUrl << "web address";
    }

    void rejectedWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        QFETCH(QString, mentions);
        const ApiPath path = ApiPath::parse(input);
        QVERIFY(!path.isValid());
        QCOMPARE(path.problem(), problem);
        QVERIFY2(path.errorString().contains(mentions), qPrintable(path.errorString()));
        QVERIFY(path.normalized().isEmpty());
        QVERIFY(!path.v2Base().isValid());
    }
};

QTEST_GUILESS_MAIN(TestApiPath)
#include "tst_apipath.moc"
