#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench print | reprint | void | writeback | dispatch | carrier (DESIGN.md): labels and write-backs.
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    static int runPrint(const CommandLine &commandLine, const QStringList &arguments);
    static int runReprint(const CommandLine &commandLine, const QStringList &arguments);
    static int runVoid(const CommandLine &commandLine, const QStringList &arguments);
    static int runWriteback(const CommandLine &commandLine, const QStringList &arguments);
    static int runDispatch(const CommandLine &commandLine, const QStringList &arguments);
    static int runCarrier(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
