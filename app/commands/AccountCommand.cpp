#include "app/commands/AccountCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/storage/AccountRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Packbench {

namespace {

int exitCodeFor(AccountRepository::Outcome outcome)
{
    switch (outcome) {
    case AccountRepository::Outcome::Ok:
        return ExitOk;
    case AccountRepository::Outcome::NameTaken:
    case AccountRepository::Outcome::IsDefault:
        return ExitConflict;
    case AccountRepository::Outcome::NotFound:
        return ExitNotFound;
    case AccountRepository::Outcome::Invalid:
        return ExitUsage;
    case AccountRepository::Outcome::Failed:
        return ExitDatabase;
    }
    return ExitFailure;
}

int accountNotFound(const QString &name)
{
    CommandContext::printError(
        AccountCommand::tr("no account named \"%1\". 'packbench account list' shows the accounts.").arg(name));
    return ExitNotFound;
}

// The sender address options `account add` and `account set` share.
struct SenderOptions
{
    QCommandLineOption name{QStringLiteral("sender-name"), AccountCommand::tr("Sender's name."),
                            AccountCommand::tr("TEXT")};
    QCommandLineOption company{QStringLiteral("sender-company"), AccountCommand::tr("Sender's company."),
                               AccountCommand::tr("TEXT")};
    QCommandLineOption street1{QStringLiteral("sender-street"), AccountCommand::tr("Sender's street (line 1)."),
                               AccountCommand::tr("TEXT")};
    QCommandLineOption street2{QStringLiteral("sender-street2"), AccountCommand::tr("Sender's street (line 2)."),
                               AccountCommand::tr("TEXT")};
    QCommandLineOption city{QStringLiteral("sender-city"), AccountCommand::tr("Sender's city."),
                            AccountCommand::tr("TEXT")};
    QCommandLineOption region{QStringLiteral("sender-region"), AccountCommand::tr("Sender's state or region."),
                              AccountCommand::tr("TEXT")};
    QCommandLineOption zip{QStringLiteral("sender-zip"), AccountCommand::tr("Sender's postcode."),
                           AccountCommand::tr("TEXT")};
    QCommandLineOption country{QStringLiteral("sender-country"),
                               AccountCommand::tr("Sender's country as a two-letter code, e.g. NZ."),
                               AccountCommand::tr("CC")};
    QCommandLineOption phone{QStringLiteral("sender-phone"), AccountCommand::tr("Sender's phone number."),
                             AccountCommand::tr("TEXT")};
    QCommandLineOption email{QStringLiteral("sender-email"), AccountCommand::tr("Sender's email address."),
                             AccountCommand::tr("TEXT")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({name, company, street1, street2, city, region, zip, country, phone, email});
    }

    // Applies what is set; false with *error for a bad value.
    bool apply(const QCommandLineParser &parser, SenderAddress *sender, QString *error) const
    {
        const std::pair<const QCommandLineOption *, QString *> fields[] = {
            {&name, &sender->name},       {&company, &sender->company}, {&street1, &sender->street1},
            {&street2, &sender->street2}, {&city, &sender->city},       {&region, &sender->region},
            {&zip, &sender->zip},         {&phone, &sender->phone},     {&email, &sender->email},
        };
        for (const auto &[option, value] : fields) {
            if (parser.isSet(*option))
                *value = parser.value(*option).trimmed();
        }
        if (parser.isSet(country)) {
            const QString code = parser.value(country).trimmed().toUpper();
            const bool letters = code.size() == 2 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z') &&
                                 code.at(1) >= QLatin1Char('A') && code.at(1) <= QLatin1Char('Z');
            if (!letters && !code.isEmpty()) {
                *error = AccountCommand::tr("--sender-country takes a two-letter country code, e.g. NZ.");
                return false;
            }
            sender->countryIso2 = code;
        }
        return true;
    }
};

QJsonObject senderJson(const SenderAddress &sender)
{
    return QJsonObject{
        {QStringLiteral("name"), sender.name},        {QStringLiteral("company"), sender.company},
        {QStringLiteral("street_1"), sender.street1}, {QStringLiteral("street_2"), sender.street2},
        {QStringLiteral("city"), sender.city},        {QStringLiteral("region"), sender.region},
        {QStringLiteral("zip"), sender.zip},          {QStringLiteral("country_iso2"), sender.countryIso2},
        {QStringLiteral("phone"), sender.phone},      {QStringLiteral("email"), sender.email}};
}

// "Jane Doe, Acme, 1 Queen St, Auckland 1010, NZ": the parts that are set.
QString senderLine(const SenderAddress &sender)
{
    QStringList parts;
    for (const QString &part : {sender.name, sender.company, sender.street1, sender.street2,
                                QStringList{sender.city, sender.region, sender.zip}.join(QLatin1Char(' ')).simplified(),
                                sender.countryIso2, sender.phone, sender.email}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

int add(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), AccountCommand::tr("Name of the account."),
                                  AccountCommand::tr("NAME"));
    parser.addOption(name);
    SenderOptions sender;
    sender.addTo(parser);
    const QString usage = AccountCommand::tr(
        "Usage: packbench account add --name NAME [--sender-name TEXT] [--sender-company TEXT] [--sender-street TEXT] "
        "[--sender-street2 TEXT] [--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] "
        "[--sender-phone TEXT] [--sender-email TEXT]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    Account account;
    account.id = QUuid::createUuid();
    account.name = parser.value(name).trimmed();
    QString error;
    if (!sender.apply(parser, &account.sender, &error)) {
        CommandContext::printError(error);
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    AccountRepository accounts(context->database());
    const AccountRepository::Outcome outcome = accounts.add(account, &error);
    if (outcome != AccountRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    CommandContext::printLine(AccountCommand::tr("Account \"%1\" added.").arg(account.name));
    return ExitOk;
}

int set(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rename(QStringLiteral("rename"), AccountCommand::tr("New name for the account."),
                                    AccountCommand::tr("NAME"));
    parser.addOption(rename);
    SenderOptions sender;
    sender.addTo(parser);
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments,
            AccountCommand::tr("Usage: packbench account set NAME [--rename NAME] [--sender-name TEXT] "
                               "[--sender-company TEXT] [--sender-street TEXT] [--sender-street2 TEXT] "
                               "[--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] "
                               "[--sender-phone TEXT] [--sender-email TEXT]"),
            2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    AccountRepository accounts(context->database());
    const QString name = parser.positionalArguments().at(1);
    QString error;
    std::optional<Account> account = accounts.findByName(name, &error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    if (!account)
        return accountNotFound(name);
    if (parser.isSet(rename))
        account->name = parser.value(rename).trimmed();
    if (!sender.apply(parser, &account->sender, &error)) {
        CommandContext::printError(error);
        return ExitUsage;
    }
    const AccountRepository::Outcome outcome = accounts.update(*account, &error);
    if (outcome != AccountRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    CommandContext::printLine(AccountCommand::tr("Account \"%1\" saved.").arg(account->name));
    return ExitOk;
}

int list(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), AccountCommand::tr("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, AccountCommand::tr("Usage: packbench account list [--json]"), 1))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    QString error;
    const QList<Account> accounts = AccountRepository(context->database()).list(&error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Account &account : accounts) {
            array.append(QJsonObject{{QStringLiteral("id"), account.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("name"), account.name},
                                     {QStringLiteral("sender"), senderJson(account.sender)}});
        }
        CommandContext::printJson(array);
        return ExitOk;
    }
    for (const Account &account : accounts) {
        const QString sender = senderLine(account.sender);
        CommandContext::printLine(QStringLiteral("%1\t%2").arg(
            account.name, sender.isEmpty() ? AccountCommand::tr("(no sender address)") : sender));
    }
    return ExitOk;
}

int remove(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop =
            CommandLine::parseCommand(parser, arguments, AccountCommand::tr("Usage: packbench account remove NAME"), 2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    AccountRepository accounts(context->database());
    const QString name = parser.positionalArguments().at(1);
    QString error;
    const std::optional<Account> account = accounts.findByName(name, &error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    if (!account)
        return accountNotFound(name);
    AccountRepository::Removal removal;
    const AccountRepository::Outcome outcome = accounts.remove(account->id, &error, &removal);
    if (outcome != AccountRepository::Outcome::Ok) {
        CommandContext::printError(error);
        return exitCodeFor(outcome);
    }
    QString line = removal.movedShipments == 0
                       ? AccountCommand::tr("Account \"%1\" removed.").arg(account->name)
                       : AccountCommand::tr("Account \"%1\" removed; its %n shipment(s) are in Default now, or in "
                                            "the account another rule routes them to.",
                                            nullptr, removal.movedShipments)
                             .arg(account->name);
    if (!removal.removedRules.isEmpty()) {
        line += QLatin1Char(' ') + AccountCommand::tr("Rules that routed to it, removed: %1.")
                                       .arg(removal.removedRules.join(QStringLiteral(", ")));
    }
    CommandContext::printLine(line);
    return ExitOk;
}

} // namespace

QString AccountCommand::helpText()
{
    return tr("  account add --name NAME [--sender-...]   add a sending account (account add --help)\n"
              "  account set NAME [--rename NAME] [--sender-...]   change an account\n"
              "  account list [--json]             the sending accounts\n"
              "  account remove NAME               remove an account; its shipments go back to Default\n");
}

int AccountCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    return CommandContext::runSubcommand(commandLine, arguments, QStringLiteral("account"),
                                         {{"add", &add}, {"set", &set}, {"list", &list}, {"remove", &remove}},
                                         helpText());
}

} // namespace Packbench
