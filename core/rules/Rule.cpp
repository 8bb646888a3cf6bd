#include "core/rules/Rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace Packbench {

namespace {

constexpr std::pair<RuleField, const char *> kFieldWords[] = {
    {RuleField::Tag, "tag"},         {RuleField::Store, "store"}, {RuleField::Country, "country"},
    {RuleField::Weight, "weight"},   {RuleField::Sku, "sku"},     {RuleField::Atl, "atl"},
    {RuleField::ItemCount, "items"},
};

// What the parser reads: two-character symbols first, so "<=" is not read as "<" followed by a value "=...". "==" is
// read as "=" (written back as "=").
constexpr std::pair<RuleOp, const char *> kOpSymbols[] = {
    {RuleOp::NotEqual, "!="}, {RuleOp::LessOrEqual, "<="}, {RuleOp::GreaterOrEqual, ">="}, {RuleOp::Equal, "=="},
    {RuleOp::Equal, "="},     {RuleOp::Less, "<"},         {RuleOp::Greater, ">"},         {RuleOp::Contains, "~"},
};

bool isNumeric(RuleField field)
{
    return field == RuleField::Weight || field == RuleField::ItemCount;
}

bool isOrdering(RuleOp op)
{
    return op == RuleOp::Less || op == RuleOp::LessOrEqual || op == RuleOp::Greater || op == RuleOp::GreaterOrEqual;
}

bool isTwoLetterCode(const QString &value)
{
    if (value.size() != 2)
        return false;
    for (const QChar c : value) {
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    return true;
}

} // namespace

QString ruleFieldToString(RuleField field)
{
    for (const auto &[candidate, word] : kFieldWords) {
        if (candidate == field)
            return QString::fromLatin1(word);
    }
    return QString();
}

std::optional<RuleField> ruleFieldFromString(const QString &word)
{
    for (const auto &[field, candidate] : kFieldWords) {
        if (word.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QString ruleOpToString(RuleOp op)
{
    switch (op) {
    case RuleOp::Equal:
        return QStringLiteral("=");
    case RuleOp::NotEqual:
        return QStringLiteral("!=");
    case RuleOp::Less:
        return QStringLiteral("<");
    case RuleOp::LessOrEqual:
        return QStringLiteral("<=");
    case RuleOp::Greater:
        return QStringLiteral(">");
    case RuleOp::GreaterOrEqual:
        return QStringLiteral(">=");
    case RuleOp::Contains:
        return QStringLiteral("~");
    }
    return QString();
}

std::optional<RuleOp> ruleOpFromString(const QString &symbol)
{
    for (const auto &[op, candidate] : kOpSymbols) {
        if (symbol == QLatin1String(candidate))
            return op;
    }
    return std::nullopt;
}

bool RuleCondition::parse(const QString &text, RuleCondition *out, QString *error)
{
    const QString condition = text.trimmed();
    if (condition.isEmpty()) {
        *error = tr("A condition is empty: write a field, an operator and a value, e.g. tag=2.");
        return false;
    }
    qsizetype position = 0;
    while (position < condition.size() && condition.at(position).isLetter())
        ++position;
    const QString word = condition.left(position);
    if (word.isEmpty()) {
        *error = tr("\"%1\" does not start with a field: use tag, store, country, weight, sku, atl or items, e.g. "
                    "tag=2.")
                     .arg(condition);
        return false;
    }
    const std::optional<RuleField> field = ruleFieldFromString(word);
    if (!field) {
        *error = tr("Unknown field \"%1\" in \"%2\": use tag, store, country, weight, sku, atl or items.")
                     .arg(word, condition);
        return false;
    }
    while (position < condition.size() && condition.at(position).isSpace())
        ++position;
    std::optional<RuleOp> op;
    for (const auto &[candidate, symbol] : kOpSymbols) {
        const QLatin1String latin(symbol);
        if (QStringView(condition).mid(position).startsWith(latin)) {
            op = candidate;
            position += latin.size();
            break;
        }
    }
    const QString fieldWord = ruleFieldToString(*field);
    if (!op) {
        *error = tr("No operator in \"%1\": put =, !=, <, <=, >, >= or ~ between %2 and the value, e.g. %2=VALUE.")
                     .arg(condition, fieldWord);
        return false;
    }
    QString value = condition.mid(position).trimmed();
    if (value.isEmpty()) {
        *error = tr("No value in \"%1\": write one after the operator, e.g. %2%3VALUE.")
                     .arg(condition, fieldWord, ruleOpToString(*op));
        return false;
    }

    if (isNumeric(*field)) {
        if (*op == RuleOp::Contains) {
            *error = tr("\"~\" (contains) looks for text: compare %1 with =, !=, <, <=, > or >= in \"%2\".")
                         .arg(fieldWord, condition);
            return false;
        }
        bool ok = false;
        if (*field == RuleField::Weight) {
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                *error =
                    tr("weight takes a number (with a point for decimals) in \"%1\", e.g. weight>2.5.").arg(condition);
                return false;
            }
        } else {
            value.toInt(&ok);
            if (!ok) {
                *error = tr("items takes a whole number in \"%1\", e.g. items>=2.").arg(condition);
                return false;
            }
        }
    } else if (isOrdering(*op)) {
        *error = tr("\"%1\" compares numbers: use it with weight or items, not with %2 in \"%3\".")
                     .arg(ruleOpToString(*op), fieldWord, condition);
        return false;
    }

    if (*field == RuleField::Atl) {
        if (*op == RuleOp::Contains) {
            *error = tr("atl takes = or != in \"%1\", e.g. atl=yes.").arg(condition);
            return false;
        }
        value = value.toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no") && value != QLatin1String("signature")) {
            *error = tr("atl takes yes, no or signature in \"%1\".").arg(condition);
            return false;
        }
    }
    if (*field == RuleField::Country && *op != RuleOp::Contains) {
        if (!isTwoLetterCode(value)) {
            *error = tr("country takes a two-letter country code in \"%1\", e.g. country=NZ.").arg(condition);
            return false;
        }
        value = value.toUpper();
    }

    out->field = *field;
    out->op = *op;
    out->value = value;
    return true;
}

QString RuleCondition::toText() const
{
    return ruleFieldToString(field) + ruleOpToString(op) + value;
}

QString ruleActionToString(RuleAction action)
{
    return action == RuleAction::Account ? QStringLiteral("account") : QStringLiteral("tag");
}

std::optional<RuleAction> ruleActionFromString(const QString &word)
{
    if (word == QLatin1String("account"))
        return RuleAction::Account;
    if (word == QLatin1String("tag"))
        return RuleAction::Tag;
    return std::nullopt;
}

QString Rule::conditionsToJson(const QList<RuleCondition> &conditions)
{
    QJsonArray array;
    for (const RuleCondition &condition : conditions) {
        array.append(QJsonObject{{QStringLiteral("field"), ruleFieldToString(condition.field)},
                                 {QStringLiteral("op"), ruleOpToString(condition.op)},
                                 {QStringLiteral("value"), condition.value}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool Rule::conditionsFromJson(const QString &json, QList<RuleCondition> *conditions, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = tr("the conditions are not a JSON array: %1")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : json);
        return false;
    }
    QList<RuleCondition> parsed;
    const QJsonArray array = document.array();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        // Through the parser, so a condition read back is held to the same checks as one typed in.
        RuleCondition condition;
        if (!RuleCondition::parse(object.value(QLatin1String("field")).toString() +
                                      object.value(QLatin1String("op")).toString() +
                                      object.value(QLatin1String("value")).toString(),
                                  &condition, error))
            return false;
        parsed.append(condition);
    }
    *conditions = parsed;
    return true;
}

} // namespace Packbench
