// `packbench database ...` as a station's administrator runs it: the real binary, the real keychain (gnome-keyring
// from scripts/lib/with-keyring.sh) and the real PostgreSQL server of scripts/lib/postgres.sh, which wants a password
// and TLS (verify-full with its throw-away authority).
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/StoreRepository.h"
#include "support/ImportedRows.h"
#include "support/PackbenchRun.h"
#include "support/TestDatabase.h"
#include "support/TestSecrets.h"
#include "support/TestStores.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
using Run = PackbenchRun;

int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    return server.serverPort();
}
} // namespace

class TestDatabaseCommands : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_profile;
    QStringList m_transcript; // everything the binary printed, for the leak check

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The binary must find the password in the keychain, never in the environment.
        env.remove(QStringLiteral("PACKBENCH_TEST_POSTGRES_PASSWORD"));
        env.remove(QStringLiteral("PGPASSWORD"));
        const Run result = runPackbench(m_profile->path(), arguments, input, env);
        m_transcript << result.out << result.err;
        return result;
    }

    QJsonObject testJson(const QStringList &before, const QString &url = QString())
    {
        QStringList arguments = before + QStringList{QStringLiteral("database"), QStringLiteral("test")};
        if (!url.isEmpty())
            arguments << url;
        arguments << QStringLiteral("--json");
        return QJsonDocument::fromJson(run(arguments).out.toUtf8()).object();
    }

    Profile profile() const { return Profile::open(m_profile->path()); }

    static SecretStore::Status writeSecret(const QString &key, const QString &value)
    {
        KeychainSecretStore secrets;
        QEventLoop loop;
        SecretStore::Status status = SecretStore::Status::Failed;
        bool finished = false;
        secrets.write(key, value, &loop, [&](const SecretStore::Result &result) {
            status = result.status;
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        return status;
    }

private Q_SLOTS:
    void initTestCase() { PACKBENCH_REQUIRE_KEYCHAIN(); }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        m_transcript.clear();
    }

    void helpListsTheCommands()
    {
        Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *command : {"database login URL", "database logout URL", "database test [URL]",
                                    "database use URL|local", "database migrate --to URL"})
            QVERIFY2(result.out.contains(QLatin1String(command)), command);
        result = run({QStringLiteral("database")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("login, logout, test, use or migrate")), qPrintable(result.err));
        result = run({QStringLiteral("database"), QStringLiteral("login")});
        QCOMPARE(result.exitCode, 2);
        result =
            run({QStringLiteral("database"), QStringLiteral("login"), QStringLiteral("mysql://x@y/z")}, "secret\n");
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("database"), QStringLiteral("login"), QStringLiteral("sqlite:/tmp/x.sqlite")},
                     "secret\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Only a PostgreSQL server has a password")), qPrintable(result.err));
    }

    void loginThenTest()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        const QString url = testDatabase.url();
        const QString password = testDatabase.location().password;
        QVERIFY(url.contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(!url.contains(password));

        QJsonObject check = testJson({}, url);
        QCOMPARE(check[QLatin1String("outcome")].toString(), QStringLiteral("password-missing"));

        // A password the server refuses is not stored.
        Run result = run({QStringLiteral("database"), QStringLiteral("login"), url}, "wrong-password\n");
        QCOMPARE(result.exitCode, 7);
        QVERIFY2(result.err.contains(QLatin1String("password authentication failed")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("The password was not stored")), qPrintable(result.err));
        QCOMPARE(testJson({}, url)[QLatin1String("outcome")].toString(), QStringLiteral("password-missing"));

        result = run({QStringLiteral("database"), QStringLiteral("login"), url}, password.toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("stored in this station's keychain")), qPrintable(result.out));

        result = run({QStringLiteral("database"), QStringLiteral("test"), url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("Connected to")), qPrintable(result.out));
        check = testJson({}, url);
        QCOMPARE(check[QLatin1String("outcome")].toString(), QStringLiteral("ok"));
        QCOMPARE(check[QLatin1String("schema_version")].toInt(), 0);

        // Every command of the station finds the password in the keychain.
        result = run({QStringLiteral("--database"), url, QStringLiteral("shipments"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(testJson({QStringLiteral("--database"), url})[QLatin1String("schema_version")].toInt(),
                 Database::kSchemaVersion);

        // The password is in no file of the profile and in nothing printed.
        QCOMPARE(filesContaining(m_profile->path(), password), 0);
        QVERIFY(!m_transcript.join(QLatin1Char('\n')).contains(password));

        result = run({QStringLiteral("database"), QStringLiteral("logout"), url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(testJson({}, url)[QLatin1String("outcome")].toString(), QStringLiteral("password-missing"));
        result = run({QStringLiteral("--database"), url, QStringLiteral("shipments")});
        QCOMPARE(result.exitCode, 7);
    }

    void wrongStoredPasswordIsReported()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QCOMPARE(writeSecret(testDatabase.location().passwordKey(), QStringLiteral("no-longer-right")),
                 SecretStore::Status::Ok);
        Run result = run({QStringLiteral("database"), QStringLiteral("test"), testDatabase.url()});
        QCOMPARE(result.exitCode, 7);
        QVERIFY2(result.err.contains(QLatin1String("password authentication failed")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("packbench database login")), qPrintable(result.err));
        result = run({QStringLiteral("--database"), testDatabase.url(), QStringLiteral("shipments")});
        QCOMPARE(result.exitCode, 7);
        QVERIFY2(result.err.contains(QLatin1String("password authentication failed")), qPrintable(result.err));
    }

    void useAndLocal()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        QVERIFY2(testDatabase.storePasswordInKeychain(&error), qPrintable(error));
        const QString url = testDatabase.url();

        Run result = run({QStringLiteral("database"), QStringLiteral("use"), url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(AppSettings(profile()).databaseUrl(), url);
        // Without --database the station now opens the shared database.
        QCOMPARE(testJson({})[QLatin1String("database")].toString(), testDatabase.location().displayName());
        result = run({QStringLiteral("shipments"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(testJson({})[QLatin1String("schema_version")].toInt(), Database::kSchemaVersion);

        // A database that does not answer is not taken.
        const QString closed = QStringLiteral("postgresql://packbench@127.0.0.1:%1/packbench").arg(closedPort());
        result = run({QStringLiteral("database"), QStringLiteral("use"), closed});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("still uses")), qPrintable(result.err));
        QCOMPARE(AppSettings(profile()).databaseUrl(), url);
        result = run({QStringLiteral("database"), QStringLiteral("use"), QStringLiteral("postgresql://nohost")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(AppSettings(profile()).databaseUrl(), url);

        result = run({QStringLiteral("database"), QStringLiteral("use"), QStringLiteral("local")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(AppSettings(profile()).databaseUrl().isEmpty());
        QCOMPARE(testJson({})[QLatin1String("database")].toString(), profile().databasePath());
        // --database still wins over the setting.
        QCOMPARE(testJson({QStringLiteral("--database"), url})[QLatin1String("database")].toString(),
                 testDatabase.location().displayName());
    }

    // Needs DatabaseCopy (core/storage/DatabaseCopy.cpp).
    void migrateSqliteToPostgres()
    {
        TestDatabase target(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(target);
        QString error;
        QVERIFY2(target.storePasswordInKeychain(&error), qPrintable(error));
        {
            // The station's own SQLite file, with a store and two imported orders (four shipments).
            DatabaseLocation own;
            QVERIFY(DatabaseLocation::parse(QString(), profile(), &own, &error));
            std::unique_ptr<Database> database = Database::open(own, &error);
            QVERIFY2(database, qPrintable(error));
            StoreRepository stores(*database);
            const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
            QCOMPARE(stores.insert(store, &error), StoreRepository::Outcome::Ok);
            QVERIFY2(ImportedRows::insert(database->connection(), store.id.toString(QUuid::WithoutBraces), {100, 101},
                                          &error),
                     qPrintable(error));
        }
        const QString url = target.url();
        Run result = run({QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("migrate"),
                          QStringLiteral("--to"), url});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("this station's own database")), qPrintable(result.err));

        result = run({QStringLiteral("database"), QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const char *line :
             {"stores\t1\t1", "orders\t2\t2", "shipments\t4\t4", "shipment_items\t4\t4", "shipment_tags\t4\t4"})
            QVERIFY2(result.out.contains(QLatin1String(line)), qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1String("copying shipments")), qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("packbench database use '") + url + QLatin1Char('\'')),
                 qPrintable(result.out));

        // The copy is a working station database.
        result = run({QStringLiteral("database"), QStringLiteral("use"), url});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("4 shipment")), qPrintable(result.out));
        result = run({QStringLiteral("shipments"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 4);

        // A target that holds data already is left as it is.
        result = run({QStringLiteral("--database"), QStringLiteral("local"), QStringLiteral("database"),
                      QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QCOMPARE(result.exitCode, 7);
        QVERIFY2(result.err.contains(QLatin1String("Nothing was copied")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCommands)
#include "tst_database_commands.moc"
