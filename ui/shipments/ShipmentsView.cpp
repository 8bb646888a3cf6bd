#include "ui/shipments/ShipmentsView.h"

#include "core/domain/Account.h"
#include "core/integrations/StoreService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/ShipmentDetails.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"
#include "ui/DatabaseWorker.h"
#include "ui/ElidedLabel.h"
#include "ui/FlowLayout.h"
#include "ui/printing/PrintController.h"
#include "ui/shipments/ShipmentDetailsPane.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ViewsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {
// Shipment keys per query: well under every database's limit on bound parameters.
constexpr qsizetype kKeysPerQuery = 400;
// A screenful and more, read before the whole set at start-up.
constexpr int kFirstRows = 300;

QString countText(int count)
{
    return count == 1 ? ShipmentsView::tr("1 shipment") : ShipmentsView::tr("%n shipments", nullptr, count);
}

// The date filter's choices.
enum class DateRange
{
    Any,
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Custom
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// "1234", "#1234": an order number; 0 when the code is not one.
qint64 orderNumberOf(const QString &code)
{
    QString digits = code;
    if (digits.startsWith(QLatin1Char('#')))
        digits = digits.mid(1);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    return ok && number > 0 ? number : 0;
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

    m_panel = new ViewsPanel(this);
    m_panel->setObjectName(QStringLiteral("viewsPanel"));

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
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
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
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths = {
        {ShipmentsModel::Order, 13},          {ShipmentsModel::Store, 12},    {ShipmentsModel::Storefront, 14},
        {ShipmentsModel::Date, 16},           {ShipmentsModel::Customer, 22}, {ShipmentsModel::Destination, 22},
        {ShipmentsModel::Items, 6},           {ShipmentsModel::Atl, 18},      {ShipmentsModel::State, 16},
        {ShipmentsModel::Writeback, 24},      {ShipmentsModel::Printed, 18},  {ShipmentsModel::Skus, 16},
        {ShipmentsModel::Weight, 8},          {ShipmentsModel::Account, 14},  {ShipmentsModel::Carrier, 14},
        {ShipmentsModel::TrackingNumber, 18}, {ShipmentsModel::Rule, 14},     {ShipmentsModel::Size, 8},
        {ShipmentsModel::Color, 10},          {ShipmentsModel::HsCode, 12}};
    for (const auto &[column, characters] : widths)
        columns->resizeSection(column, characters * digit + 16);
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column)
        columns->setSectionHidden(column, !ShipmentsModel::shownByDefault(column));
    applyColumnPolicy();

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("shipmentsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    m_details = new ShipmentDetailsPane(this);
    m_details->setObjectName(QStringLiteral("shipmentDetailsPane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("shipmentsSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    // The panel as wide as its storefront names need (within reason), the details wide enough for an address and
    // the item table.
    const int character = fontMetrics().averageCharWidth();
    m_splitter->setSizes(
        {std::clamp(m_panel->sizeHint().width(), character * 30, character * 40), 700, character * 56});
    // The grid gets the room; the details come with Enter, a double-click or F4.
    m_details->hide();

    // What the last print did, big enough to read from the packing bench.
    m_printFeedback = new QLabel(this);
    m_printFeedback->setObjectName(QStringLiteral("printFeedbackLabel"));
    m_printFeedback->setTextFormat(Qt::PlainText);
    m_printFeedback->setWordWrap(true);
    m_printFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont feedbackFont = m_printFeedback->font();
    feedbackFont.setBold(true);
    feedbackFont.setPointSizeF(feedbackFont.pointSizeF() * 1.35);
    m_printFeedback->setFont(feedbackFont);
    m_printFeedback->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_printFeedback);
    layout->addWidget(m_splitter, 1);

    createActions();

    connect(m_panel, &ViewsPanel::builtInViewChosen, this, [this](std::optional<ShipmentState> state) {
        m_savedViewName.clear();
        setStateFilter(state);
    });
    connect(m_panel, &ViewsPanel::savedViewChosen, this, [this](const QString &name) {
        const QString chosen = name;
        m_worker.run([this, chosen] {
            const std::optional<SavedView> view = SavedViewRepository(m_database).find(chosen);
            QMetaObject::invokeMethod(
                this,
                [this, view] {
                    if (!view)
                        return;
                    setFilter(view->filter);
                    m_savedViewName = view->name;
                    m_panel->selectSaved(view->name);
                },
                Qt::QueuedConnection);
        });
    });
    connect(m_panel, &ViewsPanel::tagsChanged, this, &ShipmentsView::setTagFilter);
    connect(m_panel, &ViewsPanel::saveViewRequested, this, &ShipmentsView::saveCurrentView);
    connect(m_panel, &ViewsPanel::deleteViewRequested, this, &ShipmentsView::deleteSavedView);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &ShipmentsView::showHeaderMenu);
    m_table->viewport()->installEventFilter(this);
    connect(columns, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != ShipmentsModel::Destination)
            fitDestination();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ShipmentsView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &ShipmentsView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ShipmentsView::emitSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        disarmUnlessSelected();
        updatePrintActions();
    });
    // A row's state changes under a selection that stays (a print, a write-back): the actions follow it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShipmentsView::updatePrintActions);
    connect(m_details, &ShipmentDetailsPane::printRequested, this, [this](const QString &key) {
        if (m_printController)
            m_printController->print({key});
    });
    connect(m_details, &ShipmentDetailsPane::reprintRequested, this, [this](const QString &key) {
        if (m_printController)
            m_printController->reprint({key});
    });
    connect(m_details, &ShipmentDetailsPane::voidRequested, this, [this](const QString &key) {
        if (m_printController)
            m_printController->voidPrint({key});
    });
    // The details follow the current row after a short pause, so holding an arrow key does not query every row.
    m_detailsDelay.setSingleShot(true);
    m_detailsDelay.setInterval(80);
    connect(&m_detailsDelay, &QTimer::timeout, this, &ShipmentsView::loadDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detailsDelay.start(); });
    connect(m_sortModel, &QAbstractItemModel::rowsInserted, this, &ShipmentsView::emitSelection);
    connect(m_sortModel, &QAbstractItemModel::rowsRemoved, this, &ShipmentsView::emitSelection);
    connect(m_sortModel, &QAbstractItemModel::modelReset, this, &ShipmentsView::emitSelection);
    connect(m_sortModel, &QAbstractItemModel::layoutChanged, this, &ShipmentsView::emitSelection);
    connect(m_sortModel, &QAbstractItemModel::rowsRemoved, this, &ShipmentsView::updatePrintActions);
    connect(m_sortModel, &QAbstractItemModel::modelReset, this, &ShipmentsView::updatePrintActions);
    connect(m_sortModel, &QAbstractItemModel::layoutChanged, this, &ShipmentsView::updatePrintActions);

    reloadStores();
    m_panel->selectBuiltIn(m_filter.state);
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

ShipmentsView::~ShipmentsView() = default;

void ShipmentsView::createFilterBar(QWidget *bar)
{
    m_scanEdit = new QLineEdit(bar);
    m_scanEdit->setObjectName(QStringLiteral("shipmentsScanEdit"));
    m_scanEdit->setPlaceholderText(tr("Scan order, tracking number or SKU"));
    m_scanEdit->setToolTip(
        tr("<p>Scan a barcode (order number, tracking number or SKU) or type a code and press Enter: the shipment is "
           "selected. F2 comes back here from anywhere.</p>"
           "<p><b>Scan, Enter, next scan:</b> when the scan finds exactly one shipment to ship, press Enter again "
           "to print its label; the field is ready for the next scan at once, no mouse needed.</p>"));
    m_scanEdit->setClearButtonEnabled(true);
    // Wide enough for what is scanned (a tracking number) in the narrowest window.
    m_scanEdit->setMinimumWidth(m_scanEdit->fontMetrics().horizontalAdvance(QStringLiteral("PB000000014XX__")) + 32);
    // A long message is cut short with "…" (whole on hover) instead of making the window wider.
    m_scanMessage = new ElidedLabel(QString(), bar);
    m_scanMessage->setObjectName(QStringLiteral("shipmentsScanMessage"));

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("shipmentsSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Order, customer, city or SKU"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().horizontalAdvance(QStringLiteral("Auckland__")) + 32);

    m_storeCombo = new QComboBox(bar);
    m_storeCombo->setObjectName(QStringLiteral("shipmentsStoreCombo"));
    m_storeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_accountCombo = new QComboBox(bar);
    m_accountCombo->setObjectName(QStringLiteral("shipmentsAccountCombo"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_countryCombo = new QComboBox(bar);
    m_countryCombo->setObjectName(QStringLiteral("shipmentsCountryCombo"));
    m_countryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countryCombo->addItem(tr("All countries"), QString());

    m_atlCheck = new QCheckBox(tr("A&TL only"), bar);
    m_atlCheck->setObjectName(QStringLiteral("shipmentsAtlCheck"));
    m_atlCheck->setToolTip(tr("Only shipments the customer lets be left without a signature (authority to leave)."));

    m_dateCombo = new QComboBox(bar);
    m_dateCombo->setObjectName(QStringLiteral("shipmentsDateCombo"));
    m_dateCombo->addItem(tr("Any date"), static_cast<int>(DateRange::Any));
    m_dateCombo->addItem(tr("Today"), static_cast<int>(DateRange::Today));
    m_dateCombo->addItem(tr("Yesterday"), static_cast<int>(DateRange::Yesterday));
    m_dateCombo->addItem(tr("Last 7 days"), static_cast<int>(DateRange::Last7Days));
    m_dateCombo->addItem(tr("Last 30 days"), static_cast<int>(DateRange::Last30Days));
    m_dateCombo->addItem(tr("From … to …"), static_cast<int>(DateRange::Custom));
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-7), bar);
    m_fromEdit->setObjectName(QStringLiteral("shipmentsFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(QDate::currentDate(), bar);
    m_toEdit->setObjectName(QStringLiteral("shipmentsToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_fromEdit->hide();
    m_toEdit->hide();

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("shipmentsCountLabel"));

    auto *scanLabel = new QLabel(tr("Sc&an:"), bar);
    scanLabel->setBuddy(m_scanEdit);
    auto *searchLabel = new QLabel(tr("S&earch:"), bar);
    searchLabel->setBuddy(m_searchEdit);
    auto *storeLabel = new QLabel(tr("&Store:"), bar);
    storeLabel->setBuddy(m_storeCombo);
    auto *accountLabel = new QLabel(tr("Acco&unt:"), bar);
    accountLabel->setBuddy(m_accountCombo);
    auto *countryLabel = new QLabel(tr("C&ountry:"), bar);
    countryLabel->setBuddy(m_countryCombo);
    auto *dateLabel = new QLabel(tr("&Date:"), bar);
    dateLabel->setBuddy(m_dateCombo);

    auto *first = new QHBoxLayout;
    first->addWidget(scanLabel);
    first->addWidget(m_scanEdit, 2);
    first->addWidget(m_scanMessage, 5);
    first->addSpacing(12);
    first->addWidget(searchLabel);
    first->addWidget(m_searchEdit, 2);
    first->addSpacing(12);
    first->addWidget(m_countLabel);
    // The filters wrap onto another line in a narrow window (each label stays with its field) rather than keep the
    // window from getting narrower.
    auto *second = new FlowLayout(nullptr, 14, 4);
    auto group = [bar, second](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(bar);
        auto *line = new QHBoxLayout(box);
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            line->addWidget(widget);
        second->addWidget(box);
    };
    group({storeLabel, m_storeCombo});
    group({accountLabel, m_accountCombo});
    group({countryLabel, m_countryCombo});
    group({dateLabel, m_dateCombo, m_fromEdit, m_toEdit});
    group({m_atlCheck});
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_scanEdit, &QLineEdit::returnPressed, this, &ShipmentsView::scanEntered);
    // Typing waits for a short pause before filtering, so each keystroke of a fast typist does not filter.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
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
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_accountCombo->currentData().toString();
        setAccountFilter(id.isEmpty() ? std::nullopt : std::optional<QUuid>(QUuid::fromString(id)));
    });
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this,
            [this] { setCountryFilter(m_countryCombo->currentData().toString()); });
    connect(m_atlCheck, &QCheckBox::toggled, this, &ShipmentsView::setAtlFilter);
    auto dateChanged = [this] {
        const auto range = static_cast<DateRange>(m_dateCombo->currentData().toInt());
        const QDate today = QDate::currentDate();
        m_fromEdit->setVisible(range == DateRange::Custom);
        m_toEdit->setVisible(range == DateRange::Custom);
        switch (range) {
        case DateRange::Any:
            setDateFilter(QDate(), QDate());
            break;
        case DateRange::Today:
            setDateFilter(today, today);
            break;
        case DateRange::Yesterday:
            setDateFilter(today.addDays(-1), today.addDays(-1));
            break;
        case DateRange::Last7Days:
            setDateFilter(today.addDays(-6), today);
            break;
        case DateRange::Last30Days:
            setDateFilter(today.addDays(-29), today);
            break;
        case DateRange::Custom:
            setDateFilter(m_fromEdit->date(), m_toEdit->date());
            break;
        }
    };
    connect(m_dateCombo, &QComboBox::currentIndexChanged, this, dateChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, dateChanged);
}

void ShipmentsView::createActions()
{
    auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_detailsAction = add(tr("Show &details"), QKeySequence(Qt::Key_Return), [this] { enterPressed(); });
    // Enter in the table (the scan and search fields have their own Enter): after a scan it prints.
    m_detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_detailsAction->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_detailsAction);
    m_table->addAction(m_detailsAction);
    m_applyRulesAction =
        add(tr("Apply &rules to selection"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { applyRulesToSelection(); });
    m_copyAction = add(tr("&Copy order numbers"), QKeySequence::Copy, [this] { copySelection(); });
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_copyAction);
    m_table->addAction(m_copyAction);
    m_scanAction = add(tr("Sc&an"), QKeySequence(Qt::Key_F2), [this] {
        m_scanEdit->setFocus(Qt::ShortcutFocusReason);
        m_scanEdit->selectAll();
    });
    // Back to scanning from anywhere in the window (the Write-backs panel, a toolbar button), not only the grid.
    m_scanAction->setShortcutContext(Qt::WindowShortcut);
    m_searchAction = add(tr("&Search"), QKeySequence::Find, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    m_toggleDetailsAction = add(tr("Details &pane"), QKeySequence(Qt::Key_F4), [this] {
        if (m_details->isVisible())
            m_details->hide();
        else
            showDetails();
    });
    // Ctrl+1 ... Ctrl+8: the built-in views in the panel's order (To ship ... All).
    const QList<BuiltInView> views = SavedViewRepository::builtInViews();
    for (qsizetype i = 0; i < views.size() && i < 9; ++i) {
        const std::optional<ShipmentState> state = views.at(i).state;
        add(state ? ShipmentsModel::stateText(*state) : tr("All"),
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), [this, state] {
                m_savedViewName.clear();
                setStateFilter(state);
            });
    }
    // Printing: anywhere in the window, also from the toolbar and the menu the window puts them in.
    m_printAction = add(tr("&Print label"), QKeySequence::Print, [this] { printSelection(); });
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcutContext(Qt::WindowShortcut);
    m_printAction->setIconText(tr("Print label"));
    m_printAction->setToolTip(tr("Print the labels of the selected shipments and queue their write-backs (Ctrl+P). "
                                 "After a scan, Enter prints the scanned shipment."));
    m_printOptionsAction =
        add(tr("Print &with options…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), [this] { printWithOptions(); });
    m_printOptionsAction->setObjectName(QStringLiteral("printOptionsAction"));
    m_printOptionsAction->setShortcutContext(Qt::WindowShortcut);
    m_printOptionsAction->setToolTip(tr("Print the current shipment choosing the carrier (a manual carrier's tracking "
                                        "number), the parcels, and which items ship now (Ctrl+Alt+P)"));
    m_reprintAction =
        add(tr("&Reprint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { reprintSelection(); });
    m_reprintAction->setObjectName(QStringLiteral("reprintAction"));
    m_reprintAction->setShortcutContext(Qt::WindowShortcut);
    m_reprintAction->setToolTip(tr("Print the same labels again; nothing is written back again (Ctrl+Shift+P)"));
    m_voidAction = add(tr("&Void…"), QKeySequence(), [this] { voidSelection(); });
    m_voidAction->setObjectName(QStringLiteral("voidAction"));
    m_voidAction->setIconText(tr("Void"));
    m_voidAction->setToolTip(tr("Undo the print of the selected shipments: they are to ship again. A write-back "
                                "already sent is deleted in BigCommerce (you are asked first)."));
    m_dispatchAction = add(tr("&Mark dispatched"), QKeySequence(), [this] { markDispatched(); });
    m_dispatchAction->setObjectName(QStringLiteral("dispatchAction"));
    m_dispatchAction->setToolTip(tr("End of day: write back the printed shipments of the stores that write back at "
                                    "dispatch (of the store shown, or of all stores)"));
    m_dispatchAction->setVisible(false);
    updatePrintActions();
    m_clearFiltersAction = add(tr("C&lear filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] {
        ShipmentFilter cleared;
        cleared.storeId = m_filter.storeId;
        cleared.state = m_filter.state;
        setFilter(cleared);
    });
}

void ShipmentsView::storeComboChanged()
{
    const QString id = m_storeCombo->currentData().toString();
    setStoreFilter(id.isEmpty() ? std::nullopt : std::optional<QUuid>(QUuid::fromString(id)));
}

void ShipmentsView::setStoreFilter(const std::optional<QUuid> &storeId)
{
    if (m_filter.storeId == storeId)
        return;
    ShipmentFilter filter = m_filter;
    filter.storeId = storeId;
    setFilter(filter);
}

void ShipmentsView::setStateFilter(const std::optional<ShipmentState> &state)
{
    if (m_filter.state == state)
        return;
    ShipmentFilter filter = m_filter;
    filter.state = state;
    setFilter(filter);
}

void ShipmentsView::setSearchText(const QString &text)
{
    ShipmentFilter filter = m_filter;
    filter.search = text.trimmed();
    setFilter(filter);
}

void ShipmentsView::setTagFilter(const QStringList &tags)
{
    ShipmentFilter filter = m_filter;
    filter.tags = tags;
    setFilter(filter);
}

void ShipmentsView::setAccountFilter(const std::optional<QUuid> &accountId)
{
    ShipmentFilter filter = m_filter;
    filter.accountId = accountId;
    setFilter(filter);
}

void ShipmentsView::setCountryFilter(const QString &countryIso2)
{
    ShipmentFilter filter = m_filter;
    filter.countryIso2 = countryIso2.toUpper();
    setFilter(filter);
}

void ShipmentsView::setAtlFilter(bool atlOnly)
{
    ShipmentFilter filter = m_filter;
    filter.atlOnly = atlOnly;
    setFilter(filter);
}

void ShipmentsView::setDateFilter(const QDate &from, const QDate &to)
{
    ShipmentFilter filter = m_filter;
    filter.from = from;
    filter.to = to;
    setFilter(filter);
}

void ShipmentsView::setFilter(const ShipmentFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool queryChanged = filter.storeId != m_filter.storeId || filter.state != m_filter.state;
    m_filter = filter;
    m_savedViewName.clear();
    // What the last scan said ("hidden by the filters", "not in this view") was about the filters before.
    setScanMessage(QString(), false);
    syncFilterWidgets();
    if (queryChanged)
        reload();
    else
        applyLocalFilter();
}

void ShipmentsView::syncFilterWidgets()
{
    const QSignalBlocker storeBlocker(m_storeCombo);
    const QSignalBlocker accountBlocker(m_accountCombo);
    const QSignalBlocker countryBlocker(m_countryCombo);
    const QSignalBlocker atlBlocker(m_atlCheck);
    const QSignalBlocker dateBlocker(m_dateCombo);
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    const int store = m_storeCombo->findData(m_filter.storeId ? idText(*m_filter.storeId) : QString());
    m_storeCombo->setCurrentIndex(store >= 0 ? store : 0);
    const int account = m_accountCombo->findData(m_filter.accountId ? idText(*m_filter.accountId) : QString());
    m_accountCombo->setCurrentIndex(account >= 0 ? account : 0);
    int country = m_countryCombo->findData(m_filter.countryIso2);
    if (country < 0) {
        m_countryCombo->addItem(m_filter.countryIso2, m_filter.countryIso2);
        country = m_countryCombo->count() - 1;
    }
    m_countryCombo->setCurrentIndex(country);
    m_atlCheck->setChecked(m_filter.atlOnly);
    if (!m_filter.from.isValid() && !m_filter.to.isValid()) {
        m_dateCombo->setCurrentIndex(m_dateCombo->findData(static_cast<int>(DateRange::Any)));
    } else {
        const QDate today = QDate::currentDate();
        DateRange range = DateRange::Custom;
        if (m_filter.to == today && m_filter.from == today)
            range = DateRange::Today;
        else if (m_filter.to == today.addDays(-1) && m_filter.from == today.addDays(-1))
            range = DateRange::Yesterday;
        else if (m_filter.to == today && m_filter.from == today.addDays(-6))
            range = DateRange::Last7Days;
        else if (m_filter.to == today && m_filter.from == today.addDays(-29))
            range = DateRange::Last30Days;
        m_dateCombo->setCurrentIndex(m_dateCombo->findData(static_cast<int>(range)));
        if (m_filter.from.isValid())
            m_fromEdit->setDate(m_filter.from);
        if (m_filter.to.isValid())
            m_toEdit->setDate(m_filter.to);
    }
    const bool custom = static_cast<DateRange>(m_dateCombo->currentData().toInt()) == DateRange::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    // Not blocked: the clear button follows textChanged; an emptied field lands in setSearchText with no change.
    if (m_searchEdit->text().trimmed() != m_filter.search)
        m_searchEdit->setText(m_filter.search);
    m_panel->setCheckedTags(m_filter.tags);
    m_panel->selectBuiltIn(m_filter.state);
}

void ShipmentsView::applyLocalFilter()
{
    m_sortModel->setShipmentFilter(m_filter);
    updateTagCounts();
    if (!m_loading)
        updateCountAndEmptyState();
}

void ShipmentsView::updateTagCounts()
{
    const QList<TagCount> counts = ShipmentFacets::tagCounts(m_model->rows(), m_filter);
    m_panel->setTagCounts(counts);
    const QList<ShipmentRow> &rows = m_model->rows();
    m_panel->setTagsHiddenByFilters(
        counts.isEmpty() &&
        std::any_of(rows.cbegin(), rows.cend(), [](const ShipmentRow &row) { return !row.tags.isEmpty(); }));
}

QStringList ShipmentsView::shownKeys() const
{
    QStringList keys;
    keys.reserve(m_sortModel->rowCount());
    for (int row = 0; row < m_sortModel->rowCount(); ++row)
        keys << m_sortModel->index(row, 0).data(ShipmentsModel::KeyRole).toString();
    return keys;
}

QStringList ShipmentsView::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        keys << index.data(ShipmentsModel::KeyRole).toString();
    return keys;
}

void ShipmentsView::applyColumnPolicy()
{
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column) {
        if (column != ShipmentsModel::Destination)
            columns->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    fitDestination();
}

void ShipmentsView::fitDestination()
{
    // Destination takes the width the other columns leave, but never less than its own starting width: in a narrow
    // window the grid scrolls sideways rather than squeeze the address to nothing.
    QHeaderView *columns = m_table->horizontalHeader();
    if (columns->isSectionHidden(ShipmentsModel::Destination))
        return;
    int others = 0;
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column) {
        if (column != ShipmentsModel::Destination && !columns->isSectionHidden(column))
            others += columns->sectionSize(column);
    }
    const int wanted = m_table->viewport()->width() - others;
    const int least = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22 + 16;
    const QHeaderView::ResizeMode mode = wanted >= least ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (columns->sectionResizeMode(ShipmentsModel::Destination) != mode)
        columns->setSectionResizeMode(ShipmentsModel::Destination, mode);
    if (mode == QHeaderView::Interactive && columns->sectionSize(ShipmentsModel::Destination) < least)
        columns->resizeSection(ShipmentsModel::Destination, least);
}

bool ShipmentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitDestination();
    return QWidget::eventFilter(watched, event);
}

ShipmentsFilterChoice ShipmentsView::filterChoice() const
{
    ShipmentsFilterChoice choice;
    if (m_filter.storeId)
        choice.storeId = idText(*m_filter.storeId);
    choice.state = m_filter.state ? shipmentStateToString(*m_filter.state) : QStringLiteral("all");
    choice.search = m_filter.search;
    ShipmentFilter more = m_filter;
    more.storeId.reset();
    more.state.reset();
    more.search.clear();
    choice.more = QString::fromUtf8(QJsonDocument(more.toJson()).toJson(QJsonDocument::Compact));
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
        // Bytes from a Packbench with fewer columns leave the new ones as they start.
        if (columns->count() != ShipmentsModel::ColumnCount) {
            for (int column = 0; column < ShipmentsModel::ColumnCount; ++column)
                columns->setSectionHidden(column, !ShipmentsModel::shownByDefault(column));
        }
        applyColumnPolicy();
        // Restoring the sort indicator does not sort by it.
        m_table->sortByColumn(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    }
    if (!filter) {
        if (m_firstReloadPending)
            reload();
        return;
    }
    ShipmentFilter restored = ShipmentFilter::fromJson(QJsonDocument::fromJson(filter->more.toUtf8()).object());
    // Before the stores are read, the store is taken as it was; their answer drops it if it is gone.
    const int storeIndex = m_storeCombo->findData(filter->storeId);
    if (!filter->storeId.isEmpty() && (storeIndex > 0 || !m_choicesRead))
        restored.storeId = QUuid::fromString(filter->storeId);
    ShipmentState state;
    if (filter->state == QLatin1String("all"))
        restored.state.reset();
    else if (shipmentStateFromString(filter->state, &state))
        restored.state = state;
    else
        restored.state = m_filter.state;
    restored.search = filter->search.trimmed();
    // An account that is gone: all accounts (once the accounts are read).
    if (restored.accountId && m_choicesRead && m_accountCombo->findData(idText(*restored.accountId)) < 0)
        restored.accountId.reset();
    const bool queryChanged = restored.storeId != m_filter.storeId || restored.state != m_filter.state;
    m_filter = restored;
    syncFilterWidgets();
    if (queryChanged || m_firstReloadPending)
        reload();
    else
        applyLocalFilter();
}

void ShipmentsView::reloadStores()
{
    // Until the first answer, each combo box offers "all" (what the filter starts with).
    if (m_storeCombo->count() == 0) {
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->addItem(tr("All stores"), QString());
        m_storeCombo->setEnabled(false);
    }
    if (m_accountCombo->count() == 0) {
        const QSignalBlocker blocker(m_accountCombo);
        m_accountCombo->addItem(tr("All accounts"), QString());
        m_accountCombo->setEnabled(false);
    }
    const quint64 request = ++m_choicesRequest;
    Database *database = &m_database;
    m_worker.run([this, database, request] {
        // Constructed here: the repositories use this thread's own database connection.
        FilterChoices choices;
        choices.stores = StoreRepository(*database).list(&choices.storesError);
        choices.accounts = AccountRepository(*database).list(&choices.accountsError);
        // The view waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the view goes first.
        QMetaObject::invokeMethod(
            this, [this, request, choices] { showFilterChoices(request, choices); }, Qt::QueuedConnection);
    });
    reloadSavedViews();
}

void ShipmentsView::showFilterChoices(quint64 request, const FilterChoices &choices)
{
    if (request != m_choicesRequest)
        return; // a newer read is under way
    // A failed read keeps the choices shown before, and says why.
    if (!choices.storesError.isEmpty()) {
        Q_EMIT message(tr("The stores could not be read: %1").arg(choices.storesError));
    } else {
        {
            const QSignalBlocker blocker(m_storeCombo);
            m_storeCombo->clear();
            m_storeCombo->addItem(tr("All stores"), QString());
            for (const StoreConfig &store : choices.stores)
                m_storeCombo->addItem(store.name, idText(store.id));
        }
        // One store: nothing to choose.
        m_storeCombo->setEnabled(choices.stores.size() > 1);
        m_anyStoreDispatches =
            std::any_of(choices.stores.cbegin(), choices.stores.cend(),
                        [](const StoreConfig &store) { return store.writeback == WritebackMode::OnDispatch; });
        updatePrintActions();
    }
    if (!choices.accountsError.isEmpty()) {
        Q_EMIT message(tr("The accounts could not be read: %1").arg(choices.accountsError));
    } else {
        const QSignalBlocker blocker(m_accountCombo);
        m_accountCombo->clear();
        m_accountCombo->addItem(tr("All accounts"), QString());
        for (const Account &account : choices.accounts)
            m_accountCombo->addItem(account.name, idText(account.id));
        m_accountCombo->setEnabled(choices.accounts.size() > 1);
    }
    m_choicesRead = m_choicesRead || (choices.storesError.isEmpty() && choices.accountsError.isEmpty());

    ShipmentFilter filter = m_filter;
    if (choices.storesError.isEmpty() && filter.storeId && m_storeCombo->findData(idText(*filter.storeId)) < 0)
        filter.storeId.reset();
    if (choices.accountsError.isEmpty() && filter.accountId && m_accountCombo->findData(idText(*filter.accountId)) < 0)
        filter.accountId.reset();
    if (filter == m_filter)
        syncFilterWidgets();
    else
        setFilter(filter); // re-queries only when the selected store is gone
}

void ShipmentsView::updateCountries()
{
    QSet<QString> codes;
    for (const ShipmentRow &row : m_model->rows()) {
        if (!row.countryIso2.isEmpty())
            codes.insert(row.countryIso2.toUpper());
    }
    if (!m_filter.countryIso2.isEmpty())
        codes.insert(m_filter.countryIso2);
    QStringList sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList present;
    for (int i = 1; i < m_countryCombo->count(); ++i)
        present << m_countryCombo->itemData(i).toString();
    if (present == sorted)
        return;
    const QSignalBlocker blocker(m_countryCombo);
    while (m_countryCombo->count() > 1)
        m_countryCombo->removeItem(1);
    for (const QString &code : std::as_const(sorted)) {
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
        const QString name =
            locale.territory() == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(locale.territory());
        m_countryCombo->addItem(name.isEmpty() ? code : tr("%1 (%2)", "country name (code)").arg(name, code), code);
    }
    m_countryCombo->setCurrentIndex(std::max(0, m_countryCombo->findData(m_filter.countryIso2)));
}

void ShipmentsView::reloadSavedViews()
{
    m_worker.run([this] {
        QString error;
        const QList<SavedView> views = SavedViewRepository(m_database).list(&error);
        QMetaObject::invokeMethod(
            this,
            [this, views, error] {
                if (!error.isEmpty())
                    Q_EMIT message(tr("Saved views could not be read: %1").arg(error));
                m_panel->setSavedViews(views);
                if (!m_savedViewName.isEmpty())
                    m_panel->selectSaved(m_savedViewName);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::saveCurrentView()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save view"), tr("Name for the current filters (e.g. \"Kids to ship\"):"),
                              QLineEdit::Normal, m_savedViewName, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const SavedView view{name, m_filter};
    m_worker.run([this, view] {
        QString error;
        const bool saved = SavedViewRepository(m_database).save(view, &error);
        QMetaObject::invokeMethod(
            this,
            [this, view, saved, error] {
                if (!saved) {
                    Q_EMIT message(tr("The view \"%1\" was not saved: %2").arg(view.name, error));
                    return;
                }
                m_savedViewName = view.name;
                Q_EMIT message(tr("View \"%1\" saved.").arg(view.name));
                reloadSavedViews();
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::deleteSavedView(const QString &name)
{
    if (QMessageBox::question(this, tr("Delete view"),
                              tr("Delete the saved view \"%1\"? The shipments stay as they are.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_worker.run([this, name] {
        QString error;
        SavedViewRepository(m_database).remove(name, &error);
        QMetaObject::invokeMethod(
            this,
            [this, name, error] {
                if (!error.isEmpty())
                    Q_EMIT message(tr("The view \"%1\" was not deleted: %2").arg(name, error));
                else
                    Q_EMIT message(tr("View \"%1\" deleted.").arg(name));
                if (m_savedViewName.compare(name, Qt::CaseInsensitive) == 0)
                    m_savedViewName.clear();
                reloadSavedViews();
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::reload()
{
    m_firstReloadPending = false;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_loadError.clear();
    m_countLabel->setText(tr("Loading…"));
    // The database selects by store and view only; the proxy filters the rest.
    ShipmentFilter query = m_filter.coarse();
    query.anyOrder = true; // the proxy sorts
    // An empty grid sorted by order number or date shows the top rows first (a quick query) while the rest is read.
    std::optional<ShipmentFilter> firstRows;
    const int sortColumn = m_sortModel->sortColumn();
    if (m_model->rowCount() == 0 && (sortColumn == ShipmentsModel::Order || sortColumn == ShipmentsModel::Date)) {
        firstRows = query;
        firstRows->limit = kFirstRows;
        firstRows->byDate = sortColumn == ShipmentsModel::Date;
        firstRows->descending = m_sortModel->sortOrder() == Qt::DescendingOrder;
    }
    Database *database = &m_database;
    ShipmentsView *view = this;
    m_worker.run([database, query, firstRows, generation, view] {
        // Constructed here: the repository uses this thread's own database connection.
        ShipmentQuery repository(*database);
        QString error;
        if (firstRows) {
            const QList<ShipmentRow> top = repository.list(*firstRows, &error);
            if (error.isEmpty())
                QMetaObject::invokeMethod(
                    view, [view, generation, top] { view->applyFirstRows(generation, top); }, Qt::QueuedConnection);
            error.clear(); // the full query says what is wrong, if anything
        }
        const QList<ShipmentRow> rows = repository.list(query, &error);
        QHash<QString, ShipmentPart> parts;
        if (error.isEmpty())
            parts = repository.splitParts(query.storeId, &error);
        // The view waits for this thread before it is destroyed, so it is alive here; the queued answer is
        // discarded with its pending events if it goes away before the answer is delivered.
        QMetaObject::invokeMethod(
            view, [view, generation, rows, parts, error] { view->applyFullResult(generation, rows, parts, error); },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::applyFirstRows(quint64 generation, const QList<ShipmentRow> &rows)
{
    // Only into an empty grid, and only while its full query is still under way.
    if (generation != m_generation || !m_loading || m_model->rowCount() > 0)
        return;
    m_model->setRows(rows);
    m_sortModel->setShipmentFilter(m_filter);
    if (m_sortModel->rowCount() > 0)
        m_stack->setCurrentWidget(m_table);
    Q_EMIT rowsShown(m_sortModel->rowCount(), false);
}

void ShipmentsView::applyFullResult(quint64 generation, const QList<ShipmentRow> &rows,
                                    const QHash<QString, ShipmentPart> &parts, const QString &error)
{
    if (generation != m_generation)
        return; // the filter changed while this query ran; a newer one is on its way
    m_loading = false;
    m_loadError = error;

    // Keep the selection, the current row and the scroll position across the reset for rows still there.
    const QStringList selected = selectedKeys();
    const QModelIndex current = m_table->currentIndex();
    const QString currentKey = current.isValid() ? current.data(ShipmentsModel::KeyRole).toString() : QString();
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    const QString topKey = top.isValid() ? top.data(ShipmentsModel::KeyRole).toString() : QString();

    m_model->setParts(parts);
    m_model->setRows(rows);
    m_sortModel->setShipmentFilter(m_filter);
    updateCountries();
    updateTagCounts();

    auto proxyRow = [this](const QString &key, int column) {
        const int row = m_model->rowOfKey(key);
        return row < 0 ? QModelIndex() : m_sortModel->mapFromSource(m_model->index(row, column));
    };
    QItemSelection selection;
    for (const QString &key : selected) {
        const QModelIndex index = proxyRow(key, 0);
        if (index.isValid())
            selection.select(index, index.sibling(index.row(), ShipmentsModel::ColumnCount - 1));
    }
    if (!currentKey.isEmpty()) {
        const QModelIndex index = proxyRow(currentKey, current.column());
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex topIndex = topKey.isEmpty() ? QModelIndex() : proxyRow(topKey, 0);
    if (topIndex.isValid())
        m_table->scrollTo(topIndex, QAbstractItemView::PositionAtTop);
    updateCountAndEmptyState();
    emitSelection();
    Q_EMIT rowsShown(m_sortModel->rowCount(), true);
    Q_EMIT loaded(m_model->rowCount());
}

void ShipmentsView::refreshKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    const quint64 generation = m_generation;
    const ShipmentFilter query = m_filter.coarse();
    Database *database = &m_database;
    ShipmentsView *view = this;
    m_worker.run([database, query, keys, generation, view] {
        ShipmentQuery repository(*database);
        QList<ShipmentRow> rows;
        QString error;
        for (qsizetype at = 0; at < keys.size() && error.isEmpty(); at += kKeysPerQuery) {
            ShipmentFilter chunk = query;
            chunk.keys = keys.mid(at, kKeysPerQuery);
            rows.append(repository.list(chunk, &error));
        }
        // A new shipment of an order renumbers its siblings too: the places are read again for the store.
        QHash<QString, ShipmentPart> parts;
        if (error.isEmpty())
            parts = repository.splitParts(query.storeId, &error);
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
    updateCountries();
    updateTagCounts();
    if (!m_loading)
        updateCountAndEmptyState();
    // The details of the current shipment may have changed.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && keys.contains(current.data(ShipmentsModel::KeyRole).toString()))
        m_detailsDelay.start();
    Q_EMIT keysRefreshed();
}

void ShipmentsView::updateCountAndEmptyState()
{
    const int count = m_sortModel->rowCount();
    if (!m_loadError.isEmpty()) {
        m_countLabel->clear();
        m_emptyLabel->setText(tr("The shipments could not be loaded: %1").arg(m_loadError));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_countLabel->setText(
        count == m_model->rowCount()
            ? countText(count)
            : tr("%1 of %2", "shown of loaded shipments").arg(countText(count)).arg(m_model->rowCount()));
    if (count > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const bool filtered = m_filter.storeId || !m_filter.search.isEmpty() || !m_filter.tags.isEmpty() ||
                          m_filter.accountId || !m_filter.countryIso2.isEmpty() || m_filter.atlOnly ||
                          m_filter.from.isValid() || m_filter.to.isValid();
    if (filtered)
        m_emptyLabel->setText(tr("No shipments match these filters.\nClear them with Ctrl+Shift+L."));
    else if (m_filter.state == ShipmentState::ToShip)
        m_emptyLabel->setText(tr("Nothing to ship right now.\nImport orders with Shipments > Import… (Ctrl+I)."));
    else
        m_emptyLabel->setText(tr("No shipments in this view."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void ShipmentsView::emitSelection()
{
    Q_EMIT selectionChanged(static_cast<int>(m_table->selectionModel()->selectedRows().size()),
                            m_sortModel->rowCount());
}

void ShipmentsView::showDetails()
{
    if (m_details->isHidden())
        m_details->show();
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes.at(2) == 0) {
        sizes[2] = fontMetrics().averageCharWidth() * 56;
        m_splitter->setSizes(sizes);
    }
    m_detailsDelay.stop();
    loadDetails();
}

void ShipmentsView::loadDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const quint64 generation = ++m_detailsGeneration;
    if (!current.isValid()) {
        m_details->setDetails(std::nullopt);
        return;
    }
    const QString key = current.data(ShipmentsModel::KeyRole).toString();
    m_worker.run([this, key, generation] {
        QString error;
        const std::optional<ShipmentDetails> details = ShipmentDetailsQuery(m_database).load(key, &error);
        QMetaObject::invokeMethod(
            this,
            [this, key, generation, details, error] {
                if (generation != m_detailsGeneration)
                    return; // another row is current by now
                if (!error.isEmpty())
                    m_details->setError(tr("The details could not be loaded: %1").arg(error));
                else
                    m_details->setDetails(details);
                Q_EMIT detailsShown(key);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::applyRulesToSelection()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty()) {
        Q_EMIT message(tr("Select the shipments to apply the rules to."));
        return;
    }
    m_worker.run([this, keys] {
        RuleRepository::ApplyResult result;
        QString error;
        const bool ok = RuleRepository(m_database).apply(std::nullopt, keys, &result, &error);
        QMetaObject::invokeMethod(
            this,
            [this, keys, ok, result, error] {
                if (!ok) {
                    Q_EMIT message(tr("The rules were not applied: %1").arg(error));
                    return;
                }
                Q_EMIT message(
                    tr("Rules applied: %1 of %2 selected shipments changed.").arg(result.changed).arg(keys.size()));
                refreshKeys(keys);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::copySelection()
{
    QStringList numbers;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(ShipmentsModel::Order);
    for (const QModelIndex &index : rows)
        numbers << index.data(Qt::DisplayRole).toString();
    if (!numbers.isEmpty())
        QApplication::clipboard()->setText(numbers.join(QLatin1Char('\n')));
}

void ShipmentsView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *columns = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < ShipmentsModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(column));
        // The order number always stays: without it no row can be told apart.
        action->setEnabled(column != ShipmentsModel::Order);
        connect(action, &QAction::toggled, this, [this, columns, column](bool shown) {
            columns->setSectionHidden(column, !shown);
            fitDestination();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this, columns] {
        for (int column = 0; column < ShipmentsModel::ColumnCount; ++column) {
            columns->moveSection(columns->visualIndex(column), column);
            columns->setSectionHidden(column, !ShipmentsModel::shownByDefault(column));
        }
        fitDestination();
    });
    menu.exec(columns->mapToGlobal(pos));
}

void ShipmentsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    // The mouse took over from the scan: "Show details" shows details, it never prints the scanned shipment.
    if (!m_armedKeys.isEmpty()) {
        m_armedKeys.clear();
        setScanMessage(QString(), false);
    }
    QMenu menu(this);
    if (m_printController) {
        menu.addAction(m_printAction);
        menu.addAction(m_printOptionsAction);
        menu.addAction(m_reprintAction);
        menu.addAction(m_voidAction);
        if (m_dispatchAction->isVisible())
            menu.addAction(m_dispatchAction);
        menu.addSeparator();
    }
    menu.addAction(m_detailsAction);
    menu.addAction(m_toggleDetailsAction);
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_applyRulesAction);
    if (index.isValid()) {
        const ShipmentRow &row = m_model->rowAt(m_sortModel->mapToSource(index).row());
        const QString channelTag = QString::number(row.channelId);
        if (row.tags.contains(channelTag)) {
            menu.addAction(tr("Only storefront \"%1\"").arg(ShipmentsModel::storefrontText(row)), this,
                           [this, channelTag] { setTagFilter({channelTag}); });
        }
    }
    menu.addSeparator();
    menu.addAction(m_clearFiltersAction);
    m_detailsAction->setEnabled(index.isValid());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
    m_detailsAction->setEnabled(true);
}

void ShipmentsView::lookUpElsewhere(const QString &code, qint64 orderNumber)
{
    // An order of another view (printed, cancelled, ...) or store: the message says where it is.
    const quint64 generation = ++m_scanGeneration;
    m_worker.run([this, code, orderNumber, generation] {
        ShipmentFilter filter;
        filter.orderId = orderNumber;
        QString error;
        const QList<ShipmentRow> rows = ShipmentQuery(m_database).list(filter, &error);
        QMetaObject::invokeMethod(
            this,
            [this, code, rows, generation] {
                if (generation != m_scanGeneration || rows.isEmpty())
                    return; // scanned again since, or really unknown
                QStringList places;
                for (const ShipmentRow &row : rows) {
                    const QString place = tr("%1 in %2", "shipment state in store")
                                              .arg(ShipmentsModel::stateText(row.state), row.storeName);
                    if (!places.contains(place))
                        places << place;
                }
                setScanMessage(tr("“%1”: order %2 is %3, not in this view")
                                   .arg(code)
                                   .arg(rows.constFirst().orderId)
                                   .arg(places.join(tr(", ", "list separator"))),
                               true);
            },
            Qt::QueuedConnection);
    });
}

void ShipmentsView::scanEntered()
{
    const QString code = m_scanEdit->text().trimmed();
    // Ready for the next scan at once: a scanner types the next code over nothing.
    m_scanEdit->clear();
    if (code.isEmpty()) {
        // Enter on its own after a scan: print what it found.
        printArmed();
        return;
    }
    findCode(code);
}

void ShipmentsView::setScanMessage(const QString &text, bool problem)
{
    m_scanMessage->setText(text);
    m_scanMessage->setStyleSheet(problem ? QStringLiteral("QLabel { color: white; background: #c62828; padding: 2px "
                                                          "6px; border-radius: 3px; font-weight: bold; }")
                                         : QStringLiteral("QLabel { color: #1b5e20; }"));
}

int ShipmentsView::findCode(const QString &rawCode)
{
    ++m_scanGeneration;
    m_armedKeys.clear();
    const QString code = rawCode.trimmed();
    const qint64 orderNumber = orderNumberOf(code);
    // Order number or tracking number first; a SKU when neither matches.
    QList<int> byNumber;
    QList<int> bySku;
    const QList<ShipmentRow> &rows = m_model->rows();
    for (int i = 0; i < rows.size(); ++i) {
        const ShipmentRow &row = rows.at(i);
        if ((orderNumber > 0 && row.orderId == orderNumber) ||
            (!row.trackingNumber.isEmpty() && row.trackingNumber.compare(code, Qt::CaseInsensitive) == 0)) {
            byNumber.append(i);
            continue;
        }
        if (!row.summary.skus.isEmpty() && row.summary.skus.contains(code, Qt::CaseInsensitive)) {
            const QStringList skus = row.summary.skus.split(QStringLiteral(", "));
            if (std::any_of(skus.cbegin(), skus.cend(),
                            [&code](const QString &sku) { return sku.compare(code, Qt::CaseInsensitive) == 0; }))
                bySku.append(i);
        }
    }
    const QList<int> &found = byNumber.isEmpty() ? bySku : byNumber;
    // Rows the filters hide cannot be selected: say so rather than pretend nothing is there.
    QList<QModelIndex> shown;
    int hidden = 0;
    for (int source : found) {
        const QModelIndex index = m_sortModel->mapFromSource(m_model->index(source, 0));
        if (index.isValid())
            shown.append(index);
        else
            ++hidden;
    }
    if (shown.isEmpty()) {
        QApplication::beep();
        if (hidden > 0)
            setScanMessage(tr("“%1”: hidden by the filters (%n), Ctrl+Shift+L clears them", nullptr, hidden).arg(code),
                           true);
        else
            setScanMessage(tr("“%1”: no order, tracking number or SKU in this view", nullptr).arg(code), true);
        m_scanEdit->setFocus(Qt::OtherFocusReason);
        if (hidden == 0 && orderNumber > 0)
            lookUpElsewhere(code, orderNumber);
        return 0;
    }
    // The oldest order is current: it ships first.
    const QModelIndex *oldest = &shown.constFirst();
    for (const QModelIndex &index : std::as_const(shown)) {
        const ShipmentRow &row = m_model->rowAt(m_sortModel->mapToSource(index).row());
        const ShipmentRow &best = m_model->rowAt(m_sortModel->mapToSource(*oldest).row());
        if (row.dateCreated.isValid() && (!best.dateCreated.isValid() || row.dateCreated < best.dateCreated))
            oldest = &index;
    }
    QItemSelection selection;
    for (const QModelIndex &index : std::as_const(shown))
        selection.select(index, index.sibling(index.row(), ShipmentsModel::ColumnCount - 1));
    m_table->selectionModel()->setCurrentIndex(*oldest, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(*oldest);
    const ShipmentRow &found1 = m_model->rowAt(m_sortModel->mapToSource(*oldest).row());
    // One shipment to ship, or every shipment of the order scanned (its parcels to several addresses): the next
    // Enter prints them (armed after the selection above, which disarms). A SKU's many orders are never armed.
    const bool oneOrderToShip =
        m_printController && (shown.size() == 1 || !byNumber.isEmpty()) &&
        std::all_of(shown.cbegin(), shown.cend(), [&](const QModelIndex &index) {
            const ShipmentRow &row = m_model->rowAt(m_sortModel->mapToSource(index).row());
            return row.state == ShipmentState::ToShip && row.orderId == found1.orderId && row.storeId == found1.storeId;
        });
    if (oneOrderToShip)
        for (const QModelIndex &index : std::as_const(shown))
            m_armedKeys.append(m_model->rowAt(m_sortModel->mapToSource(index).row()).key);
    if (m_armedKeys.size() == 1)
        setScanMessage(tr("“%1”: order %2 — press Enter to print its label").arg(code).arg(found1.orderId), false);
    else if (!m_armedKeys.isEmpty())
        setScanMessage(tr("“%1”: order %2, %n shipments — press Enter to print their labels", nullptr,
                          static_cast<int>(m_armedKeys.size()))
                           .arg(code)
                           .arg(found1.orderId),
                       false);
    else if (shown.size() == 1 && m_printController && ImportRules::isPackbenchOwned(found1.state))
        setScanMessage(
            tr("“%1”: order %2 is already printed — Ctrl+Shift+P prints it again").arg(code).arg(found1.orderId),
            false);
    else if (!byNumber.isEmpty())
        setScanMessage(shown.size() == 1 ? tr("“%1”: order %2").arg(code).arg(found1.orderId)
                                         : tr("“%1”: %n selected", nullptr, static_cast<int>(shown.size())).arg(code),
                       false);
    else
        setScanMessage(
            tr("SKU “%1”: %n selected, the oldest order current", nullptr, static_cast<int>(shown.size())).arg(code),
            false);
    m_scanEdit->setFocus(Qt::OtherFocusReason);
    return static_cast<int>(shown.size());
}

} // namespace Packbench

namespace Packbench {

void ShipmentsView::setPrintController(PrintController *controller)
{
    if (m_printController)
        disconnect(m_printController, nullptr, this, nullptr);
    m_printController = controller;
    m_details->setPrintingEnabled(controller != nullptr);
    if (controller && m_printFeedback->isHidden()) {
        // The packer's flow where its outcomes will show, so the first print does not move the grid either.
        m_printFeedback->setText(
            tr("Scan an order (F2), Enter finds it, Enter again prints its label. Ctrl+P prints the selection."));
        m_printFeedback->setProperty("problem", false);
        m_printFeedback->setStyleSheet(QStringLiteral("QLabel { color: #37474f; background: #eceff1; padding: 6px "
                                                      "10px; border-radius: 3px; font-weight: normal; }"));
        m_printFeedback->show();
    }
    if (controller) {
        connect(controller, &PrintController::feedback, this, &ShipmentsView::showPrintFeedback);
        connect(controller, &PrintController::progress, this, [this](const QString &text) {
            m_printFeedback->setText(text);
            m_printFeedback->setProperty("problem", false);
            m_printFeedback->setStyleSheet(QStringLiteral("QLabel { color: white; background: #455a64; padding: 6px "
                                                          "10px; border-radius: 3px; }"));
            m_printFeedback->show();
        });
        connect(controller, &PrintController::shipmentsChanged, this, &ShipmentsView::refreshKeys);
        connect(controller, &PrintController::allShipmentsChanged, this, &ShipmentsView::reload);
    }
    updatePrintActions();
}

QStringList ShipmentsView::selectedKeysWhere(const std::function<bool(const ShipmentRow &)> &keep) const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // In the grid's order, so the labels come out as the packer sees the rows.
    QModelIndexList sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(sorted)) {
        const ShipmentRow &row = m_model->rowAt(m_sortModel->mapToSource(index).row());
        if (keep(row))
            keys << row.key;
    }
    return keys;
}

void ShipmentsView::updatePrintActions()
{
    if (!m_printAction)
        return;
    bool printable = false;
    bool printed = false;
    if (m_printController) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows) {
            const ShipmentState state = m_model->rowAt(m_sortModel->mapToSource(index).row()).state;
            const bool owned = ImportRules::isPackbenchOwned(state);
            // A printed one stays printable: printing it says when and where it was printed, and to use Reprint.
            printable = printable || owned || state == ShipmentState::ToShip;
            printed = printed || owned;
            if (printable && printed)
                break;
        }
    }
    m_printAction->setEnabled(printable);
    m_printOptionsAction->setEnabled(printable);
    m_reprintAction->setEnabled(printed);
    m_voidAction->setEnabled(printed);
    m_dispatchAction->setVisible(m_printController && m_anyStoreDispatches);
    m_dispatchAction->setEnabled(m_printController != nullptr);
}

void ShipmentsView::disarmUnlessSelected()
{
    QStringList selected = selectedKeys();
    QStringList armed = m_armedKeys;
    std::sort(selected.begin(), selected.end());
    std::sort(armed.begin(), armed.end());
    if (!m_armedKeys.isEmpty() && selected != armed) {
        m_armedKeys.clear();
        setScanMessage(QString(), false); // "press Enter to print" no longer holds
    }
}

void ShipmentsView::printArmed()
{
    disarmUnlessSelected();
    if (m_armedKeys.isEmpty() || !m_printController)
        return;
    const QStringList keys = m_armedKeys;
    m_armedKeys.clear(); // one Enter, one print
    setScanMessage(QString(), false);
    m_printController->print(keys);
    m_scanEdit->setFocus(Qt::OtherFocusReason);
}

void ShipmentsView::enterPressed()
{
    disarmUnlessSelected();
    if (!m_armedKeys.isEmpty()) {
        printArmed();
        return;
    }
    showDetails();
}

void ShipmentsView::printWithOptions()
{
    if (!m_printController)
        return;
    m_armedKeys.clear();
    setScanMessage(QString(), false);
    const QStringList keys = selectedKeysWhere([](const ShipmentRow &) { return true; });
    const QModelIndex current = m_table->currentIndex();
    m_printController->printWithOptions(keys.size() == 1    ? keys.constFirst()
                                        : current.isValid() ? current.data(ShipmentsModel::KeyRole).toString()
                                                            : QString());
}

void ShipmentsView::printSelection()
{
    if (!m_printController)
        return;
    // The last scan's words ("press Enter to print") are done with.
    m_armedKeys.clear();
    setScanMessage(QString(), false);
    m_printController->print(selectedKeysWhere([](const ShipmentRow &) { return true; }));
}

void ShipmentsView::reprintSelection()
{
    if (!m_printController)
        return;
    setScanMessage(QString(), false);
    m_printController->reprint(
        selectedKeysWhere([](const ShipmentRow &row) { return ImportRules::isPackbenchOwned(row.state); }));
}

void ShipmentsView::voidSelection()
{
    if (!m_printController)
        return;
    setScanMessage(QString(), false);
    m_printController->voidPrint(
        selectedKeysWhere([](const ShipmentRow &row) { return ImportRules::isPackbenchOwned(row.state); }));
}

void ShipmentsView::markDispatched()
{
    if (m_printController)
        m_printController->markDispatched(m_filter.storeId);
}

void ShipmentsView::showPrintFeedback(const QString &text, bool problem)
{
    if (text.isEmpty()) {
        m_printFeedback->hide();
        return;
    }
    m_printFeedback->setText(text);
    m_printFeedback->setProperty("problem", problem);
    // Red like the scan field's problems, green when all went well: readable from the packing bench.
    m_printFeedback->setStyleSheet(problem ? QStringLiteral("QLabel { color: white; background: #c62828; padding: 6px "
                                                            "10px; border-radius: 3px; }")
                                           : QStringLiteral("QLabel { color: white; background: #2e7d32; padding: 6px "
                                                            "10px; border-radius: 3px; }"));
    m_printFeedback->show();
}

} // namespace Packbench
