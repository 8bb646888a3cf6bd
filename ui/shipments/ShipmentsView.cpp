#include "ui/shipments/ShipmentsView.h"

#include "core/integrations/StoreService.h"
#include "core/storage/Database.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Packbench {

namespace {
// Shipment keys per query: well under every database's limit on bound parameters.
constexpr qsizetype kKeysPerQuery = 400;

QString countText(int count)
{
    return count == 1 ? ShipmentsView::tr("1 shipment") : ShipmentsView::tr("%n shipments", nullptr, count);
}
} // namespace

ShipmentsView::ShipmentsView(Database &database, StoreService &stores, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_stores(stores)
{
    setObjectName(QStringLiteral("shipmentsView"));
    m_filter.state = ShipmentState::ToShip;

    m_model = new ShipmentsModel(this);
    m_sortModel = new ShipmentsSortModel(this);
    m_sortModel->setSourceModel(m_model);

    auto *bar = new QWidget(this);
    createFilterBar(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("shipmentsTable"));
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShipmentsModel::Order, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Every row the same height, so scrolling through thousands of rows never measures them.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    // Fixed starting widths from the font, never measured over all rows; the user can drag them and move them.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths = {
        {ShipmentsModel::Order, 13}, {ShipmentsModel::Store, 12},    {ShipmentsModel::Storefront, 14},
        {ShipmentsModel::Date, 16},  {ShipmentsModel::Customer, 22}, {ShipmentsModel::Destination, 22},
        {ShipmentsModel::Items, 6},  {ShipmentsModel::Atl, 18},      {ShipmentsModel::State, 16}};
    for (const auto &[column, characters] : widths)
        columns->resizeSection(column, characters * digit + 16);
    applyColumnPolicy();

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("shipmentsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    m_thread.setObjectName(QStringLiteral("shipments-query"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();

    reloadStores();
    // Shown as loading from the start; the query itself waits for the event loop so that a restoreState() right
    // after construction replaces it rather than running a second one.
    m_loading = true;
    m_countLabel->setText(tr("Loading…"));
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_firstReloadPending)
                reload();
        },
        Qt::QueuedConnection);
}

ShipmentsView::~ShipmentsView()
{
    // A query under way finishes first; its answer dies with this object's pending events.
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ShipmentsView::createFilterBar(QWidget *bar)
{
    m_storeCombo = new QComboBox(bar);
    m_storeCombo->setObjectName(QStringLiteral("shipmentsStoreCombo"));
    m_storeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_stateCombo = new QComboBox(bar);
    m_stateCombo->setObjectName(QStringLiteral("shipmentsStateCombo"));
    m_stateCombo->addItem(tr("All states"), QVariant());
    for (ShipmentState state :
         {ShipmentState::ToShip, ShipmentState::Printed, ShipmentState::WrittenBack, ShipmentState::WritebackFailed,
          ShipmentState::Elsewhere, ShipmentState::Cancelled, ShipmentState::OnHold})
        m_stateCombo->addItem(ShipmentsModel::stateText(state), static_cast<int>(state));
    m_stateCombo->setCurrentIndex(m_stateCombo->findData(static_cast<int>(ShipmentState::ToShip)));

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("shipmentsSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Order, customer, city or SKU"));
    m_searchEdit->setClearButtonEnabled(true);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("shipmentsCountLabel"));

    auto *storeLabel = new QLabel(tr("&Store:"), bar);
    storeLabel->setBuddy(m_storeCombo);
    auto *stateLabel = new QLabel(tr("S&tate:"), bar);
    stateLabel->setBuddy(m_stateCombo);
    auto *searchLabel = new QLabel(tr("S&earch:"), bar);
    searchLabel->setBuddy(m_searchEdit);

    auto *layout = new QHBoxLayout(bar);
    layout->addWidget(storeLabel);
    layout->addWidget(m_storeCombo);
    layout->addSpacing(12);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateCombo);
    layout->addSpacing(12);
    layout->addWidget(searchLabel);
    layout->addWidget(m_searchEdit, 1);
    layout->addSpacing(12);
    layout->addWidget(m_countLabel);

    // Typing waits for a pause before querying, so each keystroke does not start a query.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { setSearchText(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        setSearchText(m_searchEdit->text());
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) { // the clear button
            m_searchDelay.stop();
            setSearchText(QString());
        }
    });
    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &ShipmentsView::storeComboChanged);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &ShipmentsView::stateComboChanged);
}

void ShipmentsView::storeComboChanged()
{
    const QString id = m_storeCombo->currentData().toString();
    setStoreFilter(id.isEmpty() ? std::nullopt : std::optional<QUuid>(QUuid::fromString(id)));
}

void ShipmentsView::stateComboChanged()
{
    const QVariant data = m_stateCombo->currentData();
    setStateFilter(data.isValid() ? std::optional<ShipmentState>(static_cast<ShipmentState>(data.toInt()))
                                  : std::nullopt);
}

void ShipmentsView::setStoreFilter(const std::optional<QUuid> &storeId)
{
    if (m_filter.storeId == storeId)
        return;
    m_filter.storeId = storeId;
    const int index = m_storeCombo->findData(storeId ? storeId->toString(QUuid::WithoutBraces) : QString());
    if (index >= 0 && index != m_storeCombo->currentIndex()) {
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->setCurrentIndex(index);
    }
    reload();
}

void ShipmentsView::setStateFilter(const std::optional<ShipmentState> &state)
{
    if (m_filter.state == state)
        return;
    m_filter.state = state;
    const int index = m_stateCombo->findData(state ? QVariant(static_cast<int>(*state)) : QVariant());
    if (index >= 0 && index != m_stateCombo->currentIndex()) {
        const QSignalBlocker blocker(m_stateCombo);
        m_stateCombo->setCurrentIndex(index);
    }
    reload();
}

void ShipmentsView::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (m_filter.search == search)
        return;
    m_filter.search = search;
    // Not blocked: the clear button follows textChanged; an emptied field lands here again with the same value.
    if (m_searchEdit->text().trimmed() != search)
        m_searchEdit->setText(search);
    reload();
}

void ShipmentsView::applyColumnPolicy()
{
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column)
        columns->setSectionResizeMode(column, column == ShipmentsModel::Destination ? QHeaderView::Stretch
                                                                                    : QHeaderView::Interactive);
}

ShipmentsFilterChoice ShipmentsView::filterChoice() const
{
    ShipmentsFilterChoice choice;
    if (m_filter.storeId)
        choice.storeId = m_filter.storeId->toString(QUuid::WithoutBraces);
    choice.state = m_filter.state ? shipmentStateToString(*m_filter.state) : QStringLiteral("all");
    choice.search = m_filter.search;
    return choice;
}

QByteArray ShipmentsView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ShipmentsView::restoreState(const std::optional<ShipmentsFilterChoice> &filter, const QByteArray &headerState)
{
    QHeaderView *columns = m_table->horizontalHeader();
    if (!headerState.isEmpty() && columns->restoreState(headerState)) {
        applyColumnPolicy();
        // Restoring the sort indicator does not sort by it.
        m_table->sortByColumn(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    }
    if (!filter)
        return;
    ShipmentFilter restored = m_filter;
    const int storeIndex = m_storeCombo->findData(filter->storeId);
    if (!filter->storeId.isEmpty() && storeIndex > 0)
        restored.storeId = QUuid::fromString(filter->storeId);
    else
        restored.storeId.reset();
    ShipmentState state;
    if (filter->state == QLatin1String("all"))
        restored.state.reset();
    else if (shipmentStateFromString(filter->state, &state))
        restored.state = state;
    restored.search = filter->search.trimmed();
    {
        const QSignalBlocker storeBlocker(m_storeCombo);
        const QSignalBlocker stateBlocker(m_stateCombo);
        // Not blocked: the clear button appears on textChanged, and the handler reacts only to an emptied field.
        m_storeCombo->setCurrentIndex(restored.storeId ? storeIndex : 0);
        m_stateCombo->setCurrentIndex(
            m_stateCombo->findData(restored.state ? QVariant(static_cast<int>(*restored.state)) : QVariant()));
        m_searchEdit->setText(restored.search);
    }
    const bool changed =
        restored.storeId != m_filter.storeId || restored.state != m_filter.state || restored.search != m_filter.search;
    m_filter = restored;
    if (changed || m_firstReloadPending)
        reload();
}

void ShipmentsView::reloadStores()
{
    QString error;
    const QList<StoreConfig> stores = m_stores.stores(&error);
    const QString selected = m_storeCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->clear();
        m_storeCombo->addItem(tr("All stores"), QString());
        for (const StoreConfig &store : stores)
            m_storeCombo->addItem(store.name, store.id.toString(QUuid::WithoutBraces));
        const int index = m_storeCombo->findData(selected);
        m_storeCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    // One store: nothing to choose.
    m_storeCombo->setEnabled(stores.size() > 1);
    storeComboChanged(); // re-queries only when the selected store is gone
}

void ShipmentsView::runOnWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void ShipmentsView::reload()
{
    m_firstReloadPending = false;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_loadError.clear();
    m_countLabel->setText(tr("Loading…"));
    const ShipmentFilter filter = m_filter;
    Database *database = &m_database;
    ShipmentsView *view = this;
    runOnWorker([database, filter, generation, view] {
        // Constructed here: the repository uses this thread's own database connection.
        ShipmentQuery repository(*database);
        QString error;
        const QList<ShipmentRow> rows = repository.list(filter, &error);
        QHash<QString, ShipmentPart> parts;
        if (error.isEmpty())
            parts = repository.splitParts(filter.storeId, &error);
        // The view waits for this thread before it is destroyed, so it is alive here; the queued answer is
        // discarded with its pending events if it goes away before the answer is delivered.
        QMetaObject::invokeMethod(
            view, [view, generation, rows, parts, error] { view->applyFullResult(generation, rows, parts, error); },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::applyFullResult(quint64 generation, const QList<ShipmentRow> &rows,
                                    const QHash<QString, ShipmentPart> &parts, const QString &error)
{
    if (generation != m_generation)
        return; // the filter changed while this query ran; a newer one is on its way
    m_loading = false;
    m_loadError = error;

    // Keep the current row across the reset when it is still there.
    const QModelIndex current = m_table->currentIndex();
    const QString currentKey = current.isValid() ? current.data(ShipmentsModel::KeyRole).toString() : QString();
    m_model->setParts(parts);
    m_model->setRows(rows);
    if (!currentKey.isEmpty()) {
        const int row = m_model->rowOfKey(currentKey);
        if (row >= 0) {
            const QModelIndex index = m_sortModel->mapFromSource(m_model->index(row, current.column()));
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    }
    updateCountAndEmptyState();
    Q_EMIT loaded(m_model->rowCount());
}

void ShipmentsView::refreshKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    const quint64 generation = m_generation;
    const ShipmentFilter filter = m_filter;
    Database *database = &m_database;
    ShipmentsView *view = this;
    runOnWorker([database, filter, keys, generation, view] {
        ShipmentQuery repository(*database);
        QList<ShipmentRow> rows;
        QString error;
        for (qsizetype at = 0; at < keys.size() && error.isEmpty(); at += kKeysPerQuery) {
            ShipmentFilter chunk = filter;
            chunk.keys = keys.mid(at, kKeysPerQuery);
            rows.append(repository.list(chunk, &error));
        }
        // A new shipment of an order renumbers its siblings too: the places are read again for the whole filter.
        QHash<QString, ShipmentPart> parts;
        if (error.isEmpty())
            parts = repository.splitParts(filter.storeId, &error);
        QMetaObject::invokeMethod(
            view,
            [view, generation, keys, rows, parts, error] {
                view->applyKeysResult(generation, keys, rows, parts, error);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::applyKeysResult(quint64 generation, const QStringList &keys, const QList<ShipmentRow> &rows,
                                    const QHash<QString, ShipmentPart> &parts, const QString &error)
{
    // A filter change since: the full query that follows it reads these rows anyway.
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        // Leave the rows as they are; the next refresh or filter change reads them again.
        qWarning("Packbench: could not refresh %d shipments: %s", static_cast<int>(keys.size()), qPrintable(error));
        return;
    }
    QSet<QString> found;
    found.reserve(rows.size());
    for (const ShipmentRow &row : rows)
        found.insert(row.key);
    QStringList gone;
    for (const QString &key : keys) {
        if (!found.contains(key))
            gone.append(key);
    }
    m_model->removeKeys(gone);
    m_model->upsertRows(rows);
    m_model->setParts(parts);
    if (!m_loading)
        updateCountAndEmptyState();
    Q_EMIT keysRefreshed();
}

void ShipmentsView::updateCountAndEmptyState()
{
    const int count = m_model->rowCount();
    if (!m_loadError.isEmpty()) {
        m_countLabel->clear();
        m_emptyLabel->setText(tr("The shipments could not be loaded: %1").arg(m_loadError));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_countLabel->setText(countText(count));
    if (count > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const bool filtered = m_filter.storeId || !m_filter.search.isEmpty();
    if (filtered)
        m_emptyLabel->setText(tr("No shipments match these filters."));
    else if (m_filter.state == ShipmentState::ToShip)
        m_emptyLabel->setText(tr("Nothing to ship right now.\nImport orders with Shipments > Import… (Ctrl+I)."));
    else
        m_emptyLabel->setText(tr("No shipments in this state."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

} // namespace Packbench
