#pragma once

#include "core/domain/Shipment.h"
#include "core/domain/StoreConfig.h"
#include "core/shipping/Carrier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Packbench {

// What a printed label sends to BigCommerce, and when.
struct WritebackDecision
{
    enum class Action
    {
        PostShipment,   // POST /v2/orders/{id}/shipments with the tracking number
        AwaitingPickup, // PUT /v2/orders/{id} {"status_id": 8}
        None            // nothing is sent: see reason
    };
    Action action = Action::None;
    bool waitForDispatch = false; // the store writes back when the packer marks shipments dispatched
    QString reason;               // why nothing is sent, in words the grid shows
};

// One item and quantity of a write-back.
struct WritebackItem
{
    qint64 orderProductId = 0;
    int quantity = 0;
    bool operator==(const WritebackItem &) const = default;
};

// Decides what printing a shipment writes back: one pure function that printing, the write-back worker, the grid
// and `packbench print` all follow.
class WritebackPlan
{
    Q_DECLARE_TR_FUNCTIONS(WritebackPlan)
public:
    static WritebackDecision decide(const StoreConfig &store, Shipment::Kind kind, Carrier::Kind carrier);

    // The body of POST /v2/orders/{id}/shipments (orders.v2 orderShipment_Post). Several parcels: the first
    // parcel's number is tracking_number and the others are listed in comments.
    static QByteArray shipmentBody(qint64 orderAddressId, const QList<WritebackItem> &items,
                                   const QStringList &trackingNumbers, const Carrier &carrier);
    // Whether a shipment BigCommerce lists (GET /v2/orders/{id}/shipments, one element) is the one this body
    // creates: same address, tracking number and items. Reconciles a POST whose outcome is unknown.
    static bool matches(const QByteArray &postBody, const QJsonObject &listed);
};

} // namespace Packbench
