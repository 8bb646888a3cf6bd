#include "core/storage/ShipmentFilter.h"

#include "core/storage/SearchText.h"

#include <QCollator>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace Packbench {

namespace {

// "113", "#1136", "# 1136": the digits of an order number the user started typing; empty when it is not one.
QString orderNumberPrefix(const QString &needle)
{
    QString digits = needle;
    if (digits.startsWith(QLatin1Char('#')))
        digits = digits.mid(1).trimmed();
    if (digits.isEmpty() || digits.size() > 19)
        return {};
    for (const QChar c : std::as_const(digits)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    return digits;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ShipmentFilter ShipmentFilter::coarse() const
{
    ShipmentFilter coarse;
    coarse.storeId = storeId;
    coarse.state = state;
    coarse.orderId = orderId;
    coarse.keys = keys;
    coarse.withItems = withItems;
    coarse.anyOrder = anyOrder;
    coarse.limit = limit;
    coarse.byDate = byDate;
    coarse.descending = descending;
    return coarse;
}

QJsonObject ShipmentFilter::toJson() const
{
    QJsonObject json;
    if (storeId)
        json.insert(QStringLiteral("store"), idText(*storeId));
    if (!tags.isEmpty())
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (accountId)
        json.insert(QStringLiteral("account"), idText(*accountId));
    if (state)
        json.insert(QStringLiteral("state"), shipmentStateToString(*state));
    if (atlOnly)
        json.insert(QStringLiteral("atl"), true);
    if (!countryIso2.isEmpty())
        json.insert(QStringLiteral("country"), countryIso2);
    if (from.isValid())
        json.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        json.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!search.isEmpty())
        json.insert(QStringLiteral("search"), search);
    return json;
}

ShipmentFilter ShipmentFilter::fromJson(const QJsonObject &json)
{
    ShipmentFilter filter;
    const QUuid store = QUuid::fromString(json.value(QStringLiteral("store")).toString());
    if (!store.isNull())
        filter.storeId = store;
    for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
        filter.tags << tag.toString();
    const QUuid account = QUuid::fromString(json.value(QStringLiteral("account")).toString());
    if (!account.isNull())
        filter.accountId = account;
    ShipmentState state;
    if (shipmentStateFromString(json.value(QStringLiteral("state")).toString(), &state))
        filter.state = state;
    filter.atlOnly = json.value(QStringLiteral("atl")).toBool();
    filter.countryIso2 = json.value(QStringLiteral("country")).toString();
    filter.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    filter.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    filter.search = json.value(QStringLiteral("search")).toString();
    return filter;
}

ShipmentMatcher::ShipmentMatcher(const ShipmentFilter &filter)
    : m_filter(filter)
    , m_tags(filter.tags.cbegin(), filter.tags.cend())
    , m_keys(filter.keys.cbegin(), filter.keys.cend())
    , m_needle(SearchText::fold(filter.search))
    , m_orderDigits(orderNumberPrefix(m_needle))
{
}

bool ShipmentMatcher::matches(const ShipmentRow &row) const
{
    if (!m_tags.isEmpty()) {
        const bool anyTag = std::any_of(row.tags.cbegin(), row.tags.cend(),
                                        [this](const QString &tag) { return m_tags.contains(tag); });
        if (!anyTag)
            return false;
    }
    return matchesIgnoringTags(row);
}

bool ShipmentMatcher::matchesIgnoringTags(const ShipmentRow &row) const
{
    const ShipmentFilter &f = m_filter;
    if (f.storeId && row.storeId != *f.storeId)
        return false;
    if (f.state && row.state != *f.state)
        return false;
    if (f.orderId && row.orderId != *f.orderId)
        return false;
    if (!m_keys.isEmpty() && !m_keys.contains(row.key))
        return false;
    if (f.accountId && row.accountId != *f.accountId)
        return false;
    if (f.atlOnly && row.atl != AuthorityToLeave::AuthorityToLeave)
        return false;
    if (!f.countryIso2.isEmpty() && row.countryIso2.compare(f.countryIso2, Qt::CaseInsensitive) != 0)
        return false;
    if (f.from.isValid() || f.to.isValid()) {
        if (!row.dateCreated.isValid())
            return false;
        const QDate date = row.dateCreated.toLocalTime().date();
        if ((f.from.isValid() && date < f.from) || (f.to.isValid() && date > f.to))
            return false;
    }
    return m_needle.isEmpty() || matchesSearch(row);
}

bool ShipmentMatcher::matchesSearch(const ShipmentRow &row) const
{
    if (row.searchText.contains(m_needle))
        return true;
    if (!m_orderDigits.isEmpty() && QString::number(row.orderId).startsWith(m_orderDigits))
        return true;
    if (row.channelName.isEmpty())
        return false;
    auto cached = m_channelNameMatches.constFind(row.channelName);
    if (cached == m_channelNameMatches.cend())
        cached = m_channelNameMatches.insert(row.channelName, SearchText::fold(row.channelName).contains(m_needle));
    return *cached;
}

QList<TagCount> ShipmentFacets::tagCounts(const QList<ShipmentRow> &rows, const ShipmentFilter &filter)
{
    const ShipmentMatcher matcher(filter);
    QHash<QString, TagCount> counts;
    for (const ShipmentRow &row : rows) {
        if (row.tags.isEmpty() || !matcher.matchesIgnoringTags(row))
            continue;
        for (const QString &tag : row.tags) {
            TagCount &count = counts[tag];
            if (count.tag.isEmpty()) {
                count.tag = tag;
                count.label = tag;
            }
            // The storefront's name for the import's channel tag (the channel id as text).
            if (count.label == tag && !row.channelName.isEmpty() && tag == QString::number(row.channelId))
                count.label = row.channelName;
            ++count.count;
        }
    }
    QList<TagCount> list = counts.values();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const TagCount &a, const TagCount &b) {
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.tag < b.tag;
    });
    return list;
}

} // namespace Packbench
