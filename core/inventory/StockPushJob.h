#pragma once

#include "core/inventory/Stock.h"
#include "core/sync/ImportJob.h" // ImportSource: a store with this station's token

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace Packbench {

class Client;
class Database;
class StoreService;

struct StockPushRequest
{
    bool dryRun = false;     // look up and plan only: nothing is written to BigCommerce
    bool interactive = true; // someone waits: an unreachable host is reported at once
    int defaultLocationId = kDefaultLocationId;
    QString reason = QStringLiteral("Packbench stock sync"); // the adjustment's `reason`
};

struct StockPushProgress
{
    enum class Step
    {
        LookingUp,
        Pushing
    };
    Step step = Step::LookingUp;
    int done = 0; // SKUs looked up / items sent
    int total = 0;
    int requests = 0;
};

// Pushes one store's warehouse levels to BigCommerce, as explicit steps, each reporting before the next starts:
//   read levels and allocations (database) -> look up the SKUs (GET /v3/inventory/items?sku:in=..., in chunks, every
//   page) and save what BigCommerce shows -> plan (StockPlan::make) -> [dry run: stop] -> send the changes as
//   absolute levels (PUT /v3/inventory/adjustments/absolute, at most 2,000 items each, paced by the store's rate
//   governor) -> on a 422 that names an item: that item is taken out (tracked by product: sent again by
//   product_id; else refused with BigCommerce's message) and the rest of the batch is sent again -> on a 403: stop,
//   "add the Store Inventory: modify scope" -> save the result per SKU.
// Lives on one thread (the caller's or a worker thread).
class StockPushJob : public QObject
{
    Q_OBJECT
public:
    StockPushJob(Database &database, const ImportSource &source, const StockPushRequest &request,
                 QObject *parent = nullptr);
    ~StockPushJob() override;

public Q_SLOTS:
    void start();
    void cancel(); // stops after the request in flight; changes not sent are reported NotSent

Q_SIGNALS:
    void progress(const Packbench::StockPushProgress &progress);
    void finished(const Packbench::StockPushReport &report);

private:
    struct State;
    std::unique_ptr<State> d;
};

// Runs a StockPushJob on a worker thread so the GUI thread never waits: reads the store's token from the keychain
// first (through StoreService), then starts the job; signals arrive queued on the caller's thread.
class StockPushRunner : public QObject
{
    Q_OBJECT
public:
    StockPushRunner(Database &database, StoreService &stores, QObject *parent = nullptr);
    ~StockPushRunner() override;
    bool isRunning() const;

public Q_SLOTS:
    void start(const Packbench::StoreConfig &store, const Packbench::StockPushRequest &request);
    void cancel();

Q_SIGNALS:
    void progress(const Packbench::StockPushProgress &progress);
    void finished(const Packbench::StockPushReport &report);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Packbench

Q_DECLARE_METATYPE(Packbench::StockPushProgress)
Q_DECLARE_METATYPE(Packbench::StockPushRequest)
