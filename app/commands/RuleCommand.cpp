#include "app/commands/RuleCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/RuleRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Packbench {

namespace {

int exitCodeFor(RuleRepository::Outcome outcome)
{
    switch (outcome) {
    case RuleRepository::Outcome::Ok:
        return ExitOk;
    case RuleRepository::Outcome::NameTaken:
        return ExitConflict;
    case RuleRepository::Outcome::NotFound:
    case RuleRepository::Outcome::AccountNotFound:
        return ExitNotFound;
    case RuleRepository::Outcome::Invalid:
        return ExitUsage;
    case RuleRepository::Outcome::Failed:
        return ExitDatabase;
    }
    return ExitFailure;
}

int ruleNotFound(const QString &name)
{
    CommandContext::printError(
        RuleCommand::tr("no rule named \"%1\". 'packbench rule list' shows the rules.").arg(name));
    return ExitNotFound;
}

// "--then account=NAME" or "--then tag=TEXT": the action and its text (an account's name, not yet its id).
bool parseThen(const QString &text, RuleAction *action, QString *value, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString word = text.left(equals).trimmed().toLower();
    *value = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
    const std::optional<RuleAction> parsed = ruleActionFromString(word);
    if (equals < 0 || !parsed || value->isEmpty()) {
        *error = RuleCommand::tr("--then takes account=NAME or tag=TEXT, e.g. --then \"account=Kids Warehouse\"; "
                                 "\"%1\" is neither.")
                     .arg(text);
        return false;
    }
    *action = *parsed;
    return true;
}

QStringList conditionTexts(const Rule &rule)
{
    QStringList texts;
    for (const RuleCondition &condition : rule.conditions)
        texts << condition.toText();
    return texts;
}

// "account=Kids Warehouse" / "tag=fragile"; an account that is gone shows its id.
QString thenText(const Rule &rule, const QHash<QUuid, QString> &accountNames)
{
    const QString value = rule.action == RuleAction::Account
                              ? accountNames.value(QUuid::fromString(rule.actionValue), rule.actionValue)
                              : rule.actionValue;
    return ruleActionToString(rule.action) + QLatin1Char('=') + value;
}

int add(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), RuleCommand::tr("Name of the rule."),
                                  RuleCommand::tr("NAME"));
    const QCommandLineOption conditionOption(
        QStringLiteral("if"),
        RuleCommand::tr("A condition, FIELD OP VALUE: field tag, store, country, weight, sku, atl or items; operator "
                        "=, !=, <, <=, >, >= or ~ (contains). Several --if: all must hold."),
        RuleCommand::tr("CONDITION"));
    const QCommandLineOption then(QStringLiteral("then"),
                                  RuleCommand::tr("What the rule does: account=NAME (route to that account) or "
                                                  "tag=TEXT (add a tag)."),
                                  RuleCommand::tr("ACTION"));
    const QCommandLineOption position(QStringLiteral("position"),
                                      RuleCommand::tr("Where the rule goes, 1 = first (default: last)."),
                                      RuleCommand::tr("N"));
    parser.addOptions({name, conditionOption, then, position});
    const QString usage = RuleCommand::tr("Usage: packbench rule add --name NAME --if CONDITION [--if ...] --then "
                                          "account=NAME|tag=TEXT [--position N]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty() || !parser.isSet(conditionOption) ||
        !parser.isSet(then)) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    Rule rule;
    rule.id = QUuid::createUuid();
    rule.name = parser.value(name).trimmed();
    QString error;
    const QStringList conditions = parser.values(conditionOption);
    for (const QString &text : conditions) {
        RuleCondition condition;
        if (!RuleCondition::parse(text, &condition, &error)) {
            CommandContext::printError(error);
            return ExitUsage;
        }
        rule.conditions.append(condition);
    }
    QString thenValue;
    if (!parseThen(parser.value(then), &rule.action, &thenValue, &error)) {
        CommandContext::printError(error);
        return ExitUsage;
    }
    int at = 0;
    if (parser.isSet(position)) {
        bool ok = false;
        at = parser.value(position).toInt(&ok);
        if (!ok || at < 1) {
            CommandContext::printError(RuleCommand::tr("--position takes a number from 1 (first)."));
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    if (rule.action == RuleAction::Account) {
        const std::optional<Account> account = AccountRepository(context->database()).findByName(thenValue, &error);
        if (!error.isEmpty()) {
            CommandContext::printError(error);
            return ExitDatabase;
        }
        if (!account) {
            CommandContext::printError(
                RuleCommand::tr("no account named \"%1\". 'packbench account list' shows the accounts; "
                                "'packbench account add --name NAME' adds one.")
                    .arg(thenValue));
            return ExitNotFound;
        }
        rule.actionValue = account->id.toString(QUuid::WithoutBraces);
    } else {
        rule.actionValue = thenValue;
    }
    RuleRepository rules(context->database());
    const RuleRepository::Outcome outcome = rules.add(rule, at, &error);
    if (outcome != RuleRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    const std::optional<Rule> saved = rules.findByName(rule.name);
    CommandContext::printLine(RuleCommand::tr("Rule \"%1\" added at position %2. It applies to shipments imported "
                                              "from now on; 'packbench rule apply' runs the rules over those waiting "
                                              "to ship.")
                                  .arg(rule.name)
                                  .arg(saved ? saved->position : at));
    return ExitOk;
}

int list(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), RuleCommand::tr("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> stop =
            CommandLine::parseCommand(parser, arguments, RuleCommand::tr("Usage: packbench rule list [--json]"), 1))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    QString error;
    const QList<Rule> rules = RuleRepository(context->database()).list(&error);
    const QList<Account> accounts =
        error.isEmpty() ? AccountRepository(context->database()).list(&error) : QList<Account>();
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    QHash<QUuid, QString> accountNames;
    for (const Account &account : accounts)
        accountNames.insert(account.id, account.name);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Rule &rule : rules) {
            array.append(QJsonObject{{QStringLiteral("name"), rule.name},
                                     {QStringLiteral("position"), rule.position},
                                     {QStringLiteral("if"), QJsonArray::fromStringList(conditionTexts(rule))},
                                     {QStringLiteral("then"), thenText(rule, accountNames)}});
        }
        CommandContext::printJson(array);
        return ExitOk;
    }
    if (rules.isEmpty()) {
        CommandContext::printLine(RuleCommand::tr("No rules. Add one with: packbench rule add --name NAME --if "
                                                  "CONDITION --then account=NAME|tag=TEXT"));
        return ExitOk;
    }
    for (const Rule &rule : rules) {
        const QString conditions = conditionTexts(rule).join(RuleCommand::tr(" and "));
        CommandContext::printLine(QStringLiteral("%1\t%2\t%3\t%4")
                                      .arg(rule.position)
                                      .arg(rule.name, RuleCommand::tr("if %1").arg(conditions),
                                           RuleCommand::tr("then %1").arg(thenText(rule, accountNames))));
    }
    return ExitOk;
}

int remove(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop =
            CommandLine::parseCommand(parser, arguments, RuleCommand::tr("Usage: packbench rule remove NAME"), 2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const QString name = parser.positionalArguments().at(1);
    QString error;
    const RuleRepository::Outcome outcome = RuleRepository(context->database()).remove(name, &error);
    if (outcome == RuleRepository::Outcome::NotFound)
        return ruleNotFound(name);
    if (outcome != RuleRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    CommandContext::printLine(RuleCommand::tr("Rule \"%1\" removed. Shipments keep what it did until the rules are "
                                              "applied again ('packbench rule apply').")
                                  .arg(name));
    return ExitOk;
}

int move(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption position(QStringLiteral("position"), RuleCommand::tr("The new position, 1 = first."),
                                      RuleCommand::tr("N"));
    parser.addOption(position);
    const QString usage = RuleCommand::tr("Usage: packbench rule move NAME --position N");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 2))
        return *stop;
    bool ok = false;
    const int at = parser.value(position).toInt(&ok);
    if (!parser.isSet(position) || !ok || at < 1) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const QString name = parser.positionalArguments().at(1);
    RuleRepository rules(context->database());
    QString error;
    const RuleRepository::Outcome outcome = rules.move(name, at, &error);
    if (outcome == RuleRepository::Outcome::NotFound)
        return ruleNotFound(name);
    if (outcome != RuleRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    const std::optional<Rule> moved = rules.findByName(name);
    CommandContext::printLine(RuleCommand::tr("Rule \"%1\" is at position %2.")
                                  .arg(moved ? moved->name : name)
                                  .arg(moved ? moved->position : at));
    return ExitOk;
}

int apply(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), RuleCommand::tr("Only the shipments of this store."),
                                   RuleCommand::tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), RuleCommand::tr("Print JSON."));
    parser.addOptions({store, json});
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, RuleCommand::tr("Usage: packbench rule apply [--store NAME] [--json]"), 1))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    std::optional<QUuid> storeId;
    if (parser.isSet(store)) {
        const std::optional<StoreConfig> found = context->storeNamed(parser.value(store));
        if (!found)
            return ExitNotFound;
        storeId = found->id;
    }
    RuleRepository::ApplyResult result;
    QString error;
    if (!RuleRepository(context->database()).apply(storeId, {}, &result, &error)) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    if (parser.isSet(json)) {
        QTextStream(stdout) << QString::fromUtf8(
                                   QJsonDocument(QJsonObject{{QStringLiteral("shipments"), result.shipments},
                                                             {QStringLiteral("changed"), result.changed}})
                                       .toJson(QJsonDocument::Compact))
                            << Qt::endl;
        return ExitOk;
    }
    CommandContext::printLine(RuleCommand::tr("Rules applied to %1 shipment(s) waiting to ship or on hold; %2 changed.")
                                  .arg(result.shipments)
                                  .arg(result.changed));
    return ExitOk;
}

} // namespace

QString RuleCommand::helpText()
{
    return tr("  rule add --name NAME --if CONDITION [--if ...] --then account=NAME|tag=TEXT [--position N]\n"
              "                                    add a rule (CONDITION: FIELD OP VALUE, e.g. tag=2, weight>2.5)\n"
              "  rule list [--json]                the rules in the order they run\n"
              "  rule remove NAME                  remove a rule\n"
              "  rule move NAME --position N       change where a rule runs\n"
              "  rule apply [--store NAME]         run the rules over the shipments waiting to ship\n");
}

int RuleCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    return CommandContext::runSubcommand(
        commandLine, arguments, QStringLiteral("rule"),
        {{"add", &add}, {"list", &list}, {"remove", &remove}, {"move", &move}, {"apply", &apply}}, helpText());
}

} // namespace Packbench
