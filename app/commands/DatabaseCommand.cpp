#include "app/commands/DatabaseCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "core/storage/ConnectionCheck.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace Packbench {

namespace {

int exitCodeFor(ConnectionCheck::Outcome outcome)
{
    switch (outcome) {
    case ConnectionCheck::Outcome::Ok:
        return ExitOk;
    case ConnectionCheck::Outcome::Unreachable:
        return ExitNetwork;
    default:
        return ExitDatabase;
    }
}

bool openProfile(const CommandLine &commandLine, Profile *profile)
{
    *profile = Profile::open(commandLine.profileDirectory());
    if (profile->isValid())
        return true;
    CommandContext::printError(profile->errorString());
    return false;
}

bool parseLocation(const QString &url, const Profile &profile, DatabaseLocation *location)
{
    QString error;
    if (DatabaseLocation::parse(url, profile, location, &error))
        return true;
    CommandContext::printError(error);
    return false;
}

// The profile, then the location `url` names in it: nullopt when both are there, else the command's exit code (the
// reason printed).
std::optional<int> openLocation(const CommandLine &commandLine, const QString &url, Profile *profile,
                                DatabaseLocation *location)
{
    if (!openProfile(commandLine, profile))
        return ExitFailure;
    if (!parseLocation(url, *profile, location))
        return ExitUsage;
    return std::nullopt;
}

// The station's own database as the command line and the settings name it (without opening it).
DatabaseLocation stationLocation(const CommandLine &commandLine, const Profile &profile)
{
    DatabaseLocation location;
    QString ignored;
    DatabaseLocation::parse(commandLine.databaseUrl(profile), profile, &location, &ignored);
    return location;
}

// `database login postgresql://u@host/db` names the server as the error messages do, without the TLS settings: for
// the station's own server those settings apply, so the test after login connects as the station will.
void takeStationTls(const CommandLine &commandLine, const Profile &profile, DatabaseLocation *location)
{
    if (!location->sslMode.isEmpty() || !location->sslRootCert.isEmpty())
        return;
    const DatabaseLocation station = stationLocation(commandLine, profile);
    if (station.backend == DatabaseLocation::Backend::PostgreSQL && station.passwordKey() == location->passwordKey()) {
        location->sslMode = station.sslMode;
        location->sslRootCert = station.sslRootCert;
    }
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

bool sameDatabase(const DatabaseLocation &a, const DatabaseLocation &b)
{
    if (a.backend != b.backend)
        return false;
    if (a.backend == DatabaseLocation::Backend::SQLite) {
        const QString first = QFileInfo(a.sqlitePath).canonicalFilePath();
        const QString second = QFileInfo(b.sqlitePath).canonicalFilePath();
        return first.isEmpty() || second.isEmpty()
                   ? QFileInfo(a.sqlitePath).absoluteFilePath() == QFileInfo(b.sqlitePath).absoluteFilePath()
                   : first == second;
    }
    const bool sameHost =
        a.host.compare(b.host, Qt::CaseInsensitive) == 0 || (isLoopback(a.host) && isLoopback(b.host));
    return sameHost && a.port == b.port && a.databaseName == b.databaseName;
}

// A URL as one shell word: PostgreSQL URLs with TLS settings contain '&' and '?'.
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (text.isEmpty())
        return QStringLiteral("local");
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Counts the positional words of a command whose last word is optional (options here take no value).
qsizetype wordsOf(const QStringList &arguments, qsizetype fewest, qsizetype most)
{
    qsizetype words = 0;
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char('-')))
            ++words;
    }
    return qBound(fewest, words, most);
}

int login(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString usage = DatabaseCommand::tr("Usage: packbench database login URL (the password on stdin, one line)");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 2))
        return *stop;
    Profile profile;
    DatabaseLocation location;
    if (const std::optional<int> stop =
            openLocation(commandLine, parser.positionalArguments().at(1), &profile, &location))
        return *stop;
    if (location.backend != DatabaseLocation::Backend::PostgreSQL) {
        CommandContext::printError(DatabaseCommand::tr("Only a PostgreSQL server has a password; give its URL, e.g. "
                                                       "postgresql://USER@HOST:PORT/DATABASE."));
        return ExitUsage;
    }
    takeStationTls(commandLine, profile, &location);
    bool endOfInput = false;
    location.password = CommandContext::readSecretLine(
        DatabaseCommand::tr("Password for %1: ").arg(location.displayName()), &endOfInput);
    if (location.password.isEmpty()) {
        CommandContext::printError(DatabaseCommand::tr("No password on stdin. Give it as one line on stdin (typed, "
                                                       "or piped from a password manager), never as an argument."));
        return ExitUsage;
    }
    // Tested before it is stored: a password the server refuses never replaces one that may still be right.
    const ConnectionCheck check = ConnectionCheck::run(location);
    if (check.outcome == ConnectionCheck::Outcome::AuthenticationFailed) {
        CommandContext::printError(check.message + QLatin1Char(' ') +
                                   DatabaseCommand::tr("The password was not stored."));
        return exitCodeFor(check.outcome);
    }
    KeychainSecretStore secrets;
    const SecretStore::Result stored = CommandContext::writeSecret(secrets, location.passwordKey(), location.password);
    if (stored.status != SecretStore::Status::Ok) {
        CommandContext::printError(stored.errorString);
        return ExitKeychain;
    }
    CommandContext::printLine(
        DatabaseCommand::tr("The password for %1 is stored in this station's keychain.").arg(location.displayName()));
    if (check.outcome != ConnectionCheck::Outcome::Ok) {
        // Kept: the server did not refuse it, something else is wrong (and may be put right without a new login).
        CommandContext::printError(check.message);
        return exitCodeFor(check.outcome);
    }
    CommandContext::printLine(check.message);
    return ExitOk;
}

int logout(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, DatabaseCommand::tr("Usage: packbench database logout URL"), 2))
        return *stop;
    Profile profile;
    DatabaseLocation location;
    if (const std::optional<int> stop =
            openLocation(commandLine, parser.positionalArguments().at(1), &profile, &location))
        return *stop;
    if (location.backend != DatabaseLocation::Backend::PostgreSQL) {
        CommandContext::printError(DatabaseCommand::tr("Only a PostgreSQL server has a password; give its URL, e.g. "
                                                       "postgresql://USER@HOST:PORT/DATABASE."));
        return ExitUsage;
    }
    KeychainSecretStore secrets;
    const SecretStore::Result removed = CommandContext::removeSecret(secrets, location.passwordKey());
    if (removed.status != SecretStore::Status::Ok) {
        CommandContext::printError(removed.errorString);
        return ExitKeychain;
    }
    CommandContext::printLine(
        DatabaseCommand::tr("This station's keychain holds no password for %1 any more.").arg(location.displayName()));
    return ExitOk;
}

// The connection test with the keychain's password; a keychain that cannot be read is said with a missing password.
ConnectionCheck checkWithKeychain(DatabaseLocation location, SecretStore::Result *keychain)
{
    KeychainSecretStore secrets;
    *keychain = CommandContext::readDatabasePassword(secrets, &location);
    ConnectionCheck check = ConnectionCheck::run(location);
    const bool keychainFailed =
        keychain->status != SecretStore::Status::Ok && keychain->status != SecretStore::Status::NotFound;
    if (keychainFailed && check.outcome == ConnectionCheck::Outcome::PasswordMissing)
        check.message += QLatin1Char(' ') + keychain->errorString;
    return check;
}

int exitCodeFor(const ConnectionCheck &check, const SecretStore::Result &keychain)
{
    if (check.outcome == ConnectionCheck::Outcome::PasswordMissing && keychain.status != SecretStore::Status::Ok &&
        keychain.status != SecretStore::Status::NotFound)
        return ExitKeychain;
    return exitCodeFor(check.outcome);
}

int test(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), DatabaseCommand::tr("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, DatabaseCommand::tr("Usage: packbench database test [URL] [--json]"),
            wordsOf(arguments, 1, 2)))
        return *stop;
    Profile profile;
    if (!openProfile(commandLine, &profile))
        return ExitFailure;
    const bool named = parser.positionalArguments().size() > 1;
    DatabaseLocation location;
    if (!parseLocation(named ? parser.positionalArguments().at(1) : commandLine.databaseUrl(profile), profile,
                       &location))
        return ExitUsage;
    if (named)
        takeStationTls(commandLine, profile, &location);
    SecretStore::Result keychain;
    const ConnectionCheck check = checkWithKeychain(location, &keychain);
    if (parser.isSet(json)) {
        const QJsonObject object{
            {QStringLiteral("database"), location.displayName()},
            {QStringLiteral("outcome"), ConnectionCheck::outcomeName(check.outcome)},
            {QStringLiteral("message"), check.message},
            {QStringLiteral("schema_version"), check.schemaVersion},
            {QStringLiteral("shipments"), check.shipments < 0 ? QJsonValue() : QJsonValue(check.shipments)},
        };
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (check.outcome == ConnectionCheck::Outcome::Ok) {
        CommandContext::printLine(check.message);
    } else {
        CommandContext::printError(check.message);
    }
    return exitCodeFor(check, keychain);
}

int use(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, DatabaseCommand::tr("Usage: packbench database use URL|local"), 2))
        return *stop;
    Profile profile;
    DatabaseLocation location;
    if (const std::optional<int> stop =
            openLocation(commandLine, parser.positionalArguments().at(1), &profile, &location))
        return *stop;
    SecretStore::Result keychain;
    const ConnectionCheck check = checkWithKeychain(location, &keychain);
    AppSettings settings(profile);
    if (check.outcome != ConnectionCheck::Outcome::Ok) {
        DatabaseLocation current;
        QString ignored;
        const bool known = DatabaseLocation::parse(settings.databaseUrl(), profile, &current, &ignored);
        CommandContext::printError(check.message + QLatin1Char(' ') +
                                   DatabaseCommand::tr("This station still uses %1.")
                                       .arg(known ? current.displayName() : settings.databaseUrl()));
        return exitCodeFor(check, keychain);
    }
    settings.setDatabaseUrl(location.url(profile));
    if (settings.sync() != QSettings::NoError) {
        CommandContext::printError(
            DatabaseCommand::tr("The settings file %1 cannot be written; this station still uses its old database.")
                .arg(profile.settingsPath()));
        return ExitFailure;
    }
    CommandContext::printLine(check.message);
    CommandContext::printLine(
        DatabaseCommand::tr("This station now uses %1. A Packbench window that is open keeps its "
                            "database until it is started again.")
            .arg(location.backend == DatabaseLocation::Backend::SQLite && location.url(profile).isEmpty()
                     ? DatabaseCommand::tr("this computer's own database (%1)").arg(location.displayName())
                     : location.displayName()));
    return ExitOk;
}

int migrate(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), DatabaseCommand::tr("The database to copy to (its URL)."),
                                DatabaseCommand::tr("URL"));
    parser.addOption(to);
    const QString usage = DatabaseCommand::tr("Usage: packbench database migrate --to URL");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    if (!parser.isSet(to)) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    Profile profile;
    DatabaseLocation target;
    if (const std::optional<int> stop = openLocation(commandLine, parser.value(to), &profile, &target))
        return *stop;
    takeStationTls(commandLine, profile, &target);
    if (sameDatabase(stationLocation(commandLine, profile), target)) {
        CommandContext::printError(DatabaseCommand::tr("%1 is this station's own database: name another one with "
                                                       "--to.")
                                       .arg(target.displayName()));
        return ExitUsage;
    }
    KeychainSecretStore secrets;
    QString error;
    int exitCode = ExitOk;
    const std::unique_ptr<Database> source =
        CommandContext::openStationDatabase(commandLine, profile, secrets, &error, &exitCode);
    if (!source) {
        CommandContext::printError(error);
        return exitCode;
    }
    // The test first: its words for an unreachable server, a refused password or a newer schema.
    SecretStore::Result keychain;
    const ConnectionCheck check = checkWithKeychain(target, &keychain);
    if (check.outcome != ConnectionCheck::Outcome::Ok) {
        CommandContext::printError(check.message);
        return exitCodeFor(check, keychain);
    }
    CommandContext::readDatabasePassword(secrets, &target);
    const std::unique_ptr<Database> destination = Database::open(target, &error);
    if (!destination) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    QElapsedTimer sinceShown;
    QString shownTable;
    const DatabaseCopy::Progress progress = [&](const QString &table, qint64 done, qint64 total) {
        // Each table as it starts and ends, and a line a second in between: a log, not a flood.
        if (table != shownTable || done == total || sinceShown.elapsed() >= 1000) {
            shownTable = table;
            sinceShown.start();
            //: Progress of the copy on stderr: %1 is a table, %2 of %3 its rows.
            CommandContext::printError(
                DatabaseCommand::tr("copying %1: %2 of %3 rows").arg(table).arg(done).arg(total));
        }
        return true;
    };
    DatabaseCopy::Report report;
    if (!DatabaseCopy::copy(*source, *destination, progress, &report, &error)) {
        CommandContext::printError(
            DatabaseCommand::tr("Nothing was copied to %1: %2").arg(target.displayName(), error));
        return ExitDatabase;
    }
    //: The header of the per-table counts after a copy; keep the tabs.
    CommandContext::printLine(DatabaseCommand::tr("table\tthis station\t%1").arg(target.displayName()));
    for (const DatabaseCopy::TableCount &count : std::as_const(report.tables))
        CommandContext::printLine(QStringLiteral("%1\t%2\t%3").arg(count.table).arg(count.source).arg(count.target));
    CommandContext::printLine(DatabaseCommand::tr("Copied %n row(s) to %1; every table holds as many rows there as "
                                                  "here.",
                                                  nullptr, static_cast<int>(report.rows))
                                  .arg(target.displayName()));
    CommandContext::printLine(DatabaseCommand::tr("Switch this station to it with: packbench database use %1")
                                  .arg(shellWord(target.url(profile))));
    return ExitOk;
}

} // namespace

QString DatabaseCommand::helpText()
{
    return tr("  database login URL                store the server's password in the keychain (stdin), test it\n"
              "  database logout URL               remove that password from the keychain\n"
              "  database test [URL] [--json]      test the connection (default: this station's database)\n"
              "  database use URL|local            switch this station to that database after a test\n"
              "  database migrate --to URL         copy this station's database there and compare the counts\n");
}

int DatabaseCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    return CommandContext::runSubcommand(
        commandLine, arguments, QStringLiteral("database"),
        {{"login", &login}, {"logout", &logout}, {"test", &test}, {"use", &use}, {"migrate", &migrate}}, helpText());
}

} // namespace Packbench
