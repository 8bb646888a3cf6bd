#pragma once

#include <QString>
#include <QStringList>

namespace Packbench {

// Search that finds what the grid shows, on SQLite and PostgreSQL alike. SQLite's lower() folds ASCII only, so
// Packbench folds text itself (Unicode case folding, QString::toCaseFolded) when it writes a shipment's search
// column and when it reads the user's search text: "Łódź", "łódź" and "ŁÓDŹ" all become "łódź".
namespace SearchText {

// The folded form of `text` (also trims and collapses inner whitespace).
QString fold(const QString &text);

// The search column of a shipment: its folded parts separated by a character no one types (U+001F), so a search
// never matches across two fields.
QString join(const QStringList &parts);

// `needle` escaped for LIKE ... ESCAPE '\': '%' and '_' are literal characters.
QString escapeLike(const QString &needle);

} // namespace SearchText
} // namespace Packbench
