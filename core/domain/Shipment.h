#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Packbench {

// How the customer wants the parcel left: billing form field "Delivery Option".
enum class AuthorityToLeave
{
    Unspecified,
    AuthorityToLeave,
    SignatureRequired
};
QString authorityToLeaveToString(AuthorityToLeave atl); // "", "authority-to-leave", "signature-required"
AuthorityToLeave authorityToLeaveFromString(const QString &text);

// Packbench's own state of a shipment (not BigCommerce's status).
enum class ShipmentState
{
    ToShip,
    Printed,
    WrittenBack,
    WritebackFailed,
    Elsewhere,
    Cancelled,
    OnHold
};
QString shipmentStateToString(ShipmentState state); // "to-ship", "printed", ... (command line and database words)
bool shipmentStateFromString(const QString &text, ShipmentState *state);

struct Address
{
    QString firstName;
    QString lastName;
    QString company;
    QString street1;
    QString street2;
    QString city;
    QString state;
    QString zip;
    QString country;
    QString countryIso2;
    QString phone;
    QString email;

    QString fullName() const;
    bool operator==(const Address &) const = default;
};

// One order line as it ships: quantities as BigCommerce reports them.
struct LineItem
{
    qint64 orderProductId = 0;
    qint64 productId = 0;
    QString sku; // empty: flagged, warehouses need SKUs
    QString name;
    int quantity = 0;
    int quantityShipped = 0;
    int quantityRefunded = 0;
    double weight = 0;
    double unitPrice = 0;            // price_ex_tax, in the order's currency: a customs declaration's value
    qint64 parentOrderProductId = 0; // bundle child when non-zero
    QString size;                    // option "Size"
    QString color;                   // option "Color" or "Colour"
    QString hsCode;                  // option "HS Code"
    // Printed in a split part of this shipment whose write-back BigCommerce does not have yet (Packbench's own).
    int quantityHeld = 0;

    int quantityToShip() const { return qMax(0, quantity - quantityShipped - quantityRefunded - quantityHeld); }
    bool operator==(const LineItem &) const = default;
};

// One parcel: an order's shipping consignment (one per address) or its pickup consignment.
struct Shipment
{
    enum class Kind
    {
        Shipping,
        Pickup
    };
    Kind kind = Kind::Shipping;
    qint64 consignmentId = 0; // the shipping address id (order_address_id) or the pickup consignment id
    Address address;          // shipping: the recipient; pickup: the customer (billing)
    QString shippingMethod;
    QString pickupLocation; // pickup: "Location name, address"
    QList<LineItem> items;

    QString consignmentKey() const; // "shipping:99" / "pickup:7"
    int quantityToShip() const;
    bool operator==(const Shipment &) const = default;
};

// What the grid shows of a shipment's items without reading them: kept on the shipment row when it is written.
struct ShipmentSummary
{
    double weight = 0; // of what is left to ship (of everything not refunded once nothing is left), in store units
    QString skus;      // distinct SKUs in item order, ", " between them
    QString size;      // distinct values of each option, ", " between them
    QString color;
    QString hsCode;

    static ShipmentSummary of(const QList<LineItem> &items);
    bool operator==(const ShipmentSummary &) const = default;
};

// An order as Packbench imports it: what the mapper makes of one BigCommerce order.
struct ImportedOrder
{
    qint64 orderId = 0;
    int statusId = 0;
    int channelId = 1;
    QDateTime dateCreated;
    QDateTime dateModified;
    qint64 customerId = 0;
    Address billing;
    QString customerMessage;
    QString staffNotes;
    QString total; // as BigCommerce sends it: "123.4500"
    QString currency;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    bool digitalOnly = false;
    QList<Shipment> shipments;
    // The order came without consignments (resource links only): the importer fetches
    // /orders/{id}/consignments?include=consignments.line_items and calls OrderMapper::applyConsignments. Until
    // then the order has no shipments: a shipping shipment only ever gets its consignment's shipping address.
    bool needsConsignments = false;
    // Consignments that carry BigCommerce's 50-line-item __warning__, or line items as resource links: the
    // importer fetches /orders/{id}/products and calls OrderMapper::completeItems.
    bool needsProducts = false;

    bool operator==(const ImportedOrder &) const = default;
};

} // namespace Packbench
