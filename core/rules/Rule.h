#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Packbench {

// What a condition looks at. Command-line words: tag, store, country, weight, sku, atl, items.
enum class RuleField
{
    Tag,      // the shipment's tags (the import's and those earlier rules added)
    Store,    // the store's name
    Country,  // the destination's ISO 3166 two-letter code
    Weight,   // what is left to ship, in the store's weight unit
    Sku,      // the SKUs of the shipment's items
    Atl,      // the delivery option: yes (authority to leave), no (unspecified), signature (signature required)
    ItemCount // how many items are left to ship
};
QString ruleFieldToString(RuleField field);
std::optional<RuleField> ruleFieldFromString(const QString &word); // any case

// How a condition compares: =, !=, <, <=, >, >=, ~ (contains).
enum class RuleOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains
};
QString ruleOpToString(RuleOp op);
std::optional<RuleOp> ruleOpFromString(const QString &symbol);

// One test of a rule: FIELD OP VALUE, e.g. "tag=2", "weight>2.5", "country!=NZ", "sku~MUG".
struct RuleCondition
{
    Q_DECLARE_TR_FUNCTIONS(RuleCondition)

public:
    RuleField field = RuleField::Tag;
    RuleOp op = RuleOp::Equal;
    QString value; // as parsed: trimmed; country codes in capitals for = and !=, atl as yes|no|signature

    // Parses "FIELD OP VALUE" (spaces around the operator allowed). False with *error (one sentence a user can act
    // on, quoting the text) when the field is unknown, the operator missing or wrong for the field, or the value
    // empty or not what the field takes.
    static bool parse(const QString &text, RuleCondition *out, QString *error);
    QString toText() const; // "weight>2.5": parse(toText()) gives the same condition

    bool operator==(const RuleCondition &) const = default;
};

// What a rule does when its conditions hold.
enum class RuleAction
{
    Account, // route the shipment to an account (the first matching account rule wins)
    Tag      // add a tag to the shipment
};
QString ruleActionToString(RuleAction action); // "account" | "tag" (database words)
std::optional<RuleAction> ruleActionFromString(const QString &word);

// "If all conditions hold, then do the action". Rules run in position order (1 first).
struct Rule
{
    Q_DECLARE_TR_FUNCTIONS(Rule)

public:
    QUuid id;
    QString name;
    int position = 0; // 1-based
    QList<RuleCondition> conditions;
    RuleAction action = RuleAction::Tag;
    QString actionValue; // Account: the account's id (QUuid::WithoutBraces); Tag: the tag's text

    // The rules.conditions column: [{"field":"tag","op":"=","value":"2"}, ...].
    static QString conditionsToJson(const QList<RuleCondition> &conditions);
    // False with *error when the text is not such an array or a condition in it is not valid.
    static bool conditionsFromJson(const QString &json, QList<RuleCondition> *conditions, QString *error);

    bool operator==(const Rule &) const = default;
};

} // namespace Packbench
