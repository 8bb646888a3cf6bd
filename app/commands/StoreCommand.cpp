#include "app/commands/StoreCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/domain/OrderStatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace Packbench {

namespace {

struct Secrets
{
    QString accessToken;
    QString clientSecret;
};

Secrets readSecrets()
{
    Secrets secrets;
    bool end = false;
    secrets.accessToken = CommandContext::readSecretLine(StoreCommand::tr("Access token: "), &end);
    if (!end)
        secrets.clientSecret =
            CommandContext::readSecretLine(StoreCommand::tr("Client secret (optional, Enter to skip): "), &end);
    return secrets;
}

bool parseOnOff(const QString &text, bool *value)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("on") || word == QLatin1String("yes") || word == QLatin1String("true"))
        *value = true;
    else if (word == QLatin1String("off") || word == QLatin1String("no") || word == QLatin1String("false"))
        *value = false;
    else
        return false;
    return true;
}

// The options `store add` and `store set` share: everything the form can set.
struct SettingOptions
{
    QCommandLineOption apiPath{QStringLiteral("api-path"), StoreCommand::tr("API Path of the API account."),
                               StoreCommand::tr("URL")};
    QCommandLineOption clientId{QStringLiteral("client-id"), StoreCommand::tr("Client ID of the API account."),
                                StoreCommand::tr("ID")};
    QCommandLineOption rename{QStringLiteral("rename"), StoreCommand::tr("New name for the store."),
                              StoreCommand::tr("NAME")};
    QCommandLineOption importStatuses{QStringLiteral("import-statuses"),
                                      StoreCommand::tr("Order statuses to import, e.g. 9,11."),
                                      StoreCommand::tr("IDS")};
    QCommandLineOption updateStatuses{QStringLiteral("update-statuses"),
                                      StoreCommand::tr("Statuses that mean fulfilled elsewhere, e.g. 2,10."),
                                      StoreCommand::tr("IDS")};
    QCommandLineOption pickup{QStringLiteral("pickup-in-store"), StoreCommand::tr("Enable Pickup in Store: on or off."),
                              StoreCommand::tr("on|off")};
    QCommandLineOption channelTags{QStringLiteral("channel-tags"),
                                   StoreCommand::tr("Import Channel ID as a tag: on or off."),
                                   StoreCommand::tr("on|off")};
    QCommandLineOption writeback{QStringLiteral("writeback"),
                                 StoreCommand::tr("Write tracking back: on, on-dispatch or off."),
                                 StoreCommand::tr("MODE")};
    QCommandLineOption autoImport{QStringLiteral("auto-import"),
                                  StoreCommand::tr("Automatic import every MINUTES, or off."),
                                  StoreCommand::tr("MINUTES")};
    QCommandLineOption defaultChannel{QStringLiteral("default-channel"), StoreCommand::tr("Default channel id (1)."),
                                      StoreCommand::tr("ID")};

    bool m_withRename = false;

    void addTo(QCommandLineParser &parser, bool withRename)
    {
        m_withRename = withRename;
        parser.addOptions({apiPath, clientId, importStatuses, updateStatuses, pickup, channelTags, writeback,
                           autoImport, defaultChannel});
        if (withRename)
            parser.addOption(rename);
    }

    // Applies what is set; false with *error for a bad value.
    bool apply(const QCommandLineParser &parser, StoreConfig *store, QString *error) const
    {
        if (parser.isSet(apiPath))
            store->apiPath = parser.value(apiPath);
        if (parser.isSet(clientId))
            store->clientId = parser.value(clientId);
        if (m_withRename && parser.isSet(rename))
            store->name = parser.value(rename);
        if (parser.isSet(importStatuses) && !parseStatusIds(parser.value(importStatuses), &store->importStatuses)) {
            *error = StoreCommand::tr("--import-statuses takes status ids 0-14 separated by commas, e.g. 9,11.");
            return false;
        }
        if (parser.isSet(updateStatuses) && !parseStatusIds(parser.value(updateStatuses), &store->updateStatuses)) {
            *error = StoreCommand::tr("--update-statuses takes status ids 0-14 separated by commas, e.g. 2,10.");
            return false;
        }
        if (parser.isSet(pickup) && !parseOnOff(parser.value(pickup), &store->pickupInStore)) {
            *error = StoreCommand::tr("--pickup-in-store takes on or off.");
            return false;
        }
        if (parser.isSet(channelTags) && !parseOnOff(parser.value(channelTags), &store->channelTags)) {
            *error = StoreCommand::tr("--channel-tags takes on or off.");
            return false;
        }
        if (parser.isSet(writeback) && !writebackModeFromString(parser.value(writeback), &store->writeback)) {
            *error = StoreCommand::tr("--writeback takes on, on-dispatch or off.");
            return false;
        }
        if (parser.isSet(autoImport)) {
            const QString value = parser.value(autoImport).trimmed().toLower();
            bool ok = value == QLatin1String("off");
            store->autoImportMinutes = ok ? 0 : value.toInt(&ok);
            if (!ok || store->autoImportMinutes < 0 || store->autoImportMinutes > 1440) {
                *error = StoreCommand::tr("--auto-import takes minutes (1-1440) or off.");
                return false;
            }
        }
        if (parser.isSet(defaultChannel)) {
            bool ok = false;
            store->defaultChannelId = parser.value(defaultChannel).toInt(&ok);
            if (!ok || store->defaultChannelId < 1) {
                *error = StoreCommand::tr("--default-channel takes a channel id (1 or more).");
                return false;
            }
        }
        return true;
    }
};

QJsonArray toJson(const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(id);
    return array;
}

int add(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), StoreCommand::tr("Name of the store."),
                                  StoreCommand::tr("NAME"));
    parser.addOption(name);
    SettingOptions settings;
    settings.addTo(parser, false);
    const QString usage =
        StoreCommand::tr("Usage: packbench store add --name NAME --api-path URL --client-id ID (access token on "
                         "stdin line 1, optional client secret on line 2)");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    if (!parser.isSet(name) || !parser.isSet(settings.apiPath) || !parser.isSet(settings.clientId)) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    StoreConfig store = StoreConfig::withDefaults();
    store.name = parser.value(name);
    QString error;
    if (!settings.apply(parser, &store, &error)) {
        CommandContext::printError(error);
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    const Secrets secrets = readSecrets();
    return context.runAsync([&](std::function<void(int)> finish) {
        context.stores().addStore(
            store, secrets.accessToken, secrets.clientSecret, nullptr, [&, finish](const StoreService::Result &result) {
                if (!result.isOk()) {
                    CommandContext::printError(result.message);
                    finish(CommandContext::exitCodeFor(result.outcome));
                    return;
                }
                const std::optional<StoreConfig> saved = context.stores().store(store.id);
                CommandContext::printLine(
                    StoreCommand::tr("Store \"%1\" added (store hash %2); its token is in this station's "
                                     "keychain. Check it with: packbench store test \"%1\"")
                        .arg(saved ? saved->name : store.name, saved ? saved->storeHash : QString()));
                finish(ExitOk);
            });
    });
}

int token(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString usage =
        StoreCommand::tr("Usage: packbench store token NAME (access token on stdin line 1, optional client "
                         "secret on line 2)");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    const QString name = parser.positionalArguments().at(1);
    const std::optional<StoreConfig> store = context.storeNamed(name);
    if (!store)
        return ExitNotFound;
    const Secrets secrets = readSecrets();
    return context.runAsync([&](std::function<void(int)> finish) {
        context.stores().replaceSecrets(
            store->id, secrets.accessToken, secrets.clientSecret, nullptr,
            [&, finish](const StoreService::Result &result) {
                if (!result.isOk()) {
                    CommandContext::printError(result.message);
                    finish(CommandContext::exitCodeFor(result.outcome));
                    return;
                }
                CommandContext::printLine(
                    StoreCommand::tr("The token of \"%1\" is stored in this station's keychain.").arg(store->name));
                finish(ExitOk);
            });
    });
}

QString tokenStateWord(StoreService::TokenState state)
{
    switch (state) {
    case StoreService::TokenState::Stored:
        return QStringLiteral("stored");
    case StoreService::TokenState::Missing:
        return QStringLiteral("missing");
    case StoreService::TokenState::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    }
    return QString();
}

int list(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), StoreCommand::tr("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> stop =
            CommandLine::parseCommand(parser, arguments, StoreCommand::tr("Usage: packbench store list [--json]"), 1))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    QString error;
    const QList<StoreConfig> stores = context.stores().stores(&error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    QList<StoreService::TokenState> states;
    for (const StoreConfig &store : stores) {
        context.runAsync([&](std::function<void(int)> finish) {
            context.stores().tokenState(store.id, nullptr,
                                        [&states, finish](StoreService::TokenState state, const QString &) {
                                            states.append(state);
                                            finish(ExitOk);
                                        });
        });
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (qsizetype i = 0; i < stores.size(); ++i) {
            const StoreConfig &store = stores.at(i);
            QJsonArray channels;
            const QList<ChannelInfo> known = context.stores().channels(store.id);
            for (const ChannelInfo &channel : known)
                channels.append(
                    QJsonObject{{QStringLiteral("id"), channel.id}, {QStringLiteral("name"), channel.name}});
            array.append(QJsonObject{
                {QStringLiteral("name"), store.name},
                {QStringLiteral("id"), store.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("api_path"), store.apiPath},
                {QStringLiteral("store_hash"), store.storeHash},
                {QStringLiteral("client_id"), store.clientId},
                {QStringLiteral("token"), tokenStateWord(states.at(i))},
                {QStringLiteral("import_statuses"), toJson(store.importStatuses)},
                {QStringLiteral("update_statuses"), toJson(store.updateStatuses)},
                {QStringLiteral("pickup_in_store"), store.pickupInStore},
                {QStringLiteral("channel_tags"), store.channelTags},
                {QStringLiteral("writeback"), writebackModeToString(store.writeback)},
                {QStringLiteral("auto_import_minutes"), store.autoImportMinutes},
                {QStringLiteral("default_channel_id"), store.defaultChannelId},
                {QStringLiteral("channels"), channels},
            });
        }
        CommandContext::printJson(array);
        return ExitOk;
    }
    if (stores.isEmpty()) {
        CommandContext::printLine(
            StoreCommand::tr("No store connected. Add one with: packbench store add --name NAME --api-path "
                             "URL --client-id ID"));
        return ExitOk;
    }
    for (qsizetype i = 0; i < stores.size(); ++i) {
        const StoreConfig &store = stores.at(i);
        QString tokenText;
        switch (states.at(i)) {
        case StoreService::TokenState::Stored:
            tokenText = StoreCommand::tr("token stored");
            break;
        case StoreService::TokenState::Missing:
            tokenText = StoreCommand::tr("token missing on this station");
            break;
        case StoreService::TokenState::KeychainUnavailable:
            tokenText = StoreCommand::tr("keychain unavailable");
            break;
        }
        CommandContext::printLine(
            QStringLiteral("%1\t%2\t%3\t%4").arg(store.name, store.storeHash, store.apiPath, tokenText));
    }
    return ExitOk;
}

int test(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> stop =
            CommandLine::parseCommand(parser, arguments, StoreCommand::tr("Usage: packbench store test NAME"), 2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    const QString name = parser.positionalArguments().at(1);
    const std::optional<StoreConfig> store = context.storeNamed(name);
    if (!store)
        return ExitNotFound;
    return context.runAsync([&](std::function<void(int)> finish) {
        context.stores().testConnection(*store, QString(), nullptr,
                                        [finish](const ConnectionReport &report, StoreService::Outcome outcome) {
                                            if (report.isOk())
                                                CommandContext::printLine(report.summary());
                                            else
                                                CommandContext::printError(report.summary());
                                            finish(CommandContext::exitCodeFor(outcome));
                                        });
    });
}

int remove(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"),
                                   StoreCommand::tr("Remove even while shipments wait to be shipped."));
    parser.addOption(force);
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments, StoreCommand::tr("Usage: packbench store remove NAME [--force]"), 2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    const QString name = parser.positionalArguments().at(1);
    const std::optional<StoreConfig> store = context.storeNamed(name);
    if (!store)
        return ExitNotFound;
    return context.runAsync([&](std::function<void(int)> finish) {
        context.stores().removeStore(
            store->id, parser.isSet(force), nullptr, [&, finish](const StoreService::Result &result) {
                if (!result.isOk()) {
                    CommandContext::printError(
                        result.outcome == StoreService::Outcome::HasUnshipped
                            ? StoreCommand::tr("%1 Nothing was removed; add --force to remove it anyway.")
                                  .arg(result.message)
                            : result.message);
                    finish(CommandContext::exitCodeFor(result.outcome));
                    return;
                }
                CommandContext::printLine(
                    StoreCommand::tr("Store \"%1\" removed with its imported orders and shipments.").arg(store->name));
                finish(ExitOk);
            });
    });
}

int set(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    SettingOptions settings;
    settings.addTo(parser, true);
    if (const std::optional<int> stop = CommandLine::parseCommand(
            parser, arguments,
            StoreCommand::tr("Usage: packbench store set NAME [--import-statuses 9,11] [--update-statuses 2,10] "
                             "[--pickup-in-store on|off] [--channel-tags on|off] [--writeback on|off|on-dispatch] "
                             "[--auto-import MINUTES|off] [--default-channel ID] [--api-path URL] [--client-id ID] "
                             "[--rename NAME]"),
            2))
        return *stop;
    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> opened = CommandContext::open(commandLine, &exitCode);
    if (!opened)
        return exitCode;
    CommandContext &context = *opened;
    const QString name = parser.positionalArguments().at(1);
    std::optional<StoreConfig> store = context.storeNamed(name);
    if (!store)
        return ExitNotFound;
    QString error;
    if (!settings.apply(parser, &*store, &error)) {
        CommandContext::printError(error);
        return ExitUsage;
    }
    return context.runAsync([&](std::function<void(int)> finish) {
        context.stores().updateStore(
            *store, QString(), QString(), nullptr, [&, finish](const StoreService::Result &result) {
                if (!result.isOk()) {
                    CommandContext::printError(result.message);
                    finish(CommandContext::exitCodeFor(result.outcome));
                    return;
                }
                CommandContext::printLine(StoreCommand::tr("Store \"%1\" saved.").arg(store->name));
                finish(ExitOk);
            });
    });
}

} // namespace

QString StoreCommand::helpText()
{
    return tr("  store add --name NAME --api-path URL --client-id ID   connect a store (token on stdin)\n"
              "  store token NAME                  replace this station's token (stdin)\n"
              "  store list [--json]               the connected stores\n"
              "  store test NAME                   test the connection to BigCommerce\n"
              "  store remove NAME [--force]       remove a store with its imported orders\n"
              "  store set NAME [options]          change a store's settings (store set --help)\n");
}

int StoreCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    return CommandContext::runSubcommand(
        commandLine, arguments, QStringLiteral("store"),
        {{"add", &add}, {"token", &token}, {"list", &list}, {"test", &test}, {"remove", &remove}, {"set", &set}},
        helpText());
}

} // namespace Packbench
