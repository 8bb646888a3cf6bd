#include "app/commands/CommandContext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Packbench {

std::unique_ptr<CommandContext> CommandContext::open(const CommandLine &commandLine, int *exitCode)
{
    std::unique_ptr<CommandContext> context(new CommandContext);
    context->m_profile = Profile::open(commandLine.profileDirectory());
    if (!context->m_profile.isValid()) {
        printError(context->m_profile.errorString());
        *exitCode = ExitFailure;
        return nullptr;
    }
    context->m_secrets = std::make_unique<KeychainSecretStore>();
    QString error;
    context->m_database = openStationDatabase(commandLine, context->m_profile, *context->m_secrets, &error, exitCode);
    if (!context->m_database) {
        printError(error);
        return nullptr;
    }
    context->m_stores = std::make_unique<StoreService>(context->m_profile, *context->m_database, *context->m_secrets);
    *exitCode = ExitOk;
    return context;
}

std::unique_ptr<Database> CommandContext::openStationDatabase(const CommandLine &commandLine, const Profile &profile,
                                                              SecretStore &secrets, QString *error, int *exitCode)
{
    DatabaseLocation location;
    QString reason;
    if (!DatabaseLocation::parse(commandLine.databaseUrl(profile), profile, &location, &reason)) {
        *exitCode = ExitUsage;
        //: %1 says what is wrong with the database URL saved in the settings.
        *error = commandLine.databaseUrl().isEmpty()
                     ? tr("Settings > Database: %1 Correct it there, or go back to this computer's own database "
                          "with: packbench database use local")
                           .arg(reason)
                     : reason;
        return nullptr;
    }
    const SecretStore::Result password = readDatabasePassword(secrets, &location);
    std::unique_ptr<Database> database = Database::open(location, error);
    if (!database) {
        *exitCode = ExitDatabase;
        if (password.status != SecretStore::Status::Ok && password.status != SecretStore::Status::NotFound) {
            //: After why the database cannot be opened; %1 is the keychain's error.
            *error +=
                QLatin1Char(' ') + tr("The password could not be read from the keychain: %1").arg(password.errorString);
            *exitCode = ExitKeychain;
        }
        return nullptr;
    }
    database->setStationName(commandLine.stationName(profile));
    return database;
}

SecretStore::Result CommandContext::readDatabasePassword(SecretStore &secrets, DatabaseLocation *location)
{
    if (location->backend != DatabaseLocation::Backend::PostgreSQL)
        return SecretStore::Result{SecretStore::Status::NotFound, QString(), QString()};
    SecretStore::Result result = readSecret(secrets, location->passwordKey());
    location->password = result.status == SecretStore::Status::Ok ? result.value : QString();
    return result;
}

namespace {

SecretStore::Result waitForSecret(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QEventLoop loop;
    SecretStore::Result result;
    bool finished = false;
    start(&loop, [&loop, &result, &finished](const SecretStore::Result &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace

SecretStore::Result CommandContext::readSecret(SecretStore &secrets, const QString &key)
{
    return waitForSecret([&](QObject *context, SecretStore::Callback done) { secrets.read(key, context, done); });
}

SecretStore::Result CommandContext::writeSecret(SecretStore &secrets, const QString &key, const QString &value)
{
    return waitForSecret(
        [&](QObject *context, SecretStore::Callback done) { secrets.write(key, value, context, done); });
}

SecretStore::Result CommandContext::removeSecret(SecretStore &secrets, const QString &key)
{
    return waitForSecret([&](QObject *context, SecretStore::Callback done) { secrets.remove(key, context, done); });
}

QString CommandContext::readSecretLine(const QString &prompt, bool *endOfInput)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    *endOfInput = c == EOF && line.isEmpty();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<StoreConfig> CommandContext::storeNamed(const QString &name)
{
    std::optional<StoreConfig> store = m_stores->store(name);
    if (!store)
        printError(tr("no store named \"%1\". 'packbench store list' shows the stores.").arg(name));
    return store;
}

int CommandContext::runSubcommand(const CommandLine &commandLine, const QStringList &arguments, const QString &group,
                                  std::initializer_list<Subcommand> commands, const QString &helpText)
{
    const QString subcommand = arguments.value(1);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        //: %1 is a command group such as store.
        const QString usage = tr("Usage: packbench %1 COMMAND [options]").arg(group);
        //: %1 is a command group such as store.
        const QString more = tr("'packbench %1 COMMAND --help' shows the options of one command.").arg(group);
        QTextStream(stdout) << usage << "\n\n" << helpText << "\n" << more << Qt::endl;
        return ExitOk;
    }
    QStringList words;
    for (const Subcommand &command : commands) {
        if (subcommand == QLatin1String(command.word)) {
            // Each command parses its own words before it opens the profile, its database and the keychain:
            // `--help` and a usage error touch nothing.
            return command.run(commandLine, arguments.mid(1));
        }
        words << QString::fromLatin1(command.word);
    }
    const QString last = words.isEmpty() ? QString() : words.takeLast();
    //: Before the last of a list of commands: "add, list, remove or set".
    const QString choices = words.isEmpty() ? last : words.join(QStringLiteral(", ")) + tr(" or ") + last;
    if (subcommand.isEmpty()) {
        //: %1 is a command group such as store, %2 its commands, e.g. "add, list, remove or set".
        printError(tr("'%1' needs a command: %2.").arg(group, choices));
    } else {
        //: %1 is a command group such as store, %2 the word that is no command of it, %3 its commands, e.g. "add,
        //: list, remove or set".
        printError(tr("unknown %1 command '%2': use %3.").arg(group, subcommand, choices));
    }
    return ExitUsage;
}

int CommandContext::runAsync(const std::function<void(std::function<void(int)>)> &start)
{
    QEventLoop loop;
    int result = ExitFailure;
    bool finished = false;
    start([&loop, &result, &finished](int code) {
        result = code;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void CommandContext::printError(const QString &message)
{
    // One clear line: scripts read stderr line by line.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream(stderr) << QCoreApplication::translate("main", "packbench: %1").arg(line) << Qt::endl;
}

void CommandContext::printLine(const QString &message)
{
    QTextStream(stdout) << message << Qt::endl;
}

void CommandContext::printJson(const QJsonArray &array)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

int CommandContext::exitCodeFor(StoreService::Outcome outcome)
{
    switch (outcome) {
    case StoreService::Outcome::Ok:
        return ExitOk;
    case StoreService::Outcome::Invalid:
        return ExitUsage;
    case StoreService::Outcome::NotFound:
        return ExitNotFound;
    case StoreService::Outcome::NameTaken:
    case StoreService::Outcome::StoreTaken:
    case StoreService::Outcome::HasUnshipped:
        return ExitConflict;
    case StoreService::Outcome::Keychain:
        return ExitKeychain;
    case StoreService::Outcome::Database:
        return ExitDatabase;
    case StoreService::Outcome::Refused:
        return ExitBigCommerceRefused;
    case StoreService::Outcome::Network:
        return ExitNetwork;
    }
    return ExitFailure;
}

} // namespace Packbench
