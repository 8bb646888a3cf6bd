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

} // namespace Packbench
