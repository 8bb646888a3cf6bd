#include "core/storage/RuleRepository.h"

#include "core/domain/Account.h"
#include "core/rules/RuleEngine.h"
#include "core/storage/Database.h"
#include "core/util/FindNamed.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace Packbench {

namespace {

// Shipments read per statement when rules run. Far below any backend's limit on bound values: Qt's SQLite driver
// spends time that grows with the square of a statement's values; 100,000 shipments still take only 1,200 reads.
constexpr qsizetype kBatchSize = 250;
// Rows of rule tags per INSERT (three values each).
constexpr qsizetype kTagRowsPerInsert = 300;

const QString kColumns = QStringLiteral("id, name, position, conditions, action, action_value");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

bool readRule(const QSqlQuery &query, Rule *rule, QString *error)
{
    rule->id = QUuid::fromString(query.value(0).toString());
    rule->name = query.value(1).toString();
    rule->position = query.value(2).toInt();
    const std::optional<RuleAction> action = ruleActionFromString(query.value(4).toString());
    QString reason;
    if (!action) {
        reason = RuleRepository::tr("unknown action \"%1\"").arg(query.value(4).toString());
    } else if (Rule::conditionsFromJson(query.value(3).toString(), &rule->conditions, &reason)) {
        rule->action = *action;
        rule->actionValue = query.value(5).toString();
        return true;
    }
    *error =
        RuleRepository::tr("The rule \"%1\" cannot be read (%2). Remove it and add it again.").arg(rule->name, reason);
    return false;
}

bool loadRules(QSqlDatabase &db, QList<Rule> *rules, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execQuery(query, QStringLiteral("SELECT %1 FROM rules ORDER BY position, name").arg(kColumns), error))
        return false;
    rules->clear();
    while (query.next()) {
        Rule rule;
        if (!readRule(query, &rule, error))
            return false;
        rules->append(rule);
    }
    return true;
}

// The rules' ids in position order.
bool orderedIds(QSqlDatabase &db, QStringList *ids, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT id FROM rules ORDER BY position, created_at, id"), error))
        return false;
    ids->clear();
    while (query.next())
        ids->append(query.value(0).toString());
    return true;
}

bool writePositions(QSqlDatabase &db, const QStringList &ids, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE rules SET position = ? WHERE id = ? AND position <> ?"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.addBindValue(static_cast<int>(i + 1));
        query.addBindValue(ids.at(i));
        query.addBindValue(static_cast<int>(i + 1));
        if (!execQuery(query, error))
            return false;
    }
    return true;
}

// The id of the rule with this name (any case), or a null id.
bool idOfName(QSqlDatabase &db, const QString &name, QUuid *id, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT id, name FROM rules"), error))
        return false;
    *id = QUuid();
    while (query.next()) {
        if (query.value(1).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            *id = QUuid::fromString(query.value(0).toString());
    }
    return true;
}

// What a shipment has now: the facts the rules read and what they wrote last time.
struct ShipmentNow
{
    RuleFacts facts;
    QString accountId;
    QString rule;
    QList<std::pair<QString, QString>> ruleTags; // tag, source
};

} // namespace

RuleRepository::RuleRepository(Database &database)
    : m_database(database)
{
}

QList<Rule> RuleRepository::list(QString *error)
{
    QList<Rule> rules;
    QSqlDatabase db = m_database.connection();
    QString message;
    if (!loadRules(db, &rules, &message)) {
        setError(error, message);
        return {};
    }
    return rules;
}

std::optional<Rule> RuleRepository::findByName(const QString &name, QString *error)
{
    QString message;
    const QList<Rule> rules = list(&message);
    if (!message.isEmpty()) {
        setError(error, message);
        return std::nullopt;
    }
    return findNamed(rules, name);
}

bool RuleRepository::lockInTransaction(QSqlDatabase &db, QString *error)
{
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return true;
    QSqlQuery lock(db);
    return execQuery(lock, QStringLiteral("SELECT pg_advisory_xact_lock(7263003)"), error);
}

bool RuleRepository::renumberInTransaction(QSqlDatabase &db, QString *error)
{
    QStringList ids;
    return orderedIds(db, &ids, error) && writePositions(db, ids, error);
}

RuleRepository::Outcome RuleRepository::check(QSqlDatabase &db, const Rule &rule, QString *error)
{
    const QString name = rule.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("A rule needs a name.");
        return Outcome::Invalid;
    }
    for (const RuleCondition &condition : rule.conditions) {
        RuleCondition parsed;
        if (!RuleCondition::parse(condition.toText(), &parsed, error))
            return Outcome::Invalid;
    }
    QUuid sameName;
    if (!idOfName(db, name, &sameName, error))
        return Outcome::Failed;
    if (!sameName.isNull() && sameName != rule.id) {
        *error = tr("A rule named \"%1\" already exists.").arg(name);
        return Outcome::NameTaken;
    }
    if (rule.action == RuleAction::Tag) {
        if (rule.actionValue.trimmed().isEmpty()) {
            *error = tr("The rule \"%1\" adds a tag but has no tag text.").arg(name);
            return Outcome::Invalid;
        }
        return Outcome::Ok;
    }
    const QUuid accountId = QUuid::fromString(rule.actionValue);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"));
    query.addBindValue(idText(accountId));
    if (!execQuery(query, error))
        return Outcome::Failed;
    if (accountId.isNull() || !query.next() || query.value(0).toInt() == 0) {
        *error = tr("The rule \"%1\" routes to an account that does not exist.").arg(name);
        return Outcome::AccountNotFound;
    }
    return Outcome::Ok;
}

RuleRepository::Outcome RuleRepository::add(const Rule &rule, int position, QString *error)
{
    if (rule.id.isNull() || position < 0) {
        *error = rule.id.isNull() ? tr("The new rule has no id.") : tr("Rule positions start at 1.");
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!lockInTransaction(db, stepError))
                return false;
            outcome = check(db, rule, stepError);
            if (outcome != Outcome::Ok)
                return false;
            outcome = Outcome::Failed;
            QStringList ids;
            if (!orderedIds(db, &ids, stepError))
                return false;
            const qsizetype index =
                position == 0 || position > ids.size() ? ids.size() : static_cast<qsizetype>(position - 1);
            ids.insert(index, idText(rule.id));
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO rules (id, name, position, conditions, action, action_value, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(idText(rule.id));
            query.addBindValue(rule.name.trimmed());
            query.addBindValue(static_cast<int>(index + 1));
            query.addBindValue(Rule::conditionsToJson(rule.conditions));
            query.addBindValue(ruleActionToString(rule.action));
            query.addBindValue(text(rule.action == RuleAction::Tag ? rule.actionValue.trimmed() : rule.actionValue));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!execQuery(query, stepError) || !writePositions(db, ids, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed; // the commit failed
    return outcome;
}

RuleRepository::Outcome RuleRepository::update(const Rule &rule, QString *error)
{
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!lockInTransaction(db, stepError))
                return false;
            outcome = check(db, rule, stepError);
            if (outcome != Outcome::Ok)
                return false;
            outcome = Outcome::Failed;
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("UPDATE rules SET name = ?, conditions = ?, action = ?, action_value = ? WHERE id = ?"));
            query.addBindValue(rule.name.trimmed());
            query.addBindValue(Rule::conditionsToJson(rule.conditions));
            query.addBindValue(ruleActionToString(rule.action));
            query.addBindValue(text(rule.action == RuleAction::Tag ? rule.actionValue.trimmed() : rule.actionValue));
            query.addBindValue(idText(rule.id));
            if (!execQuery(query, stepError))
                return false;
            if (query.numRowsAffected() != 1) {
                *stepError = tr("The rule \"%1\" no longer exists.").arg(rule.name.trimmed());
                outcome = Outcome::NotFound;
                return false;
            }
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed;
    return outcome;
}

RuleRepository::Outcome RuleRepository::remove(const QString &name, QString *error)
{
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!lockInTransaction(db, stepError))
                return false;
            QUuid id;
            if (!idOfName(db, name, &id, stepError))
                return false;
            if (id.isNull()) {
                *stepError = tr("There is no rule named \"%1\".").arg(name.trimmed());
                outcome = Outcome::NotFound;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
            query.addBindValue(idText(id));
            if (!execQuery(query, stepError) || !renumberInTransaction(db, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed;
    return outcome;
}

RuleRepository::Outcome RuleRepository::move(const QString &name, int newPosition, QString *error)
{
    if (newPosition < 1) {
        *error = tr("Rule positions start at 1.");
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!lockInTransaction(db, stepError))
                return false;
            QUuid id;
            QStringList ids;
            if (!idOfName(db, name, &id, stepError) || !orderedIds(db, &ids, stepError))
                return false;
            if (id.isNull()) {
                *stepError = tr("There is no rule named \"%1\".").arg(name.trimmed());
                outcome = Outcome::NotFound;
                return false;
            }
            ids.removeAll(idText(id));
            ids.insert(std::min(static_cast<qsizetype>(newPosition - 1), ids.size()), idText(id));
            if (!writePositions(db, ids, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed;
    return outcome;
}

bool RuleRepository::applyInTransaction(QSqlDatabase &db, const QStringList &shipmentKeys, int *changed, QString *error,
                                        QStringList *changedKeys)
{
    if (changed)
        *changed = 0;
    if (shipmentKeys.isEmpty())
        return true;
    QList<Rule> rules;
    if (!loadRules(db, &rules, error))
        return false;
    const QString defaultAccount = idText(Account::defaultId());

    QSet<QString> seen;
    for (qsizetype start = 0; start < shipmentKeys.size(); start += kBatchSize) {
        QStringList batch;
        for (const QString &key : shipmentKeys.mid(start, kBatchSize)) {
            if (!seen.contains(key)) {
                seen.insert(key);
                batch.append(key);
            }
        }
        if (batch.isEmpty())
            continue;
        const QString in = placeholders(batch.size());
        auto select = [&](QSqlQuery &query, const QString &statement) {
            query.setForwardOnly(true);
            query.prepare(statement.arg(in));
            for (const QString &key : std::as_const(batch))
                query.addBindValue(key);
            return execQuery(query, error);
        };

        QHash<QString, ShipmentNow> shipments;
        QSqlQuery query(db);
        if (!select(query, QStringLiteral("SELECT s.shipment_key, s.country_iso2, s.weight, s.atl, s.item_count, "
                                          "s.account_id, s.rule, st.name FROM shipments s "
                                          "LEFT JOIN stores st ON st.id = s.store_id WHERE s.shipment_key IN (%1)")))
            return false;
        while (query.next()) {
            ShipmentNow &now = shipments[query.value(0).toString()];
            now.facts.countryIso2 = query.value(1).toString();
            now.facts.weight = query.value(2).toDouble();
            now.facts.atl = authorityToLeaveFromString(query.value(3).toString());
            now.facts.itemCount = query.value(4).toInt();
            now.accountId = query.value(5).toString();
            now.rule = query.value(6).toString();
            now.facts.storeName = query.value(7).toString();
        }
        query.finish();
        if (!select(query, QStringLiteral("SELECT shipment_key, tag, source FROM shipment_tags "
                                          "WHERE shipment_key IN (%1) ORDER BY shipment_key, tag")))
            return false;
        while (query.next()) {
            const auto found = shipments.find(query.value(0).toString());
            if (found == shipments.end())
                continue;
            const QString source = query.value(2).toString();
            if (source.isEmpty())
                found->facts.tags.append(query.value(1).toString());
            else
                found->ruleTags.append({query.value(1).toString(), source});
        }
        query.finish();
        if (!select(query, QStringLiteral("SELECT shipment_key, sku FROM shipment_items WHERE shipment_key IN (%1) "
                                          "ORDER BY shipment_key, order_product_id")))
            return false;
        while (query.next()) {
            const auto found = shipments.find(query.value(0).toString());
            const QString sku = query.value(1).toString();
            if (found != shipments.end() && !sku.isEmpty())
                found->facts.skus.append(sku);
        }
        query.finish();

        // Shipments that end up alike are written alike: one UPDATE per outcome, one DELETE and a few multi-row
        // INSERTs per batch, however many shipments change.
        QMap<std::pair<QString, QString>, QStringList> byOutcome; // (account id, rule column) -> keys
        QStringList changedInBatch;
        QList<std::tuple<QString, QString, QString>> newTags; // key, tag, source
        for (const QString &key : std::as_const(batch)) {
            const auto found = shipments.constFind(key);
            if (found == shipments.cend())
                continue; // not (or no longer) there
            const RuleOutcome outcome = RuleEngine::evaluate(rules, found->facts);
            const QString accountId = outcome.accountId ? idText(*outcome.accountId) : defaultAccount;
            const QString rule = outcome.matchedRuleNames.join(QStringLiteral(", "));
            QList<std::pair<QString, QString>> tags;
            for (const auto &[tag, ruleId] : outcome.tags)
                tags.append({tag, idText(ruleId)});
            QList<std::pair<QString, QString>> tagsBefore = found->ruleTags;
            std::sort(tags.begin(), tags.end());
            std::sort(tagsBefore.begin(), tagsBefore.end());
            if (accountId == found->accountId && rule == found->rule && tags == tagsBefore)
                continue;
            byOutcome[{accountId, rule}].append(key);
            changedInBatch.append(key);
            for (const auto &[tag, source] : std::as_const(tags))
                newTags.append({key, tag, source});
        }
        if (changedInBatch.isEmpty())
            continue;

        for (auto group = byOutcome.cbegin(); group != byOutcome.cend(); ++group) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE shipments SET account_id = ?, rule = ? WHERE shipment_key IN (%1)")
                               .arg(placeholders(group.value().size())));
            update.addBindValue(group.key().first);
            update.addBindValue(text(group.key().second));
            for (const QString &key : group.value())
                update.addBindValue(key);
            if (!execQuery(update, error))
                return false;
        }
        QSqlQuery deleteTags(db);
        deleteTags.prepare(QStringLiteral("DELETE FROM shipment_tags WHERE source <> '' AND shipment_key IN (%1)")
                               .arg(placeholders(changedInBatch.size())));
        for (const QString &key : std::as_const(changedInBatch))
            deleteTags.addBindValue(key);
        if (!execQuery(deleteTags, error))
            return false;
        for (qsizetype from = 0; from < newTags.size(); from += kTagRowsPerInsert) {
            const qsizetype rows = std::min(kTagRowsPerInsert, newTags.size() - from);
            QStringList values;
            for (qsizetype i = 0; i < rows; ++i)
                values << QStringLiteral("(?, ?, ?)");
            QSqlQuery insertTags(db);
            insertTags.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag, source) VALUES %1")
                                   .arg(values.join(QLatin1Char(','))));
            for (qsizetype i = from; i < from + rows; ++i) {
                const auto &[key, tag, source] = newTags.at(i);
                insertTags.addBindValue(key);
                insertTags.addBindValue(tag);
                insertTags.addBindValue(source);
            }
            if (!execQuery(insertTags, error))
                return false;
        }
        if (changed)
            *changed += static_cast<int>(changedInBatch.size());
        if (changedKeys)
            changedKeys->append(changedInBatch);
    }
    return true;
}

bool RuleRepository::apply(const std::optional<QUuid> &storeId, const QStringList &keys, ApplyResult *result,
                           QString *error)
{
    ApplyResult applied;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            // Printed, written back and the like keep the account their label was printed under.
            QString filter = QStringLiteral("state IN ('to-ship', 'on-hold')");
            if (storeId)
                filter += QStringLiteral(" AND store_id = ?");
            QStringList open;
            auto collect = [&](const QStringList &among) {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                query.prepare(among.isEmpty()
                                  ? QStringLiteral("SELECT shipment_key FROM shipments WHERE %1 ORDER BY shipment_key")
                                        .arg(filter)
                                  : QStringLiteral("SELECT shipment_key FROM shipments WHERE %1 AND shipment_key IN "
                                                   "(%2) ORDER BY shipment_key")
                                        .arg(filter, placeholders(among.size())));
                if (storeId)
                    query.addBindValue(idText(*storeId));
                for (const QString &key : among)
                    query.addBindValue(key);
                if (!execQuery(query, stepError))
                    return false;
                while (query.next())
                    open.append(query.value(0).toString());
                return true;
            };
            if (keys.isEmpty()) {
                if (!collect({}))
                    return false;
            } else {
                for (qsizetype start = 0; start < keys.size(); start += kBatchSize) {
                    if (!collect(keys.mid(start, kBatchSize)))
                        return false;
                }
                open.removeDuplicates();
            }
            applied.shipments = static_cast<int>(open.size());
            return applyInTransaction(db, open, &applied.changed, stepError, &applied.changedKeys);
        },
        error);
    if (written && result)
        *result = applied;
    return written;
}

} // namespace Packbench
