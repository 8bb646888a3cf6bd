#include "ui/printing/WritebackPanel.h"

#include "core/storage/Database.h"
#include "core/writeback/WritebackRunner.h"
#include "ui/shipments/ShipmentsModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {
// At most this many rows in the panel, newest first.
constexpr int kRowLimit = 200;
// Two reads a second at most.
constexpr int kThrottleMs = 500;
constexpr int kPeriodicMs = 30000;
} // namespace

WritebackPanel::WritebackPanel(Database &database, QWidget *parent)
    : QDockWidget(tr("Write-backs"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("writebackPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    m_summaryLabel = new QLabel(content);
    m_summaryLabel->setObjectName(QStringLiteral("writebackSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("writebackTable"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Store"), tr("What"), tr("State"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows and the actions column fit the Retry and Dismiss buttons (cell widgets, which ResizeToContents ignores).
    QPushButton sample(tr("Dismiss"));
    const QSize button = sample.sizeHint();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(m_table->fontMetrics().height() + 10, button.height() + 4));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(OrderColumn, digit * 12);
    columns->resizeSection(StoreColumn, digit * 16);
    columns->resizeSection(KindColumn, digit * 18);
    columns->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ActionsColumn, QHeaderView::Fixed);
    columns->resizeSection(ActionsColumn, 2 * button.width() + 24);
    layout->addWidget(m_table, 1);
    setWidget(content);

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_refreshPending && !m_reading)
            readNow(); // else the read under way ends in another
    });
    m_periodic.setInterval(kPeriodicMs);
    connect(&m_periodic, &QTimer::timeout, this, &WritebackPanel::refresh);
    m_periodic.start();
    // Shown: its rows are read (while hidden only the counts are).
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    m_summaryLabel->setText(tr("Reading the write-backs…"));
}

WritebackPanel::~WritebackPanel() = default;

void WritebackPanel::setWritebackRunner(WritebackRunner *runner)
{
    m_runner = runner;
}

QString WritebackPanel::rowId(int line) const
{
    const QTableWidgetItem *item = m_table->item(line, OrderColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString WritebackPanel::kindText(OutboxRow::Kind kind)
{
    switch (kind) {
    case OutboxRow::Kind::Shipment:
        return tr("Shipment");
    case OutboxRow::Kind::AwaitingPickup:
        return tr("Awaiting Pickup");
    case OutboxRow::Kind::Void:
        return tr("Void (delete shipment)");
    }
    return QString();
}

void WritebackPanel::refresh()
{
    // A read under way or one too recent: one more follows when it is time, however many asked meanwhile.
    if (m_reading || m_throttle.isActive()) {
        m_refreshPending = true;
        return;
    }
    readNow();
}

void WritebackPanel::readNow()
{
    m_refreshPending = false;
    m_reading = true;
    m_throttle.start();
    const bool withRows = isVisible();
    Database *database = &m_database;
    m_worker.run([this, database, withRows] {
        Outbox outbox(*database);
        QString error;
        const OutboxCounts counts = outbox.counts(&error);
        QList<OutboxRow> rows;
        if (withRows && error.isEmpty())
            rows = outbox.rows(true, kRowLimit, &error);
        QMetaObject::invokeMethod(
            this, [this, counts, rows, withRows, error] { apply(counts, rows, withRows, error); },
            Qt::QueuedConnection);
    });
}

void WritebackPanel::apply(const OutboxCounts &counts, const QList<OutboxRow> &rows, bool withRows,
                           const QString &error)
{
    m_reading = false;
    if (!error.isEmpty()) {
        m_summaryLabel->setText(tr("The write-backs could not be read: %1").arg(error));
    } else {
        const bool changed = counts.queued != m_counts.queued || counts.sending != m_counts.sending ||
                             counts.retrying != m_counts.retrying || counts.failed != m_counts.failed ||
                             counts.held != m_counts.held || counts.waitingDispatch != m_counts.waitingDispatch ||
                             counts.sent != m_counts.sent;
        m_counts = counts;
        QStringList parts;
        if (counts.pending() > 0)
            parts << tr("%n waiting to be sent", nullptr, counts.pending());
        if (counts.retrying > 0)
            parts << tr("%n of them retrying", nullptr, counts.retrying);
        if (counts.waitingDispatch > 0)
            parts << tr("%n waiting for dispatch", nullptr, counts.waitingDispatch);
        if (counts.failed > 0)
            parts << tr("%n failed", nullptr, counts.failed);
        if (counts.held > 0)
            parts << tr("%n held (pull the parcel)", nullptr, counts.held);
        QString summary =
            parts.isEmpty() ? tr("Nothing waiting to be written back.") : parts.join(tr(", ", "list separator"));
        if (counts.failed + counts.held > 0)
            summary = tr("%1. Failed and held write-backs wait for Retry or Dismiss.", "counts").arg(summary);
        m_summaryLabel->setText(summary);
        if (withRows)
            fillTable(rows);
        if (changed)
            Q_EMIT countsChanged();
    }
    if (m_refreshPending && !m_throttle.isActive())
        readNow();
    Q_EMIT refreshed();
}

void WritebackPanel::fillTable(const QList<OutboxRow> &rows)
{
    m_table->setRowCount(0);
    m_keyOfRow.clear();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int line = 0; line < rows.size(); ++line) {
        const OutboxRow &row = rows.at(line);
        m_keyOfRow.insert(row.id, row.shipmentKey);
        QString note = row.lastError;
        QDateTime at;
        if (row.state == QLatin1String("sent")) {
            note = row.bcShipmentId > 0 ? QString::number(row.bcShipmentId) : QString();
            at = row.sentAt;
        } else if (row.state == QLatin1String("retrying")) {
            at = row.nextAttemptAt;
        }
        QString state = Outbox::describe(row.state, note, at);
        // A retry due now has no time to tell.
        if (row.state == QLatin1String("retrying") && !at.isValid())
            state = tr("retrying now because %1").arg(note);
        auto *order = new QTableWidgetItem(QStringLiteral("#%1").arg(row.orderId));
        order->setData(Qt::UserRole, row.id);
        auto *store = new QTableWidgetItem(row.storeName);
        auto *kind = new QTableWidgetItem(kindText(row.kind));
        auto *stateItem = new QTableWidgetItem(state);
        stateItem->setToolTip(row.attempts > 0 ? tr("%1\nAttempts so far: %2").arg(state).arg(row.attempts) : state);
        const QColor color = ShipmentsModel::writebackColor(row.state);
        if (color.isValid())
            stateItem->setForeground(color);
        m_table->setItem(line, OrderColumn, order);
        m_table->setItem(line, StoreColumn, store);
        m_table->setItem(line, KindColumn, kind);
        m_table->setItem(line, StateColumn, stateItem);
        if (row.state != QLatin1String("failed") && row.state != QLatin1String("held"))
            continue;
        auto *buttons = new QWidget(m_table);
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(4, 1, 4, 1);
        layout->setSpacing(6);
        auto *retryButton = new QPushButton(tr("Retry"), buttons);
        retryButton->setObjectName(QStringLiteral("retryButton"));
        retryButton->setToolTip(tr("Send it again now (after fixing the cause in BigCommerce, if there was one)"));
        auto *dismissButton = new QPushButton(tr("Dismiss"), buttons);
        dismissButton->setObjectName(QStringLiteral("dismissButton"));
        dismissButton->setToolTip(
            tr("Resolved by hand (e.g. shipped in BigCommerce, or the parcel pulled): nothing more is sent for it"));
        layout->addWidget(retryButton);
        layout->addWidget(dismissButton);
        const QString id = row.id;
        connect(retryButton, &QPushButton::clicked, this, [this, id] { retry(id); });
        connect(dismissButton, &QPushButton::clicked, this, [this, id] { dismiss(id); });
        m_table->setCellWidget(line, ActionsColumn, buttons);
    }
}

void WritebackPanel::retry(const QString &id)
{
    act(id, true);
}

void WritebackPanel::dismiss(const QString &id)
{
    act(id, false);
}

void WritebackPanel::act(const QString &id, bool retrying)
{
    const QString key = m_keyOfRow.value(id);
    Database *database = &m_database;
    m_worker.run([this, database, id, key, retrying] {
        Outbox outbox(*database);
        QString error;
        const bool ok = retrying ? outbox.retry(id, &error) : outbox.dismiss(id, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, key, retrying] {
                const QString why = error.isEmpty() ? tr("it is no longer failed or held") : error;
                if (!ok)
                    Q_EMIT message(retrying ? tr("The write-back was not retried: %1").arg(why)
                                            : tr("The write-back was not dismissed: %1").arg(why));
                else if (retrying && m_runner)
                    m_runner->wake();
                if (!key.isEmpty())
                    Q_EMIT shipmentsChanged({key});
                refresh();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Packbench
