#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench store add|token|list|test|remove|set: everything Settings > Integrations can do, for scripts.
// Secrets come on stdin (token on line 1, optional client secret on line 2), never in the arguments.
class StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
