#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench shipments [--store NAME] [--tag TAG]... [--state STATE] [--search TEXT] [--json]
// Rows are printed as they are read, so any number of shipments fits in little memory.
class ShipmentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentsCommand)
public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
