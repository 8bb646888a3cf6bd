#pragma once

#include "core/domain/Shipment.h"
#include "core/rules/Rule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>
#include <utility>

namespace Packbench {

// What the rules look at of one shipment.
struct RuleFacts
{
    QStringList tags; // the import's tags; evaluate() adds those the rules add as it goes
    QString storeName;
    QString countryIso2;
    double weight = 0;
    QStringList skus;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    int itemCount = 0;
};

// What the rules make of one shipment.
struct RuleOutcome
{
    std::optional<QUuid> accountId; // none: no account rule matched (the shipment stays in the Default account)
    QString accountRuleName;        // the rule that chose the account
    // Tags the rules add, each with the rule that added it, in rule order. A tag the shipment already has (from the
    // import or an earlier rule, whatever its case) is not added again.
    QList<std::pair<QString, QUuid>> tags;
    // The rules that did something (chose the account or added a tag), in rule order, each once. A rule whose
    // conditions hold but that changes nothing (a later account rule, a tag already there) is not named.
    QStringList matchedRuleNames;
};

// The rules as pure functions: no database, no clock.
namespace RuleEngine {

bool matches(const RuleCondition &condition, const RuleFacts &facts);
// All conditions hold; a rule without conditions matches every shipment.
bool matches(const Rule &rule, const RuleFacts &facts);
// Runs the rules in the order given (position order): the first matching account rule chooses the account, later
// account rules do not; each tag is added by the first matching rule that adds it, and later rules' conditions see it.
RuleOutcome evaluate(const QList<Rule> &rulesInOrder, RuleFacts facts);

} // namespace RuleEngine

} // namespace Packbench
