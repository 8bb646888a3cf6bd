#pragma once

#include "core/domain/StoreConfig.h"
#include "core/integrations/StoreService.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace Packbench {

class Database;

// "Why is order #123 not here?": fetches that one order from BigCommerce and explains in words what the import
// made of it: status not selected (which it has), outside the window the imports covered, nothing physical to ship,
// cancelled or held (ImportRules::decide, as the import), or imported (and where it is).
class OrderExplainer
{
    Q_DECLARE_TR_FUNCTIONS(OrderExplainer)
public:
    using Callback = std::function<void(const QStringList &lines, StoreService::Outcome outcome)>;

    static void explain(StoreService &stores, Database &database, const StoreConfig &store, qint64 orderId,
                        QObject *context, Callback callback);

    // The explanation for an order as BigCommerce returned it (testable without a network).
    // `coveredSince`: orders changed since then were seen by the store's imports without a gap (invalid: never).
    static QStringList explainOrder(const StoreConfig &store, const QJsonObject &order, const QDateTime &coveredSince,
                                    const QList<class ShipmentRow> &imported, const QString &skipReason,
                                    const QList<StatusLabel> &labels, const QList<ChannelInfo> &channels);
};

} // namespace Packbench
