#include "core/bigcommerce/ConnectionTester.h"

#include "core/bigcommerce/Client.h"
#include "core/domain/OrderStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Packbench {

QString ConnectionReport::summary() const
{
    if (!isOk())
        return diagnosis.message;
    QStringList channelNames;
    for (const ChannelInfo &channel : channels)
        channelNames.append(QStringLiteral("%1 (%2)").arg(channel.name).arg(channel.id));
    QString text = tr("Connected to %1 (plan: %2). Storefronts found: %3. Read access confirmed; write access is "
                      "confirmed at the first write-back.")
                       .arg(storeName, planName.isEmpty() ? tr("unknown") : planName,
                            channelNames.isEmpty() ? tr("none") : channelNames.join(QStringLiteral(", ")));
    for (const QString &warning : warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    return text;
}

ConnectionTester::ConnectionTester(Client *client, bool writebackEnabled, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writebackEnabled(writebackEnabled)
{
}

void ConnectionTester::start()
{
    m_report = ConnectionReport();
    run(Probe::StoreInformation);
}

ApiDiagnosis::Context ConnectionTester::contextFor(Probe probe) const
{
    ApiDiagnosis::Context context;
    context.storeHash = m_client->apiPath().storeHash();
    context.writebackEnabled = m_writebackEnabled;
    switch (probe) {
    case Probe::StoreInformation:
        context.action = tr("read the store information");
        context.scope = tr("Information & settings: read-only");
        break;
    case Probe::Orders:
    case Probe::OrderStatuses:
        context.action = probe == Probe::Orders ? tr("read orders") : tr("read the order statuses");
        context.scope = m_writebackEnabled ? tr("Orders: modify") : tr("Orders: read-only");
        break;
    case Probe::Channels:
        context.action = tr("read the storefronts (channels)");
        context.scope = tr("Channel settings: read-only");
        break;
    case Probe::Inventory:
        context.action = tr("read stock levels");
        context.scope = tr("Store Inventory: read-only");
        break;
    }
    return context;
}

void ConnectionTester::run(Probe probe)
{
    QString path;
    QUrlQuery query;
    switch (probe) {
    case Probe::StoreInformation:
        path = QStringLiteral("v2/store");
        break;
    case Probe::Orders:
        path = QStringLiteral("v2/orders");
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        break;
    case Probe::Channels:
        path = QStringLiteral("v3/channels");
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("250"));
        break;
    case Probe::OrderStatuses:
        path = QStringLiteral("v2/order_statuses");
        break;
    case Probe::Inventory:
        path = QStringLiteral("v3/inventory/items");
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        break;
    }

    m_client->get(path, query, this, [this, probe](const ApiResponse &response) {
        if (probe == Probe::Inventory && response.httpStatus == 403) {
            // Every other probe passed, so the token is this store's: the inventory scope is missing. Only stock
            // sync needs it.
            m_report.warnings.append(tr("stock sync cannot read BigCommerce's stock levels (403 Forbidden): the API "
                                        "account lacks the scope \"Store Inventory\" (read-only to compare, modify "
                                        "to push). Orders, labels and write-backs are not affected."));
            finish();
            return;
        }
        m_report.diagnosis = ApiDiagnosis::of(response, contextFor(probe));
        if (!m_report.diagnosis.isOk()) {
            finish();
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        switch (probe) {
        case Probe::StoreInformation: {
            const QJsonObject store = document.object();
            if (!document.isObject() || !store.contains(QLatin1String("name"))) {
                m_report.diagnosis = ApiDiagnosis::badResponse(response, tr("the store information"));
                finish();
                return;
            }
            m_report.storeName = store.value(QLatin1String("name")).toString();
            m_report.planName = store.value(QLatin1String("plan_name")).toString();
            m_report.weightUnit = store.value(QLatin1String("weight_units")).toString();
            run(Probe::Orders);
            return;
        }
        case Probe::Orders:
            // 204 No Content = a store without orders yet: read access still confirmed.
            if (!response.isNoContent() && !document.isArray()) {
                m_report.diagnosis = ApiDiagnosis::badResponse(response, tr("the order list"));
                finish();
                return;
            }
            run(Probe::Channels);
            return;
        case Probe::Channels: {
            const QJsonArray data = document.object().value(QLatin1String("data")).toArray();
            if (!document.isObject()) {
                m_report.diagnosis = ApiDiagnosis::badResponse(response, tr("the storefront list"));
                finish();
                return;
            }
            for (const QJsonValue &value : data) {
                const QJsonObject channel = value.toObject();
                m_report.channels.append(
                    {channel.value(QLatin1String("id")).toInt(), channel.value(QLatin1String("name")).toString()});
            }
            run(Probe::OrderStatuses);
            return;
        }
        case Probe::OrderStatuses: {
            const QJsonArray statuses = document.array();
            for (const QJsonValue &value : statuses) {
                const QJsonObject status = value.toObject();
                const int id = status.value(QLatin1String("id")).toInt(-1);
                const QString custom = status.value(QLatin1String("custom_label")).toString().trimmed();
                const QString system = status.value(QLatin1String("system_label")).toString();
                if (OrderStatus::isKnown(id) && !custom.isEmpty() && custom != system)
                    m_report.statusLabels.append({id, custom});
            }
            run(Probe::Inventory);
            return;
        }
        case Probe::Inventory:
            if (!document.isObject() || !document.object().value(QLatin1String("data")).isArray()) {
                m_report.diagnosis = ApiDiagnosis::badResponse(response, tr("the stock levels"));
                finish();
                return;
            }
            finish();
            return;
        }
    });
}

void ConnectionTester::finish()
{
    Q_EMIT finished(m_report);
}

} // namespace Packbench
