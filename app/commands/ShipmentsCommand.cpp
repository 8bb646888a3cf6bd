#include "app/commands/ShipmentsCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/SavedViewRepository.h"
#include "core/storage/ShipmentQuery.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace Packbench {

namespace {

// JSON text written directly: building a QJsonObject per row and serialising it costs about ten times more than
// the database read. The output is byte for byte what QJsonDocument::toJson(Compact) writes for the same object
// (keys in QJsonObject's order, i.e. sorted; the same escapes), so the shape stays that of DESIGN.md.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void string(QStringView text)
    {
        m_out += '"';
        const char16_t *at = text.utf16();
        const char16_t *const end = at + text.size();
        while (at != end) {
            const char16_t u = *at++;
            if (u < 0x80) {
                if (u >= 0x20 && u != '"' && u != '\\') {
                    m_out += static_cast<char>(u);
                    continue;
                }
                m_out += '\\';
                switch (u) {
                case '"':
                    m_out += '"';
                    break;
                case '\\':
                    m_out += '\\';
                    break;
                case '\b':
                    m_out += 'b';
                    break;
                case '\f':
                    m_out += 'f';
                    break;
                case '\n':
                    m_out += 'n';
                    break;
                case '\r':
                    m_out += 'r';
                    break;
                case '\t':
                    m_out += 't';
                    break;
                default:
                    hex(u);
                }
            } else if (u < 0x800) {
                m_out += static_cast<char>(0xc0 | (u >> 6));
                m_out += static_cast<char>(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                m_out += static_cast<char>(0xe0 | (u >> 12));
                m_out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
                m_out += static_cast<char>(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && at != end && QChar::isLowSurrogate(*at)) {
                const char32_t c = QChar::surrogateToUcs4(u, *at++);
                m_out += static_cast<char>(0xf0 | (c >> 18));
                m_out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
                m_out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
                m_out += static_cast<char>(0x80 | (c & 0x3f));
            } else {
                m_out += '\\'; // a lone surrogate: no UTF-8 for it
                hex(u);
            }
        }
        m_out += '"';
    }
    void number(qint64 value) { m_out += QByteArray::number(value); }
    // `"name":` (names are plain ASCII here), after a comma unless it is the first of its object.
    void key(const char *name, bool first = false)
    {
        if (!first)
            m_out += ',';
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void raw(const char *text) { m_out += text; }

private:
    void hex(char16_t u)
    {
        static constexpr char digits[] = "0123456789abcdef";
        m_out += 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += digits[(u >> shift) & 0xf];
    }

    QByteArray &m_out;
};

// One element of `shipments --json` (DESIGN.md), keys in sorted order as QJsonObject writes them.
void writeShipment(QByteArray &out, const ShipmentRow &row)
{
    JsonWriter json(out);
    json.raw("{");
    json.key("atl", true);
    json.string(authorityToLeaveToString(row.atl));
    json.key("account");
    json.string(row.accountName);
    json.key("bc_status_id");
    json.number(row.bcStatusId);
    json.key("carrier");
    json.string(row.carrier);
    json.key("changed");
    json.string(row.changedFields);
    json.key("channel_id");
    json.number(row.channelId);
    json.key("city");
    json.string(row.city);
    json.key("consignment");
    json.string(row.consignment);
    json.key("country");
    json.string(row.countryIso2);
    json.key("customer");
    json.string(row.customer);
    json.key("items");
    json.raw("[");
    bool firstItem = true;
    for (const LineItem &item : row.items) {
        json.raw(firstItem ? "{" : ",{");
        firstItem = false;
        json.key("name", true);
        json.string(item.name);
        json.key("options");
        json.raw("{");
        bool firstOption = true;
        for (const auto &[name, value] :
             {std::pair{"Color", &item.color}, std::pair{"HS Code", &item.hsCode}, std::pair{"Size", &item.size}}) {
            if (value->isEmpty())
                continue;
            json.key(name, firstOption);
            firstOption = false;
            json.string(*value);
        }
        json.raw("}");
        json.key("order_product_id");
        json.number(item.orderProductId);
        json.key("parent_order_product_id");
        json.number(item.parentOrderProductId);
        json.key("quantity");
        json.number(item.quantity);
        json.key("quantity_refunded");
        json.number(item.quantityRefunded);
        json.key("quantity_shipped");
        json.number(item.quantityShipped);
        json.key("sku");
        json.string(item.sku);
        json.raw("}");
    }
    json.raw("]");
    json.key("order_id");
    json.number(row.orderId);
    json.key("pickup_location");
    json.string(row.pickupLocation);
    json.key("rule");
    if (row.rule.isEmpty())
        json.raw("null");
    else
        json.string(row.rule);
    json.key("shipment_id");
    json.string(row.key);
    json.key("state");
    json.string(shipmentStateToString(row.state));
    json.key("store");
    json.string(row.storeName);
    json.key("tags");
    json.raw("[");
    for (qsizetype i = 0; i < row.tags.size(); ++i) {
        if (i > 0)
            json.raw(",");
        json.string(row.tags.at(i));
    }
    json.raw("]");
    json.key("tracking_number");
    json.string(row.trackingNumber);
    json.raw("}");
}

// Collects output and writes it to stdout in large blocks (one write per row would cost more than the row).
class BufferedStdout
{
public:
    BufferedStdout() { m_buffer.reserve(kBlock + 4096); }
    ~BufferedStdout() { flush(); }
    BufferedStdout(const BufferedStdout &) = delete;
    BufferedStdout &operator=(const BufferedStdout &) = delete;

    // Append here, then call written().
    QByteArray &buffer() { return m_buffer; }
    void written()
    {
        if (m_buffer.size() >= kBlock)
            flush();
    }
    void flush()
    {
        if (!m_buffer.isEmpty())
            std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), stdout);
        m_buffer.clear();
        std::fflush(stdout);
    }

private:
    static constexpr qsizetype kBlock = 64 * 1024;
    QByteArray m_buffer;
};

} // namespace

QString ShipmentsCommand::helpText()
{
    return tr("  shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] [--atl] [--country CC]\n"
              "            [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]\n"
              "                                    list imported shipments (several --tag: any of them)\n");
}

int ShipmentsCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), tr("Only this store."), tr("NAME"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 tr("Only shipments with this tag; repeated: with any of these tags."), tr("TAG"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only shipments of this sending account."),
                                     tr("NAME"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only this state: to-ship, printed, written-back, write-back-failed, elsewhere, "
                                      "cancelled, on-hold."),
                                   tr("STATE"));
    const QCommandLineOption atl(QStringLiteral("atl"),
                                 tr("Only shipments the customer lets be left without a signature (authority to "
                                    "leave)."));
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("Only shipments to this country (two-letter code, e.g. NZ)."), tr("CC"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Only orders placed on or after this day (YYYY-MM-DD)."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only orders placed on or before this day (YYYY-MM-DD)."),
                                tr("DATE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("Start from a saved view (by name) or a built-in one (to-ship, printed, "
                                     "written-back, write-back-failed, elsewhere, cancelled, on-hold, all); the "
                                     "other options narrow it."),
                                  tr("NAME"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        tr("Order number or its start (113, #1136), or any text the grid shows: customer, company, city, region, "
           "postcode, country, pickup location, SKU, product name, storefront. Upper and lower case are the same."),
        tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({store, tag, account, state, atl, country, from, to, view, search, json});
    const QString usage =
        tr("Usage: packbench shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] "
           "[--atl] [--country CC] [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    std::optional<ShipmentState> stateValue;
    if (parser.isSet(state)) {
        ShipmentState value;
        if (!shipmentStateFromString(parser.value(state), &value)) {
            CommandContext::printError(tr("unknown state \"%1\".").arg(parser.value(state)));
            return ExitUsage;
        }
        stateValue = value;
    }
    QDate fromDate;
    QDate toDate;
    for (const auto &[option, date] : {std::pair{&from, &fromDate}, std::pair{&to, &toDate}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            CommandContext::printError(
                tr("\"%1\" is not a date; use YYYY-MM-DD, e.g. 2026-11-29.").arg(parser.value(*option)));
            return ExitUsage;
        }
    }
    const QString countryCode = parser.value(country).trimmed();
    if (parser.isSet(country) && countryCode.size() != 2) {
        CommandContext::printError(
            tr("\"%1\" is not a country code; use the two-letter code, e.g. NZ or DE.").arg(countryCode));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    // A view first, then the options on top of it.
    ShipmentFilter filter;
    if (parser.isSet(view)) {
        QString error;
        const std::optional<ShipmentFilter> viewFilter =
            SavedViewRepository(context->database()).resolve(parser.value(view), &error);
        if (!error.isEmpty()) {
            CommandContext::printError(error);
            return ExitDatabase;
        }
        if (!viewFilter) {
            CommandContext::printError(tr("no view named \"%1\". Saved views are made in the window (Save view); "
                                          "built-in ones: to-ship, printed, written-back, write-back-failed, "
                                          "elsewhere, cancelled, on-hold, all.")
                                           .arg(parser.value(view)));
            return ExitNotFound;
        }
        filter = *viewFilter;
    }
    if (parser.isSet(tag))
        filter.tags = parser.values(tag);
    if (parser.isSet(search))
        filter.search = parser.value(search);
    if (stateValue)
        filter.state = stateValue;
    if (parser.isSet(atl))
        filter.atlOnly = true;
    if (!countryCode.isEmpty())
        filter.countryIso2 = countryCode.toUpper();
    if (fromDate.isValid())
        filter.from = fromDate;
    if (toDate.isValid())
        filter.to = toDate;
    filter.withItems = parser.isSet(json);
    if (parser.isSet(store)) {
        const std::optional<StoreConfig> selected = context->stores().store(parser.value(store));
        if (!selected) {
            CommandContext::printError(tr("no store named \"%1\".").arg(parser.value(store)));
            return ExitNotFound;
        }
        filter.storeId = selected->id;
    }
    if (parser.isSet(account)) {
        QString error;
        const std::optional<Account> selected =
            AccountRepository(context->database()).findByName(parser.value(account), &error);
        if (!error.isEmpty()) {
            CommandContext::printError(error);
            return ExitDatabase;
        }
        if (!selected) {
            CommandContext::printError(
                tr("no account named \"%1\" (see packbench account list).").arg(parser.value(account)));
            return ExitNotFound;
        }
        filter.accountId = selected->id;
    }

    // Each row is printed as it is read: 100,000 shipments never sit in memory at once.
    qint64 printed = 0;
    QString error;
    bool ok = false;
    if (parser.isSet(json)) {
        BufferedStdout out;
        const auto print = [&](const ShipmentRow &row) {
            out.buffer() += printed++ == 0 ? '[' : ',';
            writeShipment(out.buffer(), row);
            out.written();
            return true;
        };
        ok = ShipmentQuery(context->database()).forEach(filter, print, &error);
        // After a failure the array stays open: a truncated list must not read as a complete one.
        if (ok)
            out.buffer() += printed == 0 ? "[]\n" : "]\n";
    } else {
        QTextStream out(stdout);
        const auto print = [&](const ShipmentRow &row) {
            ++printed;
            out << QStringLiteral("%1\t#%2\t%3\t%4\t%5, %6\t%7")
                       .arg(row.storeName)
                       .arg(row.orderId)
                       .arg(shipmentStateToString(row.state), row.customer, row.city, row.countryIso2)
                       .arg(row.consignment)
                << '\n';
            return true;
        };
        ok = ShipmentQuery(context->database()).forEach(filter, print, &error);
        out.flush();
        if (ok && printed == 0)
            QTextStream(stderr) << tr("No shipments match.") << Qt::endl;
    }
    if (!ok) {
        CommandContext::printError(error);
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace Packbench
