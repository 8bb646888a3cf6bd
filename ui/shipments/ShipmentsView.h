#pragma once

#include "core/settings/AppSettings.h"
#include "core/storage/ShipmentRepository.h"

#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Packbench {

class Database;
class ShipmentsModel;
class ShipmentsSortModel;
class StoreService;

// The packing grid: a filter bar (store, state, search) over the shipments table. Queries run on a worker thread of
// their own so a large database never freezes the window; a result arriving after the filter changed is dropped.
class ShipmentsView : public QWidget
{
    Q_OBJECT
public:
    ShipmentsView(Database &database, StoreService &stores, QWidget *parent = nullptr);
    ~ShipmentsView() override;

    ShipmentsModel *model() const { return m_model; }
    ShipmentsSortModel *sortModel() const { return m_sortModel; }
    QTableView *table() const { return m_table; }
    // True from a filter change until its rows are in the table.
    bool isLoading() const { return m_loading; }

    // Typed filters; each re-queries only when the value changed.
    void setStoreFilter(const std::optional<QUuid> &storeId);
    void setStateFilter(const std::optional<ShipmentState> &state);
    void setSearchText(const QString &text);
    const ShipmentFilter &filter() const { return m_filter; }

    // The filters as the user left them, and the columns (order, widths, sort) as QHeaderView::saveState() bytes.
    ShipmentsFilterChoice filterChoice() const;
    QByteArray headerState() const;
    // Brings back what filterChoice() and headerState() gave, with one query; a store that is gone falls back to
    // all stores, bytes that do not fit leave the columns as they are.
    void restoreState(const std::optional<ShipmentsFilterChoice> &filter, const QByteArray &headerState);

public Q_SLOTS:
    // Re-reads the stores for the store filter (after Settings changed); re-queries when the selected one is gone.
    void reloadStores();
    // Queries every row for the current filter again.
    void reload();
    // Re-reads these shipments only: rows that still match the filter are updated or added, the others leave.
    void refreshKeys(const QStringList &keys);

Q_SIGNALS:
    // The rows of a full query are in the model.
    void loaded(int rowCount);
    // The rows of a refreshKeys() are in the model.
    void keysRefreshed();

private:
    void createFilterBar(QWidget *bar);
    void runOnWorker(std::function<void()> work);
    void applyFullResult(quint64 generation, const QList<ShipmentRow> &rows, const QHash<QString, ShipmentPart> &parts,
                         const QString &error);
    void applyKeysResult(quint64 generation, const QStringList &keys, const QList<ShipmentRow> &rows,
                         const QHash<QString, ShipmentPart> &parts, const QString &error);
    // Destination takes the width left over; the other columns keep the widths given or dragged.
    void applyColumnPolicy();
    void updateCountAndEmptyState();
    void storeComboChanged();
    void stateComboChanged();

    Database &m_database;
    StoreService &m_stores;
    ShipmentFilter m_filter;
    quint64 m_generation = 0; // bumped by every filter change: results of older generations are stale
    bool m_loading = false;
    bool m_firstReloadPending = true; // the first query waits for the event loop, so restoreState() can come first
    QString m_loadError;

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; queries run in its event loop, one at a time

    QComboBox *m_storeCombo = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer m_searchDelay;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ShipmentsModel *m_model = nullptr;
    ShipmentsSortModel *m_sortModel = nullptr;
};

} // namespace Packbench
