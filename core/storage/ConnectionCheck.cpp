#include "core/storage/ConnectionCheck.h"

namespace Packbench {

// Placeholder until the connection test lands: it must be replaced, not shipped.
ConnectionCheck ConnectionCheck::run(const DatabaseLocation &)
{
    ConnectionCheck check;
    check.message = QStringLiteral("not implemented");
    return check;
}

ConnectionCheck::Outcome ConnectionCheck::classify(const QSqlError &)
{
    return Outcome::Failed;
}

} // namespace Packbench
