#include "app/commands/StockCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/inventory/StockFile.h"
#include "core/inventory/StockPushJob.h"
#include "core/storage/StockRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <unistd.h>

namespace Packbench {

namespace {

// The store a command names, or the only one there is.
std::optional<StoreConfig> selectStore(CommandContext &context, const QCommandLineParser &parser,
                                       const QCommandLineOption &store, int *exitCode)
{
    if (parser.isSet(store)) {
        std::optional<StoreConfig> named = context.storeNamed(parser.value(store));
        if (!named)
            *exitCode = ExitNotFound;
        return named;
    }
    QString error;
    const QList<StoreConfig> stores = context.stores().stores(&error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        *exitCode = ExitDatabase;
        return std::nullopt;
    }
    if (stores.isEmpty()) {
        CommandContext::printError(StockCommand::tr("no store is connected. Add one with 'packbench store add'."));
        *exitCode = ExitNotFound;
        return std::nullopt;
    }
    if (stores.size() > 1) {
        QStringList names;
        for (const StoreConfig &each : stores)
            names.append(each.name);
        CommandContext::printError(
            StockCommand::tr("name the store with --store NAME: %1.").arg(names.join(QStringLiteral(", "))));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return stores.constFirst();
}

bool parseLocation(const QCommandLineParser &parser, const QCommandLineOption &option, int *locationId)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *locationId = parser.value(option).trimmed().toInt(&ok);
    if (ok && *locationId > 0)
        return true;
    CommandContext::printError(StockCommand::tr("--location takes a BigCommerce location id, e.g. 1."));
    return false;
}

QString kindWord(StockProblemKind kind)
{
    switch (kind) {
    case StockProblemKind::MissingSku:
        return QStringLiteral("missing-sku");
    case StockProblemKind::DuplicateSku:
        return QStringLiteral("duplicate-sku");
    case StockProblemKind::NotANumber:
        return QStringLiteral("not-a-number");
    case StockProblemKind::NegativeQuantity:
        return QStringLiteral("negative-quantity");
    case StockProblemKind::UnknownLocation:
        return QStringLiteral("unknown-location");
    case StockProblemKind::SkuNotFound:
        return QStringLiteral("sku-not-found");
    case StockProblemKind::TrackedByProduct:
        return QStringLiteral("tracked-by-product");
    case StockProblemKind::Refused:
        return QStringLiteral("refused");
    case StockProblemKind::MissingScope:
        return QStringLiteral("missing-scope");
    case StockProblemKind::NotSent:
        return QStringLiteral("not-sent");
    }
    return QString();
}

QString outcomeWord(StockPushOutcome outcome)
{
    switch (outcome) {
    case StockPushOutcome::Pushed:
        return QStringLiteral("pushed");
    case StockPushOutcome::PushedByProduct:
        return QStringLiteral("pushed-by-product");
    case StockPushOutcome::Refused:
        return QStringLiteral("refused");
    case StockPushOutcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return QString();
}

QString outcomeText(const StockPushResult &result)
{
    switch (result.outcome) {
    case StockPushOutcome::Pushed:
        return StockCommand::tr("pushed");
    case StockPushOutcome::PushedByProduct:
        return StockCommand::tr("pushed by product id %1").arg(result.change.productId);
    case StockPushOutcome::Refused:
        return StockCommand::tr("refused: %1").arg(result.message);
    case StockPushOutcome::NotSent:
        return StockCommand::tr("not sent: %1").arg(result.message);
    }
    return QString();
}

// "line 12, SKU ABC at location 2: ..." with what is known.
QString problemText(const StockProblem &problem)
{
    QStringList where;
    if (problem.line > 0)
        where.append(StockCommand::tr("line %1").arg(problem.line));
    if (!problem.sku.isEmpty())
        where.append(StockCommand::tr("SKU %1 at location %2").arg(problem.sku, QString::number(problem.locationId)));
    return where.isEmpty() ? problem.message
                           : StockCommand::tr("%1: %2").arg(where.join(QStringLiteral(", ")), problem.message);
}

QString locationText(const StockChange &change)
{
    return change.locationName.isEmpty() ? QString::number(change.locationId)
                                         : QStringLiteral("%1 %2").arg(change.locationId).arg(change.locationName);
}

// A plain text table: the first column left-aligned, numbers right-aligned.
void printTable(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &numeric)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows)
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    QTextStream out(stdout);
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                text += QStringLiteral("  ");
            const bool last = column == cells.size() - 1;
            text += numeric.value(column) ? cells.at(column).rightJustified(widths.at(column))
                    : last                ? cells.at(column)
                                          : cells.at(column).leftJustified(widths.at(column));
        }
        out << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out << Qt::flush;
}

QJsonObject reportJson(const StockPushReport &report)
{
    QHash<QString, const StockPushResult *> results;
    for (const StockPushResult &result : report.results)
        results.insert(result.change.sku + QLatin1Char('\n') + QString::number(result.change.locationId), &result);
    QJsonArray changes;
    for (const StockChange &change : report.changes) {
        const StockPushResult *result =
            results.value(change.sku + QLatin1Char('\n') + QString::number(change.locationId));
        changes.append(
            QJsonObject{{QStringLiteral("sku"), change.sku},
                        {QStringLiteral("location_id"), change.locationId},
                        {QStringLiteral("warehouse"), change.warehouse},
                        {QStringLiteral("allocated"), change.allocated},
                        {QStringLiteral("target"), change.target},
                        {QStringLiteral("remote"), change.remote},
                        // A dry run sends nothing: no outcome.
                        {QStringLiteral("outcome"), result ? QJsonValue(outcomeWord(result->outcome)) : QJsonValue()},
                        {QStringLiteral("message"),
                         result && !result->message.isEmpty() ? QJsonValue(result->message) : QJsonValue()}});
    }
    QJsonArray problems;
    for (const StockProblem &problem : report.problems)
        problems.append(QJsonObject{{QStringLiteral("sku"), problem.sku},
                                    {QStringLiteral("location_id"), problem.locationId},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("kind"), kindWord(problem.kind)},
                                    {QStringLiteral("message"), problem.message}});
    QJsonObject json{{QStringLiteral("store"), report.storeName}, {QStringLiteral("dry_run"), report.dryRun},
                     {QStringLiteral("changes"), changes},        {QStringLiteral("unchanged"), report.unchanged},
                     {QStringLiteral("problems"), problems},      {QStringLiteral("requests"), report.requests}};
    if (!report.error.isEmpty())
        json.insert(QStringLiteral("error"), report.error);
    return json;
}

void printReport(const StockPushReport &report)
{
    if (report.changes.isEmpty()) {
        CommandContext::printLine(report.error.isEmpty()
                                      ? StockCommand::tr("Nothing to push: %n level(s) already right in BigCommerce.",
                                                         nullptr, report.unchanged)
                                      : StockCommand::tr("Nothing was pushed."));
    } else {
        CommandContext::printLine(report.dryRun ? StockCommand::tr("Would push (dry run, nothing sent):")
                                                : StockCommand::tr("Changes:"));
        QList<QStringList> rows;
        for (const StockChange &change : report.changes)
            rows.append({change.sku, locationText(change), QString::number(change.warehouse),
                         QString::number(change.allocated), QString::number(change.target),
                         QString::number(change.remote)});
        printTable({StockCommand::tr("SKU"), StockCommand::tr("Location"), StockCommand::tr("Warehouse"),
                    StockCommand::tr("Allocated"), StockCommand::tr("Pushing"), StockCommand::tr("BigCommerce now")},
                   rows, {false, false, true, true, true, true});
    }
    if (!report.results.isEmpty()) {
        CommandContext::printLine(StockCommand::tr("Results:"));
        QList<QStringList> rows;
        for (const StockPushResult &result : report.results)
            rows.append({result.change.sku, locationText(result.change), outcomeText(result)});
        printTable({StockCommand::tr("SKU"), StockCommand::tr("Location"), StockCommand::tr("Result")}, rows, {});
    }
    // What is to be fixed, then what a push again sends (a SKU sent again by product id is among the results).
    QList<StockProblem> problems;
    int notSent = 0;
    for (const StockProblem &problem : report.problems) {
        if (problem.needsAction())
            problems.append(problem);
        else if (problem.kind == StockProblemKind::NotSent)
            ++notSent;
    }
    if (!problems.isEmpty()) {
        CommandContext::printLine(StockCommand::tr("Problems:"));
        for (const StockProblem &problem : std::as_const(problems))
            CommandContext::printLine(QStringLiteral("  ") + problemText(problem));
    }
    if (notSent > 0)
        CommandContext::printLine(StockCommand::tr("%n level(s) not sent: push again to send them.", nullptr, notSent));
    int pushed = 0;
    int refused = 0;
    for (const StockPushResult &result : report.results) {
        if (result.outcome == StockPushOutcome::Pushed || result.outcome == StockPushOutcome::PushedByProduct)
            ++pushed;
        else if (result.outcome == StockPushOutcome::Refused)
            ++refused;
    }
    CommandContext::printLine(
        report.dryRun ? StockCommand::tr("%1 to push, %2 already right, problems: %3; %4 requests in %5 s.")
                            .arg(report.changes.size())
                            .arg(report.unchanged)
                            .arg(problems.size())
                            .arg(report.requests)
                            .arg(report.elapsedMs / 1000.0, 0, 'f', 1)
                      : StockCommand::tr("%1 pushed, %2 refused, %3 already right, problems: %4; %5 requests in %6 s.")
                            .arg(pushed)
                            .arg(refused)
                            .arg(report.unchanged)
                            .arg(problems.size())
                            .arg(report.requests)
                            .arg(report.elapsedMs / 1000.0, 0, 'f', 1));
}

int exitCodeFor(const StockPushReport &report)
{
    switch (report.failure) {
    case StockPushReport::Failure::Refused:
        return ExitBigCommerceRefused;
    case StockPushReport::Failure::Network:
        return ExitNetwork;
    case StockPushReport::Failure::Keychain:
        return ExitKeychain;
    case StockPushReport::Failure::Database:
        return ExitDatabase;
    case StockPushReport::Failure::None:
        break;
    }
    if (report.cancelled)
        return ExitFailure;
    for (const StockPushResult &result : report.results)
        if (result.outcome == StockPushOutcome::Refused)
            return ExitBigCommerceRefused;
    return ExitOk;
}

int importFile(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"),
                                   StockCommand::tr("The store the levels are for (needed with several stores)."),
                                   StockCommand::tr("NAME"));
    const QCommandLineOption skuColumn(QStringLiteral("sku-column"),
                                       StockCommand::tr("The column with the SKU (default: sku)."),
                                       StockCommand::tr("COLUMN"), QStringLiteral("sku"));
    const QCommandLineOption quantityColumn(QStringLiteral("quantity-column"),
                                            StockCommand::tr("The column with the quantity (default: quantity)."),
                                            StockCommand::tr("COLUMN"), QStringLiteral("quantity"));
    const QCommandLineOption locationColumn(
        QStringLiteral("location-column"),
        StockCommand::tr("The column with the BigCommerce location id (default: location; optional)."),
        StockCommand::tr("COLUMN"), QStringLiteral("location"));
    const QCommandLineOption location(
        QStringLiteral("location"),
        StockCommand::tr("The location of lines without a location column (default: 1, the default location)."),
        StockCommand::tr("ID"));
    parser.addOptions({store, skuColumn, quantityColumn, locationColumn, location});
    const QString usage =
        StockCommand::tr("Usage: packbench stock import FILE.csv [--store NAME] [--sku-column C] [--quantity-column C] "
                         "[--location-column C] [--location ID]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 2))
        return *stop;
    int defaultLocation = kDefaultLocationId;
    if (!parseLocation(parser, location, &defaultLocation))
        return ExitUsage;
    const QString path = parser.positionalArguments().at(1);
    if (!QFileInfo(path).isFile()) {
        CommandContext::printError(StockCommand::tr("no stock file \"%1\". Check the path.").arg(path));
        return ExitNotFound;
    }
    StockColumns columns;
    columns.sku = parser.value(skuColumn);
    columns.quantity = parser.value(quantityColumn);
    columns.location = parser.value(locationColumn);

    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const std::optional<StoreConfig> selected = selectStore(*context, parser, store, &exitCode);
    if (!selected)
        return exitCode;

    const StockFile::Contents contents = StockFile::readFile(path, columns, defaultLocation);
    if (!contents.error.isEmpty()) {
        CommandContext::printError(contents.error);
        return ExitUsage;
    }
    StockImportRecord record;
    record.fileName = QFileInfo(path).fileName();
    record.station = commandLine.stationName(context->profile());
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.levels = static_cast<int>(contents.levels.size());
    record.problems = static_cast<int>(contents.problems.size());
    QString error;
    if (!StockRepository(context->database()).importLevels(selected->id, contents.levels, record, &error)) {
        CommandContext::printError(StockCommand::tr("The stock levels could not be saved: %1").arg(error));
        return ExitDatabase;
    }
    //: %1 is the file's name, %2 the store's name.
    CommandContext::printLine(StockCommand::tr("%n stock level(s) imported from %1 for %2.", nullptr,
                                               static_cast<int>(contents.levels.size()))
                                  .arg(record.fileName, selected->name));
    if (!contents.problems.isEmpty()) {
        CommandContext::printLine(StockCommand::tr("%n line(s) left out; correct them and import the file again:",
                                                   nullptr, static_cast<int>(contents.problems.size())));
        // The file's problems name their line and SKU themselves.
        for (const StockProblem &problem : contents.problems)
            CommandContext::printLine(QStringLiteral("  ") + problem.message);
    }
    return ExitOk;
}

int push(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), StockCommand::tr("Push to this store."),
                                   StockCommand::tr("NAME"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      StockCommand::tr("The store's default location, where stock allocated to "
                                                       "shipments is subtracted first (default: 1)."),
                                      StockCommand::tr("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    StockCommand::tr("Look up and show what would change; send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), StockCommand::tr("Print the result as JSON."));
    parser.addOptions({store, location, dryRun, json});
    const QString usage = StockCommand::tr("Usage: packbench stock push --store NAME [--location ID] [--dry-run] "
                                           "[--json]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    StockPushRequest request;
    request.dryRun = parser.isSet(dryRun);
    if (!parseLocation(parser, location, &request.defaultLocationId))
        return ExitUsage;

    int exitCode = ExitOk;
    const std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const std::optional<StoreConfig> selected = selectStore(*context, parser, store, &exitCode);
    if (!selected)
        return exitCode;

    const bool asJson = parser.isSet(json);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    // The same runner as the Stock screen: the token from the keychain, the job on a worker thread.
    StockPushRunner runner(context->database(), context->stores());
    return context->runAsync([&](std::function<void(int)> finish) {
        QObject::connect(&runner, &StockPushRunner::progress, &runner, [terminal](const StockPushProgress &progress) {
            if (!terminal)
                return;
            QTextStream(stderr) << '\r'
                                << (progress.step == StockPushProgress::Step::LookingUp
                                        ? StockCommand::tr("Looking up %1 of %2 SKUs, %3 requests")
                                        : StockCommand::tr("Pushing %1 of %2 levels, %3 requests"))
                                       .arg(progress.done)
                                       .arg(progress.total)
                                       .arg(progress.requests)
                                << Qt::flush;
        });
        QObject::connect(&runner, &StockPushRunner::finished, &runner,
                         [asJson, terminal, finish](const StockPushReport &report) {
                             if (terminal)
                                 QTextStream(stderr) << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
                             if (asJson)
                                 QTextStream(stdout) << QString::fromUtf8(QJsonDocument(reportJson(report)).toJson());
                             else
                                 printReport(report);
                             if (!report.error.isEmpty())
                                 CommandContext::printError(report.error);
                             finish(exitCodeFor(report));
                         });
        runner.start(*selected, request);
    });
}

} // namespace

QString StockCommand::helpText()
{
    return tr("  stock import FILE.csv [--store NAME] [--sku-column C] [--quantity-column C] [--location-column C]\n"
              "               [--location ID]      the warehouse's stock levels from a CSV file\n"
              "  stock push --store NAME [--location ID] [--dry-run] [--json]\n"
              "                                    push the levels that differ to BigCommerce\n");
}

int StockCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    return CommandContext::runSubcommand(commandLine, arguments, QStringLiteral("stock"),
                                         {{"import", &importFile}, {"push", &push}}, helpText());
}

} // namespace Packbench
