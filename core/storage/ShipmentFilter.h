#pragma once

#include "core/domain/Shipment.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Packbench {

// One line of the shipments grid (and of `packbench shipments --json`).
struct ShipmentRow
{
    QString key;
    QUuid storeId;
    QString storeName;
    qint64 orderId = 0;
    QString consignment; // "shipping:99" / "pickup:7"
    int channelId = 1;
    QString channelName;
    QStringList tags; // sorted
    ShipmentState state = ShipmentState::ToShip;
    int bcStatusId = 0;
    QString customer;
    QString company;
    QString city;
    QString region;
    QString zip;
    QString country;
    QString countryIso2;
    QString pickupLocation;
    QDateTime dateCreated;
    int itemCount = 0;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    QString changedFields; // "address,items": edited in BigCommerce since the first import
    QDateTime changedAt;
    QString flag; // for the packer: the order changed in BigCommerce after printing
    bool missingSku = false;
    QUuid accountId;
    QString accountName;
    QString rule; // the names of the rules that matched, ", " between them
    QString carrier;
    QString trackingNumber;
    ShipmentSummary summary; // weight, SKUs, product options
    QString searchText;      // folded (SearchText): what the search box finds besides order number and storefront
    // Printing and write-back.
    int part = 0;                // a split part's number (the printed part of a consignment), 0 for the consignment
    int parcels = 1;             // parcels printed for it
    QStringList trackingNumbers; // one per parcel; trackingNumber is the first
    QDateTime printedAt;         // UTC
    QString printedStation;
    QString writeback;     // the outbox state word of its last write-back ("" = none): queued, sent, retrying, ...
    QString writebackNote; // sent: the BigCommerce shipment id; retrying, failed, held, not-sent: the reason
    QDateTime writebackAt; // sent: when; retrying: the next attempt
    QList<LineItem> items; // only when asked for
};

// What the grid and `packbench shipments` filter by. Every condition set must hold; tags: any of them.
struct ShipmentFilter
{
    std::optional<QUuid> storeId;
    QStringList tags; // any of them (the storefront panel's multi-select)
    std::optional<QUuid> accountId;
    std::optional<ShipmentState> state;
    bool atlOnly = false; // only shipments the customer lets be left without a signature
    QString countryIso2;  // destination country, any case
    QDate from;           // order date (local), inclusive; null = open
    QDate to;
    // Case-insensitive for all of Unicode: the order number by its start ("113", "#1136"), any text the grid shows
    // (recipient, company, city, region, zip, country, pickup location, item SKUs and names), or the storefront's
    // (channel's) name.
    QString search;
    QStringList keys;              // only these shipments
    std::optional<qint64> orderId; // only this order
    bool withItems = false;
    bool anyOrder = false; // the rows in whatever order the database reads them (the grid sorts them itself)
    // A first screenful: only the first `limit` rows by order number (or by order date), ascending or not, so the
    // grid can show rows while the whole set is still being read. 0: every row.
    int limit = 0;
    bool byDate = false;
    bool descending = false;

    // What the database selects by (its indexes): store, state, order, keys. The rest is ShipmentMatcher's, for the
    // grid and the command line alike.
    ShipmentFilter coarse() const;
    // Saved views: the user's filters as JSON (store, tags, account, state, ATL, country, dates, search).
    QJsonObject toJson() const;
    static ShipmentFilter fromJson(const QJsonObject &json);
    bool operator==(const ShipmentFilter &) const = default;
};

// The one place that decides whether a shipment is shown for a filter: the grid's proxy and `packbench shipments`
// both ask it. Prepared once per filter (folded search text, tag set) so that asking is cheap for 100,000 rows.
class ShipmentMatcher
{
public:
    explicit ShipmentMatcher(const ShipmentFilter &filter);

    bool matches(const ShipmentRow &row) const;
    // Everything but the tags: what the storefront panel counts tags over.
    bool matchesIgnoringTags(const ShipmentRow &row) const;
    const ShipmentFilter &filter() const { return m_filter; }

private:
    bool matchesSearch(const ShipmentRow &row) const;

    ShipmentFilter m_filter;
    QSet<QString> m_tags;
    QSet<QString> m_keys;
    QString m_needle;                                  // folded
    QString m_orderDigits;                             // the needle as the start of an order number, or empty
    mutable QHash<QString, bool> m_channelNameMatches; // folded channel names are few: cached
};

// A storefront panel line: a tag, what it is called (the channel's name for a channel tag) and how many shipments
// that match the other filters carry it.
struct TagCount
{
    QString tag;
    QString label;
    int count = 0;
    bool operator==(const TagCount &) const = default;
};

namespace ShipmentFacets {
// The tags of `rows` that match the filter's other conditions, with counts, sorted by label (numerically).
QList<TagCount> tagCounts(const QList<ShipmentRow> &rows, const ShipmentFilter &filter);
} // namespace ShipmentFacets

} // namespace Packbench

// Every member is relocatable: a QList of 100,000 rows grows with realloc() rather than copying each row.
Q_DECLARE_TYPEINFO(Packbench::ShipmentRow, Q_RELOCATABLE_TYPE);
