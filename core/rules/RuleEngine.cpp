#include "core/rules/RuleEngine.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace Packbench::RuleEngine {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool anyEquals(const QStringList &values, const QString &wanted)
{
    return std::any_of(values.cbegin(), values.cend(), [&](const QString &value) { return sameText(value, wanted); });
}

bool anyContains(const QStringList &values, const QString &wanted)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [&](const QString &value) { return value.contains(wanted, Qt::CaseInsensitive); });
}

// Tag and SKU: = some value is it, != none is, ~ some value contains it.
bool matchList(RuleOp op, const QStringList &values, const QString &wanted)
{
    switch (op) {
    case RuleOp::Equal:
        return anyEquals(values, wanted);
    case RuleOp::NotEqual:
        return !anyEquals(values, wanted);
    case RuleOp::Contains:
        return anyContains(values, wanted);
    default:
        return false; // the parser refuses ordering on text
    }
}

bool matchText(RuleOp op, const QString &value, const QString &wanted)
{
    switch (op) {
    case RuleOp::Equal:
        return sameText(value, wanted);
    case RuleOp::NotEqual:
        return !sameText(value, wanted);
    case RuleOp::Contains:
        return value.contains(wanted, Qt::CaseInsensitive);
    default:
        return false;
    }
}

bool matchNumber(RuleOp op, double value, const QString &wantedText)
{
    bool ok = false;
    const double wanted = wantedText.toDouble(&ok);
    if (!ok)
        return false;
    // Weights are sums of item weights: 0.1 + 0.2 must equal 0.3.
    const double tolerance = 1e-9 * std::max({1.0, std::abs(value), std::abs(wanted)});
    const bool equal = std::abs(value - wanted) <= tolerance;
    switch (op) {
    case RuleOp::Equal:
        return equal;
    case RuleOp::NotEqual:
        return !equal;
    case RuleOp::Less:
        return !equal && value < wanted;
    case RuleOp::LessOrEqual:
        return equal || value < wanted;
    case RuleOp::Greater:
        return !equal && value > wanted;
    case RuleOp::GreaterOrEqual:
        return equal || value > wanted;
    case RuleOp::Contains:
        return false;
    }
    return false;
}

std::optional<AuthorityToLeave> atlFromWord(const QString &word)
{
    if (sameText(word, QStringLiteral("yes")))
        return AuthorityToLeave::AuthorityToLeave;
    if (sameText(word, QStringLiteral("no")))
        return AuthorityToLeave::Unspecified;
    if (sameText(word, QStringLiteral("signature")))
        return AuthorityToLeave::SignatureRequired;
    return std::nullopt;
}

} // namespace

bool matches(const RuleCondition &condition, const RuleFacts &facts)
{
    switch (condition.field) {
    case RuleField::Tag:
        return matchList(condition.op, facts.tags, condition.value);
    case RuleField::Sku:
        return matchList(condition.op, facts.skus, condition.value);
    case RuleField::Store:
        return matchText(condition.op, facts.storeName, condition.value);
    case RuleField::Country:
        return matchText(condition.op, facts.countryIso2, condition.value);
    case RuleField::Weight:
        return matchNumber(condition.op, facts.weight, condition.value);
    case RuleField::ItemCount:
        return matchNumber(condition.op, facts.itemCount, condition.value);
    case RuleField::Atl: {
        const std::optional<AuthorityToLeave> wanted = atlFromWord(condition.value);
        if (!wanted)
            return false;
        if (condition.op == RuleOp::Equal)
            return facts.atl == *wanted;
        if (condition.op == RuleOp::NotEqual)
            return facts.atl != *wanted;
        return false;
    }
    }
    return false;
}

bool matches(const Rule &rule, const RuleFacts &facts)
{
    return std::all_of(rule.conditions.cbegin(), rule.conditions.cend(),
                       [&](const RuleCondition &condition) { return matches(condition, facts); });
}

RuleOutcome evaluate(const QList<Rule> &rulesInOrder, RuleFacts facts)
{
    RuleOutcome outcome;
    for (const Rule &rule : rulesInOrder) {
        if (!matches(rule, facts))
            continue;
        bool tookEffect = false;
        if (rule.action == RuleAction::Account) {
            const QUuid accountId = QUuid::fromString(rule.actionValue);
            if (!outcome.accountId && !accountId.isNull()) {
                outcome.accountId = accountId;
                outcome.accountRuleName = rule.name;
                tookEffect = true;
            }
        } else {
            const QString tag = rule.actionValue.trimmed();
            if (!tag.isEmpty() && !anyEquals(facts.tags, tag)) {
                facts.tags.append(tag); // later rules see it
                outcome.tags.append({tag, rule.id});
                tookEffect = true;
            }
        }
        if (tookEffect && !outcome.matchedRuleNames.contains(rule.name))
            outcome.matchedRuleNames.append(rule.name);
    }
    return outcome;
}

} // namespace Packbench::RuleEngine
