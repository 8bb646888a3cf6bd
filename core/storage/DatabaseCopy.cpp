#include "core/storage/DatabaseCopy.h"

namespace Packbench {

// Placeholder until the copy lands: it must be replaced, not shipped.
bool DatabaseCopy::copy(Database &, Database &, const Progress &, Report *, QString *error)
{
    *error = QStringLiteral("not implemented");
    return false;
}

} // namespace Packbench
