#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench rule add|list|remove|move|apply: the ordered rules that route shipments to accounts and add tags.
class RuleCommand
{
    Q_DECLARE_TR_FUNCTIONS(RuleCommand)

public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
