#pragma once

// The vocabulary of inventory sync: the warehouse's counts, what BigCommerce shows, what a push changes and every
// problem per SKU. Shared by the stock file reader, the plan, the repository, the push job, the command line and the
// Stock screen.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Packbench {

// BigCommerce's default location ("the store's default location (id 1)").
inline constexpr int kDefaultLocationId = 1;
// Limits from ../shared/bigcommerce/inventory.v3.yml.
inline constexpr int kMaxAdjustmentItems = 2000; // PUT /v3/inventory/adjustments/absolute
inline constexpr int kMaxItemsPerPage = 1000;    // GET /v3/inventory/items

// Which columns of a stock file hold what (names compared case-insensitively, surrounding blanks ignored).
struct StockColumns
{
    QString sku = QStringLiteral("sku");
    QString quantity = QStringLiteral("quantity");
    QString location = QStringLiteral("location"); // optional column: absent means the default location
};

// The warehouse's quantity of one SKU at one BigCommerce location.
struct StockLevel
{
    QString sku;
    int locationId = kDefaultLocationId;
    qint64 quantity = 0;
    int line = 0; // line in the stock file it came from (0: counted in the Stock screen)
};

// What BigCommerce shows for one item at one location (GET /v3/inventory/items, `identity` and `locations[]`).
struct RemoteStock
{
    QString sku;
    qint64 productId = 0;
    qint64 variantId = 0;
    int locationId = kDefaultLocationId;
    QString locationName;
    qint64 onHand = 0; // total_inventory_onhand
    qint64 availableToSell = 0;
};

enum class StockProblemKind
{
    // found in the file
    MissingSku,
    DuplicateSku, // the same SKU (and location) twice in one file: neither line is used
    NotANumber,
    NegativeQuantity,
    UnknownLocation,  // a location the store does not have (or a location column that is not a number)
                      // found at BigCommerce
    SkuNotFound,      // no inventory item with that SKU
    TrackedByProduct, // informational: sent again by product_id (the 422 in the spec)
    Refused,          // BigCommerce refused the item; `message` is BigCommerce's own
    MissingScope,     // 403 on the push: the token lacks "Store Inventory: modify"
    NotSent           // the push stopped (cancel, network) before this SKU was sent
};

struct StockProblem
{
    StockProblemKind kind = StockProblemKind::Refused;
    QString sku;
    int locationId = kDefaultLocationId;
    int line = 0;    // file line, 0 when not from a file
    QString message; // translated, says what to do next

    // A problem to fix, as the screen, the push dialog and `stock push` count and list it: not a SKU sent again by
    // product id (a success) nor one a stopped push did not send (told on its own: push again).
    bool needsAction() const { return kind != StockProblemKind::TrackedByProduct && kind != StockProblemKind::NotSent; }
};

// The problems of a list that need action (StockProblem::needsAction), in their order.
inline QList<StockProblem> problemsNeedingAction(const QList<StockProblem> &problems)
{
    QList<StockProblem> toFix;
    for (const StockProblem &problem : problems) {
        if (problem.needsAction())
            toFix.append(problem);
    }
    return toFix;
}

// One row of a push: the warehouse's count, what is allocated to shipments not yet written back, the level that is
// pushed (warehouse - allocated, never below 0) and what BigCommerce shows now.
struct StockChange
{
    QString sku;
    int locationId = kDefaultLocationId;
    QString locationName;
    qint64 warehouse = 0;
    qint64 allocated = 0;
    qint64 target = 0;
    qint64 remote = 0; // BigCommerce's total_inventory_onhand before the push
    qint64 productId = 0;
    qint64 variantId = 0;
};

// The outcome of one change after a push.
enum class StockPushOutcome
{
    Pushed,
    PushedByProduct, // BigCommerce tracks it by product; sent again by product_id
    Refused,
    NotSent
};

struct StockPushResult
{
    StockChange change;
    StockPushOutcome outcome = StockPushOutcome::NotSent;
    QString message; // BigCommerce's words for a refusal
};

struct StockPushReport
{
    QString storeName;
    bool dryRun = false;
    QList<StockChange> changes;     // what differs (and was or would be sent)
    int unchanged = 0;              // SKUs already right at BigCommerce
    QList<StockPushResult> results; // one per change; empty on a dry run
    QList<StockProblem> problems;   // per SKU, never silently skipped
    int requests = 0;
    qint64 elapsedMs = 0;
    QString error; // why the push stopped as a whole (empty: it ran to the end)
    // What kind of stop `error` is (the command line's exit status): None, or "refused" (incl. a missing scope),
    // "network", "keychain", "database".
    enum class Failure
    {
        None,
        Refused,
        Network,
        Keychain,
        Database
    } failure = Failure::None;
    bool cancelled = false;
};

// The last stock file imported for a store, shown on the Stock screen.
struct StockImportRecord
{
    QString fileName;
    QString station;
    QDateTime importedAt;
    int levels = 0;
    int problems = 0;
};

} // namespace Packbench

Q_DECLARE_METATYPE(Packbench::StockPushReport)
