#pragma once

#include "core/bigcommerce/ApiDiagnosis.h"
#include "core/domain/StoreConfig.h"
#include "core/storage/ShipmentRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <memory>

namespace Packbench {

class Client;
class Database;

struct ImportRequest
{
    int days = 7;         // orders changed in the last days x 24 h (min_date_modified)
    QList<int> statuses;  // empty: each store's own import statuses
    bool refresh = false; // automatic refresh: changes since the last successful sync, with an overlap
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

struct ImportReport
{
    enum class Failure
    {
        None,
        Refused,
        Network,
        FilterIgnored,
        Database,
        Cancelled
    };
    int newOrders = 0;
    int updatedOrders = 0;
    int unchangedOrders = 0;
    int shipmentsNew = 0;
    int requests = 0;
    int retries = 0;
    int tooManyRequests = 0;
    QList<SkippedOrder> skipped;
    Failure failure = Failure::None;
    QString error; // what went wrong and what to do, when failure != None
    qint64 elapsedMs = 0;

    bool isOk() const { return failure == Failure::None; }
};

} // namespace Packbench
Q_DECLARE_METATYPE(Packbench::ImportReport)
namespace Packbench {

// Imports orders from BigCommerce into the database: for each store, each status, GET /v2/orders filtered by
// status and min_date_modified with consignments and line items embedded, 250 at a time, keyset paging by min_id.
// Each page is written in one transaction, idempotently, so a cancelled or killed import loses nothing and a second
// import adds nothing. It lives on one thread (the caller's, or a worker thread the GUI moves it to).
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
    void startStore();
    void startStatus();
    void fetchPage();
    void handlePage(const class ApiResponse &response);
    void completeProducts(QList<ImportedOrder> orders, QList<QPair<qint64, QString>> skips, int index);
    void fetchProducts(qint64 orderId, int page, std::shared_ptr<QJsonArray> collected,
                       std::function<void(bool ok, const QJsonArray &products, const QString &error)> done);
    void writePage(const QList<ImportedOrder> &orders, const QList<QPair<qint64, QString>> &skips);
    void finishStore(const QString &error, ImportReport::Failure failure);
    void finishStore(const ApiDiagnosis &diagnosis);
    void finish();
    void emitProgress();
    QList<int> statusesFor(const StoreConfig &store) const;
    QDateTime windowStartFor(const StoreConfig &store) const;
    ApiDiagnosis::Context contextFor(const QString &action) const;

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
    QList<int> m_statuses;
    int m_statusIndex = 0;
    qint64 m_minId = 1;
    QDateTime m_windowStart;
    QDateTime m_startedAt;
    QSet<qint64> m_seenOrders;
    int m_ordersSeen = 0;
    double m_statusFraction = 0;
    int m_requestsBefore = 0;
};

} // namespace Packbench
