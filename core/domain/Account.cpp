#include "core/domain/Account.h"

namespace Packbench {

QUuid Account::defaultId()
{
    // The same id as the row schema step 4 inserts and the default of shipments.account_id.
    static const QUuid id(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    return id;
}

} // namespace Packbench
