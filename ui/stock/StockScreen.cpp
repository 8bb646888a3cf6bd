#include "ui/stock/StockScreen.h"

#include "core/inventory/StockPushJob.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "ui/stock/StockImportDialog.h"
#include "ui/stock/StockPushDialog.h"
#include "ui/stock/StockSortModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {
// More than any shelf holds: a number this big after "*" is a barcode scanned into the quantity by mistake.
constexpr qint64 kMaxCount = 1000000;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

StockScreen::StockScreen(Database &database, StoreService &stores, const QString &stationName, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_stationName(stationName)
{
    setObjectName(QStringLiteral("stockScreen"));
    // Documents when there is such a folder: a file dialog opened on one that does not exist offers its name as the
    // file and refuses to open.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_lastDirectory = QFileInfo(documents).isDir() ? documents : QDir::homePath();

    m_model = new StockModel(this);
    m_sortModel = new StockSortModel(this);
    m_sortModel->setSourceModel(m_model);
    m_runner = new StockPushRunner(database, stores, this);

    // Store and where the levels came from.
    m_storeCombo = new QComboBox(this);
    m_storeCombo->setObjectName(QStringLiteral("stockStoreCombo"));
    m_storeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_storeCombo->setMinimumContentsLength(12);
    auto *storeLabel = new QLabel(tr("Sto&re:"), this);
    storeLabel->setBuddy(m_storeCombo);
    m_lastImportLabel = new QLabel(this);
    m_lastImportLabel->setObjectName(QStringLiteral("stockLastImportLabel"));
    m_lastImportLabel->setWordWrap(true);
    m_lastImportLabel->setTextFormat(Qt::PlainText);
    m_lastImportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(storeLabel);
    storeRow->addWidget(m_storeCombo);
    storeRow->addSpacing(12);
    storeRow->addWidget(m_lastImportLabel, 1);

    // What to do with the levels.
    m_importButton = new QPushButton(tr("&Import stock file…"), this);
    m_importButton->setObjectName(QStringLiteral("stockImportFileButton"));
    m_importButton->setToolTip(tr("Read a stock file (CSV) exported from a WMS or a count: you choose its columns "
                                  "in a preview before anything is saved."));
    m_lookUpButton = new QPushButton(tr("&Look up BigCommerce"), this);
    m_lookUpButton->setObjectName(QStringLiteral("stockLookUpButton"));
    m_lookUpButton->setToolTip(tr("Ask BigCommerce for its levels of these SKUs and compare; nothing is written to "
                                  "BigCommerce."));
    m_pushButton = new QPushButton(tr("&Push to BigCommerce…"), this);
    m_pushButton->setObjectName(QStringLiteral("stockPushButton"));
    m_pushButton->setToolTip(tr("Send the levels that differ to BigCommerce, after a preview of what changes."));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_importButton);
    actionRow->addWidget(m_lookUpButton);
    actionRow->addWidget(m_pushButton);
    actionRow->addStretch(1);

    // Count by scanning.
    m_scanEdit = new QLineEdit(this);
    m_scanEdit->setObjectName(QStringLiteral("stockScanEdit"));
    m_scanEdit->setPlaceholderText(tr("Scan a SKU (SKU*12 sets 12)"));
    m_scanEdit->setClearButtonEnabled(true);
    m_scanEdit->setToolTip(
        tr("<p>Scan a SKU, or type it and press Enter: the first scan of a SKU in this count sets its level at the "
           "location to 1, each further scan adds 1. Type SKU*12 to set 12. Each count is saved at once.</p>"
           "<p>F2 comes back here; New count starts again from nothing.</p>"));
    auto *scanLabel = new QLabel(tr("Count by s&canning:"), this);
    scanLabel->setBuddy(m_scanEdit);
    m_locationSpin = new QSpinBox(this);
    m_locationSpin->setObjectName(QStringLiteral("stockScanLocationSpin"));
    m_locationSpin->setRange(1, 999999);
    m_locationSpin->setValue(kDefaultLocationId);
    m_locationSpin->setToolTip(tr("The BigCommerce location id the scans count at; 1 is the store's default "
                                  "location."));
    auto *locationLabel = new QLabel(tr("L&ocation:"), this);
    locationLabel->setBuddy(m_locationSpin);
    m_locationName = new QLabel(this);
    m_locationName->setObjectName(QStringLiteral("stockScanLocationName"));
    m_newCountButton = new QPushButton(tr("&New count"), this);
    m_newCountButton->setObjectName(QStringLiteral("stockNewCountButton"));
    m_newCountButton->setToolTip(tr("Forget what this count has scanned: the next scan of each SKU counts from 1. "
                                    "The saved levels stay."));
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scanEdit, 1);
    scanRow->addWidget(locationLabel);
    scanRow->addWidget(m_locationSpin);
    scanRow->addWidget(m_locationName);
    scanRow->addWidget(m_newCountButton);

    // What the last scan did, big enough to read from the shelf.
    m_scanFeedback = new QLabel(this);
    m_scanFeedback->setObjectName(QStringLiteral("stockScanFeedback"));
    m_scanFeedback->setWordWrap(true);
    m_scanFeedback->setTextFormat(Qt::PlainText);
    m_scanFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont feedbackFont = m_scanFeedback->font();
    feedbackFont.setBold(true);
    feedbackFont.setPointSizeF(feedbackFont.pointSizeF() * 1.25);
    m_scanFeedback->setFont(feedbackFont);
    m_scanFeedback->hide();

    // Filters and counts.
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("stockFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("SKU or location"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    m_differencesCheck = new QCheckBox(tr("Only &differences"), this);
    m_differencesCheck->setObjectName(QStringLiteral("stockDifferencesCheck"));
    m_differencesCheck->setToolTip(tr("Only the SKUs a push would change, and those BigCommerce does not have"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("stockSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_differencesCheck);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("stockTable"));
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StockModel::Sku, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Every row the same height and starting widths from the font, never measured over all rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths = {
        {StockModel::Sku, 16},    {StockModel::Location, 12},    {StockModel::Warehouse, 9}, {StockModel::Allocated, 9},
        {StockModel::ToPush, 12}, {StockModel::BigCommerce, 11}, {StockModel::LastPush, 18}};
    // Wide enough for the numbers and for the header in any language.
    for (const auto &[column, characters] : widths) {
        const int header = m_table->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        columns->resizeSection(column, std::max(characters * digit, header + digit) + 16);
    }

    // The outcome of the last import, look-up or push; the look-up's progress.
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("stockProgress"));
    m_progressBar->setMaximumWidth(digit * 24);
    m_progressBar->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("stockCancelButton"));
    m_cancelButton->hide();
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("stockMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_progressBar);
    messageRow->addWidget(m_cancelButton);
    messageRow->addWidget(m_messageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(storeRow);
    layout->addLayout(actionRow);
    layout->addLayout(scanRow);
    layout->addWidget(m_scanFeedback);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(messageRow);

    createActions();

    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &StockScreen::storeComboChanged);
    connect(m_importButton, &QPushButton::clicked, this, &StockScreen::importFile);
    connect(m_lookUpButton, &QPushButton::clicked, this, &StockScreen::lookUp);
    connect(m_pushButton, &QPushButton::clicked, this, [this] { push(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &StockScreen::cancelLookUp);
    connect(m_newCountButton, &QPushButton::clicked, this, &StockScreen::startNewCount);
    connect(m_scanEdit, &QLineEdit::returnPressed, this, &StockScreen::scanEntered);
    connect(m_locationSpin, &QSpinBox::valueChanged, this, &StockScreen::updateLocationName);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &StockScreen::setFilterText);
    connect(m_differencesCheck, &QCheckBox::toggled, this, &StockScreen::setOnlyDifferences);
    connect(m_sortModel, &QAbstractItemModel::rowsInserted, this, &StockScreen::updateSummary);
    connect(m_sortModel, &QAbstractItemModel::rowsRemoved, this, &StockScreen::updateSummary);
    connect(m_sortModel, &QAbstractItemModel::modelReset, this, &StockScreen::updateSummary);
    connect(m_sortModel, &QAbstractItemModel::layoutChanged, this, &StockScreen::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StockScreen::updateSummary);

    connect(m_runner, &StockPushRunner::progress, this, [this](const StockPushProgress &progress) {
        if (m_lookingUp)
            showProgress(progress);
    });
    connect(m_runner, &StockPushRunner::finished, this, [this](const StockPushReport &report) {
        if (m_lookingUp)
            lookUpDone(report);
        emitIdleWhenDone();
    });
    m_cancelRepeat.setInterval(100);
    connect(&m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (m_lookingUp)
            m_runner->cancel();
    });

    m_lastImportLabel->setText(tr("Reading the connected stores…"));
    updateLocationName();
    updateSummary();
    updateButtons();
    reloadStores();
}

StockScreen::~StockScreen()
{
    // The dialogs go before the runner they use (children are deleted in the order they were made): a push under
    // way is cancelled by its dialog while the runner still exists.
    delete m_pushDialog.data();
    delete m_importDialog.data();
}

void StockScreen::createActions()
{
    auto *scan = new QAction(tr("Sc&an"), this);
    scan->setShortcut(QKeySequence(Qt::Key_F2));
    scan->setShortcutContext(Qt::WindowShortcut);
    connect(scan, &QAction::triggered, this, &StockScreen::focusScan);
    addAction(scan);
    auto *filter = new QAction(tr("&Filter"), this);
    filter->setShortcut(QKeySequence::Find);
    filter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(filter, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(filter);
}

void StockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A scanner types into whatever has the focus: the scan field has it when the screen comes.
    focusScan();
}

void StockScreen::focusScan()
{
    m_scanEdit->setFocus(Qt::ShortcutFocusReason);
    m_scanEdit->selectAll();
}

StockImportDialog *StockScreen::importDialog() const
{
    return m_importDialog;
}

StockPushDialog *StockScreen::pushDialog() const
{
    return m_pushDialog;
}

bool StockScreen::isBusy() const
{
    return m_runner->isRunning() || m_pendingSaves > 0 || (m_importDialog && m_importDialog->isImporting());
}

void StockScreen::finishWork()
{
    m_finishing = true;
    if (m_pushDialog)
        m_pushDialog->reject(); // cancels a push under way; the dialog stays until it has stopped
    cancelLookUp();
    emitIdleWhenDone();
}

void StockScreen::emitIdleWhenDone()
{
    if (m_finishing && !isBusy())
        Q_EMIT idle();
}

QUuid StockScreen::storeId() const
{
    const QString id = m_storeCombo->currentData().toString();
    return id.isEmpty() ? QUuid() : QUuid::fromString(id);
}

std::optional<StoreConfig> StockScreen::currentStore() const
{
    const QUuid id = storeId();
    for (const StoreConfig &store : m_storeList) {
        if (store.id == id)
            return store;
    }
    return std::nullopt;
}

void StockScreen::setStore(const QUuid &storeId)
{
    if (isLoadingStores() || m_storeList.isEmpty()) {
        m_wantedStore = storeId;
        return;
    }
    const int index = m_storeCombo->findData(idText(storeId));
    if (index >= 0)
        m_storeCombo->setCurrentIndex(index); // storeComboChanged() follows
}

void StockScreen::reloadStores()
{
    const quint64 request = ++m_storesRequest;
    Database *database = &m_database;
    m_worker.run([this, database, request] {
        // Constructed here: the repository uses this thread's own database connection.
        StoresRead read;
        read.stores = StoreRepository(*database).list(&read.error);
        // The screen waits for this thread before it is destroyed; a queued answer goes with it.
        QMetaObject::invokeMethod(
            this, [this, request, read] { showStores(request, read); }, Qt::QueuedConnection);
    });
}

void StockScreen::showStores(quint64 request, const StoresRead &read)
{
    if (request != m_storesRequest)
        return; // a newer read is under way: its answer is the one to show
    m_storesAnswered = request;
    // A failed read keeps the stores shown before, and says why.
    if (read.error.isEmpty())
        m_storeList = read.stores;
    QString selected = m_storeCombo->currentData().toString();
    if (m_wantedStore) {
        selected = idText(*m_wantedStore);
        m_wantedStore.reset();
    }
    {
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->clear();
        for (const StoreConfig &store : std::as_const(m_storeList))
            m_storeCombo->addItem(store.name, idText(store.id));
        const int index = m_storeCombo->findData(selected);
        m_storeCombo->setCurrentIndex(index >= 0 ? index : (m_storeCombo->count() > 0 ? 0 : -1));
    }
    if (!read.error.isEmpty())
        showMessage(tr("The stores could not be read: %1").arg(read.error), true);
    else if (m_storeList.isEmpty())
        showMessage(tr("No store is connected. Connect one in Settings > Integrations first."), true);
    storeComboChanged();
    Q_EMIT storesLoaded();
}

void StockScreen::storeComboChanged()
{
    const QUuid id = storeId();
    if (id == m_shownStore && !m_shownStore.isNull()) {
        updateButtons();
        return;
    }
    // Another store: another count, and nothing of the last store's look-up.
    m_shownStore = id;
    m_counted.clear();
    m_countedAt.clear();
    setScanFeedback(QString(), false);
    if (!m_lookingUp && !m_storeList.isEmpty())
        showMessage(QString(), false);
    Q_EMIT storeChanged(id);
    reload();
}

void StockScreen::reload()
{
    const quint64 generation = ++m_stockGeneration;
    const QUuid storeId = m_shownStore;
    if (storeId.isNull()) {
        m_loadingStock = false;
        m_model->setStock(StockData());
        m_lastImportLabel->setText(m_storeList.isEmpty() && !isLoadingStores() ? QString()
                                                                               : tr("Reading the connected stores…"));
        updateButtons();
        Q_EMIT stockLoaded();
        return;
    }
    m_loadingStock = true;
    updateButtons();
    const quint64 scanSequence = m_scanSequence;
    Database *database = &m_database;
    m_worker.run([this, database, storeId, generation, scanSequence] {
        StockRepository repository(*database);
        StockData data;
        QString error;
        QStringList errors;
        auto keep = [&errors, &error] {
            if (!error.isEmpty())
                errors << error;
            error.clear();
        };
        data.levels = repository.levels(storeId, &error);
        keep();
        data.allocated = repository.allocated(storeId, &error);
        keep();
        data.remote = repository.remote(storeId, &error);
        keep();
        data.lookedUpSkus = repository.lookedUpSkus(storeId, &error);
        keep();
        data.lastPush = repository.lastPushResults(storeId, &error);
        keep();
        data.lastImport = repository.lastImport(storeId, &error);
        keep();
        const QString failure = errors.join(QLatin1Char('\n'));
        QMetaObject::invokeMethod(
            this,
            [this, generation, scanSequence, data, failure] { applyStock(generation, scanSequence, data, failure); },
            Qt::QueuedConnection);
    });
}

void StockScreen::applyStock(quint64 generation, quint64 scanSequence, const StockData &data, const QString &error)
{
    if (generation != m_stockGeneration)
        return; // the store changed or a newer read is under way
    m_loadingStock = false;
    m_model->setStock(data);
    // Scans made after this read was asked for are saved after it, so the read does not have them yet.
    for (auto it = m_countedAt.cbegin(); it != m_countedAt.cend(); ++it) {
        if (it.value() <= scanSequence)
            continue;
        const QString &key = it.key();
        const qsizetype split = key.lastIndexOf(QLatin1Char('\n'));
        m_model->setWarehouseLevel(key.left(split), key.mid(split + 1).toInt(), m_counted.value(key));
    }
    m_lastImportLabel->setText(lastImportText(data.lastImport));
    m_lastImportLabel->setToolTip(data.lastImport
                                      ? tr("%1 levels imported; %2 lines had problems and were left out.")
                                            .arg(number(data.lastImport->levels), number(data.lastImport->problems))
                                      : QString());
    if (!error.isEmpty())
        showMessage(tr("The stock could not be read: %1").arg(error), true);
    updateLocationName();
    updateSummary();
    updateButtons();
    Q_EMIT stockLoaded();
}

QString StockScreen::lastImportText(const std::optional<StockImportRecord> &record)
{
    if (!record)
        return tr("No stock file imported for this store yet.");
    const QDateTime local = record->importedAt.toLocalTime();
    const QLocale locale;
    const QString when = local.date().year() == QDate::currentDate().year()
                             ? locale.toString(local, QStringLiteral("d MMM HH:mm"))
                             : locale.toString(local, QStringLiteral("d MMM yyyy HH:mm"));
    const QString file = record->fileName.isEmpty() ? tr("a stock file") : record->fileName;
    if (record->station.isEmpty())
        return tr("Last import: %1, %2", "file, when").arg(file, when);
    return tr("Last import: %1 by %2, %3", "file, station, when").arg(file, record->station, when);
}

QString StockScreen::lastImportText() const
{
    return m_lastImportLabel->text();
}

void StockScreen::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summaryLabel->setText(m_shownStore.isNull() ? QString()
                                                      : tr("No stock yet: import a stock file or count by scanning."));
        return;
    }
    const StockModel::Counts counts = m_model->counts();
    QStringList parts;
    parts << tr("%1, %2", "SKUs, levels")
                 .arg(counts.skus == 1 ? tr("1 SKU") : tr("%1 SKUs").arg(number(counts.skus)),
                      counts.rows == 1 ? tr("1 level") : tr("%1 levels").arg(number(counts.rows)));
    if (counts.notLookedUp == counts.rows)
        parts << tr("not compared yet");
    else
        parts << tr("%1 differ").arg(number(counts.differ)) << tr("%1 not found").arg(number(counts.notFound));
    if (counts.notLookedUp > 0 && counts.notLookedUp < counts.rows)
        parts << tr("%Ln not looked up yet", nullptr, counts.notLookedUp); // imported or counted since the look-up
    if (counts.unknownLocation > 0)
        parts << tr("%Ln at an unknown location", nullptr, counts.unknownLocation);
    if (counts.refused > 0)
        parts << tr("%1 refused at the last push").arg(number(counts.refused));
    const int shown = m_sortModel->rowCount();
    if (shown != m_model->rowCount())
        parts << (shown == 1 ? tr("1 row shown") : tr("%1 rows shown").arg(number(shown)));
    m_summaryLabel->setText(parts.join(tr(" · ", "summary separator")));
}

QString StockScreen::summaryText() const
{
    return m_summaryLabel->text();
}

void StockScreen::updateButtons()
{
    const bool haveStore = !m_shownStore.isNull() && currentStore().has_value();
    const bool running = m_runner->isRunning() || m_lookingUp;
    bool anyLevel = false;
    for (const StockRow &row : m_model->rows()) {
        if (row.inWarehouse) {
            anyLevel = true;
            break;
        }
    }
    m_storeCombo->setEnabled(m_storeCombo->count() > 1 && !m_lookingUp);
    m_importButton->setEnabled(haveStore);
    m_lookUpButton->setEnabled(haveStore && anyLevel && !running);
    m_pushButton->setEnabled(haveStore && anyLevel && !running);
    const QString why = !haveStore ? tr("Choose a connected store first.")
                                   : (!anyLevel ? tr("Import a stock file or count by scanning first.")
                                                : (running ? tr("A look-up or push is running.") : QString()));
    for (QPushButton *button : {m_lookUpButton, m_pushButton})
        button->setStatusTip(why);
    // The scan field stays usable (it keeps the focus for the scanner); without a store a scan says so.
    m_newCountButton->setEnabled(haveStore && !m_counted.isEmpty());
    m_progressBar->setVisible(m_lookingUp);
    m_cancelButton->setVisible(m_lookingUp);
    m_cancelButton->setEnabled(!m_cancelRequested);
    m_cancelButton->setText(m_cancelRequested ? tr("Cancelling…") : tr("Cancel"));
}

void StockScreen::updateLocationName()
{
    m_locationName->setText(m_model->locationText(m_locationSpin->value()));
}

void StockScreen::setFilterText(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text); // comes back here through textChanged
    m_sortModel->setFilterText(text);
    updateSummary();
}

void StockScreen::setOnlyDifferences(bool only)
{
    if (m_differencesCheck->isChecked() != only)
        m_differencesCheck->setChecked(only);
    m_sortModel->setOnlyDifferences(only);
    updateSummary();
}

// Count by scanning ------------------------------------------------------------------------------------------------

void StockScreen::scanEntered()
{
    const QString text = m_scanEdit->text().trimmed();
    m_scanEdit->clear();
    if (text.isEmpty())
        return;
    const std::optional<StoreConfig> store = currentStore();
    if (!store) {
        QApplication::beep();
        setScanFeedback(tr("“%1”: choose a connected store first.").arg(text), true);
        return;
    }
    QString sku = text;
    std::optional<qint64> typed;
    const qsizetype star = text.lastIndexOf(QLatin1Char('*'));
    if (star >= 0) {
        sku = text.left(star).trimmed();
        bool ok = false;
        const qint64 quantity = text.mid(star + 1).trimmed().toLongLong(&ok);
        if (sku.isEmpty() || !ok || quantity < 0) {
            QApplication::beep();
            setScanFeedback(tr("“%1”: not counted. Type the SKU, * and the quantity, e.g. %2*12.")
                                .arg(text, sku.isEmpty() ? tr("SKU") : sku),
                            true);
            return;
        }
        if (quantity > kMaxCount) {
            QApplication::beep();
            setScanFeedback(tr("“%1”: not counted: %2 is more than a shelf holds. Was a barcode scanned after the *?")
                                .arg(text, number(quantity)),
                            true);
            return;
        }
        typed = quantity;
    }

    const int locationId = m_locationSpin->value();
    if (m_model->isUnknownLocation(locationId)) {
        // Not saved: a push could never send it, and the count belongs at one of the store's locations.
        QApplication::beep();
        setScanFeedback(tr("%1: not counted: the store has no location %2 (its locations: %3). Set Location to one "
                           "of them and scan again.")
                            .arg(sku, QString::number(locationId), m_model->knownLocationsText()),
                        true);
        return;
    }
    const QString key = StockRow::keyOf(sku, locationId);
    const bool first = !m_counted.contains(key);
    const qint64 count = typed ? *typed : m_counted.value(key) + 1;
    std::optional<qint64> before;
    if (const int row = m_model->rowOf(sku, locationId); row >= 0 && m_model->rowAt(row).inWarehouse)
        before = m_model->rowAt(row).warehouse;
    m_counted.insert(key, count);
    m_countedAt.insert(key, ++m_scanSequence);
    m_model->setWarehouseLevel(sku, locationId, count);

    const QString location = m_model->locationText(locationId);
    QString feedback = first && before && *before != count
                           ? tr("%1: %2 counted at %3 (was %4)").arg(sku, number(count), location, number(*before))
                           : tr("%1: %2 counted at %3").arg(sku, number(count), location);
    const bool unknown = m_model->isNotAtBigCommerce(sku);
    if (unknown) {
        QApplication::beep();
        feedback = tr("%1. BigCommerce has no item with this SKU (last look-up): check the label. The count is kept.")
                       .arg(feedback);
    }
    setScanFeedback(feedback, unknown);
    updateButtons();

    StockLevel level;
    level.sku = sku;
    level.locationId = locationId;
    level.quantity = count;
    level.line = 0;
    const QUuid storeId = store->id;
    const QString station = m_stationName;
    Database *database = &m_database;
    ++m_pendingSaves;
    // Saved in the order scanned (the worker runs one job after the other), each an absolute level: the last one
    // saved is the last one counted.
    m_worker.run([this, database, storeId, level, station] {
        QString error;
        if (!StockRepository(*database).setLevel(storeId, level, station, &error) && error.isEmpty())
            error = tr("unknown database error");
        QMetaObject::invokeMethod(
            this,
            [this, level, error] {
                --m_pendingSaves;
                if (!error.isEmpty()) {
                    QApplication::beep();
                    setScanFeedback(tr("%1: the count of %2 was not saved: %3. Scan it again.")
                                        .arg(level.sku, number(level.quantity), error),
                                    true);
                }
                Q_EMIT countSaved(level.sku, level.locationId, level.quantity, error);
                emitIdleWhenDone();
            },
            Qt::QueuedConnection);
    });
}

void StockScreen::startNewCount()
{
    m_counted.clear();
    m_countedAt.clear();
    setScanFeedback(tr("New count: the next scan of each SKU counts from 1."), false);
    updateButtons();
    focusScan();
}

void StockScreen::setScanFeedback(const QString &text, bool problem)
{
    m_scanFeedback->setText(text);
    m_scanFeedback->setVisible(!text.isEmpty());
    // White on red is legible in a light and a dark theme; the words say it too.
    m_scanFeedback->setStyleSheet(problem ? QStringLiteral("QLabel { color: white; background: #c62828; padding: 2px "
                                                           "6px; border-radius: 3px; }")
                                          : QString());
    m_scanFeedback->setProperty("problem", problem);
}

QString StockScreen::scanFeedbackText() const
{
    return m_scanFeedback->text();
}

// Import, look up, push --------------------------------------------------------------------------------------------

void StockScreen::importFile()
{
    if (!currentStore()) {
        showMessage(tr("Choose a connected store first."), true);
        return;
    }
    // Not the static getOpenFileName(): it would wait in a nested event loop.
    auto *chooser = new QFileDialog(this, tr("Import stock file"), m_lastDirectory,
                                    tr("Stock files (*.csv *.tsv *.txt);;All files (*)"));
    chooser->setObjectName(QStringLiteral("stockFileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_lastDirectory = QFileInfo(path).absolutePath();
        openImportPreview(path);
    });
    chooser->open();
}

StockImportDialog *StockScreen::openImportPreview(const QString &path)
{
    const std::optional<StoreConfig> store = currentStore();
    if (!store) {
        showMessage(tr("Choose a connected store first."), true);
        return nullptr;
    }
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new StockImportDialog(m_database, *store, m_stationName, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &StockImportDialog::importEnded, this, &StockScreen::emitIdleWhenDone);
    const QString storeName = store->name;
    connect(dialog, &StockImportDialog::imported, this, [this, storeName](const StockImportRecord &record) {
        // The file's levels replace what was counted of the same SKUs: this count starts again.
        m_counted.clear();
        m_countedAt.clear();
        const QString text = tr("Imported %1 into %2: %3 levels; %4 lines with problems were left out.")
                                 .arg(record.fileName, storeName, number(record.levels), number(record.problems));
        showMessage(text, false);
        Q_EMIT message(text);
        Q_EMIT imported(record);
        reload();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        updateButtons();
        focusScan();
    });
    dialog->open();
    return dialog;
}

void StockScreen::lookUp()
{
    const std::optional<StoreConfig> store = currentStore();
    if (!store) {
        showMessage(tr("Choose a connected store first."), true);
        return;
    }
    if (m_runner->isRunning()) {
        showMessage(tr("A look-up or push of the stock is still running. Try again when it has finished."), true);
        return;
    }
    StockPushRequest request;
    request.dryRun = true;
    request.interactive = true;
    request.defaultLocationId = kDefaultLocationId;
    m_lookingUp = true;
    m_cancelRequested = false;
    m_progressBar->setRange(0, 0); // busy until the first progress
    showMessage(tr("Looking up the SKUs at BigCommerce…"), false);
    updateButtons();
    m_runner->start(*store, request); // may finish at once (no token on this station)
}

void StockScreen::cancelLookUp()
{
    if (!m_lookingUp || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_runner->cancel();
    m_cancelRepeat.start();
    showMessage(tr("Cancelling the look-up…"), false);
    updateButtons();
}

void StockScreen::showProgress(const StockPushProgress &progress)
{
    if (progress.total > 0) {
        m_progressBar->setRange(0, progress.total);
        m_progressBar->setValue(std::min(progress.done, progress.total));
    }
    if (!m_cancelRequested)
        showMessage(
            tr("Looking up SKUs at BigCommerce: %1 of %2 (%3)…")
                .arg(number(progress.done), number(progress.total), StockModel::requestsText(progress.requests)),
            false);
}

void StockScreen::lookUpDone(const StockPushReport &report)
{
    m_lookingUp = false;
    m_cancelRequested = false;
    m_cancelRepeat.stop();
    const bool failed = !report.error.isEmpty() && !report.cancelled;
    const QList<StockProblem> problems = problemsNeedingAction(report.problems);
    QString text;
    if (report.cancelled)
        text = tr("Look-up cancelled.");
    else if (failed)
        text = tr("The look-up stopped: %1").arg(report.error);
    else
        text = tr("BigCommerce looked up: %1 to change, %2 already right, %3 (%4).")
                   .arg(number(report.changes.size()), number(report.unchanged),
                        StockModel::problemsText(static_cast<int>(problems.size())),
                        StockModel::requestsText(report.requests));
    showMessage(text, failed);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const StockProblem &problem : problems.mid(0, 20))
            lines << StockModel::problemText(problem);
        if (problems.size() > 20)
            lines << tr("… and %1 more").arg(number(problems.size() - 20));
        m_messageLabel->setToolTip(lines.join(QLatin1Char('\n')));
    }
    Q_EMIT message(text);
    updateButtons();
    reload(); // the look-up is saved: the table shows it
    Q_EMIT lookUpFinished(report);
}

StockPushDialog *StockScreen::push()
{
    const std::optional<StoreConfig> store = currentStore();
    if (!store) {
        showMessage(tr("Choose a connected store first."), true);
        return nullptr;
    }
    if (m_runner->isRunning()) {
        showMessage(tr("A look-up or push of the stock is still running. Try again when it has finished."), true);
        return nullptr;
    }
    auto *dialog = new StockPushDialog(*m_runner, *store, kDefaultLocationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pushDialog = dialog;
    connect(dialog, &StockPushDialog::runFinished, this, [this](const StockPushReport &report) {
        if (!report.dryRun) {
            const QString text = tr("Push to BigCommerce: %1").arg(StockPushDialog::summary(report));
            const bool problem =
                (!report.error.isEmpty() && !report.cancelled) ||
                std::any_of(report.results.cbegin(), report.results.cend(),
                            [](const StockPushResult &result) { return result.outcome == StockPushOutcome::Refused; });
            showMessage(text, problem);
            Q_EMIT message(text.section(QLatin1Char('\n'), 0, 0));
        }
        updateButtons();
        reload(); // the look-up and the results are saved: the table shows them
    });
    connect(dialog, &QDialog::finished, this, [this] {
        updateButtons();
        focusScan();
    });
    dialog->open();
    dialog->start();
    updateButtons();
    return dialog;
}

void StockScreen::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setToolTip(QString());
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                          : QString());
}

QString StockScreen::messageText() const
{
    return m_messageLabel->text();
}

} // namespace Packbench
