#pragma once

#include "app/CommandLine.h"
#include "core/integrations/StoreService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"

#include <memory>

namespace Packbench {

// What a headless command works with: the profile, its database, this station's keychain and the store service.
// Commands run on the main thread with their own event loop, so the asynchronous core reads like a script here.
class CommandContext
{
public:
    // Opens everything; on failure prints the reason and sets *exitCode.
    static std::unique_ptr<CommandContext> open(const CommandLine &commandLine, int *exitCode);

    const Profile &profile() const { return m_profile; }
    Database &database() { return *m_database; }
    StoreService &stores() { return *m_stores; }

    // Runs `start` and the event loop until `finish` is called from a callback.
    int runAsync(const std::function<void(std::function<void(int)> finish)> &start);

    static void printError(const QString &message);
    static void printLine(const QString &message);
    static int exitCodeFor(StoreService::Outcome outcome);

private:
    CommandContext() = default;

    Profile m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<StoreService> m_stores;
};

} // namespace Packbench
