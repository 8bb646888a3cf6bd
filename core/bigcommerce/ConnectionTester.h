#pragma once

#include "core/bigcommerce/ApiDiagnosis.h"
#include "core/domain/StoreConfig.h"

#include <QCoreApplication>
#include <QObject>

namespace Packbench {

class Client;

struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)
public:
    ApiDiagnosis diagnosis; // Ok when every probe passed
    QString storeName;
    QString planName;
    QString weightUnit; // /v2/store weight_units: what label weights are in
    QList<ChannelInfo> channels;
    QList<StatusLabel> statusLabels; // only statuses the store relabelled
    // What works but limits an optional feature (e.g. stock sync without the inventory scope): shown after the
    // summary, never a failure.
    QStringList warnings;

    bool isOk() const { return diagnosis.isOk(); }
    // "Connected to ..." and the warnings, one per line; or the diagnosis.
    QString summary() const;
};

// Test connection: probes cheap read endpoints (store information, orders, channels, order statuses, inventory) one
// after the other and stops at the first failure with its diagnosis. Write access shows only at the first write-back
// (and the first stock push). Inventory is read only by stock sync, which not every store uses: a 403 there is a
// warning in the report, not a failure.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(Client *client, bool writebackEnabled, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Packbench::ConnectionReport &report);

private:
    enum class Probe
    {
        StoreInformation,
        Orders,
        Channels,
        OrderStatuses,
        Inventory
    };
    void run(Probe probe);
    void finish();
    ApiDiagnosis::Context contextFor(Probe probe) const;

    Client *m_client;
    bool m_writebackEnabled;
    ConnectionReport m_report;
};

} // namespace Packbench
