#include "app/commands/CommandContext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

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
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(commandLine.databaseUrl(), context->m_profile, &location, &error)) {
        printError(error);
        *exitCode = ExitUsage;
        return nullptr;
    }
    context->m_database = Database::open(location, &error);
    if (!context->m_database) {
        printError(error);
        *exitCode = ExitDatabase;
        return nullptr;
    }
    context->m_secrets = std::make_unique<KeychainSecretStore>();
    context->m_stores = std::make_unique<StoreService>(context->m_profile, *context->m_database, *context->m_secrets);
    *exitCode = ExitOk;
    return context;
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
