#pragma once

#include "core/bigcommerce/ApiDiagnosis.h"
#include "core/domain/StoreConfig.h"
#include "core/storage/ShipmentRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace Packbench {

class Client;
class Database;

struct ImportRequest
{
    int days = 7;            // orders changed in the last days x 24 h (min_date_modified)
    QList<int> statuses;     // empty: each store's own import statuses
    bool refresh = false;    // automatic refresh: changes since the last successful sync, with an overlap
    bool interactive = true; // someone waits for the answer: a host that cannot be reached is reported at once
    static constexpr int kRefreshOverlapSeconds = 300;
};

// A store to import from, with this station's token (read from the keychain by the caller).
struct ImportSource
{
    StoreConfig store;
    QString accessToken;
};

struct SkippedOrder
{
    QString storeName;
    qint64 orderId = 0;
    QString reason;
    bool retry = false; // fetched again by the next refresh
};

struct ImportProgress
{
    QString storeName;
    int statusId = 0;
    int orders = 0; // orders seen so far
    int requests = 0;
    double fraction = 0; // 0..1, an estimate
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1: not known yet
};

} // namespace Packbench
Q_DECLARE_METATYPE(Packbench::ImportProgress)
namespace Packbench {

enum class ImportFailure
{
    None,
    Refused,
    Network,
    FilterIgnored,
    Database,
    Keychain, // this station has no token for a store, or the keychain is unavailable
    Cancelled
};

// How the import of one store ended.
struct StoreImportOutcome
{
    QUuid storeId;
    QString storeName;
    int newOrders = 0;
    int updatedOrders = 0;
    int unchangedOrders = 0;
    int skipped = 0;
    int shipmentsNew = 0;
    ImportFailure failure = ImportFailure::None;
    QString error; // what went wrong and what to do, when failure != None

    bool isOk() const { return failure == ImportFailure::None; }
};

struct ImportReport
{
    using Failure = ImportFailure;
    int newOrders = 0;
    int updatedOrders = 0;
    int unchangedOrders = 0;
    int shipmentsNew = 0;
    int requests = 0;
    int retries = 0;
    int tooManyRequests = 0;
    QList<SkippedOrder> skipped;
    QList<StoreImportOutcome> stores; // one per store, in the order they were imported
    Failure failure = Failure::None;  // the first store that failed (or the whole job: cancelled, no store)
    QString error;                    // every failure, one line per store
    qint64 elapsedMs = 0;

    bool isOk() const { return failure == Failure::None; }
};

} // namespace Packbench
Q_DECLARE_METATYPE(Packbench::ImportReport)
namespace Packbench {

// Imports orders from BigCommerce into the database. Written as explicit steps, each of which reports success or
// failure before the next one starts:
//   next store -> storefront names (with channel tags) -> for each stream: fetch page -> complete its orders (an
//   order without consignments: GET /v2/orders/{id}/consignments; one with more than 50 items: its /products) ->
//   write page -> next page or next stream -> (refresh) orders an earlier run skipped to retry -> store done.
// An import has one stream per status (status_id filter); a refresh one stream over every status (changes since
// the last successful sync), so a refresh with fewer than 250 changes costs one order-list request.
// Orders come 250 at a time, keyset paging by min_id. Each page is written in one transaction, idempotently, so a
// cancelled or killed import loses nothing and a second import adds nothing. A page that cannot be written ends
// that store's import as failed; the other stores still import. It lives on one thread (the caller's, or a worker
// thread the GUI moves it to).
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(Database &database, const ImportRequest &request, const QList<ImportSource> &sources,
              QObject *parent = nullptr);
    ~ImportJob() override;

public Q_SLOTS:
    void start();
    // Stops after the page being written; what was imported stays.
    void cancel();

Q_SIGNALS:
    void progress(const Packbench::ImportProgress &progress);
    void shipmentsChanged(const QStringList &keys);
    void finished(const Packbench::ImportReport &report);

private:
    // One stream of order pages: one status (import) or every status (refresh).
    struct Stream
    {
        std::optional<int> statusId;
    };
    // The page being completed and written.
    struct Page
    {
        QList<ImportedOrder> orders;
        QList<OrderSkip> skips;
        qsizetype index = 0; // the order being completed
        int productsPage = 1;
        QJsonArray products;
        bool last = false; // no more pages in this stream
    };
    enum class Phase
    {
        Streams,
        Retries
    };

    // The steps.
    void nextStore();
    void fetchChannels();
    void onChannels(const ApiResponse &response);
    void nextStream();
    void fetchPage();
    void onPage(const ApiResponse &response);
    void completeNextOrder();
    void onConsignments(const ApiResponse &response);
    void onProducts(const ApiResponse &response);
    void skipCurrentOrder(const QString &reason);
    void writePage();
    void afterPageWritten();
    void fetchNextRetry();
    void onRetry(const ApiResponse &response);
    void storeSucceeded();
    void storeFailed(ImportFailure failure, const QString &error);
    void storeFailed(const ApiDiagnosis &diagnosis);
    void finish();

    void collectClientCounters();
    void emitProgress();
    SyncScope scope() const;
    QList<Stream> streamsFor(const StoreConfig &store) const;
    QDateTime windowStartFor(const StoreConfig &store) const;
    SyncCoverage coverageOf(const StoreConfig &store) const;
    const StoreConfig &currentStore() const { return m_sources.at(m_sourceIndex).store; }
    StoreImportOutcome &currentOutcome() { return m_report.stores.last(); }
    ApiDiagnosis::Context contextFor(const QString &action) const;
    bool stopped() const { return m_cancelled || m_finished; }

    Database &m_database;
    ImportRequest m_request;
    QList<ImportSource> m_sources;
    std::unique_ptr<ShipmentRepository> m_repository;
    ImportReport m_report;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_finished = false;

    // Where the job is.
    int m_sourceIndex = -1;
    Client *m_client = nullptr;
    QList<Stream> m_streams;
    int m_streamIndex = -1;
    Phase m_phase = Phase::Streams;
    qint64 m_minId = 1;
    Page m_page;
    QList<qint64> m_retries;
    qint64 m_retryOrderId = 0;
    QDateTime m_windowStart;
    QDateTime m_startedAt;
    QDateTime m_storeStartedAt;
    SyncState m_syncBefore;
    int m_ordersSeen = 0;
    double m_streamFraction = 0;
};

} // namespace Packbench
