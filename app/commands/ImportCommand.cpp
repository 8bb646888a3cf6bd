#include "app/commands/ImportCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/OrderMapper.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/ShipmentRepository.h"
#include "core/sync/ImportRules.h"
#include "core/sync/ImportRunner.h"
#include "core/sync/OrderExplainer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace Packbench {

namespace {

int exitCodeFor(ImportReport::Failure failure)
{
    switch (failure) {
    case ImportReport::Failure::None:
        return ExitOk;
    case ImportReport::Failure::Refused:
    case ImportReport::Failure::FilterIgnored:
        return ExitBigCommerceRefused;
    case ImportReport::Failure::Network:
        return ExitNetwork;
    case ImportReport::Failure::Database:
        return ExitDatabase;
    case ImportReport::Failure::Keychain:
        return ExitKeychain;
    case ImportReport::Failure::Cancelled:
        return ExitFailure;
    }
    return ExitFailure;
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray skipped;
    for (const SkippedOrder &order : report.skipped)
        skipped.append(QJsonObject{{QStringLiteral("store"), order.storeName},
                                   {QStringLiteral("order_id"), order.orderId},
                                   {QStringLiteral("reason"), order.reason},
                                   {QStringLiteral("retry"), order.retry}});
    QJsonArray stores;
    for (const StoreImportOutcome &store : report.stores)
        stores.append(QJsonObject{{QStringLiteral("store"), store.storeName},
                                  {QStringLiteral("new"), store.newOrders},
                                  {QStringLiteral("updated"), store.updatedOrders},
                                  {QStringLiteral("unchanged"), store.unchangedOrders},
                                  {QStringLiteral("skipped"), store.skipped},
                                  {QStringLiteral("shipments_new"), store.shipmentsNew},
                                  {QStringLiteral("error"), store.isOk() ? QJsonValue() : QJsonValue(store.error)}});
    QJsonObject json{{QStringLiteral("new"), report.newOrders},
                     {QStringLiteral("updated"), report.updatedOrders},
                     {QStringLiteral("unchanged"), report.unchangedOrders},
                     {QStringLiteral("skipped"), static_cast<int>(report.skipped.size())},
                     {QStringLiteral("shipments_new"), report.shipmentsNew},
                     {QStringLiteral("requests"), report.requests},
                     {QStringLiteral("retries"), report.retries},
                     {QStringLiteral("rate_limited"), report.tooManyRequests},
                     {QStringLiteral("elapsed_ms"), report.elapsedMs},
                     {QStringLiteral("skipped_orders"), skipped},
                     {QStringLiteral("stores"), stores}};
    if (!report.isOk())
        json.insert(QStringLiteral("error"), report.error);
    return json;
}

// The stores a command names: --store NAME or --all.
bool selectStores(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &store,
                  const QCommandLineOption &all, QList<StoreConfig> *selected, int *exitCode)
{
    if (parser.isSet(all) == parser.isSet(store)) {
        CommandContext::printError(ImportCommand::tr("name one store with --store NAME, or use --all."));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(all)) {
        QString error;
        *selected = context.stores().stores(&error);
        if (!error.isEmpty()) {
            CommandContext::printError(error);
            *exitCode = ExitDatabase;
            return false;
        }
        if (selected->isEmpty()) {
            CommandContext::printError(ImportCommand::tr("no store is connected. Add one with 'packbench store "
                                                         "add'."));
            *exitCode = ExitNotFound;
            return false;
        }
        return true;
    }
    const std::optional<StoreConfig> one = context.stores().store(parser.value(store));
    if (!one) {
        CommandContext::printError(ImportCommand::tr("no store named \"%1\". 'packbench store list' shows the "
                                                     "stores.")
                                       .arg(parser.value(store)));
        *exitCode = ExitNotFound;
        return false;
    }
    *selected = {*one};
    return true;
}

} // namespace

QString ImportCommand::helpText()
{
    return tr("  import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]\n"
              "                                    import orders ready to ship\n"
              "  why --store NAME --order ORDER_ID   explain why an order is (not) here\n");
}

int ImportCommand::runImport(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), tr("Import from this store."), tr("NAME"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Import from every connected store."));
    const QCommandLineOption days(QStringLiteral("days"), tr("Orders changed in the last N days, 1-3650 (default: 7)."),
                                  tr("N"), QStringLiteral("7"));
    const QCommandLineOption statuses(QStringLiteral("statuses"),
                                      tr("Statuses to import, e.g. 9,11 (default: the store's own)."), tr("IDS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
                                     tr("Fetch every order changed since the last successful import, whatever its "
                                        "status (what the automatic refresh does)."));
    parser.addOptions({store, all, days, statuses, json, refresh});
    const QString usage =
        tr("Usage: packbench import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    bool ok = false;
    ImportRequest request;
    request.days = parser.value(days).toInt(&ok);
    if (!ok || request.days < 1 || request.days > 3650) {
        CommandContext::printError(tr("--days takes a number of days from 1 to 3650."));
        return ExitUsage;
    }
    request.refresh = parser.isSet(refresh);
    if (parser.isSet(statuses) &&
        (!parseStatusIds(parser.value(statuses), &request.statuses) || request.statuses.isEmpty())) {
        CommandContext::printError(tr("--statuses takes status ids 0-14 separated by commas, e.g. 9,11."));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    QList<StoreConfig> stores;
    if (!selectStores(*context, parser, store, all, &stores, &exitCode))
        return exitCode;

    const bool asJson = parser.isSet(json);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    // The same runner as the window: tokens from the keychain, the job on a worker thread.
    ImportRunner runner(context->database(), context->stores());
    return context->runAsync([&](std::function<void(int)> finish) {
        QObject::connect(&runner, &ImportRunner::progress, &runner, [terminal](const ImportProgress &progress) {
            if (!terminal)
                return;
            QTextStream(stderr) << '\r'
                                << tr("%1: %2 orders, %3 requests, %4%")
                                       .arg(progress.storeName)
                                       .arg(progress.orders)
                                       .arg(progress.requests)
                                       .arg(qRound(progress.fraction * 100))
                                << Qt::flush;
        });
        QObject::connect(&runner, &ImportRunner::finished, &runner, [asJson, terminal, finish](const ImportReport &r) {
            if (terminal)
                QTextStream(stderr) << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
            if (asJson) {
                QTextStream(stdout) << QString::fromUtf8(QJsonDocument(reportJson(r)).toJson());
            } else {
                CommandContext::printLine(tr("%1 new, %2 updated, %3 unchanged, %4 skipped; %5 new shipments; "
                                             "%6 requests in %7 s.")
                                              .arg(r.newOrders)
                                              .arg(r.updatedOrders)
                                              .arg(r.unchangedOrders)
                                              .arg(r.skipped.size())
                                              .arg(r.shipmentsNew)
                                              .arg(r.requests)
                                              .arg(r.elapsedMs / 1000.0, 0, 'f', 1));
                if (r.stores.size() > 1) {
                    for (const StoreImportOutcome &outcome : r.stores)
                        CommandContext::printLine(outcome.isOk()
                                                      ? tr("  %1: %2 new, %3 updated, %4 unchanged, %5 skipped")
                                                            .arg(outcome.storeName)
                                                            .arg(outcome.newOrders)
                                                            .arg(outcome.updatedOrders)
                                                            .arg(outcome.unchangedOrders)
                                                            .arg(outcome.skipped)
                                                      : tr("  %1: failed").arg(outcome.storeName));
                }
                for (const SkippedOrder &skipped : r.skipped)
                    CommandContext::printLine(
                        tr("  skipped %1 #%2: %3").arg(skipped.storeName).arg(skipped.orderId).arg(skipped.reason));
            }
            // Every failure, one line per store; the exit status is that of the first store that failed.
            if (!r.isOk()) {
                const QStringList lines = r.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &line : lines)
                    CommandContext::printError(line);
            }
            finish(exitCodeFor(r.failure));
        });
        runner.start(stores, request);
    });
}

int ImportCommand::runWhy(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), tr("The store the order belongs to."), tr("NAME"));
    const QCommandLineOption order(QStringLiteral("order"), tr("The BigCommerce order number."), tr("ORDER_ID"));
    parser.addOptions({store, order});
    const QString usage = tr("Usage: packbench why --store NAME --order ORDER_ID");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    if (!parser.isSet(store) || !parser.isSet(order)) {
        CommandContext::printError(usage);
        return ExitUsage;
    }
    bool ok = false;
    const qint64 orderId = parser.value(order).trimmed().remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || orderId <= 0) {
        CommandContext::printError(tr("--order takes an order number, e.g. 1042."));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const std::optional<StoreConfig> selected = context->stores().store(parser.value(store));
    if (!selected) {
        CommandContext::printError(tr("no store named \"%1\".").arg(parser.value(store)));
        return ExitNotFound;
    }
    return context->runAsync([&](std::function<void(int)> finish) {
        OrderExplainer::explain(context->stores(), context->database(), *selected, orderId, nullptr,
                                [finish](const QStringList &lines, StoreService::Outcome outcome) {
                                    for (const QString &line : lines) {
                                        if (outcome == StoreService::Outcome::Ok ||
                                            outcome == StoreService::Outcome::NotFound)
                                            CommandContext::printLine(line);
                                        else
                                            CommandContext::printError(line);
                                    }
                                    finish(CommandContext::exitCodeFor(outcome));
                                });
    });
}

} // namespace Packbench
