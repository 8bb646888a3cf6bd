#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench database login|logout|test|use|migrate: what Settings > Database does, for scripts and for stations
// without a screen. The server's password goes from stdin to the keychain, never into an argument or a file.
// Exit statuses: 0 when the connection test passed; 5 when no server answers; 6 when the keychain failed; 7 for
// every other database outcome (password, TLS, database missing, schema newer); 2 for a bad URL.
class DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommand)

public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
