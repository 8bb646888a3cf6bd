#include "core/sync/OrderExplainer.h"

#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/OrderMapper.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/DatabaseExecutor.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"
#include "core/util/ContextGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Packbench {

namespace {
QString statusName(int id, const QList<StatusLabel> &labels)
{
    for (const StatusLabel &label : labels) {
        if (label.id == id)
            return QStringLiteral("%1 \"%2\"").arg(id).arg(label.label);
    }
    return QStringLiteral("%1 \"%2\"").arg(id).arg(OrderStatus::displayName(id));
}

QString stateWords(ShipmentState state)
{
    switch (state) {
    case ShipmentState::ToShip:
        return OrderExplainer::tr("in To ship");
    case ShipmentState::Printed:
        return OrderExplainer::tr("printed");
    case ShipmentState::WrittenBack:
        return OrderExplainer::tr("printed and written back");
    case ShipmentState::WritebackFailed:
        return OrderExplainer::tr("printed; the write-back failed");
    case ShipmentState::Elsewhere:
        return OrderExplainer::tr("shipped or completed outside Packbench, so not in To ship");
    case ShipmentState::Cancelled:
        return OrderExplainer::tr("cancelled, so not in To ship");
    case ShipmentState::OnHold:
        return OrderExplainer::tr("on hold until BigCommerce releases it");
    }
    return QString();
}
} // namespace

QStringList OrderExplainer::explainOrder(const StoreConfig &store, const QJsonObject &json,
                                         const QDateTime &coveredSince, const QList<ShipmentRow> &imported,
                                         const QString &skipReason, const QList<StatusLabel> &labels,
                                         const QList<ChannelInfo> &channels)
{
    QStringList lines;
    const OrderMapper::Result mapped = OrderMapper::map(json);
    if (!mapped.ok) {
        lines << tr("Order #%1 cannot be read: %2. Packbench skips it and imports everything else.")
                     .arg(mapped.orderId)
                     .arg(mapped.error);
        return lines;
    }
    const ImportedOrder &order = mapped.order;
    QString channel = QString::number(order.channelId);
    for (const ChannelInfo &info : channels) {
        if (info.id == order.channelId)
            channel = QStringLiteral("%1 (%2)").arg(info.name).arg(info.id);
    }
    lines << tr("Order #%1 in %2: status %3, storefront %4, last changed %5.")
                 .arg(order.orderId)
                 .arg(store.name, statusName(order.statusId, labels), channel,
                      QLocale().toString(order.dateModified.toLocalTime(), QLocale::ShortFormat));

    if (!imported.isEmpty()) {
        for (const ShipmentRow &row : imported)
            lines << tr("Imported: shipment %1 to %2, %3, is %4.")
                         .arg(row.consignment, row.customer, row.city.isEmpty() ? row.pickupLocation : row.city,
                              stateWords(row.state));
        return lines;
    }
    if (order.digitalOnly) {
        lines << tr("It has no physical items (digital only): there is nothing to ship.");
        return lines;
    }
    // The same decision the import makes, for a shipment not imported yet.
    int quantity = 1; // without its consignments (resource links only) the import fetches them: assume items
    if (!order.shipments.isEmpty()) {
        quantity = 0;
        for (const Shipment &shipment : order.shipments)
            quantity = std::max(quantity, shipment.quantityToShip());
    }
    const ShipmentDecision decision =
        ImportRules::decide(store, SyncScope::import(), order.statusId, std::nullopt, quantity);
    if (!decision.create) {
        if (ImportRules::decide(store, SyncScope::import({order.statusId}), order.statusId, std::nullopt, quantity)
                .create) {
            QStringList selected;
            for (int id : store.importStatuses)
                selected << statusName(id, labels);
            lines << tr("Its status %1 is not selected for import (selected: %2). Add it in Settings > "
                        "Integrations, or import it once with --statuses %3.")
                         .arg(statusName(order.statusId, labels), selected.join(QStringLiteral(", ")))
                         .arg(order.statusId);
        } else {
            lines << tr("It is not imported: %1.").arg(decision.reason);
        }
        return lines;
    }
    if (!coveredSince.isValid()) {
        lines << tr("No import of all its store's statuses has finished yet: run an import (Shipments > Import) "
                    "to fetch it.");
        return lines;
    }
    if (order.dateModified.isValid() && order.dateModified < coveredSince) {
        const qint64 age = order.dateModified.secsTo(QDateTime::currentDateTimeUtc());
        const qint64 window = coveredSince.secsTo(QDateTime::currentDateTimeUtc());
        const qint64 needed = age / (24 * 3600) + 1;
        lines << tr("It was last changed %1 days ago, before the imports so far reached (orders changed since %2, "
                    "%3 days). Import with %4 days or more to include it.")
                     .arg(age / (24 * 3600))
                     .arg(QLocale().toString(coveredSince.toLocalTime(), QLocale::ShortFormat))
                     .arg(window / (24 * 3600))
                     .arg(needed);
        return lines;
    }
    if (!skipReason.isEmpty()) {
        lines << tr("The last import skipped it: %1").arg(skipReason);
        return lines;
    }
    if (order.shipments.isEmpty() && !order.needsProducts && !order.needsConsignments) {
        lines << tr("It has no shipping address and no pickup: there is nothing to ship.");
        return lines;
    }
    lines << tr("It matches what is imported but is not here yet: run an import (Shipments > Import) to fetch it.");
    return lines;
}

QStringList OrderExplainer::explainFetched(Database &database, const StoreConfig &store, qint64 orderId,
                                           const QByteArray &body)
{
    // Constructed here: the repositories use the calling thread's own connection.
    ShipmentRepository shipments(database);
    StoreRepository stores(database);
    return explainOrder(store, QJsonDocument::fromJson(body).object(), shipments.syncState(store.id).coveredSince,
                        ShipmentQuery(database).forOrder(store.id, orderId), shipments.skipReason(store.id, orderId),
                        stores.statusLabels(store.id), stores.channels(store.id));
}

void OrderExplainer::explain(StoreService &stores, Database &database, const StoreConfig &store, qint64 orderId,
                             QObject *context, Callback callback, DatabaseExecutor *executor)
{
    const ContextGuard guard(context);
    stores.accessTokens(
        {store}, context,
        [&database, store, orderId, context, guard, callback,
         executor](const QList<QPair<StoreConfig, QString>> &tokens, const StoreService::Result &result) {
            if (!result.isOk()) {
                callback({result.message}, result.outcome);
                return;
            }
            // A child of the context: a window closed meanwhile takes the request with it.
            auto *client =
                new Client(ApiPath::parse(store.apiPath), store.clientId, tokens.constFirst().second, context);
            client->setRetryPolicy(Client::RetryPolicy::interactive()); // someone waits for the answer
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("include"), QStringLiteral("consignments.line_items"));
            query.addQueryItem(QStringLiteral("consignment_structure"), QStringLiteral("object"));
            client->fetch(
                QStringLiteral("v2/orders/%1").arg(orderId), query, context,
                [](const ApiResponse &r) { return QJsonDocument::fromJson(r.body).isObject(); },
                [&database, store, orderId, client, context, guard, callback, executor](const ApiResponse &response) {
                    client->deleteLater();
                    if (response.httpStatus == 404) {
                        callback({tr("BigCommerce has no order #%1 in store \"%2\" (store hash %3). It may belong "
                                     "to another store.")
                                      .arg(orderId)
                                      .arg(store.name, store.storeHash)},
                                 StoreService::Outcome::NotFound);
                        return;
                    }
                    if (!response.isSuccess()) {
                        ApiDiagnosis::Context diagnosisContext;
                        diagnosisContext.action = tr("read order #%1").arg(orderId);
                        diagnosisContext.scope = tr("Orders: read-only");
                        diagnosisContext.storeHash = store.storeHash;
                        diagnosisContext.writebackEnabled = store.writeback != WritebackMode::Off;
                        const ApiDiagnosis diagnosis = ApiDiagnosis::of(response, diagnosisContext);
                        callback({diagnosis.message}, diagnosis.isTransient() ? StoreService::Outcome::Network
                                                                              : StoreService::Outcome::Refused);
                        return;
                    }
                    if (!guard.alive())
                        return;
                    DatabaseExecutor::run(
                        executor, context,
                        [&database, store, orderId, body = response.body] {
                            return explainFetched(database, store, orderId, body);
                        },
                        [callback](const QStringList &lines) { callback(lines, StoreService::Outcome::Ok); });
                });
        });
}

} // namespace Packbench
