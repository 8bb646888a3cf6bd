#include "core/inventory/StockPushJob.h"

#include "core/bigcommerce/ApiDiagnosis.h"
#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/RateGovernor.h"
#include "core/integrations/StoreService.h"
#include "core/inventory/StockPlan.h"
#include "core/storage/Database.h"
#include "core/storage/StockRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace Packbench {

namespace {

const QString kItemsPath = QStringLiteral("v3/inventory/items");
const QString kAdjustPath = QStringLiteral("v3/inventory/adjustments/absolute");
// A URL longer than this is refused by some proxies and servers: the SKU filters are split to stay below it.
constexpr int kMaxUrlLength = 2000;

bool isItemsPage(const ApiResponse &response)
{
    if (!response.isSuccess())
        return true; // judged by the caller
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    return error.error == QJsonParseError::NoError && document.isObject() &&
           document.object().value(QLatin1String("data")).isArray();
}

// A host that does not answer at all: trying again within seconds rarely helps someone who waits.
bool isUnreachable(const ApiResponse &response)
{
    return !response.hasHttpAnswer() && (response.networkError == QNetworkReply::ConnectionRefusedError ||
                                         response.networkError == QNetworkReply::HostNotFoundError);
}

QString key(const QString &sku, int locationId)
{
    return sku + QLatin1Char('\n') + QString::number(locationId);
}

} // namespace

// The job's steps live here, each reporting before the next starts; the job itself is their QObject (context of
// every callback and timer) and emits their signals.
struct StockPushJob::State
{
    Q_DECLARE_TR_FUNCTIONS(StockPushJob)

public:
    // One item of an adjustment: a change, addressed by SKU or (tracked by product) by product id.
    struct Item
    {
        int change = 0;
        bool byProduct = false;
    };
    using Batch = QList<Item>;

    enum class LookupPurpose
    {
        Levels, // what BigCommerce shows before the push
        Verify  // after a write whose outcome is unknown
    };
    enum class Waiting
    {
        Nothing,
        Read,
        Write
    };

    State(StockPushJob *job, Database &database, const ImportSource &source, const StockPushRequest &request)
        : q(job)
        , database(database)
        , source(source)
        , request(request)
    {
    }

    StockPushJob *q;
    Database &database;
    ImportSource source;
    StockPushRequest request;
    std::unique_ptr<StockRepository> repository;
    Client *client = nullptr;
    StockPushReport report;
    QElapsedTimer clock;
    bool cancelled = false;
    bool finished = false;
    Waiting waiting = Waiting::Nothing;

    QList<StockLevel> warehouse;
    QHash<QString, int> lines; // file line by SKU and location
    QHash<QString, qint64> allocated;
    QList<RemoteStock> remote;
    QSet<int> knownLocations;
    // When the levels were read: a level saved after it was not asked about (StockRepository::lookedUpSkus).
    QDateTime levelsReadAt;

    // The look-up under way.
    struct Lookup
    {
        LookupPurpose purpose = LookupPurpose::Levels;
        QList<QStringList> chunks;
        int chunk = 0;
        int page = 1;
        QSet<QString> asked; // the chunk's SKUs
        QList<RemoteStock> found;
        int skusDone = 0;
        int skusTotal = 0;
    } lookup;

    // The push.
    bool pushing = false;
    QList<Batch> queue;
    Batch inFlight;               // the batch sent (or being verified)
    bool inFlightUnknown = false; // its outcome is not known
    QPointer<QObject> writeContext;
    int requestsBeforeWrite = 0;
    int unknownOutcomes = 0; // in a row
    int tooMany = 0;         // 429s in a row
    int itemsDone = 0;
    int itemsTotal = 0;
    QList<StockPushResult> results; // one per change
    QList<bool> settled;            // results[i] is final

    // --- Steps -----------------------------------------------------------------------------------------------------

    // Step 1: the warehouse's levels and what is allocated to shipments, from the database.
    void readDatabase()
    {
        QString error;
        levelsReadAt = QDateTime::currentDateTimeUtc();
        warehouse = repository->levels(source.store.id, &error);
        if (error.isEmpty())
            allocated = repository->allocated(source.store.id, &error);
        if (!error.isEmpty()) {
            stop(StockPushReport::Failure::Database,
                 tr("The warehouse's stock levels could not be read from the database: %1").arg(error));
            return;
        }
        // BigCommerce's sku:in filter separates SKUs by commas: such a SKU cannot be looked up, so it is not pushed.
        QStringList skus;
        QSet<QString> seen;
        for (qsizetype i = warehouse.size() - 1; i >= 0; --i) {
            const StockLevel &level = warehouse.at(i);
            if (level.sku.contains(QLatin1Char(','))) {
                report.problems.append(
                    {StockProblemKind::SkuNotFound, level.sku, level.locationId, level.line,
                     tr("The SKU \"%1\" contains a comma, which BigCommerce's SKU filter cannot look up, so its "
                        "level was not pushed. Rename the SKU in BigCommerce and in the warehouse, or set this "
                        "level in BigCommerce by hand.")
                         .arg(level.sku)});
                warehouse.removeAt(i);
            }
        }
        for (const StockLevel &level : std::as_const(warehouse)) {
            lines.insert(key(level.sku, level.locationId), level.line);
            if (!seen.contains(level.sku)) {
                seen.insert(level.sku);
                skus.append(level.sku);
            }
        }
        std::reverse(report.problems.begin(), report.problems.end());
        startLookup(LookupPurpose::Levels, skus);
    }

    // Step 2: the SKUs looked up in chunks whose URL stays short, every page of each.
    void startLookup(LookupPurpose purpose, const QStringList &skus)
    {
        lookup = Lookup();
        lookup.purpose = purpose;
        lookup.chunks = chunksOf(skus);
        lookup.skusTotal = static_cast<int>(skus.size());
        emitProgress(StockPushProgress::Step::LookingUp, lookup.skusDone, lookup.skusTotal);
        fetchLookupPage();
    }

    QList<QStringList> chunksOf(const QStringList &skus) const
    {
        // What the URL holds besides the SKUs: the base, "?sku:in=" and "&limit=1000&page=NNNNN".
        const int fixed = static_cast<int>(client->urlFor(kItemsPath).toEncoded().size()) + 40;
        const int budget = std::max(100, kMaxUrlLength - fixed);
        QList<QStringList> chunks;
        QStringList chunk;
        int length = 0;
        for (const QString &sku : skus) {
            const int encoded = static_cast<int>(QUrl::toPercentEncoding(sku).size()) + 1; // and its comma
            if (!chunk.isEmpty() && (length + encoded > budget || chunk.size() >= kMaxItemsPerPage)) {
                chunks.append(chunk);
                chunk.clear();
                length = 0;
            }
            chunk.append(sku);
            length += encoded;
        }
        if (!chunk.isEmpty())
            chunks.append(chunk);
        return chunks;
    }

    void fetchLookupPage()
    {
        if (stopped())
            return;
        if (lookup.chunk >= lookup.chunks.size()) {
            if (lookup.purpose == LookupPurpose::Levels)
                lookedUp();
            else
                verified();
            return;
        }
        const QStringList &skus = lookup.chunks.at(lookup.chunk);
        if (lookup.page == 1)
            lookup.asked = QSet<QString>(skus.cbegin(), skus.cend());
        // Percent-encoded here, commas between them left as they are: QUrlQuery would keep a "+" (a space to the
        // server) and read "%41" in a SKU as an escape.
        QStringList encoded;
        for (const QString &sku : skus)
            encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(sku)));
        QUrlQuery query;
        // Concatenated, not arg(): the encoded SKUs hold "%2B" and the like, which a later arg() would replace.
        query.setQuery(QStringLiteral("sku:in=") + encoded.join(QLatin1Char(',')) + QStringLiteral("&limit=") +
                       QString::number(kMaxItemsPerPage) + QStringLiteral("&page=") + QString::number(lookup.page));
        waiting = Waiting::Read;
        client->fetch(kItemsPath, query, q, isItemsPage, [this](const ApiResponse &response) {
            waiting = Waiting::Nothing;
            onLookupPage(response);
        });
    }

    void onLookupPage(const ApiResponse &response)
    {
        if (stopped())
            return;
        if (!response.isSuccess()) {
            const ApiDiagnosis diagnosis = ApiDiagnosis::of(response, readContext());
            if (lookup.purpose == LookupPurpose::Verify)
                leaveInFlightUnknown(diagnosis.message);
            stop(diagnosis.isTransient() ? StockPushReport::Failure::Network : StockPushReport::Failure::Refused,
                 diagnosis.message);
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject item = value.toObject();
            const QJsonObject identity = item.value(QLatin1String("identity")).toObject();
            const QString sku = identity.value(QLatin1String("sku")).toString();
            const QJsonArray locations = item.value(QLatin1String("locations")).toArray();
            for (const QJsonValue &locationValue : locations) {
                const QJsonObject location = locationValue.toObject();
                const int locationId = location.value(QLatin1String("location_id")).toInt();
                if (locationId > 0 && lookup.purpose == LookupPurpose::Levels)
                    knownLocations.insert(locationId);
                if (!lookup.asked.contains(sku))
                    continue; // a server that ignores part of the filter: only what was asked counts
                RemoteStock stock;
                stock.sku = sku;
                stock.productId = identity.value(QLatin1String("product_id")).toInteger();
                stock.variantId = identity.value(QLatin1String("variant_id")).toInteger();
                stock.locationId = locationId;
                stock.locationName = location.value(QLatin1String("location_name")).toString();
                stock.onHand = location.value(QLatin1String("total_inventory_onhand")).toInteger();
                stock.availableToSell = location.value(QLatin1String("available_to_sell")).toInteger();
                lookup.found.append(stock);
            }
        }
        const QJsonObject pagination =
            page.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
        const int totalPages = pagination.value(QLatin1String("total_pages")).toInt(-1);
        const bool more = totalPages >= 0 ? lookup.page < totalPages : data.size() >= kMaxItemsPerPage;
        if (more && !data.isEmpty()) {
            ++lookup.page;
            fetchLookupPage();
            return;
        }
        lookup.skusDone += static_cast<int>(lookup.chunks.at(lookup.chunk).size());
        ++lookup.chunk;
        lookup.page = 1;
        emitProgress(StockPushProgress::Step::LookingUp, lookup.skusDone, lookup.skusTotal);
        fetchLookupPage();
    }

    // Step 3: what BigCommerce shows is saved (the Stock screen shows it beside the warehouse's), then planned.
    void lookedUp()
    {
        remote = lookup.found;
        QString error;
        if (!repository->saveRemote(source.store.id, remote, &error, levelsReadAt)) {
            stop(StockPushReport::Failure::Database,
                 tr("BigCommerce's stock levels could not be saved in the database: %1").arg(error));
            return;
        }
        plan();
    }

    // Step 4: the one decision of what differs (StockPlan); a dry run ends here.
    void plan()
    {
        StockPlan::Input input;
        input.warehouse = warehouse;
        input.allocated = allocated;
        input.remote = remote;
        input.knownLocations = knownLocations;
        input.defaultLocationId = request.defaultLocationId;
        const StockPlan planned = StockPlan::make(input);
        report.changes = planned.changes;
        report.unchanged = planned.unchanged;
        report.problems.append(planned.problems);
        if (request.dryRun || report.changes.isEmpty()) {
            finish();
            return;
        }
        pushing = true;
        results.reserve(report.changes.size());
        for (const StockChange &change : std::as_const(report.changes))
            results.append({change, StockPushOutcome::NotSent, QString()});
        settled = QList<bool>(report.changes.size(), false);
        itemsTotal = static_cast<int>(report.changes.size());
        for (int first = 0; first < report.changes.size(); first += kMaxAdjustmentItems) {
            Batch batch;
            const int last = std::min(static_cast<int>(report.changes.size()), first + kMaxAdjustmentItems);
            for (int index = first; index < last; ++index)
                batch.append({index, false});
            queue.append(batch);
        }
        sendNext();
    }

    // Step 5: the next adjustment, paced by the store's rate governor.
    void sendNext()
    {
        if (stopped())
            return;
        if (queue.isEmpty()) {
            finish();
            return;
        }
        send(queue.takeFirst());
    }

    void send(const Batch &batch)
    {
        inFlight = batch;
        inFlightUnknown = false;
        QJsonArray items;
        for (const Item &item : batch) {
            const StockChange &change = report.changes.at(item.change);
            QJsonObject json{{QStringLiteral("location_id"), change.locationId},
                             {QStringLiteral("quantity"), change.target}};
            if (item.byProduct)
                json.insert(QStringLiteral("product_id"), change.productId);
            else
                json.insert(QStringLiteral("sku"), change.sku);
            items.append(json);
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("reason"), request.reason}, {QStringLiteral("items"), items}})
                .toJson(QJsonDocument::Compact);
        emitProgress(StockPushProgress::Step::Pushing, itemsDone, itemsTotal);
        if (stopped())
            return; // cancelled from the progress signal: not sent
        // A context per write: a cancel that comes while the write still waits for the governor drops it unsent.
        auto *context = new QObject(q);
        writeContext = context;
        requestsBeforeWrite = client->requestsSent();
        waiting = Waiting::Write;
        client->sendOnce("PUT", kAdjustPath, body, context, [this, context](const ApiResponse &response) {
            context->deleteLater();
            waiting = Waiting::Nothing;
            onWritten(response);
        });
    }

    void onWritten(const ApiResponse &response)
    {
        if (finished)
            return;
        if (response.isSuccess()) {
            tooMany = 0;
            unknownOutcomes = 0;
            settle(inFlight);
            inFlight.clear();
            afterWrite();
            return;
        }
        const int status = response.httpStatus;
        if (status == 429) {
            // Refused before anything was applied; the governor learnt from the answer how long to wait.
            if (++tooMany >= client->retryPolicy().max429) {
                stopWith(ApiDiagnosis::of(response, writeContextFor()));
                return;
            }
            if (cancelled) {
                finish();
                return;
            }
            send(inFlight);
            return;
        }
        tooMany = 0;
        if (status == 422) {
            refused(response);
            return;
        }
        if (status == 403) {
            missingScope();
            return;
        }
        if (response.hasHttpAnswer() && status < 500) {
            // 401, 404, 400, ...: nothing of this batch was applied, and the next one would fare no better.
            stopWith(ApiDiagnosis::of(response, writeContextFor()));
            return;
        }
        // No answer (timeout, dropped connection) or a server error: the levels may or may not be set.
        inFlightUnknown = true;
        if (cancelled) {
            finish();
            return;
        }
        if (isUnreachable(response) && !client->retryPolicy().retryUnreachable) {
            stopWith(ApiDiagnosis::of(response, writeContextFor()));
            return;
        }
        if (++unknownOutcomes >= client->retryPolicy().maxAttempts) {
            stopWith(ApiDiagnosis::of(response, writeContextFor()));
            return;
        }
        const Client::RetryPolicy &policy = client->retryPolicy();
        const qint64 pause = RateGovernor::backoffMs(unknownOutcomes, policy.baseMs, policy.capMs,
                                                     QRandomGenerator::global()->generate());
        QTimer::singleShot(pause, q, [this] { verify(); });
    }

    void afterWrite()
    {
        if (cancelled) {
            finish();
            return;
        }
        sendNext();
    }

    // Step 5a: an unknown outcome is looked up before anything is sent again. Absolute levels are idempotent (the
    // same batch twice sets the same levels), so the levels would end right without this; it is done because every
    // level written again overwrites whatever sold since it was set, and a batch that was applied is then reported
    // pushed without a second write. Only the items not at their target go again.
    void verify()
    {
        if (stopped())
            return;
        QStringList skus;
        QSet<QString> seen;
        for (const Item &item : std::as_const(inFlight)) {
            const QString &sku = report.changes.at(item.change).sku;
            if (!seen.contains(sku)) {
                seen.insert(sku);
                skus.append(sku);
            }
        }
        startLookup(LookupPurpose::Verify, skus);
    }

    void verified()
    {
        QHash<QString, qint64> onHand;
        for (const RemoteStock &stock : std::as_const(lookup.found))
            onHand.insert(key(stock.sku, stock.locationId), stock.onHand);
        Batch done;
        Batch again;
        for (const Item &item : std::as_const(inFlight)) {
            const StockChange &change = report.changes.at(item.change);
            // No level at that location yet counts as 0, as in the plan.
            if (onHand.value(key(change.sku, change.locationId), 0) == change.target)
                done.append(item);
            else
                again.append(item);
        }
        settle(done);
        inFlight.clear();
        inFlightUnknown = false;
        if (!again.isEmpty())
            queue.prepend(again);
        sendNext();
    }

    // Step 5b: a 422 names the items BigCommerce refused (the batch is all or nothing): those are taken out, an item
    // tracked by product goes again by its product id, and the rest of the batch is sent again.
    void refused(const ApiResponse &response)
    {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QString title = ApiDiagnosis::serverMessage(response.body);
        QHash<int, QString> named; // index in the batch -> BigCommerce's message
        static const QRegularExpression itemKey(QStringLiteral("^items\\.(\\d+)"));
        const QJsonObject errors = body.value(QLatin1String("errors")).toObject();
        for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
            const QRegularExpressionMatch match = itemKey.match(it.key());
            const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
            if (index >= 0 && index < inFlight.size()) {
                const QString message = it.value().isString() ? it.value().toString() : title;
                named.insert(index,
                             named.contains(index) ? named.value(index) + QLatin1String("; ") + message : message);
            }
        }
        if (named.isEmpty())
            named = namedInTitle(title);
        if (named.isEmpty()) {
            // BigCommerce did not say which item: halves are sent apart until the refused item stands alone.
            if (inFlight.size() > 1) {
                const qsizetype half = inFlight.size() / 2;
                queue.prepend(inFlight.mid(half));
                queue.prepend(inFlight.first(half));
            } else if (!inFlight.isEmpty()) {
                refuse(inFlight.constFirst(),
                       title.isEmpty() ? ApiDiagnosis::of(response, writeContextFor()).message : title);
            }
            inFlight.clear();
            afterWrite();
            return;
        }
        Batch rest;
        Batch byProduct;
        for (int index = 0; index < inFlight.size(); ++index) {
            const Item &item = inFlight.at(index);
            if (!named.contains(index)) {
                rest.append(item);
                continue;
            }
            const QString message = named.value(index);
            const StockChange &change = report.changes.at(item.change);
            if (message.contains(QLatin1String("tracked by product"), Qt::CaseInsensitive) && !item.byProduct &&
                change.productId > 0) {
                byProduct.append({item.change, true});
                report.problems.append(
                    {StockProblemKind::TrackedByProduct, change.sku, change.locationId, lineOf(change),
                     tr("BigCommerce tracks the stock of %1 by product, not by variant: sent again by its product id "
                        "%2.")
                         .arg(change.sku, QString::number(change.productId))});
                continue;
            }
            refuse(item, message);
        }
        inFlight.clear();
        const Batch again = rest + byProduct;
        if (!again.isEmpty())
            queue.prepend(again);
        afterWrite();
    }

    // "[Item with variant_id 106 is tracked by product, please update stock by product id]": the title alone may
    // name the items.
    QHash<int, QString> namedInTitle(const QString &title) const
    {
        QHash<int, QString> named;
        static const QRegularExpression pattern(
            QStringLiteral("Item with (sku|variant_id|product_id) (.+?) is tracked by product"));
        QRegularExpressionMatchIterator matches = pattern.globalMatch(title);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const QString field = match.captured(1);
            const QString value = match.captured(2);
            for (int index = 0; index < inFlight.size(); ++index) {
                const StockChange &change = report.changes.at(inFlight.at(index).change);
                const bool same = field == QLatin1String("sku")          ? change.sku == value
                                  : field == QLatin1String("variant_id") ? QString::number(change.variantId) == value
                                                                         : QString::number(change.productId) == value;
                if (same)
                    named.insert(index, match.captured(0));
            }
        }
        return named;
    }

    void refuse(const Item &item, const QString &message)
    {
        const StockChange &change = report.changes.at(item.change);
        results[item.change].outcome = StockPushOutcome::Refused;
        results[item.change].message = message;
        settled[item.change] = true;
        ++itemsDone;
        report.problems.append(
            {StockProblemKind::Refused, change.sku, change.locationId, lineOf(change),
             tr("BigCommerce refused the level %1 of %2 at location %3: \"%4\". The other levels "
                "were still sent.")
                 // One arg() call: a SKU or message with "%2" in it stays as it is.
                 .arg(QString::number(change.target), change.sku, QString::number(change.locationId), message)});
    }

    // Step 5c: a 403 on the write: the token may read stock but not change it. Nothing more is sent.
    void missingScope()
    {
        const QString message =
            tr("BigCommerce refused to change stock levels (403 Forbidden): the store's API account lacks the scope "
               "\"Store Inventory: modify\" (store_inventory). A store-level API account's scopes cannot be changed: "
               "in BigCommerce, create a new API account under Settings > Store-level API accounts with the same "
               "scopes plus Store Inventory: modify, then enter its access token in Settings > Integrations (or with "
               "'packbench store token \"%1\"') and push again.")
                .arg(source.store.name);
        report.problems.append({StockProblemKind::MissingScope, QString(), request.defaultLocationId, 0, message});
        stop(StockPushReport::Failure::Refused, message);
    }

    // --- The end ---------------------------------------------------------------------------------------------------

    void settle(const Batch &batch)
    {
        for (const Item &item : batch) {
            results[item.change].outcome =
                item.byProduct ? StockPushOutcome::PushedByProduct : StockPushOutcome::Pushed;
            results[item.change].message.clear();
            settled[item.change] = true;
            ++itemsDone;
        }
        emitProgress(StockPushProgress::Step::Pushing, itemsDone, itemsTotal);
    }

    // The batch in flight is neither pushed nor refused: say so on each of its items.
    void leaveInFlightUnknown(const QString &reason)
    {
        for (const Item &item : std::as_const(inFlight)) {
            if (settled.value(item.change))
                continue;
            results[item.change].message =
                reason.isEmpty()
                    ? tr("The answer to this level's adjustment was lost; it may or may not be set. Push again: "
                         "levels already right are not sent twice.")
                    : tr("The answer to this level's adjustment was lost and it could not be checked (%1). Push "
                         "again: levels already right are not sent twice.")
                          .arg(reason);
        }
        inFlightUnknown = false;
    }

    void stopWith(const ApiDiagnosis &diagnosis)
    {
        if (inFlightUnknown)
            leaveInFlightUnknown(QString());
        stop(diagnosis.isTransient() ? StockPushReport::Failure::Network : StockPushReport::Failure::Refused,
             diagnosis.message);
    }

    void stop(StockPushReport::Failure failure, const QString &error)
    {
        if (report.failure == StockPushReport::Failure::None) {
            report.failure = failure;
            report.error = error;
        }
        finish();
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        if (inFlightUnknown)
            leaveInFlightUnknown(QString());
        if (cancelled && report.error.isEmpty())
            report.error = pushing ? tr("Cancelled. The levels sent before stay; push again to send the rest.")
                                   : tr("Cancelled before anything was sent.");
        if (pushing) {
            for (int index = 0; index < results.size(); ++index) {
                if (settled.at(index))
                    continue;
                StockPushResult &result = results[index];
                if (result.message.isEmpty())
                    result.message = cancelled
                                         ? tr("Not sent: the push was cancelled.")
                                         : tr("Not sent: the push stopped before this level (%1).").arg(report.error);
                report.problems.append({StockProblemKind::NotSent, result.change.sku, result.change.locationId,
                                        lineOf(result.change), result.message});
            }
            report.results = results;
            save();
        }
        if (client) {
            report.requests = client->requestsSent();
            client->cancelAll();
            client->deleteLater();
            client = nullptr;
        }
        report.elapsedMs = clock.elapsed();
        Q_EMIT q->finished(report);
    }

    // The results per SKU, and BigCommerce's levels as they are now for the levels that were set.
    void save()
    {
        QHash<QString, qint64> set;
        for (const StockPushResult &result : std::as_const(results)) {
            if (result.outcome == StockPushOutcome::Pushed || result.outcome == StockPushOutcome::PushedByProduct)
                set.insert(key(result.change.sku, result.change.locationId), result.change.target);
        }
        QString error;
        if (!set.isEmpty()) {
            for (RemoteStock &stock : remote) {
                const auto found = set.constFind(key(stock.sku, stock.locationId));
                if (found == set.cend())
                    continue;
                // Available to sell moves with the level (the safety stock in between is not known here).
                stock.availableToSell = std::max<qint64>(0, stock.availableToSell + found.value() - stock.onHand);
                stock.onHand = found.value();
            }
            repository->saveRemote(source.store.id, remote, &error, levelsReadAt);
        }
        if (error.isEmpty())
            repository->savePushResults(source.store.id, results, &error);
        if (!error.isEmpty() && report.failure == StockPushReport::Failure::None) {
            report.failure = StockPushReport::Failure::Database;
            report.error = tr("The push's results could not be saved in the database: %1").arg(error);
        }
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    bool stopped() const { return finished || cancelled; }

    int lineOf(const StockChange &change) const { return lines.value(key(change.sku, change.locationId)); }

    // (Through an alias: lupdate would file the tr() of a function returning ApiDiagnosis::Context under ApiDiagnosis.)
    using DiagnosisContext = ApiDiagnosis::Context;
    DiagnosisContext readContext() const
    {
        ApiDiagnosis::Context context;
        context.action = tr("look up stock levels");
        context.scope = tr("Store Inventory: read-only");
        context.storeHash = source.store.storeHash;
        context.writebackEnabled = source.store.writeback != WritebackMode::Off;
        return context;
    }

    DiagnosisContext writeContextFor() const
    {
        DiagnosisContext context = readContext();
        context.action = tr("set stock levels");
        context.scope = tr("Store Inventory: modify");
        return context;
    }

    void emitProgress(StockPushProgress::Step step, int done, int total)
    {
        StockPushProgress progress;
        progress.step = step;
        progress.done = done;
        progress.total = total;
        progress.requests = client ? client->requestsSent() : 0;
        Q_EMIT q->progress(progress);
    }
};

StockPushJob::StockPushJob(Database &database, const ImportSource &source, const StockPushRequest &request,
                           QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>(this, database, source, request))
{
}

StockPushJob::~StockPushJob() = default;

void StockPushJob::start()
{
    // Created here, on the thread the job runs on: database connections are per thread.
    d->repository = std::make_unique<StockRepository>(d->database);
    d->clock.start();
    d->report.storeName = d->source.store.name;
    d->report.dryRun = d->request.dryRun;
    const ApiPath path = ApiPath::parse(d->source.store.apiPath);
    if (!path.isValid()) {
        d->stop(StockPushReport::Failure::Refused, path.errorString());
        return;
    }
    d->client = new Client(path, d->source.store.clientId, d->source.accessToken, this);
    if (d->request.interactive)
        d->client->setRetryPolicy(Client::RetryPolicy::interactive());
    d->readDatabase();
}

void StockPushJob::cancel()
{
    if (d->finished || d->cancelled)
        return;
    d->cancelled = true;
    d->report.cancelled = true;
    if (d->waiting == State::Waiting::Write) {
        if (d->client && d->client->requestsSent() != d->requestsBeforeWrite)
            return; // on its way: its answer says what happened to it, then the job ends
        // Still waiting for the governor: never sent.
        delete d->writeContext.data();
        d->inFlight.clear();
    } else if (d->waiting == State::Waiting::Read && d->client) {
        d->client->cancelAll(); // a read can be dropped; its callback will not come
    }
    d->waiting = State::Waiting::Nothing;
    QTimer::singleShot(0, this, [this] { d->finish(); });
}

// --- Runner --------------------------------------------------------------------------------------------------------

struct StockPushRunner::State
{
    State(Database &database, StoreService &stores)
        : database(database)
        , stores(stores)
    {
    }
    Database &database;
    StoreService &stores;
    QThread thread;
    QPointer<StockPushJob> job;
    bool running = false;
    bool cancelRequested = false; // a cancel that came while the token was still being read
};

StockPushRunner::StockPushRunner(Database &database, StoreService &stores, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>(database, stores))
{
    qRegisterMetaType<StockPushProgress>();
    qRegisterMetaType<StockPushReport>();
    qRegisterMetaType<StockPushRequest>();
    d->thread.setObjectName(QStringLiteral("stock push"));
    d->thread.start();
}

StockPushRunner::~StockPushRunner()
{
    if (d->job)
        QMetaObject::invokeMethod(d->job, &StockPushJob::cancel, Qt::QueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->job.data(); // its thread has ended: nothing runs it any more
}

bool StockPushRunner::isRunning() const
{
    return d->running;
}

void StockPushRunner::start(const StoreConfig &store, const StockPushRequest &request)
{
    if (d->running)
        return;
    d->running = true;
    d->cancelRequested = false;
    auto finishWith = [this](const StockPushReport &report) {
        d->running = false;
        d->job = nullptr;
        Q_EMIT finished(report);
    };
    d->stores.accessTokens(
        {store}, this,
        [this, store, request, finishWith](const QList<QPair<StoreConfig, QString>> &tokens,
                                           const StoreService::Result &result) {
            StockPushReport report;
            report.storeName = store.name;
            report.dryRun = request.dryRun;
            if (d->cancelRequested) {
                report.cancelled = true;
                report.error = tr("Cancelled before anything was sent.");
                finishWith(report);
                return;
            }
            if (!result.isOk() || tokens.isEmpty()) {
                report.failure = result.outcome == StoreService::Outcome::Database ? StockPushReport::Failure::Database
                                 : result.outcome == StoreService::Outcome::Keychain
                                     ? StockPushReport::Failure::Keychain
                                     : StockPushReport::Failure::Refused;
                report.error = result.message;
                finishWith(report);
                return;
            }
            auto *job = new StockPushJob(d->database,
                                         ImportSource{tokens.constFirst().first, tokens.constFirst().second}, request);
            job->moveToThread(&d->thread);
            d->job = job;
            connect(job, &StockPushJob::progress, this, &StockPushRunner::progress);
            connect(job, &StockPushJob::finished, this, [job, finishWith](const StockPushReport &done) {
                job->deleteLater(); // on its own thread
                finishWith(done);
            });
            QMetaObject::invokeMethod(job, &StockPushJob::start, Qt::QueuedConnection);
        });
}

void StockPushRunner::cancel()
{
    if (d->running && !d->job)
        d->cancelRequested = true;
    if (d->job)
        QMetaObject::invokeMethod(d->job, &StockPushJob::cancel, Qt::QueuedConnection);
}

} // namespace Packbench
