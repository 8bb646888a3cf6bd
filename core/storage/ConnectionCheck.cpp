#include "core/storage/ConnectionCheck.h"

#include "core/storage/Database.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <cstddef>

namespace Packbench {

namespace {

using Outcome = ConnectionCheck::Outcome;

// libpq reports a failed connection without a SQLSTATE (Qt's nativeErrorCode() is empty), so its words decide.
// libpq, the server and the C library translate them: the German words are here too, since Packbench ships German.

const char16_t *const kPasswordMissingWords[] = {u"no password supplied"};
// The connection broke during the TLS handshake, or something else answers at that port: not a certificate matter.
const char16_t *const kBrokenWords[] = {u"SSL SYSCALL",
                                        u"SSL-SYSCALL",
                                        u"SSL connection has been closed unexpectedly",
                                        u"SSL-Verbindung wurde unerwartet geschlossen",
                                        u"invalid response to SSL negotiation",
                                        u"ungültige Antwort auf SSL-Verhandlungspaket"};
const char16_t *const kTlsWords[] = {u"no encryption",
                                     u"keine Verschlüsselung",
                                     u"does not support SSL",
                                     u"unterstützt kein SSL",
                                     u"root certificate file",
                                     u"Root-Zertifikat-Datei",
                                     u"does not match host name",
                                     u"stimmt nicht mit dem Hostnamen",
                                     u"certificate verify failed",
                                     u"SSL error",
                                     u"SSL-Fehler",
                                     u"could not establish SSL connection",
                                     u"konnte SSL-Verbindung nicht aufbauen",
                                     u"host name must be specified for a verified SSL connection",
                                     u"Hostname muss angegeben werden",
                                     u"SSL certificate",
                                     u"SSL-Zertifikat"};
const char16_t *const kAuthenticationWords[] = {u"authentication failed",
                                                u"Authentifizierung",
                                                u"no pg_hba.conf entry",
                                                u"kein pg_hba.conf-Eintrag",
                                                u"role \"",
                                                u"Rolle \u00BB",
                                                u"not permitted to log in",
                                                u"keine Berechtigung zum Einloggen"};
const char16_t *const kUnreachableWords[] = {u"Connection refused",
                                             u"Verbindungsaufbau abgelehnt",
                                             u"could not translate host name",
                                             u"konnte Hostnamen",
                                             u"timeout expired",
                                             u"Timeout abgelaufen",
                                             u"timed out",
                                             u"Wartezeit für die Verbindung",
                                             u"No route to host",
                                             u"Keine Route zum Zielrechner",
                                             u"Network is unreachable",
                                             u"Netzwerk ist nicht erreichbar",
                                             u"Is the server running",
                                             u"Läuft der Server",
                                             u"the database system is",
                                             u"das Datenbanksystem",
                                             u"server closed the connection",
                                             u"could not connect",
                                             u"name resolution",
                                             u"Namensauflösung"};

template <std::size_t N> bool containsAny(const QString &text, const char16_t *const (&words)[N])
{
    for (const char16_t *word : words) {
        if (text.contains(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool databaseMissing(const QString &text)
{
    return (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist"))) ||
           (text.contains(QStringView(u"Datenbank \u00BB")) && text.contains(QLatin1String("existiert nicht")));
}

QString hostPort(const DatabaseLocation &location)
{
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}

// Ok and SchemaNewer: what is there. `tables` = whether Packbench's tables exist at all.
QString describeContents(const ConnectionCheck &check, const DatabaseLocation &location)
{
    const QString where = location.displayName();
    if (check.outcome == Outcome::SchemaNewer) {
        return ConnectionCheck::tr("The database %1 was written by a newer Packbench (schema %2; this one knows up to "
                                   "%3). Update Packbench on this station before it uses that database.")
            .arg(where)
            .arg(check.schemaVersion)
            .arg(Database::kSchemaVersion);
    }
    if (check.schemaVersion == 0) {
        return ConnectionCheck::tr("Connected to %1. It is empty: Packbench creates its tables there when a station "
                                   "first opens it.")
            .arg(where);
    }
    const qint64 shipments = qMax<qint64>(check.shipments, 0);
    if (check.schemaVersion < Database::kSchemaVersion) {
        return ConnectionCheck::tr("Connected to %1: a Packbench database with %n shipment(s), schema %2. Opening it "
                                   "upgrades it to schema %3, after which older Packbench versions cannot use it: "
                                   "update every station that shares it.",
                                   nullptr, static_cast<int>(shipments))
            .arg(where)
            .arg(check.schemaVersion)
            .arg(Database::kSchemaVersion);
    }
    return ConnectionCheck::tr("Connected to %1: a Packbench database with %n shipment(s).", nullptr,
                               static_cast<int>(shipments))
        .arg(where);
}

// Reads schema version and shipments of an open connection; false with check->outcome/message on a failure.
bool readContents(QSqlDatabase &db, const DatabaseLocation &location, ConnectionCheck *check)
{
    const bool postgres = location.backend == DatabaseLocation::Backend::PostgreSQL;
    QSqlQuery query(db);
    const auto failed = [&](const QString &what) {
        check->outcome = Outcome::Failed;
        check->message = ConnectionCheck::tr("Connected to %1, but %2 failed: %3")
                             .arg(location.displayName(), what, Database::describe(query.lastError()));
        return false;
    };
    const QStringList tables = db.tables();
    // A user who may log in but not use the tables another user created: say that, not "permission denied".
    if (postgres && tables.contains(QStringLiteral("meta")) && tables.contains(QStringLiteral("shipments"))) {
        if (!query.exec(QStringLiteral("SELECT has_table_privilege('meta', 'SELECT') AND "
                                       "has_table_privilege('shipments', 'SELECT, INSERT, UPDATE, DELETE')")) ||
            !query.next())
            return failed(ConnectionCheck::tr("checking the user's rights"));
        if (!query.value(0).toBool()) {
            check->outcome = Outcome::Failed;
            check->message = ConnectionCheck::tr("Connected to %1, but the user %2 may not change its shipments. Ask "
                                                 "the server's administrator to give %2 the rights of the user "
                                                 "that created the tables (GRANT ... TO %2), or use that user.")
                                 .arg(location.displayName(), location.user);
            return false;
        }
    }
    check->schemaVersion = 0;
    if (tables.contains(QStringLiteral("meta"))) {
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
            return failed(ConnectionCheck::tr("reading its schema version"));
        if (query.next())
            check->schemaVersion = query.value(0).toInt();
    }
    if (check->schemaVersion > Database::kSchemaVersion) {
        check->outcome = Outcome::SchemaNewer;
        return false;
    }
    if (tables.contains(QStringLiteral("shipments"))) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM shipments")) || !query.next())
            return failed(ConnectionCheck::tr("counting its shipments"));
        check->shipments = query.value(0).toLongLong();
    }
    // PostgreSQL 15 no longer lets every user create tables in the schema public: an empty database whose owner is
    // someone else would fail at the first start, so say it now.
    if (postgres && check->schemaVersion == 0) {
        if (!query.exec(QStringLiteral("SELECT COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false)")) ||
            !query.next())
            return failed(ConnectionCheck::tr("checking the user's rights"));
        if (!query.value(0).toBool()) {
            check->outcome = Outcome::Failed;
            check->message =
                ConnectionCheck::tr("Connected to %1, but the user %2 may not create tables in that database, and "
                                    "it is empty. Ask the server's administrator to make %2 its owner (ALTER "
                                    "DATABASE %3 OWNER TO %2) or to GRANT CREATE ON SCHEMA public TO %2.")
                    .arg(location.displayName(), location.user, location.databaseName);
            return false;
        }
    }
    return true;
}

} // namespace

ConnectionCheck ConnectionCheck::run(const DatabaseLocation &location)
{
    ConnectionCheck check;
    const bool postgres = location.backend == DatabaseLocation::Backend::PostgreSQL;
    if (!postgres && !QFileInfo::exists(location.sqlitePath)) {
        check.outcome = Outcome::Ok;
        check.message =
            tr("There is no database file at %1 yet: Packbench creates it there.").arg(location.displayName());
        return check;
    }
    const QString name = QStringLiteral("packbench-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.databaseName);
            db.setConnectOptions(location.connectOptions());
        } else {
            // A test changes nothing: read-only, so not even a journal file appears.
            db.setDatabaseName(location.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            check.outcome = postgres ? classify(db.lastError()) : Outcome::Failed;
            check.message = postgres ? explain(db.lastError(), location)
                                     : tr("Cannot open the database %1: %2")
                                           .arg(location.displayName(), Database::describe(db.lastError()));
        } else if (readContents(db, location, &check) || check.outcome == Outcome::SchemaNewer) {
            if (check.outcome != Outcome::SchemaNewer)
                check.outcome = Outcome::Ok;
            check.message = describeContents(check, location);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

ConnectionCheck::Outcome ConnectionCheck::classify(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char('\n') + error.driverText();
    if (containsAny(text, kPasswordMissingWords))
        return Outcome::PasswordMissing;
    if (containsAny(text, kBrokenWords))
        return Outcome::Unreachable;
    // Before the SQLSTATE: pg_hba.conf refusing a connection without TLS is 28000 too.
    if (containsAny(text, kTlsWords))
        return Outcome::TlsFailed;
    // SQLSTATE, when there is one (errors after the connection was made): 28P01 invalid password, 28000 invalid
    // authorization, 3D000 invalid catalog name, class 08 connection exception, 57P01-03 shutting down or starting.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("28P01") || code == QLatin1String("28000"))
        return Outcome::AuthenticationFailed;
    if (code == QLatin1String("3D000"))
        return Outcome::DatabaseMissing;
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02") ||
        code == QLatin1String("57P03"))
        return Outcome::Unreachable;
    // Before "database ... does not exist": a missing role's message names the database too.
    if (containsAny(text, kAuthenticationWords))
        return Outcome::AuthenticationFailed;
    if (databaseMissing(text))
        return Outcome::DatabaseMissing;
    if (containsAny(text, kUnreachableWords))
        return Outcome::Unreachable;
    return Outcome::Failed;
}

QString ConnectionCheck::detailOf(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    static const QRegularExpression prefixes(
        QStringLiteral("(connection to server (at|on socket) .*? failed: |Verbindung zum Server auf .*? "
                       "fehlgeschlagen: |FATAL:\\s+|Is the server running[^\\n]*|L\u00E4uft der Server[^\\n]*|Either "
                       "provide the file[^\\n]*|Legen Sie entweder[^\\n]*)"));
    text.replace(prefixes, QString());
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simplified = line.simplified();
        // Each address of a host name that was tried repeats the same words.
        if (!simplified.isEmpty() && !lines.contains(simplified))
            lines.append(simplified);
    }
    return lines.join(QStringLiteral("; "));
}

QString ConnectionCheck::explain(const QSqlError &error, const DatabaseLocation &location)
{
    return advice(classify(error), location, detailOf(error));
}

QString ConnectionCheck::advice(Outcome outcome, const DatabaseLocation &location, const QString &detail)
{
    const QString where = location.displayName();
    const QString server = hostPort(location);
    //: How to store the password; %1 is a database URL without the password.
    const QString login = tr("run packbench database login %1 or enter it in Settings > Database").arg(where);
    switch (outcome) {
    case Outcome::Ok:
    case Outcome::SchemaNewer:
        break;
    case Outcome::Unreachable:
        return tr("No PostgreSQL server answers at %1 (%2). Check the host name and the port, that the server is "
                  "running and that no firewall blocks this station.")
            .arg(server, detail);
    case Outcome::AuthenticationFailed:
        return tr("The server at %1 refused the user %2 (%3). Check the user name and the password: %4. If they are "
                  "right, ask the server's administrator to let this station in (pg_hba.conf).")
            .arg(server, location.user, detail, login);
    case Outcome::PasswordMissing:
        return tr("The server at %1 wants a password for %2, and this station's keychain has none for it. Store the "
                  "password: %3.")
            .arg(server, location.user, login);
    case Outcome::DatabaseMissing:
        return tr("The server at %1 answers, but it has no database \"%2\" (%3). Check the database name, or have "
                  "the server's administrator create it for %4 (createdb -O %4 %2).")
            .arg(server, location.databaseName, detail, location.user);
    case Outcome::TlsFailed: {
        const QString caFile = location.sslRootCert.isEmpty()
                                   ? tr("~/.postgresql/root.crt (the default; name another with sslrootcert=PATH)")
                                   : location.sslRootCert;
        if (containsAny(detail, {u"does not support SSL", u"unterstützt kein SSL"}))
            return tr("The server at %1 does not offer encrypted connections, but this station requires them "
                      "(sslmode=%2). Ask the server's administrator to turn on ssl, or choose another TLS mode in "
                      "Settings > Database.")
                .arg(server, location.sslMode.isEmpty() ? QStringLiteral("require") : location.sslMode);
        if (containsAny(detail, {u"no encryption", u"keine Verschlüsselung"}))
            return tr("The server at %1 accepts only encrypted connections (%2). Set the TLS mode to verify-full "
                      "with the server's certificate authority: in Settings > Database, or in the URL "
                      "(?sslmode=verify-full&sslrootcert=PATH).")
                .arg(server, detail);
        if (containsAny(detail, {u"root certificate file", u"Root-Zertifikat-Datei"}))
            return tr("The certificate authority file %1 cannot be read (%2). Save the certificate of the authority "
                      "that signed the server's certificate there, or name its file with sslrootcert=PATH.")
                .arg(caFile, detail);
        if (containsAny(detail, {u"does not match host name", u"stimmt nicht mit dem Hostnamen"}))
            return tr("The server's certificate is not made out to %1 (%2). Connect with a host name the certificate "
                      "names, or ask the server's administrator for a certificate for %1.")
                .arg(location.host, detail);
        return tr("The encrypted connection to %1 failed (%2): the server's certificate is not signed by the "
                  "certificate authority in %3. Check that sslrootcert names the right file; the server's "
                  "administrator has it.")
            .arg(server, detail, caFile);
    }
    case Outcome::Failed:
        break;
    }
    return tr("Cannot use the database %1: %2").arg(where, detail);
}

QString ConnectionCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case Outcome::PasswordMissing:
        return QStringLiteral("password-missing");
    case Outcome::DatabaseMissing:
        return QStringLiteral("database-missing");
    case Outcome::TlsFailed:
        return QStringLiteral("tls-failed");
    case Outcome::SchemaNewer:
        return QStringLiteral("schema-newer");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace Packbench
