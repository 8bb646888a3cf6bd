#pragma once

#include <QString>
#include <QUuid>

namespace Packbench {

// Who a parcel comes from: printed on the label as the sender.
struct SenderAddress
{
    QString name;
    QString company;
    QString street1;
    QString street2;
    QString city;
    QString region;
    QString zip;
    QString countryIso2;
    QString phone;
    QString email;

    bool operator==(const SenderAddress &) const = default;
};

// A sending account: the sender address (later carrier accounts and label settings). Rules route shipments to
// accounts; a shipment no rule routes is in the "Default" account, which every profile has and which cannot be removed.
struct Account
{
    QUuid id;
    QString name;
    SenderAddress sender;
    QUuid carrierId; // the carrier its labels use unless the packer picks another (null: the own sequence)

    // The "Default" account that schema step 4 inserts: every shipment starts in it.
    static QUuid defaultId();
    bool isDefault() const { return id == defaultId(); }
    bool operator==(const Account &) const = default;
};

} // namespace Packbench
