#include "app/commands/ShipmentsCommand.h"

#include "app/CommandLine.h"
#include "app/commands/CommandContext.h"
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
    json.key("bc_status_id");
    json.number(row.bcStatusId);
    json.key("carrier");
    json.string(QString());
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
    json.string(QString());
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
    return tr("  shipments [--store NAME] [--tag TAG]... [--state STATE] [--search TEXT] [--json]\n"
              "                                    list imported shipments\n");
}

int ShipmentsCommand::run(const CommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), tr("Only this store."), tr("NAME"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only shipments with this tag (repeatable)."), tr("TAG"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only this state: to-ship, printed, written-back, write-back-failed, elsewhere, "
                                      "cancelled, on-hold."),
                                   tr("STATE"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        tr("Order number or its start (113, #1136), or any text the grid shows: customer, company, city, region, "
           "postcode, country, pickup location, SKU, product name, storefront. Upper and lower case are the same."),
        tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({store, tag, state, search, json});
    const QString usage =
        tr("Usage: packbench shipments [--store NAME] [--tag TAG]... [--state STATE] [--search TEXT] [--json]");
    if (const std::optional<int> stop = CommandLine::parseCommand(parser, arguments, usage, 1))
        return *stop;
    ShipmentFilter filter;
    filter.tags = parser.values(tag);
    filter.search = parser.value(search);
    filter.withItems = parser.isSet(json);
    if (parser.isSet(state)) {
        ShipmentState value;
        if (!shipmentStateFromString(parser.value(state), &value)) {
            CommandContext::printError(tr("unknown state \"%1\".").arg(parser.value(state)));
            return ExitUsage;
        }
        filter.state = value;
    }
    int exitCode = ExitOk;
    std::unique_ptr<CommandContext> context = CommandContext::open(commandLine, &exitCode);
    if (!context)
        return exitCode;
    if (parser.isSet(store)) {
        const std::optional<StoreConfig> selected = context->stores().store(parser.value(store));
        if (!selected) {
            CommandContext::printError(tr("no store named \"%1\".").arg(parser.value(store)));
            return ExitNotFound;
        }
        filter.storeId = selected->id;
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
