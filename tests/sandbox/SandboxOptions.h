#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

enum class FaultKind
{
    ServerError,     // 5xx: 500/502/503 with a body
    BareTooMany,     // 429-bare: 429 without rate-limit headers (platform load)
    ResetAfterWrite, // reset-after-write: apply a POST/PUT/DELETE, then reset the connection without answering
    Timeout,         // timeout: accept the request and never answer
    Malformed,       // malformed: 200 with a truncated JSON body (a write is applied)
};

struct FaultSpec
{
    FaultKind kind = FaultKind::ServerError;
    double fraction = 0.0;
};

// The command line of packbench-sandbox (DESIGN.md, "The sandbox store"), parsed without needing a
// QCoreApplication so tests can build options directly.
struct SandboxOptions
{
    quint16 port = 8765;
    int orders = 500;
    quint64 seed = 1;
    QString storeHash = QStringLiteral("sandbox1");
    QString token = QStringLiteral("sandbox-token");
    QString readOnlyToken = QStringLiteral("sandbox-readonly-token");
    int channels = 3;
    int quota = 150; // 0: no limit
    int windowMs = 30000;
    int latencyMs = 0;
    std::vector<FaultSpec> faults;
    // --fail-writes-only: the faults hit POST, PUT and DELETE API requests only; GET and HEAD are always answered.
    bool failWritesOnly = false;
    // --without-consignments: the share (0..1) of orders that GET /v2/orders and GET /v2/orders/{id} serve with
    // consignments, products and shipping_addresses as resource links only, whatever include= asks, and whose
    // billing address differs from every shipping address. Chosen per order from the seed, independently of
    // --orders.
    double withoutConsignments = 0.0;
    // --inventory-items: inventory items in the catalogue; every SKU of the generated orders is one, so the
    // catalogue never has fewer than those.
    int inventoryItems = 1000;
    // --locations: inventory locations; id 1 is "Default", 2..K "Warehouse K".
    int locations = 1;
    // Seconds since the epoch that "now-relative" data is generated against. Unset: the server's start time.
    // Tests pin it so two servers produce identical data.
    std::optional<qint64> baseTime;

    // Returns std::nullopt and sets *error on a bad command line; sets *helpRequested for --help.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error, bool *helpRequested);
    static QString usage();
    static std::optional<FaultSpec> parseFault(const QString &text, QString *error);
};
