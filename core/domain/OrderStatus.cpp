#include "core/domain/OrderStatus.h"

#include <QCoreApplication>
#include <array>

namespace Packbench {

namespace {
constexpr std::array<const char *, OrderStatus::kLast + 1> kNames = {
    QT_TRANSLATE_NOOP("OrderStatus", "Incomplete"),
    QT_TRANSLATE_NOOP("OrderStatus", "Pending"),
    QT_TRANSLATE_NOOP("OrderStatus", "Shipped"),
    QT_TRANSLATE_NOOP("OrderStatus", "Partially Shipped"),
    QT_TRANSLATE_NOOP("OrderStatus", "Refunded"),
    QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("OrderStatus", "Declined"),
    QT_TRANSLATE_NOOP("OrderStatus", "Awaiting Payment"),
    QT_TRANSLATE_NOOP("OrderStatus", "Awaiting Pickup"),
    QT_TRANSLATE_NOOP("OrderStatus", "Awaiting Shipment"),
    QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
    QT_TRANSLATE_NOOP("OrderStatus", "Awaiting Fulfillment"),
    QT_TRANSLATE_NOOP("OrderStatus", "Manual Verification Required"),
    QT_TRANSLATE_NOOP("OrderStatus", "Disputed"),
    QT_TRANSLATE_NOOP("OrderStatus", "Partially Refunded"),
};
} // namespace

QList<int> OrderStatus::allIds()
{
    QList<int> ids;
    for (int id = kFirst; id <= kLast; ++id)
        ids.append(id);
    return ids;
}

QString OrderStatus::systemName(int id)
{
    if (!isKnown(id))
        return QStringLiteral("Status %1").arg(id);
    return QString::fromLatin1(kNames[static_cast<size_t>(id)]);
}

QString OrderStatus::displayName(int id)
{
    if (!isKnown(id))
        return QCoreApplication::translate("OrderStatus", "Status %1").arg(id);
    return QCoreApplication::translate("OrderStatus", kNames[static_cast<size_t>(id)]);
}

} // namespace Packbench
