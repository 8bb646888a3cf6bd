// ConnectionCheck: "Test connection" against the real PostgreSQL server of scripts/lib/postgres.sh, which wants a
// password (scram-sha-256) and TLS (the URL says sslmode=verify-full with the throw-away authority), so every outcome
// here is the server's or libpq's real answer. The words libpq uses are checked without a server too.
#include "core/settings/Profile.h"
#include "core/storage/ConnectionCheck.h"
#include "core/storage/Database.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>

using namespace Packbench;

namespace {

using Outcome = ConnectionCheck::Outcome;

// A certificate authority that signed no server (made once with openssl; it only has to be a valid certificate).
const char kForeignAuthority[] = "-----BEGIN CERTIFICATE-----\n"
                                 "MIIB0TCCAXegAwIBAgIUcKEfLH6W9kBClFT1QjAbdEFTbzIwCgYIKoZIzj0EAwIw\n"
                                 "PTE7MDkGA1UEAwwyUGFja2JlbmNoIHRlc3Q6IGFuIGF1dGhvcml0eSB0aGF0IHNp\n"
                                 "Z25lZCBubyBzZXJ2ZXIwIBcNMjYxMTMwMDAyNjA0WhgPMjEyNjExMDYwMDI2MDRa\n"
                                 "MD0xOzA5BgNVBAMMMlBhY2tiZW5jaCB0ZXN0OiBhbiBhdXRob3JpdHkgdGhhdCBz\n"
                                 "aWduZWQgbm8gc2VydmVyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENsp+VgpU\n"
                                 "8w9I5PDNAo5dbVwDN0XpBnsmWNFFEn8RvvuGHy4GLtfZhw0lNEDJqTvrGxe6ZWtD\n"
                                 "5CsVs7t6MjV4u6NTMFEwHQYDVR0OBBYEFG769XacMCTiRgmdOaX2wTT+oA+LMB8G\n"
                                 "A1UdIwQYMBaAFG769XacMCTiRgmdOaX2wTT+oA+LMA8GA1UdEwEB/wQFMAMBAf8w\n"
                                 "CgYIKoZIzj0EAwIDSAAwRQIgMlQw+fITnlB5Df1RCHAuWHApL7W5AijMOZoMTpTU\n"
                                 "4pUCIQCE4j59s20ouaYc5b/XpbwufTcNr79nhbRgCX9xFIJK9g==\n"
                                 "-----END CERTIFICATE-----\n";

// A connection failure as QPSQL reports it: no SQLSTATE, libpq's words in databaseText().
QSqlError connectionError(const QString &libpqText, const QString &code = QString())
{
    return QSqlError(QStringLiteral("QPSQL: Unable to connect"), libpqText, QSqlError::ConnectionError, code);
}

// A port on loopback where nothing listens.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    return server.serverPort();
}

QStringList tablesOf(const DatabaseLocation &location)
{
    const QString name = QStringLiteral("tables-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(location.connectOptions());
        if (db.open())
            tables = db.tables();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

bool exec(Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (query.exec(statement))
        return true;
    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

class TestDatabaseConnection : public QObject
{
    Q_OBJECT

    // One database of the server for the tests that only try to connect to it (a database each costs a second).
    std::unique_ptr<TestDatabase> m_server;

private Q_SLOTS:
    void initTestCase() { m_server = std::make_unique<TestDatabase>(TestDatabase::Backend::PostgreSQL); }
    void cleanupTestCase() { m_server.reset(); }

    // libpq's words (English, and German as a German station gets them) and SQLSTATEs, as seen from a real server.
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Outcome>("outcome");
        const auto row = [](const char *name, const char *text, Outcome outcome, const char *code = "") {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(code) << outcome;
        };
        row("wrong password",
            "connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  password authentication "
            "failed for user \"packbench\"\n",
            Outcome::AuthenticationFailed);
        row("wrong password, German server",
            "FATAL:  Passwort-Authentifizierung für Benutzer »packbench« fehlgeschlagen",
            Outcome::AuthenticationFailed);
        row("28P01", "some words", Outcome::AuthenticationFailed, "28P01");
        row("28000", "some words", Outcome::AuthenticationFailed, "28000");
        row("pg_hba.conf",
            "FATAL:  no pg_hba.conf entry for host \"10.0.0.7\", user \"packbench\", database \"packbench\", SSL "
            "encryption",
            Outcome::AuthenticationFailed);
        row("missing role", "FATAL:  role \"bench\" does not exist", Outcome::AuthenticationFailed);
        row("no password",
            "connection to server at \"db\" (10.0.0.2), port 5432 failed: fe_sendauth: no password "
            "supplied\n",
            Outcome::PasswordMissing);
        row("missing database", "FATAL:  database \"nodb\" does not exist", Outcome::DatabaseMissing);
        row("missing database, German", "FATAL:  Datenbank »nodb« existiert nicht", Outcome::DatabaseMissing);
        row("3D000", "some words", Outcome::DatabaseMissing, "3D000");
        row("refused",
            "connection to server at \"localhost\" (127.0.0.1), port 1 failed: Connection refused\n\tIs the server "
            "running on that host and accepting TCP/IP connections?\n",
            Outcome::Unreachable);
        row("refused, German", "Verbindung zum Server auf »db«, Port 1 fehlgeschlagen: Verbindungsaufbau abgelehnt",
            Outcome::Unreachable);
        row("unknown host", "could not translate host name \"db.invalid\" to address: Name or service not known\n",
            Outcome::Unreachable);
        row("timeout", "connection to server at \"10.9.9.9\", port 5432 failed: timeout expired\n",
            Outcome::Unreachable);
        row("starting up", "FATAL:  the database system is starting up", Outcome::Unreachable);
        row("57P03", "some words", Outcome::Unreachable, "57P03");
        row("08006", "some words", Outcome::Unreachable, "08006");
        row("not PostgreSQL",
            "connection to server at \"127.0.0.1\", port 80 failed: received invalid response to SSL negotiation: H",
            Outcome::Unreachable);
        row("certificate not trusted",
            "connection to server at \"db\" (10.0.0.2), port 5432 failed: SSL error: certificate verify failed\n",
            Outcome::TlsFailed);
        row("host name mismatch",
            "connection to server at \"127.0.0.1\", port 5432 failed: server certificate for \"localhost\" (and 1 "
            "other name) does not match host name \"bench.example\"\n",
            Outcome::TlsFailed);
        row("server without TLS",
            "connection to server at \"db\", port 5432 failed: server does not support SSL, but SSL was required\n",
            Outcome::TlsFailed);
        row("root certificate missing",
            "connection to server at \"db\", port 5432 failed: root certificate file \"/root/.postgresql/root.crt\" "
            "does not exist\nEither provide the file or change sslmode to disable server certificate verification.\n",
            Outcome::TlsFailed);
        row("TLS required by pg_hba.conf",
            "FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", user \"packbench\", database \"packbench\", no "
            "encryption",
            Outcome::TlsFailed);
        row("TLS required by pg_hba.conf, with SQLSTATE",
            "FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", "
            "user \"u\", database \"d\", no encryption",
            Outcome::TlsFailed, "28000");
        row("too many connections", "FATAL:  sorry, too many clients already", Outcome::Failed, "53300");
        row("nothing known", "something new", Outcome::Failed);
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(Outcome, outcome);
        QCOMPARE(ConnectionCheck::classify(connectionError(text, code)), outcome);
    }

    // The message says what is wrong, where, and what to do; libpq's own words are in it without their clutter.
    void explainSaysWhatToDo()
    {
        DatabaseLocation location;
        location.backend = DatabaseLocation::Backend::PostgreSQL;
        location.host = QStringLiteral("db.example");
        location.port = 5433;
        location.user = QStringLiteral("bench");
        location.databaseName = QStringLiteral("packbench");
        location.sslMode = QStringLiteral("verify-full");
        location.sslRootCert = QStringLiteral("/etc/packbench/ca.crt");

        const QString wrongPassword = ConnectionCheck::explain(
            connectionError(QStringLiteral("connection to server at \"db.example\" (10.0.0.2), port 5433 failed: "
                                           "FATAL:  password authentication failed for user \"bench\"\n")),
            location);
        QVERIFY2(wrongPassword.contains(QLatin1String("db.example:5433")), qPrintable(wrongPassword));
        QVERIFY2(wrongPassword.contains(QLatin1String("password authentication failed for user \"bench\"")),
                 qPrintable(wrongPassword));
        QVERIFY2(!wrongPassword.contains(QLatin1String("connection to server at")), qPrintable(wrongPassword));
        QVERIFY2(!wrongPassword.contains(QLatin1String("FATAL")), qPrintable(wrongPassword));
        QVERIFY2(wrongPassword.contains(QLatin1String("packbench database login postgresql://bench@db.example:5433/"
                                                      "packbench")),
                 qPrintable(wrongPassword));

        const QString noPassword =
            ConnectionCheck::explain(connectionError(QStringLiteral("fe_sendauth: no password supplied\n")), location);
        QVERIFY2(noPassword.contains(QLatin1String("keychain")), qPrintable(noPassword));
        QVERIFY2(noPassword.contains(QLatin1String("packbench database login")), qPrintable(noPassword));

        const QString refused = ConnectionCheck::explain(
            connectionError(QStringLiteral("connection to server at \"db.example\" (10.0.0.2), port 5433 failed: "
                                           "Connection refused\n\tIs the server running on that host and accepting "
                                           "TCP/IP connections?\nconnection to server at \"db.example\" (10.0.0.3), "
                                           "port 5433 failed: Connection refused\n\tIs the server running on that "
                                           "host and accepting TCP/IP connections?\n")),
            location);
        // Each address tried says the same: once is enough.
        QCOMPARE(refused.count(QLatin1String("Connection refused")), 1);
        QVERIFY2(refused.contains(QLatin1String("firewall")), qPrintable(refused));

        const QString missing = ConnectionCheck::explain(
            connectionError(QStringLiteral("FATAL:  database \"packbench\" does not exist")), location);
        QVERIFY2(missing.contains(QLatin1String("createdb -O bench packbench")), qPrintable(missing));

        const QString untrusted =
            ConnectionCheck::explain(connectionError(QStringLiteral("SSL error: certificate verify failed")), location);
        QVERIFY2(untrusted.contains(QLatin1String("/etc/packbench/ca.crt")), qPrintable(untrusted));

        const QString noTls = ConnectionCheck::explain(
            connectionError(QStringLiteral("server does not support SSL, but SSL was required")), location);
        QVERIFY2(noTls.contains(QLatin1String("sslmode=verify-full")), qPrintable(noTls));
        QVERIFY2(noTls.contains(QLatin1String("turn on ssl")), qPrintable(noTls));

        const QString mismatch = ConnectionCheck::explain(
            connectionError(QStringLiteral("server certificate for \"localhost\" does not match host name "
                                           "\"db.example\"")),
            location);
        QVERIFY2(mismatch.contains(QLatin1String("not made out to db.example")), qPrintable(mismatch));

        QCOMPARE(ConnectionCheck::outcomeName(Outcome::AuthenticationFailed), QStringLiteral("authentication-failed"));
        QCOMPARE(ConnectionCheck::outcomeName(Outcome::Ok), QStringLiteral("ok"));
    }

    // A test changes nothing: a station's file that is not there yet is not created by it.
    void sqliteFileNotThereYet()
    {
        QTemporaryDir dir;
        DatabaseLocation location;
        location.sqlitePath = dir.filePath(QStringLiteral("station.sqlite"));
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::Ok);
        QCOMPARE(check.schemaVersion, 0);
        QVERIFY(!QFile::exists(location.sqlitePath));
    }

    void okWithVerifyFull()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        // The fixture's server is one a store would run: TLS checked against its authority and its host name.
        QCOMPARE(testDatabase.location().sslMode, QStringLiteral("verify-full"));
        QVERIFY(!testDatabase.location().sslRootCert.isEmpty());
        QVERIFY(!testDatabase.location().password.isEmpty());

        ConnectionCheck check = ConnectionCheck::run(testDatabase.location());
        QVERIFY2(check.outcome == Outcome::Ok, qPrintable(check.message));
        QCOMPARE(check.schemaVersion, 0);
        QCOMPARE(check.shipments, qint64(-1));
        QVERIFY2(check.message.contains(QLatin1String("empty")), qPrintable(check.message));
        // Nothing was created by the test.
        QVERIFY(tablesOf(testDatabase.location()).isEmpty());

        QString error;
        std::unique_ptr<Database> database = testDatabase.open(&error);
        QVERIFY2(database, qPrintable(error));
        check = ConnectionCheck::run(testDatabase.location());
        QVERIFY2(check.outcome == Outcome::Ok, qPrintable(check.message));
        QCOMPARE(check.schemaVersion, Database::kSchemaVersion);
        QCOMPARE(check.shipments, qint64(0));
    }

    void wrongPassword()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.password = QStringLiteral("not-") + location.password;
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::AuthenticationFailed);
        QVERIFY2(check.message.contains(QLatin1String("password authentication failed")), qPrintable(check.message));
        QVERIFY2(check.message.contains(QLatin1String("packbench database login")), qPrintable(check.message));
    }

    void unknownUser()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.user = QStringLiteral("nobody_here");
        QCOMPARE(ConnectionCheck::run(location).outcome, Outcome::AuthenticationFailed);
    }

    void noPassword()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.password.clear();
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::PasswordMissing);
        QVERIFY2(check.message.contains(QLatin1String("keychain")), qPrintable(check.message));
    }

    void missingDatabase()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.databaseName = QStringLiteral("pb_never_created");
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::DatabaseMissing);
        QVERIFY2(check.message.contains(QLatin1String("pb_never_created")), qPrintable(check.message));
    }

    void closedPortIsUnreachable()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.port = closedPort();
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::Unreachable);
        QVERIFY2(check.message.contains(QStringLiteral(":%1").arg(location.port)), qPrintable(check.message));
    }

    void foreignAuthorityFailsTls()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QTemporaryDir dir;
        QFile authority(dir.filePath(QStringLiteral("foreign-ca.crt")));
        QVERIFY(authority.open(QIODevice::WriteOnly));
        authority.write(kForeignAuthority);
        authority.close();
        DatabaseLocation location = testDatabase.location();
        location.sslRootCert = authority.fileName();
        for (const QString &mode : {QStringLiteral("verify-full"), QStringLiteral("verify-ca")}) {
            location.sslMode = mode;
            const ConnectionCheck check = ConnectionCheck::run(location);
            QCOMPARE(check.outcome, Outcome::TlsFailed);
            QVERIFY2(check.message.contains(authority.fileName()), qPrintable(check.message));
        }
        // The authority's file is not there at all.
        location.sslRootCert = dir.filePath(QStringLiteral("missing.crt"));
        const ConnectionCheck missing = ConnectionCheck::run(location);
        QCOMPARE(missing.outcome, Outcome::TlsFailed);
        QVERIFY2(missing.message.contains(QLatin1String("missing.crt")), qPrintable(missing.message));
    }

    // The fixture's server takes TLS only: a station set to sslmode=disable is told to turn it on.
    void serverRequiresTls()
    {
        TestDatabase &testDatabase = *m_server;
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        DatabaseLocation location = testDatabase.location();
        location.sslMode = QStringLiteral("disable");
        const ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::TlsFailed);
        QVERIFY2(check.message.contains(QLatin1String("sslmode=verify-full")), qPrintable(check.message));
    }

    // A server that answers "no TLS here" (as PostgreSQL with ssl=off does) while the station requires it. The check
    // runs on a worker thread, as the settings page runs it, while this thread answers.
    void serverWithoutTls()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll(); // the SSLRequest packet
                    socket->write("N");
                });
            }
        });
        DatabaseLocation location;
        location.backend = DatabaseLocation::Backend::PostgreSQL;
        location.host = QStringLiteral("127.0.0.1");
        location.port = server.serverPort();
        location.user = QStringLiteral("packbench");
        location.databaseName = QStringLiteral("packbench");
        location.sslMode = QStringLiteral("require");
        ConnectionCheck check;
        std::atomic<bool> done{false};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            check = ConnectionCheck::run(location);
            done = true;
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 15000);
        worker->wait();
        QCOMPARE(check.outcome, Outcome::TlsFailed);
        QVERIFY2(check.message.contains(QLatin1String("does not offer encrypted connections")),
                 qPrintable(check.message));
    }

    void schemaNewer()
    {
        for (const TestDatabase::Backend backend : {TestDatabase::Backend::SQLite, TestDatabase::Backend::PostgreSQL}) {
            TestDatabase testDatabase(backend);
            PACKBENCH_REQUIRE_DATABASE(testDatabase);
            QString error;
            {
                std::unique_ptr<Database> database = testDatabase.open(&error);
                QVERIFY2(database, qPrintable(error));
                QVERIFY(exec(*database, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            }
            const ConnectionCheck check = ConnectionCheck::run(testDatabase.location());
            QCOMPARE(check.outcome, Outcome::SchemaNewer);
            QCOMPARE(check.schemaVersion, 99);
            QVERIFY2(check.message.contains(QLatin1String("newer Packbench")), qPrintable(check.message));
        }
    }

    // Every background read or write of a window runs on a thread of its own: when such a thread ends, its
    // connection to the server ends with it, or four stations would fill the server's max_connections in a day.
    void aFinishedThreadsConnectionIsClosed()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        std::unique_ptr<Database> database = testDatabase.open(&error);
        QVERIFY2(database, qPrintable(error));
        const auto connections = [&] {
            return TestDatabase::serverConnections(*database);
        };
        const int before = connections();
        QVERIFY(before >= 1);

        std::atomic<int> failures{0};
        for (int i = 0; i < 5; ++i) {
            std::unique_ptr<QThread> worker(QThread::create([&] {
                if (!exec(*database, QStringLiteral("SELECT 1")))
                    ++failures;
            }));
            worker->start();
            QVERIFY(worker->wait(30000));
        }
        QCOMPARE(failures.load(), 0);
        // The server notices a closed connection a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(connections(), before, 10000);

        // A thread still running keeps its connection, and can use it again.
        std::atomic<bool> done{false};
        std::unique_ptr<QThread> running(QThread::create([&] {
            for (int i = 0; i < 2; ++i) {
                if (!exec(*database, QStringLiteral("SELECT 1")))
                    ++failures;
            }
            while (!done.load())
                QThread::msleep(10);
            if (!exec(*database, QStringLiteral("SELECT 1")))
                ++failures;
        }));
        running->start();
        QTRY_COMPARE_WITH_TIMEOUT(connections(), before + 1, 10000);
        done = true;
        QVERIFY(running->wait(30000));
        QCOMPARE(failures.load(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(connections(), before, 10000);
    }

    // PostgreSQL 15 lets no one but the owner create tables in a new database: a user who could log in but could
    // not set up the empty database hears it from the test, not at the first start.
    void userWhoCannotCreateTables()
    {
        TestDatabase testDatabase(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        const QString role = QStringLiteral("pb_guest_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        QString error;
        std::unique_ptr<Database> admin = testDatabase.open(&error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(exec(*admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
        const auto dropRole = qScopeGuard([&] { exec(*admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); });

        DatabaseLocation location = testDatabase.location();
        location.user = role;
        location.password = password;
        // Schema 6 is there (the admin opened it) but the guest may not change shipments.
        ConnectionCheck check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::Failed);
        QVERIFY2(check.message.contains(QLatin1String("may not change its shipments")), qPrintable(check.message));

        // An empty database of which the guest is not the owner.
        const QString empty = QStringLiteral("pb_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QVERIFY(exec(*admin, QStringLiteral("CREATE DATABASE %1").arg(empty)));
        const auto dropEmpty =
            qScopeGuard([&] { exec(*admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(empty)); });
        location.databaseName = empty;
        check = ConnectionCheck::run(location);
        QCOMPARE(check.outcome, Outcome::Failed);
        QVERIFY2(check.message.contains(QLatin1String("may not create tables")), qPrintable(check.message));
        QVERIFY2(check.message.contains(QStringLiteral("OWNER TO %1").arg(role)), qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConnection)
#include "tst_databaseconnection.moc"
