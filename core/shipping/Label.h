#pragma once

#include "core/domain/Account.h"
#include "core/domain/Shipment.h" // Address, AuthorityToLeave, LineItem

#include <QDateTime>
#include <QList>
#include <QString>

namespace Packbench {

// One side of a label: who sends the parcel or who receives it, as printed.
struct LabelParty
{
    QString name, company, street1, street2, city, region, zip, country, countryIso2, phone;

    static LabelParty fromAddress(const Address &address)
    {
        return {address.fullName(), address.company, address.street1, address.street2,     address.city,
                address.state,      address.zip,     address.country, address.countryIso2, address.phone};
    }
    static LabelParty fromSender(const SenderAddress &sender)
    {
        return {sender.name,   sender.company, sender.street1, sender.street2,     sender.city,
                sender.region, sender.zip,     QString(),      sender.countryIso2, sender.phone};
    }
    bool operator==(const LabelParty &) const = default;
};

// One line of a customs declaration (international shipments).
struct CustomsLine
{
    QString description;
    QString hsCode;
    int quantity = 0;
    QString value;     // of the whole line, in LabelContent::currency, as a decimal: "12.50"
    double weight = 0; // of the whole line, in LabelContent::weightUnit

    bool operator==(const CustomsLine &) const = default;
};

// Everything printed on one parcel's label (and its packing slip): plain values, filled by the caller from the
// shipment, its order, its sending account and its carrier, so the renderer needs no database.
struct LabelContent
{
    // The Code 128 barcode and the big number. Empty for pickup in store: the barcode holds "ORDER-<orderId>" and the
    // label says "Pickup in store".
    QString trackingNumber;
    QString carrierName; // "Own sequence", "DHL", "Pickup in store"
    QString shippingMethod;
    LabelParty sender; // from the shipment's sending account
    LabelParty recipient;
    QString pickupLocation; // pickup: "Location, address", printed instead of a recipient address
    qint64 orderId = 0;
    QString storeName, storefront; // storefront = the channel's name, e.g. "Kids"
    double weight = 0;
    QString weightUnit; // as the store says in /v2/store weight_units: "kg", "lbs", "oz", "g"
    AuthorityToLeave atl = AuthorityToLeave::Unspecified; // ATL marker / large "SIGNATURE REQUIRED"
    QString itemSummary;                                  // "2 x T-shirt (M, Red); 1 x Mug"
    int parcelNumber = 1, parcelCount = 1;                // "Parcel 1/2"
    int shipmentNumber = 1, shipmentCount = 1; // "Shipment 1 of 2" (an order with several shipments); not when 1 of 1
    // Packing slip and customs (international: the recipient's country is not the sender's)
    QList<LineItem> items; // sku, name, quantityToShip(), size, color, hsCode
    bool international = false;
    QString originCountry; // ISO2
    QString currency;
    QList<CustomsLine> customs; // empty on an international shipment: made from the items, without values
    QDateTime printedAt;

    bool isPickup() const { return trackingNumber.isEmpty(); }
    // What the barcode holds: the tracking number, or "ORDER-<orderId>" for a pickup.
    QString barcodeData() const { return isPickup() ? QStringLiteral("ORDER-%1").arg(orderId) : trackingNumber; }
};

enum class LabelSize
{
    FourBySix, // 4 x 6 in (101.6 x 152.4 mm), the thermal label of most carriers
    A6         // 105 x 148 mm
};

enum class LabelFormat
{
    Pdf,
    Png,
    Zpl203, // ZPL II for a 203 dpi (8 dots/mm) thermal printer
    Zpl300  // ZPL II for a 300 dpi (12 dots/mm) thermal printer
};

} // namespace Packbench
