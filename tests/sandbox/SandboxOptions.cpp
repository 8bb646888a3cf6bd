#include "SandboxOptions.h"

#include <QDateTime>
#include <limits>

namespace {

bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QString SandboxOptions::usage()
{
    return QStringLiteral(
        "Usage: packbench-sandbox [options]\n"
        "A local HTTP server that behaves like the BigCommerce API for the endpoints Packbench uses.\n\n"
        "  --port P                 listen on 127.0.0.1:P (default 8765; 0 = any free port)\n"
        "  --orders N               number of generated orders (default 500)\n"
        "  --seed S                 seed of the generated data (default 1)\n"
        "  --store-hash H           store hash in the API path (default sandbox1)\n"
        "  --token T                access token with Orders modify scope\n"
        "  --read-only-token T2     access token with read-only scopes\n"
        "  --channels K             number of storefront channels (default 3)\n"
        "  --quota Q                requests per window (default 150; 0 = no limit)\n"
        "  --window-ms W            rate-limit window in milliseconds (default 30000)\n"
        "  --latency-ms L           delay every API response by L ms (default 0)\n"
        "  --fail KIND:FRACTION,... inject faults; KIND: 5xx, 429-bare, reset-after-write, timeout, malformed\n"
        "  --fail-writes-only       faults hit POST, PUT and DELETE requests only, never GET\n"
        "  --without-consignments F serve a fraction F (0..1, default 0) of the orders without embedded consignments:\n"
        "                           consignments, products and shipping_addresses are resource links only, whatever\n"
        "                           include= asks, and the billing address differs from every shipping address\n"
        "  --inventory-items N      inventory items (default 1000): every SKU of the generated orders, then\n"
        "                           SBX-000001, ...; every 50th item is tracked by product\n"
        "  --locations K            inventory locations (default 1): 1 \"Default\", 2..K \"Warehouse K\"\n"
        "  --base-time DATE         generate data relative to DATE (RFC 2822 or ISO 8601) instead of now\n"
        "  --help                   show this help\n\n"
        "The first line on stdout is the API path: \"API path: http://127.0.0.1:PORT/stores/H/v3/\".\n");
}

std::optional<FaultSpec> SandboxOptions::parseFault(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("--fail expects KIND:FRACTION, got \"%1\"").arg(text);
        return std::nullopt;
    }
    const QString kind = text.left(colon).trimmed();
    bool ok = false;
    const double fraction = text.mid(colon + 1).trimmed().toDouble(&ok);
    if (!ok || fraction < 0.0 || fraction > 1.0) {
        *error = QStringLiteral("--fail fraction must be a number from 0 to 1, got \"%1\"").arg(text.mid(colon + 1));
        return std::nullopt;
    }
    FaultSpec spec;
    spec.fraction = fraction;
    if (kind == QLatin1String("5xx"))
        spec.kind = FaultKind::ServerError;
    else if (kind == QLatin1String("429-bare"))
        spec.kind = FaultKind::BareTooMany;
    else if (kind == QLatin1String("reset-after-write"))
        spec.kind = FaultKind::ResetAfterWrite;
    else if (kind == QLatin1String("timeout"))
        spec.kind = FaultKind::Timeout;
    else if (kind == QLatin1String("malformed"))
        spec.kind = FaultKind::Malformed;
    else {
        *error = QStringLiteral("unknown fault kind \"%1\" (5xx, 429-bare, reset-after-write, timeout, malformed)")
                     .arg(kind);
        return std::nullopt;
    }
    return spec;
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error, bool *helpRequested)
{
    SandboxOptions options;
    *helpRequested = false;
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && equals > 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            *helpRequested = true;
            return options;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        auto intOption = [&](qint64 min, qint64 max, qint64 *out) -> bool {
            if (!takeValue())
                return false;
            if (!parseInt(value, min, max, out)) {
                *error = QStringLiteral("%1 expects a whole number from %2 to %3, got \"%4\"")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(value);
                return false;
            }
            return true;
        };
        qint64 number = 0;
        if (name == QLatin1String("--port")) {
            if (!intOption(0, 65535, &number))
                return std::nullopt;
            options.port = static_cast<quint16>(number);
        } else if (name == QLatin1String("--orders")) {
            if (!intOption(0, 1000000, &number))
                return std::nullopt;
            options.orders = static_cast<int>(number);
        } else if (name == QLatin1String("--seed")) {
            if (!takeValue())
                return std::nullopt;
            bool ok = false;
            options.seed = value.toULongLong(&ok);
            if (!ok) {
                *error = QStringLiteral("--seed expects a non-negative whole number, got \"%1\"").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("--store-hash")) {
            if (!takeValue())
                return std::nullopt;
            if (value.isEmpty() || value.contains(QLatin1Char('/'))) {
                *error = QStringLiteral("--store-hash must be a non-empty path segment");
                return std::nullopt;
            }
            options.storeHash = value;
        } else if (name == QLatin1String("--token")) {
            if (!takeValue())
                return std::nullopt;
            options.token = value;
        } else if (name == QLatin1String("--read-only-token")) {
            if (!takeValue())
                return std::nullopt;
            options.readOnlyToken = value;
        } else if (name == QLatin1String("--channels")) {
            if (!intOption(1, 50, &number))
                return std::nullopt;
            options.channels = static_cast<int>(number);
        } else if (name == QLatin1String("--quota")) {
            if (!intOption(0, std::numeric_limits<int>::max(), &number))
                return std::nullopt;
            options.quota = static_cast<int>(number);
        } else if (name == QLatin1String("--window-ms")) {
            if (!intOption(1, 24 * 3600 * 1000, &number))
                return std::nullopt;
            options.windowMs = static_cast<int>(number);
        } else if (name == QLatin1String("--latency-ms")) {
            if (!intOption(0, 600000, &number))
                return std::nullopt;
            options.latencyMs = static_cast<int>(number);
        } else if (name == QLatin1String("--fail")) {
            if (!takeValue())
                return std::nullopt;
            const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            double total = 0.0;
            for (const QString &part : parts) {
                const auto spec = parseFault(part, error);
                if (!spec)
                    return std::nullopt;
                total += spec->fraction;
                options.faults.push_back(*spec);
            }
            if (total > 1.0 + 1e-9) {
                *error = QStringLiteral("--fail fractions add up to more than 1");
                return std::nullopt;
            }
        } else if (name == QLatin1String("--fail-writes-only")) {
            if (hasInlineValue) {
                *error = QStringLiteral("--fail-writes-only takes no value");
                return std::nullopt;
            }
            options.failWritesOnly = true;
        } else if (name == QLatin1String("--without-consignments")) {
            if (!takeValue())
                return std::nullopt;
            bool ok = false;
            const double fraction = value.trimmed().toDouble(&ok);
            if (!ok || !(fraction >= 0.0 && fraction <= 1.0)) {
                *error = QStringLiteral("--without-consignments expects a fraction from 0 to 1, got \"%1\"").arg(value);
                return std::nullopt;
            }
            options.withoutConsignments = fraction;
        } else if (name == QLatin1String("--inventory-items")) {
            if (!intOption(0, 1000000, &number))
                return std::nullopt;
            options.inventoryItems = static_cast<int>(number);
        } else if (name == QLatin1String("--locations")) {
            if (!intOption(1, 50, &number))
                return std::nullopt;
            options.locations = static_cast<int>(number);
        } else if (name == QLatin1String("--base-time")) {
            if (!takeValue())
                return std::nullopt;
            QDateTime when = QDateTime::fromString(value, Qt::RFC2822Date);
            if (!when.isValid())
                when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!when.isValid()) {
                *error = QStringLiteral("--base-time expects an RFC 2822 or ISO 8601 date, got \"%1\"").arg(value);
                return std::nullopt;
            }
            options.baseTime = when.toSecsSinceEpoch();
        } else {
            *error = QStringLiteral("unknown option \"%1\" (see --help)").arg(name);
            return std::nullopt;
        }
    }
    return options;
}
