#include "SandboxOrder.h"

const SandboxLineItem *SandboxOrder::findItem(int orderProductId) const
{
    for (const SandboxLineItem &item : items)
        if (item.id == orderProductId)
            return &item;
    return nullptr;
}

SandboxLineItem *SandboxOrder::findItem(int orderProductId)
{
    return const_cast<SandboxLineItem *>(static_cast<const SandboxOrder *>(this)->findItem(orderProductId));
}

const SandboxShippingAddress *SandboxOrder::findAddress(int addressId) const
{
    for (const SandboxShippingAddress &address : shippingAddresses)
        if (address.id == addressId)
            return &address;
    return nullptr;
}

SandboxShippingAddress *SandboxOrder::findAddress(int addressId)
{
    return const_cast<SandboxShippingAddress *>(static_cast<const SandboxOrder *>(this)->findAddress(addressId));
}

int SandboxOrder::itemsTotal() const
{
    int total = 0;
    for (const SandboxLineItem &item : items)
        total += item.quantity;
    return total;
}

int SandboxOrder::itemsShipped() const
{
    int total = 0;
    for (const SandboxLineItem &item : items)
        total += item.quantityShipped;
    return total;
}

int SandboxOrder::addressItemsTotal(int addressId) const
{
    int total = 0;
    for (const SandboxLineItem &item : items)
        if (item.addressId == addressId)
            total += item.quantity;
    return total;
}

int SandboxOrder::addressItemsShipped(int addressId) const
{
    int total = 0;
    for (const SandboxLineItem &item : items)
        if (item.addressId == addressId)
            total += item.quantityShipped;
    return total;
}

qint64 SandboxOrder::subtotalExTax() const
{
    qint64 total = 0;
    for (const SandboxLineItem &item : items)
        total += item.basePrice * item.quantity;
    return total;
}

qint64 SandboxOrder::subtotalTax() const
{
    qint64 total = 0;
    for (const SandboxLineItem &item : items)
        total += item.tax * item.quantity;
    return total;
}
