#include "app/commands/PrintCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/shipping/LabelRenderer.h"
#include "core/shipping/RawPrinter.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/ShipmentQuery.h"
#include "core/sync/ImportRules.h"
#include "core/writeback/Outbox.h"
#include "core/writeback/WritebackWorker.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace Packbench {

namespace {

int exitCodeFor(PrintResult::Outcome outcome)
{
    switch (outcome) {
    case PrintResult::Outcome::Ok:
        return ExitOk;
    case PrintResult::Outcome::NotFound:
        return ExitNotFound;
    case PrintResult::Outcome::Conflict:
        return ExitConflict;
    case PrintResult::Outcome::Invalid:
    case PrintResult::Outcome::Refused:
        return ExitUsage;
    case PrintResult::Outcome::Failed:
        return ExitDatabase;
    }
    return ExitFailure;
}

bool parseOrder(const QString &text, qint64 *orderId)
{
    bool ok = false;
    *orderId = QString(text).trimmed().remove(QLatin1Char('#')).toLongLong(&ok);
    return ok && *orderId > 0;
}

// "ORDER_PRODUCT_ID:QTY,..."
bool parseItems(const QString &text, QList<WritebackItem> *items)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.trimmed().split(QLatin1Char(':'));
        bool idOk = false;
        bool quantityOk = false;
        const qint64 id = pieces.value(0).toLongLong(&idOk);
        const int quantity = pieces.size() == 2 ? pieces.value(1).toInt(&quantityOk) : 0;
        if (!idOk || !quantityOk || id <= 0 || quantity <= 0)
            return false;
        items->append({id, quantity});
    }
    return !items->isEmpty();
}

// How the labels go out: a file (.pdf, .png, .zpl) or, for ZPL, raw to a printer (tcp://HOST:9100, cups:QUEUE).
struct LabelOutput
{
    QString target;
    LabelSize size = LabelSize::FourBySix;
    int zplDpi = LabelRenderer::DefaultZplDpi;
    bool packingSlip = false;

    bool isPrinter() const
    {
        return target.startsWith(QLatin1String("tcp://")) || target.startsWith(QLatin1String("cups:"));
    }
};

struct OutputOptions
{
    QCommandLineOption output{QStringLiteral("output"),
                              PrintCommand::tr("Where the label goes: FILE.pdf, FILE.png or FILE.zpl, or ZPL straight "
                                               "to a printer: tcp://HOST[:9100] or cups:QUEUE."),
                              PrintCommand::tr("FILE")};
    QCommandLineOption size{QStringLiteral("size"), PrintCommand::tr("Label size: 4x6 (default) or a6."),
                            PrintCommand::tr("SIZE")};
    QCommandLineOption dpi{QStringLiteral("dpi"), PrintCommand::tr("ZPL printer resolution: 203 (default) or 300."),
                           PrintCommand::tr("DPI")};
    QCommandLineOption slip{QStringLiteral("packing-slip"),
                            PrintCommand::tr("Add the packing slip (and customs data abroad) after the labels.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({output, size, dpi, slip}); }

    bool read(const QCommandLineParser &parser, LabelOutput *out) const
    {
        if (!parser.isSet(output)) {
            CommandContext::printError(PrintCommand::tr("--output is required: FILE.pdf, FILE.png, FILE.zpl, "
                                                        "tcp://HOST:9100 or cups:QUEUE."));
            return false;
        }
        out->target = parser.value(output);
        const QString sizeText = parser.value(size).toLower();
        if (sizeText == QLatin1String("a6"))
            out->size = LabelSize::A6;
        else if (!sizeText.isEmpty() && sizeText != QLatin1String("4x6")) {
            CommandContext::printError(PrintCommand::tr("--size takes 4x6 or a6."));
            return false;
        }
        if (parser.isSet(dpi)) {
            out->zplDpi = parser.value(dpi).toInt();
            if (out->zplDpi != 203 && out->zplDpi != 300) {
                CommandContext::printError(PrintCommand::tr("--dpi takes 203 or 300."));
                return false;
            }
        }
        out->packingSlip = parser.isSet(slip);
        LabelFormat format;
        QString error;
        if (!out->isPrinter() && !LabelRenderer::formatForPath(out->target, out->zplDpi, &format, &error)) {
            CommandContext::printError(error);
            return false;
        }
        PrinterTarget printer;
        if (out->isPrinter() && !RawPrinter::parseTarget(out->target, &printer, &error)) {
            CommandContext::printError(error);
            return false;
        }
        return true;
    }
};

// Renders inside the print's transaction: into a file beside the target that takes its place once the print has
// committed (publishLabel), so a print that is not recorded leaves no label. A printer target gets the ZPL
// afterwards (see sendRaw).
Outbox::Render renderTo(const LabelOutput &output, QByteArray *zplForPrinter, PendingLabelFile *file)
{
    return [output, zplForPrinter, file](const QList<LabelContent> &labels, QString *error) {
        if (output.isPrinter()) {
            QBuffer buffer(zplForPrinter);
            buffer.open(QIODevice::WriteOnly);
            return LabelRenderer::render(labels, output.size,
                                         output.zplDpi == 300 ? LabelFormat::Zpl300 : LabelFormat::Zpl203,
                                         output.packingSlip, &buffer, error);
        }
        return file->write(labels, output.size, output.target, output.packingSlip, error, output.zplDpi);
    };
}

int sendRaw(CommandContext &context, const QString &target, const QByteArray &zpl)
{
    RawPrinter printer;
    return context.runAsync([&](std::function<void(int)> finish) {
        printer.send(target, zpl, &printer, [finish](bool ok, const QString &error) {
            if (!ok)
                CommandContext::printError(error);
            finish(ok ? ExitOk : ExitFailure);
        });
    });
}

// After a print or reprint went through: the label file into its place, or the ZPL to the printer.
int publishLabel(CommandContext &context, const LabelOutput &output, const QByteArray &zpl, PendingLabelFile &file)
{
    if (output.isPrinter())
        return sendRaw(context, output.target, zpl);
    QString error;
    if (file.publish(&error))
        return ExitOk;
    CommandContext::printError(error);
    return ExitFailure;
}

// The shipment of an order that a command means: --shipment picks one (its id, or its consignment such as
// shipping:99, with #N for a split part); otherwise the order's only shipment that `wanted` accepts.
std::optional<ShipmentRow> pickShipment(CommandContext &context, const std::optional<QUuid> &storeId, qint64 orderId,
                                        const QString &shipment, const std::function<bool(const ShipmentRow &)> &wanted,
                                        const QString &what, int *exitCode)
{
    ShipmentFilter filter;
    filter.storeId = storeId;
    filter.orderId = orderId;
    QString error;
    const QList<ShipmentRow> rows = ShipmentQuery(context.database()).list(filter, &error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        *exitCode = ExitDatabase;
        return std::nullopt;
    }
    QSet<QUuid> stores;
    for (const ShipmentRow &row : rows)
        stores.insert(row.storeId);
    if (stores.size() > 1) {
        CommandContext::printError(PrintCommand::tr("order %1 is in several stores: add --store NAME.").arg(orderId));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        CommandContext::printError(
            PrintCommand::tr("no shipment of order %1. 'packbench why --store NAME --order %1' says why.")
                .arg(orderId));
        *exitCode = ExitNotFound;
        return std::nullopt;
    }
    if (!shipment.isEmpty()) {
        for (const ShipmentRow &row : rows) {
            const QString consignment =
                row.part > 0 ? row.consignment + QStringLiteral("#") + QString::number(row.part) : row.consignment;
            if (row.key == shipment || consignment == shipment)
                return row;
        }
        CommandContext::printError(PrintCommand::tr("order %1 has no shipment %2.").arg(orderId).arg(shipment));
        *exitCode = ExitNotFound;
        return std::nullopt;
    }
    QList<ShipmentRow> matching;
    for (const ShipmentRow &row : rows)
        if (wanted(row))
            matching.append(row);
    if (matching.size() == 1)
        return matching.constFirst();
    if (matching.isEmpty())
        return rows.constFirst(); // the command says why it cannot act on it
    QStringList choices;
    for (const ShipmentRow &row : std::as_const(matching))
        choices << (row.part > 0 ? row.consignment + QStringLiteral("#") + QString::number(row.part) : row.consignment);
    //: %3 is what the command does ("to print"), %4 the choices, e.g. "shipping:99, shipping:100".
    CommandContext::printError(PrintCommand::tr("order %1 has %2 shipments %3: add --shipment with one of %4.")
                                   .arg(orderId)
                                   .arg(matching.size())
                                   .arg(what, choices.join(QStringLiteral(", "))));
    *exitCode = ExitUsage;
    return std::nullopt;
}

bool selectStore(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &store,
                 std::optional<QUuid> *storeId, int *exitCode)
{
    if (!parser.isSet(store))
        return true;
    const std::optional<StoreConfig> selected = context.storeNamed(parser.value(store));
    if (!selected) {
        *exitCode = ExitNotFound;
        return false;
    }
    *storeId = selected->id;
    return true;
}

// --order, --store and --shipment: which shipment a command acts on (print, reprint, void).
struct ShipmentOptions
{
    QCommandLineOption order{QStringLiteral("order"), PrintCommand::tr("The BigCommerce order number."),
                             PrintCommand::tr("ORDER_ID")};
    QCommandLineOption store{QStringLiteral("store"), PrintCommand::tr("The store the order belongs to."),
                             PrintCommand::tr("NAME")};
    QCommandLineOption shipment;

    explicit ShipmentOptions(const QString &shipmentHelp)
        : shipment(QStringLiteral("shipment"), shipmentHelp, PrintCommand::tr("ID"))
    {
    }
    void addTo(QCommandLineParser &parser) const { parser.addOptions({order, store, shipment}); }

    // The order number, or a usage error said.
    std::optional<qint64> orderId(const QCommandLineParser &parser) const
    {
        qint64 id = 0;
        if (parser.isSet(order) && parseOrder(parser.value(order), &id))
            return id;
        CommandContext::printError(PrintCommand::tr("--order takes an order number, e.g. 1042."));
        return std::nullopt;
    }

    // The store (when given) and the shipment of the order that `wanted` accepts (pickShipment).
    std::optional<ShipmentRow> pick(CommandContext &context, const QCommandLineParser &parser, qint64 id,
                                    const std::function<bool(const ShipmentRow &)> &wanted, const QString &what,
                                    int *exitCode) const
    {
        std::optional<QUuid> storeId;
        if (!selectStore(context, parser, store, &storeId, exitCode))
            return std::nullopt;
        return pickShipment(context, storeId, id, parser.value(shipment), wanted, what, exitCode);
    }
};

bool isPrinted(const ShipmentRow &row)
{
    return ImportRules::isPackbenchOwned(row.state);
}

QJsonObject countsJson(const OutboxCounts &counts)
{
    return {{QStringLiteral("queued"), counts.queued},
            {QStringLiteral("sending"), counts.sending},
            {QStringLiteral("sent"), counts.sent},
            {QStringLiteral("retrying"), counts.retrying},
            {QStringLiteral("failed"), counts.failed},
            {QStringLiteral("held"), counts.held},
            {QStringLiteral("waiting_dispatch"), counts.waitingDispatch}};
}

// Runs a write-back worker for the stores whose tokens this station has, until `done` says so (checked whenever a row
// changes or nothing is due). Returns the exit status.
// Runs the write-back worker until done(outbox, idle) says so; `idle`: the worker has nothing it may send now (the
// rest waits for a retry time, for dispatch, or for the station that holds its store's lease).
int runWorker(CommandContext &context, const std::function<bool(Outbox &, bool idle)> &done)
{
    QString error;
    const QList<StoreConfig> stores = context.stores().stores(&error);
    if (!error.isEmpty()) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    Outbox outbox(context.database());
    WritebackWorker worker(context.database());
    // Tokens one store after another; a store without a token here is left to the stations that have it.
    QList<QPair<StoreConfig, QString>> tokens;
    std::function<void(int)> next = [&](int index) {
        if (index >= stores.size()) {
            worker.setStores(tokens);
            worker.start();
            return;
        }
        context.stores().accessTokens(
            {stores.at(index)}, &worker,
            [&tokens, &next, index](const QList<QPair<StoreConfig, QString>> &found, const StoreService::Result &) {
                tokens.append(found);
                next(index + 1);
            });
    };
    return context.runAsync([&](std::function<void(int)> finish) {
        if (done(outbox, false)) {
            finish(ExitOk);
            return;
        }
        auto check = [&outbox, &done, &worker, finish](bool idle) {
            if (done(outbox, idle)) {
                worker.stop();
                finish(ExitOk);
            }
        };
        QObject::connect(&worker, &WritebackWorker::rowChanged, &worker, [check] { check(false); });
        QObject::connect(&worker, &WritebackWorker::idle, &worker, [check] { check(true); });
        QObject::connect(&worker, &WritebackWorker::databaseError, &worker, [&worker, finish](const QString &message) {
            CommandContext::printError(message);
            worker.stop();
            finish(ExitDatabase);
        });
        next(0);
    });
}

bool rowFinal(const std::optional<OutboxRow> &row)
{
    if (!row)
        return true;
    static const QStringList final = {QStringLiteral("sent"),
                                      QStringLiteral("failed"),
                                      QStringLiteral("held"),
                                      QStringLiteral("not-sent"),
                                      QStringLiteral("dropped"),
                                      QStringLiteral("dismissed"),
                                      QStringLiteral("waiting-dispatch")};
    return final.contains(row->state);
}

// After --wait: what became of the write-back, and the exit status that says it.
int reportOutcome(const std::optional<OutboxRow> &row)
{
    if (!row)
        return ExitOk;
    const QString words = Outbox::describe(
        row->state, row->state == QLatin1String("sent") ? QString::number(row->bcShipmentId) : row->lastError,
        row->sentAt);
    if (row->state == QLatin1String("failed") || row->state == QLatin1String("held")) {
        CommandContext::printError(PrintCommand::tr("write-back %1").arg(words));
        return ExitBigCommerceRefused;
    }
    CommandContext::printLine(PrintCommand::tr("Write-back: %1").arg(words));
    return ExitOk;
}

} // namespace

QString PrintCommand::helpText()
{
    return tr("  print --order ID --output FILE [--store NAME] [--shipment ID] [--items ID:QTY,...] [--carrier NAME]\n"
              "        [--tracking NUMBER] [--parcels N] [--wait]   print a label and queue its write-back\n"
              "  reprint --order ID --output FILE [--store NAME]   the same label again; nothing is written back\n"
              "  void --order ID [--store NAME]    undo a print (and its write-back)\n"
              "  writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]   send write-backs now\n"
              "  dispatch [--store NAME] [--order ID]...   write back what was printed (end of day)\n"
              "  carrier add|set|list|remove       carriers and tracking numbers (carrier --help)\n");
}

int PrintCommand::runPrint(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const ShipmentOptions which(tr("Which of the order's shipments: its id or consignment, e.g. shipping:99."));
    which.addTo(parser);
    const QCommandLineOption items(QStringLiteral("items"),
                                   tr("Ship only these items and quantities (a split): ORDER_PRODUCT_ID:QTY,..."),
                                   tr("LIST"));
    const QCommandLineOption carrier(QStringLiteral("carrier"), tr("The carrier, by name (default: the account's)."),
                                     tr("NAME"));
    const QCommandLineOption tracking(QStringLiteral("tracking"),
                                      tr("The carrier's tracking number (manual carriers)."), tr("NUMBER"));
    const QCommandLineOption parcels(QStringLiteral("parcels"), tr("Number of parcels (labels), 1-99."), tr("N"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait for the write-back's outcome."));
    parser.addOptions({items, carrier, tracking, parcels, wait});
    const OutputOptions outputOptions;
    outputOptions.addTo(parser);
    const QString usage = tr("Usage: packbench print --order ORDER_ID --output FILE [options]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    const std::optional<qint64> orderId = which.orderId(parser);
    if (!orderId)
        return ExitUsage;
    PrintRequest request;
    if (parser.isSet(items) && !parseItems(parser.value(items), &request.items)) {
        CommandContext::printError(tr("--items takes ORDER_PRODUCT_ID:QUANTITY pairs separated by commas, e.g. "
                                      "5:1,6:2."));
        return ExitUsage;
    }
    if (parser.isSet(parcels)) {
        bool ok = false;
        request.parcels = parser.value(parcels).toInt(&ok);
        if (!ok || request.parcels < 1 || request.parcels > 99) {
            CommandContext::printError(tr("--parcels takes a number from 1 to 99."));
            return ExitUsage;
        }
    }
    request.trackingNumber = parser.value(tracking);
    LabelOutput output;
    if (!outputOptions.read(parser, &output))
        return ExitUsage;

    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    if (parser.isSet(carrier)) {
        const std::optional<Carrier> found = CarrierRepository(context->database()).findByName(parser.value(carrier));
        if (!found) {
            CommandContext::printError(
                tr("no carrier named \"%1\". 'packbench carrier list' shows the carriers.").arg(parser.value(carrier)));
            return ExitNotFound;
        }
        request.carrierId = found->id;
    }
    const std::optional<ShipmentRow> row = which.pick(
        *context, parser, *orderId,
        [](const ShipmentRow &candidate) { return candidate.state == ShipmentState::ToShip; }, tr("to print"),
        &exitCode);
    if (!row)
        return exitCode;
    request.shipmentKey = row->key;

    QByteArray zpl;
    PendingLabelFile file;
    Outbox outbox(context->database());
    const PrintResult result = outbox.print(request, renderTo(output, &zpl, &file));
    if (!result.isOk()) {
        CommandContext::printError(result.message);
        return exitCodeFor(result.outcome);
    }
    if (publishLabel(*context, output, zpl, file) != ExitOk) {
        CommandContext::printError(tr("the shipment is printed and its write-back queued; print the label again with "
                                      "'packbench reprint'."));
        return ExitFailure;
    }
    const QString numbers =
        result.trackingNumbers.isEmpty() ? tr("no tracking number") : result.trackingNumbers.join(QStringLiteral(", "));
    CommandContext::printLine(tr("Printed order %1 (%2): %3.").arg(*orderId).arg(result.shipmentKey, numbers));
    if (result.decision.action == WritebackDecision::Action::None)
        CommandContext::printLine(tr("Nothing is written back: %1.").arg(result.decision.reason));
    else if (result.decision.waitForDispatch)
        CommandContext::printLine(tr("The write-back waits for 'packbench dispatch'."));
    if (!parser.isSet(wait))
        return ExitOk;
    const QString key = result.shipmentKey;
    const int workerExit = runWorker(*context, [key](Outbox &box, bool) { return rowFinal(box.latest(key, false)); });
    if (workerExit != ExitOk)
        return workerExit;
    return reportOutcome(outbox.latest(key, false));
}

int PrintCommand::runReprint(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const ShipmentOptions which(tr("Which of the order's printed shipments."));
    which.addTo(parser);
    const OutputOptions outputOptions;
    outputOptions.addTo(parser);
    const QString usage = tr("Usage: packbench reprint --order ORDER_ID --output FILE [--store NAME]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    const std::optional<qint64> orderId = which.orderId(parser);
    if (!orderId)
        return ExitUsage;
    LabelOutput output;
    if (!outputOptions.read(parser, &output))
        return ExitUsage;
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const std::optional<ShipmentRow> row = which.pick(*context, parser, *orderId, isPrinted, tr("printed"), &exitCode);
    if (!row)
        return exitCode;
    QByteArray zpl;
    PendingLabelFile file;
    const PrintResult result = Outbox(context->database()).reprint(row->key, renderTo(output, &zpl, &file));
    if (!result.isOk()) {
        CommandContext::printError(result.message);
        return exitCodeFor(result.outcome);
    }
    if (publishLabel(*context, output, zpl, file) != ExitOk)
        return ExitFailure;
    CommandContext::printLine(tr("Reprinted order %1; nothing was written back.").arg(*orderId));
    return ExitOk;
}

int PrintCommand::runVoid(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const ShipmentOptions which(tr("Which of the order's printed shipments."));
    which.addTo(parser);
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait until BigCommerce has the void too."));
    parser.addOptions({wait});
    const QString usage = tr("Usage: packbench void --order ORDER_ID [--store NAME] [--shipment ID] [--wait]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    const std::optional<qint64> orderId = which.orderId(parser);
    if (!orderId)
        return ExitUsage;
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    const std::optional<ShipmentRow> row = which.pick(*context, parser, *orderId, isPrinted, tr("printed"), &exitCode);
    if (!row)
        return exitCode;
    Outbox outbox(context->database());
    const PrintResult result = outbox.voidPrint(row->key);
    if (!result.isOk()) {
        CommandContext::printError(result.message);
        return exitCodeFor(result.outcome);
    }
    CommandContext::printLine(tr("Voided order %1: it is to ship again. %2").arg(*orderId).arg(result.decision.reason));
    if (!parser.isSet(wait))
        return ExitOk;
    const QString key = result.shipmentKey;
    const int workerExit = runWorker(*context, [key](Outbox &box, bool) { return rowFinal(box.latest(key, true)); });
    return workerExit != ExitOk ? workerExit : reportOutcome(outbox.latest(key, true));
}

int PrintCommand::runWriteback(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Keep going until nothing is queued or retrying (retries wait for their time)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as JSON."));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the write-backs that are not done, newest first."));
    const QCommandLineOption retry(QStringLiteral("retry"), tr("Try a failed or held write-back again (or all)."),
                                   tr("ID"));
    const QCommandLineOption dismiss(QStringLiteral("dismiss"),
                                     tr("Dismiss a failed or held write-back once it is resolved by hand."), tr("ID"));
    parser.addOptions({wait, json, list, retry, dismiss});
    const QString usage = tr("Usage: packbench writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    Outbox outbox(context->database());
    QString error;
    if (parser.isSet(retry) || parser.isSet(dismiss)) {
        const bool retrying = parser.isSet(retry);
        const QString id = retrying ? parser.value(retry) : parser.value(dismiss);
        QStringList ids{id};
        if (retrying && id == QLatin1String("all")) {
            ids.clear();
            for (const OutboxRow &row : outbox.rows(true, 0))
                if (row.state == QLatin1String("failed") || row.state == QLatin1String("held"))
                    ids << row.id;
        }
        for (const QString &one : std::as_const(ids)) {
            if (!(retrying ? outbox.retry(one, &error) : outbox.dismiss(one, &error))) {
                CommandContext::printError(error.isEmpty() ? tr("no write-back %1.").arg(one) : error);
                return ExitNotFound;
            }
        }
    }
    if (parser.isSet(list)) {
        for (const OutboxRow &row : outbox.rows(true, 0, &error))
            CommandContext::printLine(tr("%1  %2 order %3  %4")
                                          .arg(row.id, row.storeName)
                                          .arg(row.orderId)
                                          .arg(Outbox::describe(row.state, row.lastError, row.nextAttemptAt)));
    }
    const bool keepGoing = parser.isSet(wait);
    exitCode = runWorker(*context, [keepGoing](Outbox &box, bool idle) {
        const OutboxCounts counts = box.counts();
        if (keepGoing)
            return counts.pending() == 0;
        // What this station may send is sent; the rest is another station's (it holds the store's lease).
        if (idle)
            return true;
        if (counts.sending > 0)
            return false;
        const QDateTime due = box.nextDue();
        return !due.isValid() || due > QDateTime::currentDateTimeUtc();
    });
    const OutboxCounts counts = outbox.counts(&error);
    if (parser.isSet(json)) {
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(countsJson(counts)).toJson(QJsonDocument::Compact))
                            << Qt::endl;
    } else {
        CommandContext::printLine(tr("%1 sent, %2 queued, %3 retrying, %4 failed, %5 held, %6 waiting for dispatch.")
                                      .arg(counts.sent)
                                      .arg(counts.queued + counts.sending)
                                      .arg(counts.retrying)
                                      .arg(counts.failed)
                                      .arg(counts.held)
                                      .arg(counts.waitingDispatch));
    }
    if (exitCode != ExitOk)
        return exitCode;
    return counts.failed + counts.held > 0 ? ExitBigCommerceRefused : ExitOk;
}

int PrintCommand::runDispatch(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), tr("Only this store."), tr("NAME"));
    const QCommandLineOption order(QStringLiteral("order"), tr("Only this order (repeat for several)."),
                                   tr("ORDER_ID"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Send the write-backs now and wait for them."));
    parser.addOptions({store, order, wait});
    const QString usage = tr("Usage: packbench dispatch [--store NAME] [--order ID]... [--wait]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    QList<qint64> orders;
    for (const QString &text : parser.values(order)) {
        qint64 orderId = 0;
        if (!parseOrder(text, &orderId)) {
            CommandContext::printError(tr("--order takes an order number, e.g. 1042."));
            return ExitUsage;
        }
        orders << orderId;
    }
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    std::optional<QUuid> storeId;
    if (!selectStore(*context, parser, store, &storeId, &exitCode))
        return exitCode;
    QString error;
    Outbox outbox(context->database());
    const int count = outbox.dispatch(storeId, orders, &error);
    if (count < 0) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    CommandContext::printLine(tr("%n write-back(s) queued for BigCommerce.", nullptr, count));
    if (!parser.isSet(wait))
        return ExitOk;
    exitCode = runWorker(*context, [](Outbox &box, bool) { return box.counts().pending() == 0; });
    if (exitCode != ExitOk)
        return exitCode;
    const OutboxCounts counts = outbox.counts();
    return counts.failed + counts.held > 0 ? ExitBigCommerceRefused : ExitOk;
}

int PrintCommand::runCarrier(const CommandLine &commandLine, const QStringList &arguments)
{
    const QString words = arguments.value(1);
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The carrier's name."), tr("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("own-sequence or manual."), tr("KIND"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), tr("Own sequence: two letters before the number."),
                                    tr("XX"));
    const QCommandLineOption country(QStringLiteral("country"), tr("Own sequence: two letters after the number."),
                                     tr("CC"));
    const QCommandLineOption link(QStringLiteral("tracking-link"),
                                  tr("Tracking link template with {tracking}, e.g. https://track.example/{tracking}."),
                                  tr("URL"));
    const QCommandLineOption provider(QStringLiteral("shipping-provider"),
                                      tr("BigCommerce shipping provider code, e.g. auspost."), tr("CODE"));
    const QCommandLineOption trackingCarrier(QStringLiteral("tracking-carrier"),
                                             tr("Tracking carrier code (AfterShip), e.g. dhl."), tr("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print as JSON."));
    parser.addOptions({name, kind, prefix, country, link, provider, trackingCarrier, json});
    const QString usage = tr("Usage: packbench carrier add --name NAME [--kind own-sequence|manual] [options] | "
                             "carrier set NAME [options] | carrier list [--json] | carrier remove NAME");
    if (words != QLatin1String("add") && words != QLatin1String("set") && words != QLatin1String("list") &&
        words != QLatin1String("remove")) {
        if (words == QLatin1String("--help") || words == QLatin1String("-h")) {
            CommandContext::printLine(usage);
            return ExitOk;
        }
        CommandContext::printError(usage);
        return ExitUsage;
    }
    const int positional = words == QLatin1String("set") || words == QLatin1String("remove") ? 2 : 1;
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments.mid(1), usage, positional))
        return *stop;
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    CarrierRepository carriers(context->database());
    QString error;
    if (words == QLatin1String("list")) {
        const QList<Carrier> all = carriers.list(&error);
        if (!error.isEmpty()) {
            CommandContext::printError(error);
            return ExitDatabase;
        }
        QJsonArray array;
        for (const Carrier &c : all) {
            if (parser.isSet(json))
                array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("kind"), Carrier::kindToString(c.kind)},
                                         {QStringLiteral("prefix"), c.prefix},
                                         {QStringLiteral("country"), c.country},
                                         {QStringLiteral("tracking_link"), c.trackingLink},
                                         {QStringLiteral("shipping_provider"), c.shippingProvider},
                                         {QStringLiteral("tracking_carrier"), c.trackingCarrier}});
            else
                CommandContext::printLine(QStringLiteral("%1\t%2").arg(c.name, Carrier::kindToString(c.kind)));
        }
        if (parser.isSet(json))
            CommandContext::printJson(array);
        return ExitOk;
    }
    auto outcomeExit = [](CarrierRepository::Outcome outcome) {
        switch (outcome) {
        case CarrierRepository::Outcome::Ok:
            return int(ExitOk);
        case CarrierRepository::Outcome::NameTaken:
        case CarrierRepository::Outcome::BuiltIn:
        case CarrierRepository::Outcome::InUse:
            return int(ExitConflict);
        case CarrierRepository::Outcome::NotFound:
            return int(ExitNotFound);
        case CarrierRepository::Outcome::Invalid:
            return int(ExitUsage);
        case CarrierRepository::Outcome::Failed:
            return int(ExitDatabase);
        }
        return int(ExitFailure);
    };
    Carrier carrier;
    if (words == QLatin1String("add")) {
        carrier.id = QUuid::createUuid();
        carrier.name = parser.value(name);
        if (parser.isSet(kind) && !Carrier::kindFromString(parser.value(kind), &carrier.kind)) {
            CommandContext::printError(tr("--kind takes own-sequence or manual."));
            return ExitUsage;
        }
    } else {
        const std::optional<Carrier> found = carriers.findByName(parser.positionalArguments().value(1));
        if (!found) {
            CommandContext::printError(tr("no carrier named \"%1\". 'packbench carrier list' shows the carriers.")
                                           .arg(parser.positionalArguments().value(1)));
            return ExitNotFound;
        }
        carrier = *found;
        if (words == QLatin1String("remove")) {
            const CarrierRepository::Outcome outcome = carriers.remove(carrier.id, &error);
            if (outcome != CarrierRepository::Outcome::Ok)
                CommandContext::printError(error);
            return outcomeExit(outcome);
        }
        if (parser.isSet(name))
            carrier.name = parser.value(name);
    }
    const std::pair<const QCommandLineOption *, QString *> fields[] = {{&prefix, &carrier.prefix},
                                                                       {&country, &carrier.country},
                                                                       {&link, &carrier.trackingLink},
                                                                       {&provider, &carrier.shippingProvider},
                                                                       {&trackingCarrier, &carrier.trackingCarrier}};
    for (const auto &[option, value] : fields)
        if (parser.isSet(*option))
            *value = parser.value(*option).trimmed();
    const CarrierRepository::Outcome outcome =
        words == QLatin1String("add") ? carriers.add(carrier, &error) : carriers.update(carrier, &error);
    if (outcome != CarrierRepository::Outcome::Ok)
        CommandContext::printError(error);
    return outcomeExit(outcome);
}

} // namespace Packbench
