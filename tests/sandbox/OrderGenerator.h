#pragma once

#include "Prng.h"
#include "SandboxOrder.h"

#include <vector>

// Builds the seeded order book of the sandbox store. Every order is generated from its own PRNG stream
// (seed, index), so the data for a given --orders/--seed is identical on every run and machine, and the share of
// each special case (two addresses, pickup, digital, bundle, refund, >50 items) is the same in every status.
class OrderGenerator
{
public:
    static constexpr int FirstOrderId = 100;
    static constexpr int MaxLineItemsPerConsignment = 50;

    OrderGenerator(quint64 seed, int channels, qint64 baseTime);

    std::vector<SandboxOrder> generate(int count);

    // --without-consignments: marks about `fraction` of the orders (each order decided from (seed, index) alone, in a
    // PRNG stream of its own, so the rest of the data is unchanged and the choice does not depend on --orders) and
    // gives those with shipping addresses a billing address that differs from every one of them in first name, last
    // name, street and city.
    void markWithoutConsignments(std::vector<SandboxOrder> &orders, double fraction) const;

    // Id counters after generation; the store continues from them.
    int nextShipmentId() const { return m_nextShipmentId; }

    // True for the order indexes that get more than 50 line items: about 0.4%, and index 137 makes sure a
    // store of 200 orders already has one.
    static bool isLargeOrderIndex(int index) { return index % 250 == 137; }

private:
    SandboxOrder makeOrder(int index, qint64 created, qint64 modified);
    SandboxAddress makeAddress(Prng &rng, bool sameCountryAs, const SandboxAddress *other) const;
    SandboxAddress makeBillingApartFrom(Prng &rng, const SandboxOrder &order) const;
    SandboxLineItem makeItem(Prng &rng, int orderId, int catalogIndex, bool digital);
    void addBundle(Prng &rng, SandboxOrder &order, int addressId);
    void applyPartialRefund(Prng &rng, SandboxOrder &order);
    void applyFullRefund(SandboxOrder &order);
    void shipGenerated(Prng &rng, SandboxOrder &order, bool everything);
    int pickChannel(Prng &rng) const;
    static int pickStatus(Prng &rng);

    quint64 m_seed;
    int m_channels;
    qint64 m_baseTime;
    int m_nextAddressId = 1;
    int m_nextOrderProductId = 1;
    int m_nextOptionRowId = 1;
    int m_nextPickupId = 1;
    int m_nextShipmentId = 1;
};
