#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench import --store NAME|--all --days N [--statuses 9,11] [--json]
// packbench why --store NAME --order ORDER_ID
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int runImport(const CommandLine &commandLine, const QStringList &arguments);
    static int runWhy(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
