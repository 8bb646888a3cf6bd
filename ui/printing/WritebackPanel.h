#pragma once

#include "core/writeback/Outbox.h"
#include "ui/DatabaseWorker.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QLabel;
class QTableWidget;

namespace Packbench {

class Database;
class WritebackRunner;

// The Write-backs panel (View > Write-backs, or the status bar's count): the outbox rows that are not done yet
// (newest first, at most 200), each with its order, store, kind and state in words, and Retry / Dismiss for a
// failed or held one. It also keeps the outbox's counts for the status bar, whether shown or not.
//
// Everything is read on a worker thread, throttled to at most two reads a second however often refresh() is called
// (a burst of write-backs reports every row); the rows only while the panel is shown.
class WritebackPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum Column
    {
        OrderColumn,
        StoreColumn,
        KindColumn,
        StateColumn,
        ActionsColumn,
        ColumnCount
    };

    explicit WritebackPanel(Database &database, QWidget *parent = nullptr);
    ~WritebackPanel() override;

    // Woken after a Retry, so the write-back goes at once.
    void setWritebackRunner(WritebackRunner *runner);

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    const OutboxCounts &counts() const { return m_counts; }
    // The outbox row shown on a line of the table.
    QString rowId(int line) const;

public Q_SLOTS:
    // Reads the counts (and the rows, when shown) again: now, or when the last read is half a second old.
    void refresh();
    void retry(const QString &id);
    void dismiss(const QString &id);

Q_SIGNALS:
    void countsChanged();
    // A Retry or Dismiss changed these shipments: the grid reads them again.
    void shipmentsChanged(const QStringList &keys);
    // A read is in (the table and counts are up to date).
    void refreshed();
    // For the status bar: a Retry or Dismiss that did not work.
    void message(const QString &text);

private:
    void readNow();
    void apply(const OutboxCounts &counts, const QList<OutboxRow> &rows, bool withRows, const QString &error);
    void fillTable(const QList<OutboxRow> &rows);
    void act(const QString &id, bool retrying);
    static QString kindText(OutboxRow::Kind kind);

    Database &m_database;
    QPointer<WritebackRunner> m_runner;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_table = nullptr;
    OutboxCounts m_counts;
    QHash<QString, QString> m_keyOfRow; // outbox row id -> shipment key
    QTimer m_throttle;
    QTimer m_periodic; // other stations write back too
    bool m_refreshPending = false;
    bool m_reading = false;
    DatabaseWorker m_worker{QStringLiteral("writeback-panel")};
};

} // namespace Packbench
