#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Packbench {

class CommandLine;

// packbench stock import FILE.csv [--store NAME] [--sku-column C] [--quantity-column C] [--location-column C]
//                                 [--location ID]
// packbench stock push [--store NAME] [--location ID] [--dry-run] [--json]
// The warehouse's stock levels from a file into the database, and from there to BigCommerce (only what differs).
// Exit statuses: 4 when BigCommerce refused (a level, or the push for a missing scope), 5 network, 6 keychain,
// 7 database, 2 usage (a named column not in the file too), 3 store or file not found.
class StockCommand
{
    Q_DECLARE_TR_FUNCTIONS(StockCommand)

public:
    static int run(const CommandLine &commandLine, const QStringList &arguments);
    static QString helpText();
};

} // namespace Packbench
