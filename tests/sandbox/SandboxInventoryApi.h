#pragma once

#include "HttpResponse.h"
#include "SandboxInventory.h"

#include <QList>

class JsonWriter;
struct HttpRequest;

// The inventory endpoints of the sandbox store (inventory.v3.yml): GET /v3/inventory/items and
// PUT /v3/inventory/adjustments/absolute, and the /__sandbox/inventory control endpoint tests set up cases with.
// Authentication, the rate limit, faults and request counting stay with SandboxServer, as for every endpoint.
class SandboxInventoryApi
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 1000;           // items per page of GET /v3/inventory/items
    static constexpr int MaxAdjustmentItems = 2000; // items per PUT /v3/inventory/adjustments/absolute

    SandboxInventoryApi(const SandboxOptions &options, const std::vector<SandboxOrder> &orders);

    SandboxInventory &inventory() { return m_inventory; }
    const SandboxInventory &inventory() const { return m_inventory; }

    // segments: the path below /stores/{hash}/v3/, starting with "inventory".
    HttpResponse route(const HttpRequest &request, const QList<QByteArray> &segments);
    // /__sandbox/inventory
    HttpResponse control(const HttpRequest &request);

    // Adds the inventory members to the /__sandbox/stats object being written.
    void writeStats(JsonWriter &json) const;
    void resetStats();

private:
    HttpResponse listItems(const HttpRequest &request) const;
    HttpResponse adjustAbsolute(const HttpRequest &request);
    HttpResponse applyAdjustAbsolute(const HttpRequest &request);
    HttpResponse controlSet(const HttpRequest &request);
    // locationFilter: only the levels at the locations it selects (nullptr: all). withTracking: the control
    // endpoint's extra member "tracked_by_product".
    void writeItem(JsonWriter &json, const SandboxInventoryItem &item, const InventoryFilter *locationFilter,
                   bool withTracking) const;

    SandboxInventory m_inventory;
    qint64 m_adjustmentsRefused = 0; // PUTs answered with an error (400, 422): nothing applied
};
