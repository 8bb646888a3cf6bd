#include "TestDatabase.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Profile.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Packbench;

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::SQLite) {
        m_location.backend = DatabaseLocation::Backend::SQLite;
        m_location.sqlitePath = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    const QString url = qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        m_skipReason = QStringLiteral("PACKBENCH_TEST_POSTGRES_URL is not set (scripts/test.sh starts a server)");
        return;
    }
    QString error;
    const Profile profile = Profile::open(m_dir.path());
    if (!DatabaseLocation::parse(url, profile, &m_location, &error)) {
        m_skipReason = error;
        return;
    }
    // A database of its own per test: tests never see each other's rows.
    const QString name = QStringLiteral("pb_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_adminConnection = QStringLiteral("admin-") + name;
    // The password is the fixture's; Packbench itself reads it from the keychain only.
    m_location.password = qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_PASSWORD");
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    admin.setHostName(m_location.host);
    admin.setPort(m_location.port);
    admin.setUserName(m_location.user);
    admin.setPassword(m_location.password);
    admin.setDatabaseName(m_location.databaseName);
    admin.setConnectOptions(m_location.connectOptions());
    if (!admin.open()) {
        m_skipReason = QStringLiteral("cannot connect to %1: %2").arg(url, admin.lastError().text());
        return;
    }
    QSqlQuery create(admin);
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        m_skipReason = create.lastError().text();
        return;
    }
    m_location.databaseName = name;
}

TestDatabase::~TestDatabase()
{
    if (m_passwordStored) {
        KeychainSecretStore secrets;
        QEventLoop loop;
        bool finished = false;
        secrets.remove(m_location.passwordKey(), &loop, [&](const SecretStore::Result &) {
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
    }
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
        if (admin.isOpen() && m_location.databaseName.startsWith(QLatin1String("pb_test_"))) {
            QSqlQuery drop(admin);
            drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.databaseName));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

std::unique_ptr<Database> TestDatabase::open(QString *error) const
{
    return Database::open(m_location, error);
}

QString TestDatabase::url() const
{
    if (m_backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + m_location.sqlitePath;
    DatabaseLocation withoutPassword = m_location;
    withoutPassword.password.clear();
    return withoutPassword.url(Profile::open(m_dir.path()));
}

bool TestDatabase::storePasswordInKeychain(QString *error)
{
    if (m_backend == Backend::SQLite)
        return true;
    KeychainSecretStore secrets;
    QEventLoop loop;
    SecretStore::Result result;
    bool finished = false;
    secrets.write(m_location.passwordKey(), m_location.password, &loop, [&](const SecretStore::Result &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (result.status != SecretStore::Status::Ok) {
        *error = result.errorString;
        return false;
    }
    m_passwordStored = true;
    return true;
}

QString TestDatabase::backendName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::SQLite;
    QTest::newRow("postgresql") << Backend::PostgreSQL;
}

bool TestDatabase::postgresRequired()
{
    return qEnvironmentVariableIntValue("PACKBENCH_REQUIRE_POSTGRES") == 1;
}

int TestDatabase::serverConnections(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}
