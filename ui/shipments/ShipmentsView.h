#pragma once

#include "core/domain/Account.h"
#include "core/domain/StoreConfig.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SavedViewRepository.h"
#include "core/storage/ShipmentQuery.h"
#include "ui/DatabaseWorker.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Packbench {

class Database;
class PrintController;
class ShipmentDetailsPane;
class ShipmentsModel;
class ShipmentsSortModel;
class StoreService;
class ViewsPanel;
struct ShipmentDetails;

// The packing grid: the views and storefronts panel, a filter bar (scan, search, store, account, country, ATL,
// dates), the shipments table and the details pane; with a PrintController, printing too: Print label, Reprint,
// Void and Mark dispatched on the selection, and scan then Enter.
//
// Scan then Enter: a scan (F2, a code, Enter) that finds exactly one shipment to ship arms it; the next Enter (in the
// emptied scan field, or in the grid) prints it, and the scan field is ready for the next code at once. Anything else
// that changes the selection disarms it, so a stray Enter never prints a shipment the packer did not just scan.
//
// The database is asked only for the store and view (state) shown; every other filter is ShipmentMatcher in the
// table's proxy, so changing tags or typing a search never waits for a query. Queries run on a worker thread of
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
    ViewsPanel *viewsPanel() const { return m_panel; }
    ShipmentDetailsPane *detailsPane() const { return m_details; }
    QLineEdit *scanEdit() const { return m_scanEdit; }
    QLabel *scanMessage() const { return m_scanMessage; }
    // The outcome of the last print, reprint, void or dispatch, big and coloured (hidden before the first).
    QLabel *printFeedback() const { return m_printFeedback; }
    QAction *printAction() const { return m_printAction; }
    QAction *reprintAction() const { return m_reprintAction; }
    QAction *voidAction() const { return m_voidAction; }
    QAction *dispatchAction() const { return m_dispatchAction; }
    // The shipment a scan armed for Enter to print; empty when none.
    QStringList armedKeys() const { return m_armedKeys; }

    // Printing from the grid, the details pane and the scan field goes through this controller (kept by the window).
    void setPrintController(PrintController *controller);
    // True from a store or view change until its rows are in the table.
    bool isLoading() const { return m_loading; }

    // Typed filters; each applies only when the value changed. Store and state query the database again; the
    // others filter the rows already read.
    void setStoreFilter(const std::optional<QUuid> &storeId);
    void setStateFilter(const std::optional<ShipmentState> &state);
    void setSearchText(const QString &text);
    void setTagFilter(const QStringList &tags);
    void setAccountFilter(const std::optional<QUuid> &accountId);
    void setCountryFilter(const QString &countryIso2);
    void setAtlFilter(bool atlOnly);
    void setDateFilter(const QDate &from, const QDate &to);
    // All filters at once (a saved view).
    void setFilter(const ShipmentFilter &filter);
    const ShipmentFilter &filter() const { return m_filter; }
    // The keys of the rows the table shows, in its order (what `packbench shipments` must print for filter()).
    QStringList shownKeys() const;
    QStringList selectedKeys() const;

    // The filters as the user left them, and the columns (order, widths, sort) as QHeaderView::saveState() bytes.
    ShipmentsFilterChoice filterChoice() const;
    QByteArray headerState() const;
    // Brings back what filterChoice() and headerState() gave, with one query; a store that is gone falls back to
    // all stores, bytes that do not fit leave the columns as they are.
    void restoreState(const std::optional<ShipmentsFilterChoice> &filter, const QByteArray &headerState);

    // Scan to find: by order number ("1234", "#1234"), tracking number or SKU. Selects the rows it finds (the
    // oldest current) or says clearly, visibly and audibly, that nothing matched. Returns how many rows it selected.
    int findCode(const QString &code);

public Q_SLOTS:
    // Re-reads the stores, accounts and saved views for the filter bar and panel (after Settings changed), on the
    // worker thread; re-queries when the selected store is gone. The filter bar keeps what it shows meanwhile.
    void reloadStores();
    // Queries every row for the current store and view again.
    void reload();
    // Re-reads these shipments only: rows that still match the store and view are updated or added, the others
    // leave.
    void refreshKeys(const QStringList &keys);
    // Applies the rules to the selected shipments (to ship or on hold), then re-reads them.
    void applyRulesToSelection();
    void showDetails();
    // The selection's shipments: print (a printed one is refused with when and where), print again, void.
    void printSelection();
    void printWithOptions();
    void reprintSelection();
    void voidSelection();
    // The write-backs waiting for dispatch, of the store shown (or of all stores).
    void markDispatched();
    void showPrintFeedback(const QString &text, bool problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Rows are in the table: the first screenful read at start-up (complete false), then all of them.
    void rowsShown(int shownRows, bool complete);
    // The rows of a full query are in the model.
    void loaded(int rowCount);
    // The rows of a refreshKeys() are in the model.
    void keysRefreshed();
    // The details pane shows the current shipment's details.
    void detailsShown(const QString &key);
    // How many rows are selected of how many shown (the status bar).
    void selectionChanged(int selected, int shown);
    // A message for the status bar (rules applied, a view saved, ...).
    void message(const QString &text);

private:
    void createFilterBar(QWidget *bar);
    void createActions();
    void applyFirstRows(quint64 generation, const QList<ShipmentRow> &rows);
    void applyFullResult(quint64 generation, const QList<ShipmentRow> &rows, const QHash<QString, ShipmentPart> &parts,
                         const QString &error);
    void applyKeysResult(quint64 generation, const QStringList &keys, const QList<ShipmentRow> &rows,
                         const QHash<QString, ShipmentPart> &parts, const QString &error);
    // The proxy, the counts and the panel's tag counts after a change of the filters that are not the query's.
    void applyLocalFilter();
    // The storefront panel's counts over the rows read, for the filters other than the tags.
    void updateTagCounts();
    // Destination takes the width left over; the other columns keep the widths given or dragged.
    void applyColumnPolicy();
    void fitDestination();
    void updateCountAndEmptyState();
    void updateCountries();
    void syncFilterWidgets();
    void storeComboChanged();
    // What reloadStores() reads for the filter bar.
    struct FilterChoices
    {
        QList<StoreConfig> stores;
        QString storesError;
        QList<Account> accounts;
        QString accountsError;
    };
    void showFilterChoices(quint64 request, const FilterChoices &choices);
    void reloadSavedViews();
    void saveCurrentView();
    void deleteSavedView(const QString &name);
    void loadDetails();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void scanEntered();
    void lookUpElsewhere(const QString &code, qint64 orderNumber);
    void setScanMessage(const QString &text, bool problem);
    void emitSelection();
    void copySelection();
    // Enter in the grid: prints the shipment a scan armed, else shows the details.
    void enterPressed();
    void printArmed();
    void disarmUnlessSelected();
    void updatePrintActions();
    // The selected rows' keys whose state passes `keep`.
    QStringList selectedKeysWhere(const std::function<bool(const ShipmentRow &)> &keep) const;

    Database &m_database;
    StoreService &m_stores;
    ShipmentFilter m_filter;
    quint64 m_generation = 0; // bumped by every query-changing filter: results of older generations are stale
    quint64 m_detailsGeneration = 0;
    quint64 m_scanGeneration = 0; // bumped by every scan: an older scan's late answer is dropped
    quint64 m_choicesRequest = 0; // bumped by every reloadStores(): an older read's answer is dropped
    bool m_choicesRead = false;   // the stores and accounts have been read once (until then no filter is "gone")
    bool m_loading = false;
    bool m_firstReloadPending = true; // the first query waits for the event loop, so restoreState() can come first
    QString m_loadError;
    QString m_savedViewName; // the saved view last chosen, while its filters are unchanged

    ViewsPanel *m_panel = nullptr;
    QLineEdit *m_scanEdit = nullptr;
    QLabel *m_scanMessage = nullptr;
    QComboBox *m_storeCombo = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QComboBox *m_countryCombo = nullptr;
    QCheckBox *m_atlCheck = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer m_searchDelay;
    QTimer m_detailsDelay;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ShipmentDetailsPane *m_details = nullptr;
    ShipmentsModel *m_model = nullptr;
    ShipmentsSortModel *m_sortModel = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_applyRulesAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_toggleDetailsAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printOptionsAction = nullptr;
    QAction *m_reprintAction = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_dispatchAction = nullptr;
    QLabel *m_printFeedback = nullptr;
    QPointer<PrintController> m_printController;
    QStringList m_armedKeys;           // what the next Enter in the scan field prints
    bool m_anyStoreDispatches = false; // a store writes back when shipments are marked dispatched
    // Queries run here, one at a time. Last, so it is destroyed first: the query under way finishes while the rest
    // of the view still exists.
    DatabaseWorker m_worker{QStringLiteral("shipments-query")};
};

} // namespace Packbench
