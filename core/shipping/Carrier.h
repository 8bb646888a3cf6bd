#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace Packbench {

// UPU S10 item identifiers: two letters (service indicator), eight digits (serial), a mod-11 check digit and the
// two-letter country code of the issuing post, e.g. "RR123456785NZ".
namespace S10 {
// The check digit of an eight-digit serial: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), 10 -> 0, 11 -> 5.
int checkDigit(quint32 serial);
// "PB" + 00000042 + check + "NZ". Empty when the serial is outside 1..99,999,999 or a code is not two letters.
QString format(const QString &prefix, quint32 serial, const QString &country);
bool isValid(const QString &identifier);
} // namespace S10

// Who carries a parcel and where its tracking number comes from. The three kinds map onto the three ways
// POST /v2/orders/{id}/shipments describes: `shipping_provider` or `tracking_carrier` with the tracking number, or a
// custom `tracking_link` (own sequence, from its template).
struct Carrier
{
    Q_DECLARE_TR_FUNCTIONS(Carrier)
public:
    enum class Kind
    {
        OwnSequence, // Packbench numbers the parcels itself (S10 form) from a counter in the database
        Manual,      // the packer types or scans the carrier's number
        Pickup       // pickup in store: no tracking, the write-back is the Awaiting Pickup status
    };
    QUuid id;
    QString name;
    Kind kind = Kind::Manual;
    QString prefix;           // own sequence: the S10 service indicator (two letters)
    QString country;          // own sequence: the S10 country code (two letters)
    QString trackingLink;     // a template with {tracking}, e.g. "https://track.example.com/{tracking}"
    QString shippingProvider; // BigCommerce's shipping_provider ("auspost", "fedex", ... or "carrier_ID")
    QString trackingCarrier;  // or an AfterShip courier slug ("dhl", "nzpost", ...)

    static QUuid ownSequenceId();           // the default carrier a new profile has (schema step 5)
    static QUuid pickupId();                // "Pickup in store"
    static QString kindToString(Kind kind); // "own-sequence" | "manual" | "pickup"
    static bool kindFromString(const QString &text, Kind *kind);

    // "" when the carrier can be saved, else what to fix.
    QString validate() const;
    // The link for one tracking number, or "" without a template.
    QString trackingLinkFor(const QString &trackingNumber) const;
    // A tracking number a packer typed or scanned for this carrier: "" when fine, else what is wrong.
    static QString validateTrackingNumber(const QString &number);
    bool operator==(const Carrier &) const = default;
};

} // namespace Packbench
