#include "core/domain/Shipment.h"

namespace Packbench {

QString authorityToLeaveToString(AuthorityToLeave atl)
{
    switch (atl) {
    case AuthorityToLeave::Unspecified:
        return QString();
    case AuthorityToLeave::AuthorityToLeave:
        return QStringLiteral("authority-to-leave");
    case AuthorityToLeave::SignatureRequired:
        return QStringLiteral("signature-required");
    }
    return QString();
}

AuthorityToLeave authorityToLeaveFromString(const QString &text)
{
    if (text == QLatin1String("authority-to-leave"))
        return AuthorityToLeave::AuthorityToLeave;
    if (text == QLatin1String("signature-required"))
        return AuthorityToLeave::SignatureRequired;
    return AuthorityToLeave::Unspecified;
}

QString shipmentStateToString(ShipmentState state)
{
    switch (state) {
    case ShipmentState::ToShip:
        return QStringLiteral("to-ship");
    case ShipmentState::Printed:
        return QStringLiteral("printed");
    case ShipmentState::WrittenBack:
        return QStringLiteral("written-back");
    case ShipmentState::WritebackFailed:
        return QStringLiteral("write-back-failed");
    case ShipmentState::Elsewhere:
        return QStringLiteral("elsewhere");
    case ShipmentState::Cancelled:
        return QStringLiteral("cancelled");
    case ShipmentState::OnHold:
        return QStringLiteral("on-hold");
    }
    return QStringLiteral("to-ship");
}

bool shipmentStateFromString(const QString &text, ShipmentState *state)
{
    for (ShipmentState candidate :
         {ShipmentState::ToShip, ShipmentState::Printed, ShipmentState::WrittenBack, ShipmentState::WritebackFailed,
          ShipmentState::Elsewhere, ShipmentState::Cancelled, ShipmentState::OnHold}) {
        if (shipmentStateToString(candidate) == text) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString Address::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Shipment::consignmentKey() const
{
    return QStringLiteral("%1:%2")
        .arg(kind == Kind::Pickup ? QStringLiteral("pickup") : QStringLiteral("shipping"))
        .arg(consignmentId);
}

int Shipment::quantityToShip() const
{
    int total = 0;
    for (const LineItem &item : items)
        total += item.quantityToShip();
    return total;
}

ShipmentSummary ShipmentSummary::of(const QList<LineItem> &items)
{
    ShipmentSummary summary;
    bool anyLeft = false;
    for (const LineItem &item : items)
        anyLeft = anyLeft || item.quantityToShip() > 0;
    QStringList skus;
    QStringList sizes;
    QStringList colors;
    QStringList hsCodes;
    auto add = [](QStringList &list, const QString &value) {
        if (!value.isEmpty() && !list.contains(value))
            list << value;
    };
    for (const LineItem &item : items) {
        // A bundle's parts travel inside their bundle: its weight is the bundle's.
        if (item.parentOrderProductId == 0) {
            const int quantity = anyLeft ? item.quantityToShip() : qMax(0, item.quantity - item.quantityRefunded);
            summary.weight += item.weight * quantity;
        }
        add(skus, item.sku);
        add(sizes, item.size);
        add(colors, item.color);
        add(hsCodes, item.hsCode);
    }
    const QString separator = QStringLiteral(", ");
    summary.skus = skus.join(separator);
    summary.size = sizes.join(separator);
    summary.color = colors.join(separator);
    summary.hsCode = hsCodes.join(separator);
    return summary;
}

} // namespace Packbench
