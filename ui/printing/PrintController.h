#pragma once

#include "core/settings/Profile.h"
#include "core/writeback/Outbox.h"
#include "ui/DatabaseWorker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <memory>
#include <optional>

class QWidget;

namespace Packbench {

class Database;
class LabelOutput;
class WritebackRunner;
struct LabelDelivery;

// Printing from the window: Print label, Reprint, Void and Mark dispatched, for any number of shipments.
//
// Each action records first, on a worker thread of its own (one Outbox::print per shipment, its own transaction:
// marks it printed and queues its write-back; nothing is rendered inside), then sends the labels of what was
// recorded to this station's output on the GUI thread (LabelOutput), then wakes the write-back. The GUI thread never
// waits on the database, a printer or the network, and no dialog stands in the packer's way except the print preview
// they asked for (Settings > Printing) and the question before voiding a write-back BigCommerce already has.
//
// The outcome is one message in plain words (feedback): "Printed #1042: PB000000123XX — write-back queued", a
// conflict ("Order #12 was printed 09:40 on Bench 2; use Reprint."), or a printer that failed after the print was
// recorded ("...; the label did not reach the printer: ... Use Reprint.").
class PrintController : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the preview and of the void question.
    PrintController(const Profile &profile, Database &database, QWidget *window, QObject *parent = nullptr);
    ~PrintController() override;

    // The write-back runner to wake after a print or a void (none: the write-backs wait in the outbox).
    void setWritebackRunner(WritebackRunner *runner);
    LabelOutput *output() const { return m_output; }
    // Actions whose outcome is not known yet.
    int actionsRunning() const { return m_running; }

public Q_SLOTS:
    void print(const QStringList &keys);
    // One shipment with a choice of carrier (a manual carrier's number), parcels and items (a split).
    void printWithOptions(const QString &key);
    void reprint(const QStringList &keys);
    // Asks first only when a write-back was already sent (voiding deletes the BigCommerce shipment).
    void voidPrint(const QStringList &keys);
    // Queues the write-backs waiting for dispatch: of one store, or of all (nullopt).
    void markDispatched(const std::optional<QUuid> &storeId);

Q_SIGNALS:
    // The outcome of an action, for the packer; problem: a refusal, a conflict or a failure (shown in red).
    void feedback(const QString &text, bool problem);
    // An action of many shipments is under way ("Printing 40 labels…").
    void progress(const QString &text);
    // These shipments changed: the grid reads them again.
    void shipmentsChanged(const QStringList &keys);
    // Shipments changed that are not known by key (Mark dispatched): the grid reads all again.
    void allShipmentsChanged();
    // The outbox changed (rows added, dropped or queued): the write-back counts are read again.
    void writebacksChanged();
    // An action is over and its feedback given.
    void finished();

private:
    enum class Mode
    {
        Print,
        Reprint
    };
    struct Action;
    void startPrint(Mode mode, const QStringList &keys, const std::optional<PrintRequest> &request = std::nullopt);
    void recorded(const std::shared_ptr<Action> &action, const QList<PrintResult> &results);
    void delivered(const std::shared_ptr<Action> &action, const QList<PrintResult> &results,
                   const QList<LabelDelivery> &deliveries);
    void startVoid(const QStringList &keys);
    void askBeforeVoiding(const QStringList &keys, const QStringList &sentOrders);
    void voided(const QStringList &keys, const QList<PrintResult> &results);
    void finish(const QString &text, bool problem);
    void wakeWriteback();

    Profile m_profile;
    Database &m_database;
    QPointer<QWidget> m_window;
    QPointer<WritebackRunner> m_runner;
    LabelOutput *m_output = nullptr;
    int m_running = 0;
    // Prints, voids and dispatches run here one after the other. Last, so it is destroyed first: the action under way
    // finishes recording while the controller still exists; its answer is then dropped with the controller.
    DatabaseWorker m_worker{QStringLiteral("printing")};
};

} // namespace Packbench
