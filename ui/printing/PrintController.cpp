#include "ui/printing/PrintController.h"

#include "core/settings/AppSettings.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentDetails.h"
#include "core/storage/ShipmentQuery.h"
#include "core/writeback/WritebackRunner.h"
#include "ui/printing/LabelOutput.h"
#include "ui/printing/PrintOptionsDialog.h"

#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Packbench {

namespace {

// Shipment keys per query: well under every database's limit on bound parameters.
constexpr qsizetype kKeysPerQuery = 400;
// Orders named in one message; the rest are counted.
constexpr qsizetype kOrdersNamed = 8;
// Problems told in one message; the rest are counted.
constexpr qsizetype kProblemsTold = 4;

qint64 orderOfKey(const QString &key)
{
    // store/order/consignment[#part]
    return key.section(QLatin1Char('/'), 1, 1).toLongLong();
}

QString orderList(const QList<qint64> &orders)
{
    QStringList named;
    for (qsizetype i = 0; i < orders.size() && i < kOrdersNamed; ++i)
        named << QStringLiteral("#%1").arg(orders.at(i));
    QString text = named.join(PrintController::tr(", ", "list separator"));
    if (orders.size() > kOrdersNamed)
        text =
            PrintController::tr("%1 and %n more", "orders", static_cast<int>(orders.size() - kOrdersNamed)).arg(text);
    return text;
}

// A label that says nothing of who sends the parcel: the account it was printed for has no sender address.
bool withoutSender(const PrintResult &result)
{
    return std::any_of(result.labels.cbegin(), result.labels.cend(), [](const LabelContent &label) {
        const LabelParty &sender = label.sender;
        return sender.name.trimmed().isEmpty() && sender.company.trimmed().isEmpty() &&
               sender.street1.trimmed().isEmpty() && sender.city.trimmed().isEmpty();
    });
}

QString trackingText(const PrintResult &result)
{
    if (result.trackingNumbers.isEmpty())
        return PrintController::tr("pickup in store, no tracking number");
    return result.trackingNumbers.join(PrintController::tr(", ", "list separator"));
}

// What happens to the print's write-back, in words.
QString writebackPhrase(const WritebackDecision &decision)
{
    switch (decision.action) {
    case WritebackDecision::Action::None:
        return decision.reason.isEmpty() ? PrintController::tr("not written back")
                                         : PrintController::tr("not written back: %1").arg(decision.reason);
    case WritebackDecision::Action::AwaitingPickup:
        if (decision.waitForDispatch)
            return PrintController::tr("Awaiting Pickup is written back at dispatch");
        return PrintController::tr("write-back queued (Awaiting Pickup)");
    case WritebackDecision::Action::PostShipment:
        break;
    }
    return decision.waitForDispatch ? PrintController::tr("write-back waits for dispatch")
                                    : PrintController::tr("write-back queued");
}

// The write-backs of several prints, counted by what happens to them.
QString writebackSummary(const QList<PrintResult> &printed)
{
    int queued = 0;
    int waiting = 0;
    int none = 0;
    for (const PrintResult &result : printed) {
        if (result.decision.action == WritebackDecision::Action::None)
            ++none;
        else if (result.decision.waitForDispatch)
            ++waiting;
        else
            ++queued;
    }
    QStringList parts;
    if (queued > 0)
        parts << (queued == 1 ? PrintController::tr("1 write-back queued")
                              : PrintController::tr("%n write-backs queued", nullptr, queued));
    if (waiting > 0)
        parts << PrintController::tr("%n waiting for dispatch", nullptr, waiting);
    if (none > 0)
        parts << PrintController::tr("%n not written back", nullptr, none);
    return parts.join(PrintController::tr(", ", "list separator"));
}

// A refusal in words that name the order (Outbox's own messages mostly do already).
QString problemText(const QString &key, const PrintResult &result)
{
    const qint64 orderId = orderOfKey(key);
    const QString message = result.message.trimmed();
    if (orderId > 0 && !message.contains(QStringLiteral("#%1").arg(orderId)))
        return PrintController::tr("Order #%1: %2", "order: problem").arg(orderId).arg(message);
    return message;
}

QString problemsText(const QStringList &problems)
{
    QStringList told = problems.mid(0, kProblemsTold);
    if (problems.size() > kProblemsTold)
        told << PrintController::tr("… and %n more", nullptr, static_cast<int>(problems.size() - kProblemsTold));
    return told.join(QLatin1Char('\n'));
}

} // namespace

// One Print or Reprint as the packer asked for it.
struct PrintController::Action
{
    Mode mode = Mode::Print;
    QStringList keys;
    std::optional<PrintRequest> request; // Print with options: its one shipment
    LabelPrinting printing;
};

PrintController::PrintController(const Profile &profile, Database &database, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_database(database)
    , m_window(window)
    , m_output(new LabelOutput(window, this))
{
}

PrintController::~PrintController() = default;

void PrintController::setWritebackRunner(WritebackRunner *runner)
{
    m_runner = runner;
}

void PrintController::wakeWriteback()
{
    if (m_runner)
        m_runner->wake();
}

void PrintController::print(const QStringList &keys)
{
    startPrint(Mode::Print, keys);
}

void PrintController::reprint(const QStringList &keys)
{
    startPrint(Mode::Reprint, keys);
}

void PrintController::printWithOptions(const QString &key)
{
    if (key.isEmpty()) {
        Q_EMIT feedback(tr("Select the shipment to print first."), true);
        return;
    }
    // Step 1 (worker): the shipment, the carriers and the account's carrier.
    Database *database = &m_database;
    m_worker.run([this, database, key] {
        QString error;
        const std::optional<ShipmentDetails> details = ShipmentDetailsQuery(*database).load(key, &error);
        const QList<Carrier> carriers = CarrierRepository(*database).list(&error);
        QUuid defaultCarrier = Carrier::ownSequenceId();
        if (details && details->row.consignment.startsWith(QLatin1String("pickup:")))
            defaultCarrier = Carrier::pickupId();
        else if (details && !details->row.accountId.isNull())
            if (const std::optional<Account> account = AccountRepository(*database).findById(details->row.accountId);
                account && !account->carrierId.isNull())
                defaultCarrier = account->carrierId;
        QMetaObject::invokeMethod(
            this,
            [this, details, carriers, defaultCarrier, error] {
                // Step 2 (GUI): the packer chooses; nothing is recorded until Print.
                if (!details) {
                    Q_EMIT feedback(error.isEmpty() ? tr("The shipment is no longer there.") : error, true);
                    return;
                }
                if (details->row.state != ShipmentState::ToShip) {
                    startPrint(Mode::Print, {details->row.key}); // says why it cannot be printed
                    return;
                }
                auto *dialog = new PrintOptionsDialog(*details, carriers, defaultCarrier, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog] {
                    const PrintRequest request = dialog->request();
                    startPrint(Mode::Print, {request.shipmentKey}, request);
                });
                dialog->open();
            },
            Qt::QueuedConnection);
    });
}

void PrintController::startPrint(Mode mode, const QStringList &keys, const std::optional<PrintRequest> &request)
{
    if (keys.isEmpty()) {
        Q_EMIT feedback(mode == Mode::Print ? tr("Select the shipments to print first.")
                                            : tr("Select the shipments to print again first."),
                        true);
        return;
    }
    auto action = std::make_shared<Action>();
    action->mode = mode;
    action->keys = keys;
    action->request = request;
    // Read once per action: a change in Settings > Printing applies from the next one.
    action->printing = AppSettings(m_profile).labelPrinting();
    // Labels that cannot go anywhere from here (no printer set up) are not printed at all. Recorded, the shipment
    // would be written back (BigCommerce tells the customer it ships) with no label on the parcel.
    if (const QString problem = LabelOutput::problemWith(action->printing.output); !problem.isEmpty()) {
        Q_EMIT feedback(tr("Not printed: %1.").arg(problem), true);
        return;
    }
    ++m_running;
    if (keys.size() > 1)
        Q_EMIT progress(mode == Mode::Print ? tr("Printing %n labels…", nullptr, static_cast<int>(keys.size()))
                                            : tr("Printing %n labels again…", nullptr, static_cast<int>(keys.size())));
    Database *database = &m_database;
    m_worker.run([this, database, action] {
        // One transaction per shipment: a refusal of one (printed meanwhile at another station) leaves the others.
        Outbox outbox(*database);
        QList<PrintResult> results;
        results.reserve(action->keys.size());
        for (const QString &key : std::as_const(action->keys)) {
            if (action->mode == Mode::Print) {
                PrintRequest plain;
                plain.shipmentKey = key;
                results.append(outbox.print(action->request.value_or(plain), {}));
            } else {
                results.append(outbox.reprint(key, {}));
            }
        }
        QMetaObject::invokeMethod(
            this, [this, action, results] { recorded(action, results); }, Qt::QueuedConnection);
    });
}

void PrintController::recorded(const std::shared_ptr<Action> &action, const QList<PrintResult> &results)
{
    QList<PrintResult> printed;
    QStringList changed = action->keys;
    for (const PrintResult &result : results) {
        if (!result.isOk())
            continue;
        printed.append(result);
        if (!result.shipmentKey.isEmpty() && !changed.contains(result.shipmentKey))
            changed.append(result.shipmentKey); // a split's new part
    }
    if (action->mode == Mode::Print && !printed.isEmpty()) {
        // The write-back does not wait for the printer.
        wakeWriteback();
        Q_EMIT writebacksChanged();
    }
    Q_EMIT shipmentsChanged(changed);

    QList<LabelJob> jobs;
    for (const PrintResult &result : std::as_const(printed)) {
        LabelJob job;
        job.shipmentKey = result.shipmentKey;
        job.orderId = result.labels.isEmpty() ? orderOfKey(result.shipmentKey) : result.labels.constFirst().orderId;
        job.trackingNumber = result.trackingNumbers.value(0);
        job.labels = result.labels;
        jobs.append(job);
    }
    if (jobs.isEmpty()) {
        delivered(action, results, {});
        return;
    }
    m_output->send(jobs, action->printing, [this, action, results](const QList<LabelDelivery> &deliveries) {
        delivered(action, results, deliveries);
    });
}

void PrintController::delivered(const std::shared_ptr<Action> &action, const QList<PrintResult> &results,
                                const QList<LabelDelivery> &deliveries)
{
    const bool reprint = action->mode == Mode::Reprint;
    QList<PrintResult> printed;
    // The same problem of several shipments (the database does not answer) is told once, with their orders.
    QStringList messages;
    QHash<QString, QList<qint64>> ordersByMessage;
    QStringList problems;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PrintResult &result = results.at(i);
        if (result.isOk()) {
            printed.append(result);
        } else if (result.outcome == PrintResult::Outcome::Failed) {
            const QString message = result.message.trimmed();
            if (!ordersByMessage.contains(message))
                messages << message;
            QList<qint64> &orders = ordersByMessage[message];
            const qint64 orderId = orderOfKey(action->keys.value(i));
            if (!orders.contains(orderId))
                orders << orderId;
        } else {
            problems << problemText(action->keys.value(i), result);
        }
    }
    for (qsizetype at = 0; at < messages.size(); ++at) {
        const QList<qint64> ids = ordersByMessage.value(messages.at(at));
        QStringList orders;
        for (const qint64 orderId : ids.mid(0, kOrdersNamed))
            orders << QStringLiteral("#%1").arg(orderId);
        if (ids.size() > kOrdersNamed)
            orders << tr("%n more", nullptr, static_cast<int>(ids.size() - kOrdersNamed));
        problems.insert(
            at,
            tr("Not printed: %1: %2", "orders: problem").arg(orders.join(tr(", ", "list separator")), messages.at(at)));
    }
    // The prints whose labels did not arrive: recorded all the same, so Reprint gives the same labels.
    QList<qint64> undelivered;
    QString deliveryError;
    QString savedFile;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const LabelDelivery delivery = deliveries.value(i);
        const qint64 orderId = printed.at(i).labels.isEmpty() ? orderOfKey(printed.at(i).shipmentKey)
                                                              : printed.at(i).labels.constFirst().orderId;
        if (!delivery.ok) {
            undelivered << orderId;
            if (deliveryError.isEmpty())
                deliveryError = delivery.error;
        } else if (!delivery.path.isEmpty()) {
            savedFile = delivery.path;
        }
    }

    QString text;
    if (printed.size() == 1) {
        const PrintResult &result = printed.constFirst();
        const qint64 orderId =
            result.labels.isEmpty() ? orderOfKey(result.shipmentKey) : result.labels.constFirst().orderId;
        if (reprint)
            text = tr("Reprinted #%1: %2 — nothing is written back again").arg(orderId).arg(trackingText(result));
        else
            text = tr("Printed #%1: %2 — %3", "order: tracking — write-back")
                       .arg(orderId)
                       .arg(trackingText(result), writebackPhrase(result.decision));
        if (undelivered.isEmpty())
            text = savedFile.isEmpty()
                       ? tr("%1 (sent to %2)", "message (where the label went)")
                             .arg(text, LabelOutput::targetText(action->printing.output))
                       : tr("%1 (saved as %2)", "message (file)").arg(text, QFileInfo(savedFile).fileName());
    } else if (!printed.isEmpty()) {
        QList<qint64> orders;
        for (const PrintResult &result : std::as_const(printed))
            orders << (result.labels.isEmpty() ? orderOfKey(result.shipmentKey) : result.labels.constFirst().orderId);
        if (reprint)
            text = tr("Reprinted %n shipments: %1 — nothing is written back again", nullptr,
                      static_cast<int>(printed.size()))
                       .arg(orderList(orders));
        else
            text = tr("Printed %n shipments: %1 — %2", nullptr, static_cast<int>(printed.size()))
                       .arg(orderList(orders), writebackSummary(printed));
        if (undelivered.isEmpty())
            text = tr("%1 (sent to %2)", "message (where the labels went)")
                       .arg(text, LabelOutput::targetText(action->printing.output));
    }
    if (!undelivered.isEmpty()) {
        // Recorded as printed, but no label in hand: Reprint gives the same label, nothing is written back twice.
        const QString failure = undelivered.size() == printed.size() && printed.size() == 1
                                    ? tr("the label did not reach the printer: %1. Use Reprint.").arg(deliveryError)
                                    : tr("the labels of %1 did not reach the printer: %2. Use Reprint.")
                                          .arg(orderList(undelivered), deliveryError);
        text = reprint && printed.size() == 1 ? tr("The label of #%1 did not reach the printer: %2. Try Reprint again.")
                                                    .arg(undelivered.constFirst())
                                                    .arg(deliveryError)
                                              : tr("%1; %2", "printed; failure").arg(text, failure);
    }
    // Printed all the same (the parcel can go), but a carrier needs somewhere to return it: said each time until fixed.
    if (std::any_of(printed.cbegin(), printed.cend(), withoutSender))
        text +=
            QLatin1Char('\n') + tr("The label has no sender address: add it to the account in Settings > Accounts.");
    if (!problems.isEmpty())
        text = text.isEmpty() ? problemsText(problems) : text + QLatin1Char('\n') + problemsText(problems);
    finish(text, !problems.isEmpty() || !undelivered.isEmpty());
}

void PrintController::voidPrint(const QStringList &keys)
{
    if (keys.isEmpty()) {
        Q_EMIT feedback(tr("Select the printed shipments to void first."), true);
        return;
    }
    ++m_running;
    Database *database = &m_database;
    // Which of them BigCommerce already has, read fresh: the grid may be a moment behind the write-back.
    m_worker.run([this, database, keys] {
        ShipmentQuery query(*database);
        QStringList sent;
        QString error;
        for (qsizetype at = 0; at < keys.size() && error.isEmpty(); at += kKeysPerQuery) {
            ShipmentFilter filter;
            filter.keys = keys.mid(at, kKeysPerQuery);
            filter.anyOrder = true;
            const QList<ShipmentRow> rows = query.list(filter, &error);
            for (const ShipmentRow &row : rows) {
                if (row.writeback == QLatin1String("sent") || row.state == ShipmentState::WrittenBack)
                    sent << QStringLiteral("#%1").arg(row.orderId);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, keys, sent, error] {
                if (!error.isEmpty()) {
                    finish(tr("Nothing was voided: %1").arg(error), true);
                    return;
                }
                if (sent.isEmpty())
                    startVoid(keys);
                else
                    askBeforeVoiding(keys, sent);
            },
            Qt::QueuedConnection);
    });
}

void PrintController::askBeforeVoiding(const QStringList &keys, const QStringList &sentOrders)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                keys.size() == 1 ? tr("Void the label")
                                                 : tr("Void %n labels", nullptr, static_cast<int>(keys.size())),
                                tr("BigCommerce already has the shipment of %1: voiding deletes it there and puts "
                                   "the order back to the status it had before. Void?")
                                    .arg(sentOrders.join(tr(", ", "list separator"))),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("voidConfirmBox"));
    box->setInformativeText(tr("The customer was already emailed the tracking number."));
    QPushButton *voidButton = box->addButton(tr("Void and delete in BigCommerce"), QMessageBox::DestructiveRole);
    voidButton->setObjectName(QStringLiteral("voidConfirmButton"));
    QPushButton *keepButton = box->addButton(tr("Keep the label"), QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("voidKeepButton"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // finished, not buttonClicked: closing the box by its title bar must end the action too.
    connect(box, &QDialog::finished, this, [this, box, keys, voidButton] {
        if (box->clickedButton() == voidButton)
            startVoid(keys);
        else
            finish(tr("Nothing was voided."), false);
    });
    box->open();
}

void PrintController::startVoid(const QStringList &keys)
{
    Database *database = &m_database;
    m_worker.run([this, database, keys] {
        Outbox outbox(*database);
        QList<PrintResult> results;
        for (const QString &key : keys)
            results.append(outbox.voidPrint(key));
        QMetaObject::invokeMethod(
            this, [this, keys, results] { voided(keys, results); }, Qt::QueuedConnection);
    });
}

void PrintController::voided(const QStringList &keys, const QList<PrintResult> &results)
{
    QStringList changed = keys;
    QStringList problems;
    QList<qint64> orders;
    QString reason;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PrintResult &result = results.at(i);
        if (!result.isOk()) {
            problems << problemText(keys.value(i), result);
            continue;
        }
        orders << orderOfKey(keys.value(i));
        if (reason.isEmpty())
            reason = result.decision.reason;
        if (!result.shipmentKey.isEmpty() && !changed.contains(result.shipmentKey))
            changed.append(result.shipmentKey); // a split part's consignment
    }
    if (!orders.isEmpty()) {
        // A void of a sent write-back is a row of its own for the worker.
        wakeWriteback();
        Q_EMIT writebacksChanged();
    }
    Q_EMIT shipmentsChanged(changed);
    QString text;
    if (orders.size() == 1)
        text = tr("Voided #%1: to ship again. %2").arg(orders.constFirst()).arg(reason);
    else if (!orders.isEmpty())
        text = tr("Voided %n labels: %1 are to ship again.", nullptr, static_cast<int>(orders.size()))
                   .arg(orderList(orders));
    if (!problems.isEmpty())
        text = text.isEmpty() ? problemsText(problems) : text + QLatin1Char('\n') + problemsText(problems);
    finish(text.trimmed(), !problems.isEmpty());
}

void PrintController::markDispatched(const std::optional<QUuid> &storeId)
{
    ++m_running;
    Database *database = &m_database;
    m_worker.run([this, database, storeId] {
        QString error;
        const int count = Outbox(*database).dispatch(storeId, {}, &error);
        QMetaObject::invokeMethod(
            this,
            [this, count, error] {
                if (count < 0) {
                    finish(tr("Nothing was marked dispatched: %1").arg(error), true);
                    return;
                }
                if (count > 0) {
                    wakeWriteback();
                    Q_EMIT writebacksChanged();
                    Q_EMIT allShipmentsChanged();
                }
                finish(count == 0   ? tr("Nothing waits for dispatch.")
                       : count == 1 ? tr("Marked dispatched: 1 write-back queued; BigCommerce emails the customer "
                                         "the tracking.")
                                    : tr("Marked dispatched: %n write-backs queued; BigCommerce emails the customers "
                                         "their tracking.",
                                         nullptr, count),
                       false);
            },
            Qt::QueuedConnection);
    });
}

void PrintController::finish(const QString &text, bool problem)
{
    --m_running;
    Q_EMIT feedback(text, problem);
    Q_EMIT finished();
}

} // namespace Packbench
