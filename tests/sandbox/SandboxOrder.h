#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

// Plain records of the sandbox store. Text is kept as UTF-8 QByteArray: it is written to JSON as is, and values
// picked from the generator's catalogs share one buffer between all orders (implicit sharing), which keeps 10,000
// orders small. Money is in ten-thousandths of the currency unit, dates in seconds since the epoch (UTC).

struct SandboxAddress
{
    QByteArray firstName;
    QByteArray lastName;
    QByteArray company;
    QByteArray street1;
    QByteArray street2;
    QByteArray city;
    QByteArray state;
    QByteArray zip;
    QByteArray country;
    QByteArray countryIso2;
    QByteArray phone;
    QByteArray email;
};

struct SandboxFormField
{
    QByteArray name;
    QByteArray value;
    bool numeric = false; // formFields.value may be a number
};

struct SandboxShippingAddress
{
    int id = 0;
    SandboxAddress address;
    QByteArray shippingMethod;
    qint64 baseCost = 0;
    qint64 costTax = 0;
    qint64 handlingCost = 0;
    int shippingZoneId = 1;
    QByteArray shippingZoneName;
};

struct SandboxProductOption
{
    int id = 0;
    int optionId = 0;
    int productOptionId = 0;
    QByteArray displayName;
    QByteArray displayValue;
    QByteArray value;
    QByteArray type;
    QByteArray name;
    QByteArray displayStyle;
};

struct SandboxLineItem
{
    int id = 0; // order_product_id
    int productId = 0;
    int variantId = 0;
    int addressId = 0;      // order_address_id; 0 for pickup and digital items
    int pickupMethodId = 0; // order_pickup_method_id
    QByteArray name;
    QByteArray sku;
    QByteArray type; // physical, digital
    QByteArray brand;
    QByteArray binPickingNumber;
    qint64 basePrice = 0;
    qint64 tax = 0; // per unit
    qint64 costPrice = 0;
    qint64 weight = 0;
    bool weightAsNumber = false; // the schema allows a number or a string; both occur
    int quantity = 1;
    int quantityShipped = 0;
    int quantityRefunded = 0;
    int parentId = 0; // parent_order_product_id; 0 renders null
    bool isBundledProduct = false;
    int optionSetId = 0; // 0 renders null
    std::vector<SandboxProductOption> options;

    int quantityLeftToShip() const { return quantity - quantityShipped - quantityRefunded; }
    bool isShippable() const { return type == "physical" && addressId != 0; }
};

struct SandboxPickup
{
    int id = 0;
    int pickupMethodId = 0;
    QByteArray displayName;
    QByteArray collectionInstructions;
    QByteArray collectionTimeDescription;
    int locationId = 0;
    QByteArray locationName;
    QByteArray locationCode;
    QByteArray addressLine1;
    QByteArray addressLine2;
    QByteArray city;
    QByteArray state;
    QByteArray postalCode;
    QByteArray countryAlpha2;
    QByteArray email;
    QByteArray phone;
};

struct SandboxShipmentItem
{
    int orderProductId = 0;
    int productId = 0;
    int quantity = 0;
};

struct SandboxShipment
{
    int id = 0;
    int orderAddressId = 0;
    qint64 dateCreated = 0;
    QByteArray trackingNumber;
    QByteArray shippingProvider;
    QByteArray trackingCarrier;
    QByteArray trackingLink;
    QByteArray comments;
    QByteArray shippingMethod;
    qint64 merchantShippingCost = 0;
    std::vector<SandboxShipmentItem> items;
};

struct SandboxOrder
{
    int id = 0;
    int customerId = 0;
    int channelId = 1;
    int statusId = 11;
    qint64 dateCreated = 0;
    qint64 dateModified = 0;
    qint64 dateShipped = 0; // 0 renders ""
    SandboxAddress billing;
    std::vector<SandboxFormField> billingFormFields;
    std::vector<SandboxShippingAddress> shippingAddresses;
    std::vector<SandboxLineItem> items;
    std::optional<SandboxPickup> pickup;
    bool isDigital = false;
    std::vector<SandboxShipment> shipments;
    qint64 shippingCost = 0; // ex tax, summed over addresses
    qint64 shippingTax = 0;
    qint64 refundedAmount = 0;
    qint64 discountAmount = 0;
    QByteArray paymentMethod;
    QByteArray paymentStatus;
    QByteArray orderSource;
    QByteArray customerMessage;
    QByteArray staffNotes;
    QByteArray customerLocale;
    QByteArray ipAddress;
    QByteArray cartId;
    bool isEmailOptIn = false;
    // --without-consignments picked this order: it is rendered with resource links only (SandboxRenderer::writeOrder)
    // and its billing address differs from every shipping address.
    bool withoutConsignments = false;

    const SandboxLineItem *findItem(int orderProductId) const;
    SandboxLineItem *findItem(int orderProductId);
    const SandboxShippingAddress *findAddress(int addressId) const;
    SandboxShippingAddress *findAddress(int addressId);
    int itemsTotal() const;
    int itemsShipped() const;
    int addressItemsTotal(int addressId) const;
    int addressItemsShipped(int addressId) const;
    qint64 subtotalExTax() const;
    qint64 subtotalTax() const;
};
