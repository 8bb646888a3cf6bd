#pragma once

#include "app/CommandLine.h"
#include "core/integrations/StoreService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <initializer_list>
#include <memory>
#include <optional>

namespace Packbench {

// What a headless command works with: the profile, its database, this station's keychain and the store service.
// Commands run on the main thread with their own event loop, so the asynchronous core reads like a script here.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    // One command of a group, as in `packbench store add`: its word and what runs it.
    struct Subcommand
    {
        const char *word;
        int (*run)(const CommandLine &commandLine, const QStringList &arguments);
    };

    // `packbench GROUP COMMAND ...` (arguments: GROUP, COMMAND, ...): runs the command with its words (COMMAND, ...),
    // prints the group's usage and helpText for --help or -h, and is a usage error for a missing or unknown command.
    static int runSubcommand(const CommandLine &commandLine, const QStringList &arguments, const QString &group,
                             std::initializer_list<Subcommand> commands, const QString &helpText);

    // Opens everything; on failure prints the reason and sets *exitCode.
    static std::unique_ptr<CommandContext> open(const CommandLine &commandLine, int *exitCode);

    // The station's database (CommandLine::databaseUrl(profile)) opened with its password from the keychain and
    // with this station's name; for the commands and for the window's start. nullptr with *error and *exitCode.
    static std::unique_ptr<Database> openStationDatabase(const CommandLine &commandLine, const Profile &profile,
                                                         SecretStore &secrets, QString *error, int *exitCode);
    // Puts the keychain's password of a PostgreSQL location into location->password. NotFound leaves it empty (a
    // server with trust or peer authentication needs none). Waits in a local event loop: only for the command line
    // and for the start before any window exists.
    static SecretStore::Result readDatabasePassword(SecretStore &secrets, DatabaseLocation *location);
    // The keychain's answer, waited for in a local event loop (command line only).
    static SecretStore::Result readSecret(SecretStore &secrets, const QString &key);
    static SecretStore::Result writeSecret(SecretStore &secrets, const QString &key, const QString &value);
    static SecretStore::Result removeSecret(SecretStore &secrets, const QString &key);
    // One line of stdin; on a terminal it prompts on stderr and does not echo what is typed.
    static QString readSecretLine(const QString &prompt, bool *endOfInput);

    const Profile &profile() const { return m_profile; }
    Database &database() { return *m_database; }
    StoreService &stores() { return *m_stores; }
    // The store named `name`; without one, says so and gives nothing: the command exits with ExitNotFound.
    std::optional<StoreConfig> storeNamed(const QString &name);

    // Runs `start` and the event loop until `finish` is called from a callback.
    int runAsync(const std::function<void(std::function<void(int)> finish)> &start);

    static void printError(const QString &message);
    static void printLine(const QString &message);
    // A list command's --json output: the array, indented, on stdout.
    static void printJson(const QJsonArray &array);
    static int exitCodeFor(StoreService::Outcome outcome);

private:
    CommandContext() = default;

    Profile m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<StoreService> m_stores;
};

} // namespace Packbench
