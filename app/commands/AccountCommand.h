#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench account add|set|list|remove: the sending accounts that rules route shipments to.
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
