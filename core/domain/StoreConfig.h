#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Packbench {

// When tracking goes back to BigCommerce.
enum class WritebackMode
{
    OnPrint,
    OnDispatch,
    Off
};

QString writebackModeToString(WritebackMode mode); // "on" | "on-dispatch" | "off" (command-line and database words)
bool writebackModeFromString(const QString &text, WritebackMode *mode);

// One connected BigCommerce store (an integration). Its secrets are not here: they live in each station's keychain
// under the profile and the store's id.
struct StoreConfig
{
    QUuid id;
    QString name;
    QString apiPath; // normalised: https://api.bigcommerce.com/stores/{hash}/v3/
    QString storeHash;
    QString clientId;
    QList<int> importStatuses;
    QList<int> updateStatuses;
    bool pickupInStore = false;
    bool channelTags = false;
    WritebackMode writeback = WritebackMode::OnPrint;
    int autoImportMinutes = 0; // 0 = off
    int defaultChannelId = 1;
    QDateTime createdAt;

    static StoreConfig withDefaults();
};

// The storefront names a store reported (GET /v3/channels), so tags can show "Kids (2)" and not just "2".
struct ChannelInfo
{
    int id = 0;
    QString name;
};

// A store's own label for a status (GET /v2/order_statuses custom_label).
struct StatusLabel
{
    int id = 0;
    QString label;
};

QString joinStatusIds(const QList<int> &ids);
// Parses "9,11"; false when an entry is not a number in 0-14.
bool parseStatusIds(const QString &text, QList<int> *ids);

} // namespace Packbench
