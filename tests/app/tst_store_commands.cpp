// `packbench store ...` as scripts run it: the real binary, the real keychain (gnome-keyring from scripts/test.sh),
// a real SQLite profile, and the sandbox store over real HTTP.
#include "support/ImportedRows.h"
#include "support/PackbenchRun.h"
#include "support/SandboxFixture.h"
#include "support/TestSecrets.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
using Run = PackbenchRun;

QString uniqueToken()
{
    return QStringLiteral("tok") + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

class TestStoreCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    QStringList m_transcript; // everything the binary printed, for the leak check

    // Runs the binary while this test's event loop keeps the in-process sandbox answering.
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &environment = {})
    {
        const Run result = runPackbench(m_profile.path(), arguments, input, environment);
        m_transcript << result.out << result.err;
        return result;
    }

    Run add(const QString &name, const QString &apiPath, const QString &token, const QProcessEnvironment &env = {})
    {
        return run({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--name"), name,
                    QStringLiteral("--api-path"), apiPath, QStringLiteral("--client-id"), QStringLiteral("cid-7")},
                   token.toUtf8() + '\n', env);
    }

    QJsonArray list()
    {
        const Run listed = run({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    int hitsInProfile(const QString &secret) { return filesContaining(m_profile.path(), secret); }

private Q_SLOTS:
    void initTestCase() { PACKBENCH_REQUIRE_KEYCHAIN(); }

    void init()
    {
        m_profile.~QTemporaryDir();
        new (&m_profile) QTemporaryDir;
        m_transcript.clear();
    }

    void connectConfigureTestRemove()
    {
        const QString token = uniqueToken();
        SandboxFixture sandbox(60, [&token](SandboxOptions &options) { options.token = token; });
        QVERIFY(sandbox.isListening());

        Run result = add(QStringLiteral("Main"), sandbox.apiPath(), token);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("sandbox1")));

        QJsonArray stores = list();
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.at(0)[QLatin1String("token")].toString(), QStringLiteral("stored"));
        QCOMPARE(stores.at(0)[QLatin1String("store_hash")].toString(), QStringLiteral("sandbox1"));
        QCOMPARE(stores.at(0)[QLatin1String("import_statuses")].toArray(), (QJsonArray{9, 11}));

        result = run({QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("Main")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Connected to")));
        QVERIFY(list().at(0)[QLatin1String("channels")].toArray().size() >= 3);

        result = run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("Main"),
                      QStringLiteral("--writeback"), QStringLiteral("off"), QStringLiteral("--channel-tags"),
                      QStringLiteral("on"), QStringLiteral("--import-statuses"), QStringLiteral("11,9,12"),
                      QStringLiteral("--auto-import"), QStringLiteral("10"), QStringLiteral("--pickup-in-store"),
                      QStringLiteral("on"), QStringLiteral("--default-channel"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject saved = list().at(0).toObject();
        QCOMPARE(saved[QLatin1String("writeback")].toString(), QStringLiteral("off"));
        QCOMPARE(saved[QLatin1String("channel_tags")].toBool(), true);
        QCOMPARE(saved[QLatin1String("pickup_in_store")].toBool(), true);
        QCOMPARE(saved[QLatin1String("import_statuses")].toArray(), (QJsonArray{9, 11, 12}));
        QCOMPARE(saved[QLatin1String("auto_import_minutes")].toInt(), 10);
        QCOMPARE(saved[QLatin1String("default_channel_id")].toInt(), 2);

        // Secrets never reach a file of the profile, the database or anything printed.
        QCOMPARE(hitsInProfile(token), 0);
        QVERIFY(!m_transcript.join(QLatin1Char('\n')).contains(token));

        result = run({QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("Main")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(list().isEmpty());
    }

    void connectionFailuresHaveTheirExitStatus_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong token") << "wrong-token" << 4 << "401";
        QTest::newRow("wrong store hash") << "wrong-hash" << 4 << "403";
        QTest::newRow("read-only token") << "read-only" << 0 << "write access is confirmed at the first write-back";
        QTest::newRow("server down") << "down" << 5 << "refused the connection";
    }

    void connectionFailuresHaveTheirExitStatus()
    {
        QFETCH(QString, mode);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        QString apiPath = sandbox.apiPath();
        QString token = sandbox.token();
        if (mode == QLatin1String("wrong-token"))
            token = uniqueToken();
        else if (mode == QLatin1String("wrong-hash"))
            apiPath.replace(QStringLiteral("/sandbox1/"), QStringLiteral("/another1/"));
        else if (mode == QLatin1String("read-only"))
            token = sandbox.readOnlyToken();
        else if (mode == QLatin1String("down"))
            apiPath = unreachableApiPath();
        QCOMPARE(add(QStringLiteral("Main"), apiPath, token).exitCode, 0);
        const Run result = run({QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("Main")});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2((result.out + result.err).contains(mentions), qPrintable(result.out + result.err));
        if (exitCode != 0) // one clear line on stderr
            QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void badInputIsRefusedWithItsExitStatus()
    {
        const QString path = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        QCOMPARE(add(QStringLiteral("Main"), path, QStringLiteral("tok")).exitCode, 0);
        Run result = add(QStringLiteral("MAIN"), path, QStringLiteral("tok"));
        QCOMPARE(result.exitCode, 8);
        QVERIFY(result.err.contains(QStringLiteral("already exists")));
        result = add(QStringLiteral("Other"), QStringLiteral("https://myshop.mybigcommerce.com/"), QStringLiteral("t"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("api.bigcommerce.com")));
        result = add(QStringLiteral("Other"), path, QStringLiteral("pasted with spaces"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("spaces")));
        result = add(QStringLiteral("Other"), path, QString());
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("Nope")});
        QCOMPARE(result.exitCode, 3);
        result = run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("Main"),
                      QStringLiteral("--import-statuses"), QStringLiteral("9,99")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("store"), QStringLiteral("frob")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(list().size(), 1);
    }

    void aStoreIsConnectedOnce()
    {
        QCOMPARE(add(QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"),
                     QStringLiteral("tok"))
                     .exitCode,
                 0);
        Run result = add(QStringLiteral("Second"), QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v2"),
                         QStringLiteral("tok"));
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("Store hash \"abc123\" is already connected as \"Main\"")),
                 qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0); // one clear line
        QCOMPARE(list().size(), 1);

        QCOMPARE(add(QStringLiteral("Other"), QStringLiteral("https://api.bigcommerce.com/stores/xyz9/v3/"),
                     QStringLiteral("tok"))
                     .exitCode,
                 0);
        result = run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("Other"),
                      QStringLiteral("--api-path"), QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/")});
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("already connected as \"Main\"")), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        // A store may keep its own hash.
        result = run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("Main"),
                      QStringLiteral("--api-path"), QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v3/")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray stores = list();
        QCOMPARE(stores.size(), 2);
        for (const QJsonValue &store : stores) {
            if (store[QLatin1String("name")].toString() == QLatin1String("Other"))
                QCOMPARE(store[QLatin1String("store_hash")].toString(), QStringLiteral("xyz9"));
        }
    }

    void removeTakesTheShipmentsWithIt()
    {
        QCOMPARE(add(QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"),
                     QStringLiteral("tok"))
                     .exitCode,
                 0);
        const QString storeId = list().at(0)[QLatin1String("id")].toString();
        const QString connectionName = QStringLiteral("check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(m_profile.filePath(QStringLiteral("packbench.sqlite")));
            QVERIFY(db.open());
            QString error;
            QVERIFY2(ImportedRows::insert(db, storeId, {100, 101}, &error), qPrintable(error));
            db.close();
        }
        auto counts = [&] {
            QSqlDatabase db = QSqlDatabase::database(connectionName);
            const ImportedRows::Counts found = ImportedRows::count(db, storeId);
            db.close();
            return found;
        };

        Run result = run({QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("Main")});
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("4 shipment")), qPrintable(result.err));
        QCOMPARE(counts().shipments, 4);

        result =
            run({QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("Main"), QStringLiteral("--force")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const ImportedRows::Counts left = counts();
        QVERIFY2(left.isEmpty(), qPrintable(left.toString()));
        QVERIFY(list().isEmpty());
        QSqlDatabase::removeDatabase(connectionName);
    }

    void tokenCommandReplacesTheToken()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        QCOMPARE(add(QStringLiteral("Main"), sandbox.apiPath(), QStringLiteral("wrong")).exitCode, 0);
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("Main")}).exitCode, 4);
        const Run replaced = run({QStringLiteral("store"), QStringLiteral("token"), QStringLiteral("Main")},
                                 sandbox.token().toUtf8() + "\n");
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("Main")}).exitCode, 0);
    }

    void withoutAKeychainNothingIsStored()
    {
        const QString token = uniqueToken();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run result =
            add(QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"), token, env);
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains(QStringLiteral("No keychain is available")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("nothing was stored")));
        QVERIFY(list().isEmpty());
        QCOMPARE(hitsInProfile(token), 0);
        QVERIFY(!m_transcript.join(QLatin1Char('\n')).contains(token));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_store_commands.moc"
