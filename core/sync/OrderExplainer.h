#pragma once

#include "core/domain/StoreConfig.h"
#include "core/integrations/StoreService.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace Packbench {

class Database;
class DatabaseExecutor;

// "Why is order #123 not here?": fetches that one order from BigCommerce and explains in words what the import
// made of it: status not selected (which it has), outside the window the imports covered, nothing physical to ship,
// cancelled or held (ImportRules::decide, as the import), or imported (and where it is).
class OrderExplainer
{
    Q_DECLARE_TR_FUNCTIONS(OrderExplainer)
public:
    using Callback = std::function<void(const QStringList &lines, StoreService::Outcome outcome)>;

    // Steps: the token (keychain), the order (BigCommerce), then what this database knows of it and the explanation
    // (on `executor`'s thread; without one, on the calling thread). `callback` runs on the calling thread, and only
    // while `context` exists (no context: always).
    static void explain(StoreService &stores, Database &database, const StoreConfig &store, qint64 orderId,
                        QObject *context, Callback callback, DatabaseExecutor *executor = nullptr);

    // The explanation for an order as BigCommerce returned it (testable without a network).
    // `coveredSince`: orders changed since then were seen by the store's imports without a gap (invalid: never).
    static QStringList explainOrder(const StoreConfig &store, const QJsonObject &order, const QDateTime &coveredSince,
                                    const QList<class ShipmentRow> &imported, const QString &skipReason,
                                    const QList<StatusLabel> &labels, const QList<ChannelInfo> &channels);

private:
    // The last step: what the database knows of the order next to what BigCommerce said (any thread).
    static QStringList explainFetched(Database &database, const StoreConfig &store, qint64 orderId,
                                      const QByteArray &body);
};

} // namespace Packbench
