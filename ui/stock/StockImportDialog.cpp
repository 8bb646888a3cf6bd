#include "ui/stock/StockImportDialog.h"

#include "core/storage/StockRepository.h"
#include "ui/stock/StockModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

namespace Packbench {

namespace {
constexpr int kPreviewRows = 20;
// Problems listed one by one; beyond this the list says how many more there are (a broken export can have
// thousands, and the first ones show what is wrong).
constexpr int kListedProblems = 500;

int indexOfName(const QStringList &headers, const QString &name)
{
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

StockImportDialog::StockImportDialog(Database &database, const StoreConfig &store, const QString &stationName,
                                     const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_store(store)
    , m_stationName(stationName)
    , m_path(path)
{
    setObjectName(QStringLiteral("stockImportDialog"));
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("Import stock file"));

    auto *intro = new QLabel(tr("%1 into the stock of %2. Choose the columns that hold the SKU and the quantity; the "
                                "levels replace the warehouse's counts of the same SKUs.")
                                 .arg(fileName, store.name),
                             this);
    intro->setObjectName(QStringLiteral("stockImportIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(QStringLiteral("stockImportPreview"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);
    m_previewTable->setMinimumHeight(m_previewTable->fontMetrics().height() * 6);
    // The row headers are the file's line numbers, as the problems name them.
    m_previewTable->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);

    m_skuCombo = new QComboBox(this);
    m_skuCombo->setObjectName(QStringLiteral("stockSkuColumnCombo"));
    m_quantityCombo = new QComboBox(this);
    m_quantityCombo->setObjectName(QStringLiteral("stockQuantityColumnCombo"));
    m_locationCombo = new QComboBox(this);
    m_locationCombo->setObjectName(QStringLiteral("stockLocationColumnCombo"));
    m_locationCombo->setToolTip(tr("A column with the BigCommerce location id of each line; without one, every line "
                                   "goes to the location below."));
    m_locationSpin = new QSpinBox(this);
    m_locationSpin->setObjectName(QStringLiteral("stockDefaultLocationSpin"));
    m_locationSpin->setRange(1, 999999);
    m_locationSpin->setValue(kDefaultLocationId);
    m_locationSpin->setToolTip(tr("The BigCommerce location id for lines without a location; 1 is the store's "
                                  "default location."));
    // As WheelGuard does for the application: scrolling past a choice must not change it (one notch chose "none").
    const QList<QWidget *> choices = {m_skuCombo, m_quantityCombo, m_locationCombo, m_locationSpin};
    for (QWidget *choice : choices) {
        choice->setFocusPolicy(Qt::StrongFocus);
        choice->installEventFilter(this);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&SKU column:"), m_skuCombo);
    form->addRow(tr("&Quantity column:"), m_quantityCombo);
    form->addRow(tr("&Location column:"), m_locationCombo);
    form->addRow(tr("&Default location id:"), m_locationSpin);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("stockImportCounts"));
    m_countsLabel->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("stockImportProblems"));
    m_problemList->setMinimumHeight(m_problemList->fontMetrics().height() * 4);
    m_problemList->setWordWrap(true);
    auto *problemsLabel = new QLabel(tr("&Problems (the lines not imported):"), this);
    problemsLabel->setBuddy(m_problemList);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("stockImportMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("stockImportButton"));
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("stockImportCancelButton"));
    m_cancelButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_previewTable, 4);
    layout->addLayout(form);
    layout->addWidget(m_countsLabel);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problemList, 1);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    // The file is read once; the choices only read these bytes again.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        m_readError = tr("%1 cannot be read: %2. Check that the file exists and that you may read it.")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
    else
        m_bytes = file.readAll();
    fillPreview();

    connect(m_skuCombo, &QComboBox::currentIndexChanged, this, &StockImportDialog::readWithChoices);
    connect(m_quantityCombo, &QComboBox::currentIndexChanged, this, &StockImportDialog::readWithChoices);
    connect(m_locationCombo, &QComboBox::currentIndexChanged, this, &StockImportDialog::readWithChoices);
    connect(m_locationSpin, &QSpinBox::valueChanged, this, &StockImportDialog::readWithChoices);
    connect(m_importButton, &QPushButton::clicked, this, &StockImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &StockImportDialog::reject);

    readWithChoices();
    QScreen *screen = parent ? parent->screen() : this->screen();
    resize(defaultSize(screen ? screen->availableGeometry() : QRect(0, 0, 760, 520)));
}

StockImportDialog::~StockImportDialog() = default;

QSize StockImportDialog::defaultSize(const QRect &available) const
{
    const QHeaderView *header = m_previewTable->horizontalHeader();
    int columns = m_previewTable->verticalHeader()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column)
        columns += header->sectionSize(column);
    const int chrome = 2 * m_previewTable->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 24;
    // Every preview row and the header, the choices, the problems (a quarter of the preview's room) and the buttons.
    const int row = m_previewTable->verticalHeader()->defaultSectionSize();
    const int preview = row * (kPreviewRows + 1) + 2 * m_previewTable->frameWidth();
    const int rest = fontMetrics().height() * 18;
    const QSize wanted(std::clamp(columns + chrome, 720, 1200), preview + preview / 4 + rest);
    return wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}

bool StockImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && watched->isWidgetType() && !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void StockImportDialog::fillPreview()
{
    if (m_readError.isEmpty())
        m_preview = StockFile::preview(m_bytes, kPreviewRows, QFileInfo(m_path).fileName());
    const QStringList &headers = m_preview.headers;
    m_previewTable->setColumnCount(static_cast<int>(headers.size()));
    m_previewTable->setRowCount(static_cast<int>(m_preview.rows.size()));
    QStringList lines;
    for (const int line : std::as_const(m_preview.lines))
        lines << QString::number(line);
    m_previewTable->setVerticalHeaderLabels(lines);
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const QStringList &cells = m_preview.rows.at(row);
        for (int column = 0; column < cells.size() && column < headers.size(); ++column)
            m_previewTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    const QSignalBlocker skuBlocker(m_skuCombo);
    const QSignalBlocker quantityBlocker(m_quantityCombo);
    const QSignalBlocker locationBlocker(m_locationCombo);
    m_skuCombo->clear();
    m_quantityCombo->clear();
    m_locationCombo->clear();
    m_locationCombo->addItem(tr("none: default location"), QString());
    for (const QString &header : headers) {
        // Shown elided (a broken file's "name" can be kilobytes); the whole name is what the file is read by.
        const QString shown = StockFile::elided(header);
        m_skuCombo->addItem(shown, header);
        m_quantityCombo->addItem(shown, header);
        m_locationCombo->addItem(shown, header);
    }
    // The names the command line uses by default; a column that is not there is left for the user to choose.
    const StockColumns defaults;
    m_skuCombo->setCurrentIndex(indexOfName(headers, defaults.sku));
    m_quantityCombo->setCurrentIndex(indexOfName(headers, defaults.quantity));
    const int location = indexOfName(headers, defaults.location);
    m_locationCombo->setCurrentIndex(location >= 0 ? location + 1 : 0);
}

StockColumns StockImportDialog::columns() const
{
    StockColumns columns;
    columns.sku = m_skuCombo->currentData().toString();
    columns.quantity = m_quantityCombo->currentData().toString();
    columns.location = m_locationCombo->currentData().toString();
    return columns;
}

int StockImportDialog::defaultLocationId() const
{
    return m_locationSpin->value();
}

void StockImportDialog::readWithChoices()
{
    const StockColumns chosen = columns();
    m_locationSpin->setEnabled(chosen.location.isEmpty() && !m_importing);
    // The chosen columns are named in the preview's header too (words, not only a colour).
    for (int column = 0; column < m_preview.headers.size(); ++column) {
        const QString header = StockFile::elided(m_preview.headers.at(column));
        const QString &name = m_preview.headers.at(column);
        QStringList roles;
        if (!chosen.sku.isEmpty() && name == chosen.sku)
            roles << tr("SKU");
        if (!chosen.quantity.isEmpty() && name == chosen.quantity)
            roles << tr("quantity");
        if (!chosen.location.isEmpty() && name == chosen.location)
            roles << tr("location");
        auto *item = new QTableWidgetItem(
            roles.isEmpty()
                ? header
                : tr("%1 [%2]", "column name [what it holds]").arg(header, roles.join(tr(", ", "list separator"))));
        QFont font = item->font();
        font.setBold(!roles.isEmpty());
        item->setFont(font);
        m_previewTable->setHorizontalHeaderItem(column, item);
    }
    // A handful of rows: measuring them is cheap, and the names in the header are what the user chooses by.
    m_previewTable->resizeColumnsToContents();

    m_contents = StockFile::Contents();
    m_problemList->clear();
    m_countsLabel->clear();
    if (!m_readError.isEmpty()) {
        showMessage(m_readError, true);
        updateButtons();
        return;
    }
    if (!m_preview.error.isEmpty()) {
        showMessage(m_preview.error, true);
        updateButtons();
        return;
    }
    if (chosen.sku.isEmpty() || chosen.quantity.isEmpty()) {
        showMessage(chosen.sku.isEmpty() ? tr("Choose the column that holds the SKU.")
                                         : tr("Choose the column that holds the quantity."),
                    true);
        updateButtons();
        return;
    }
    if (chosen.sku == chosen.quantity || chosen.sku == chosen.location || chosen.quantity == chosen.location) {
        showMessage(tr("Choose a different column for each: SKU, quantity and location."), true);
        updateButtons();
        return;
    }
    m_contents = StockFile::read(m_bytes, chosen, m_locationSpin->value(), QFileInfo(m_path).fileName());
    const QLocale locale;
    m_countsLabel->setText(tr("Lines read: %1 · levels to import: %2 · problems: %3")
                               .arg(locale.toString(m_contents.lines), locale.toString(m_contents.levels.size()),
                                    locale.toString(m_contents.problems.size())));
    const qsizetype listed = std::min<qsizetype>(m_contents.problems.size(), kListedProblems);
    for (qsizetype i = 0; i < listed; ++i)
        m_problemList->addItem(StockModel::problemText(m_contents.problems.at(i)));
    if (m_contents.problems.size() > listed)
        m_problemList->addItem(tr("… and %1 more").arg(locale.toString(m_contents.problems.size() - listed)));
    if (!m_contents.error.isEmpty())
        showMessage(m_contents.error, true);
    else if (m_contents.levels.isEmpty())
        showMessage(tr("No line of the file can be imported with these columns: see the problems."), true);
    else if (!m_contents.problems.isEmpty())
        showMessage(tr("Import saves the %1 good levels; fix the lines listed and import the file again for the rest.")
                        .arg(locale.toString(m_contents.levels.size())),
                    false);
    else
        showMessage(QString(), false);
    updateButtons();
}

void StockImportDialog::updateButtons()
{
    m_importButton->setEnabled(!m_importing && m_contents.error.isEmpty() && !m_contents.levels.isEmpty());
    m_importButton->setText(m_contents.levels.isEmpty()
                                ? tr("&Import")
                                : tr("&Import %1 levels").arg(QLocale().toString(m_contents.levels.size())));
    m_cancelButton->setEnabled(!m_importing);
    m_skuCombo->setEnabled(!m_importing);
    m_quantityCombo->setEnabled(!m_importing);
    m_locationCombo->setEnabled(!m_importing);
    m_locationSpin->setEnabled(!m_importing && columns().location.isEmpty());
}

void StockImportDialog::startImport()
{
    if (m_importing || !m_importButton->isEnabled())
        return;
    m_importing = true;
    updateButtons();
    showMessage(tr("Saving the levels…"), false);

    StockImportRecord record;
    record.fileName = QFileInfo(m_path).fileName();
    record.station = m_stationName;
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.levels = static_cast<int>(m_contents.levels.size());
    record.problems = static_cast<int>(m_contents.problems.size());
    const QList<StockLevel> levels = m_contents.levels;
    const QUuid storeId = m_store.id;
    Database *database = &m_database;
    m_worker.run([this, database, storeId, levels, record] {
        // Constructed here: the repository uses this thread's own database connection.
        QString error;
        const bool ok = StockRepository(*database).importLevels(storeId, levels, record, &error);
        // The dialog waits for this thread before it is destroyed; a queued answer goes with it.
        QMetaObject::invokeMethod(
            this, [this, ok, error, record] { finishImport(ok, error, record); }, Qt::QueuedConnection);
    });
}

void StockImportDialog::finishImport(bool ok, const QString &error, const StockImportRecord &record)
{
    m_importing = false;
    Q_EMIT importEnded();
    if (!ok) {
        showMessage(tr("The levels could not be saved: %1. Nothing was imported; try again.").arg(error), true);
        updateButtons();
        return;
    }
    Q_EMIT imported(record);
    accept();
}

void StockImportDialog::reject()
{
    // The write is one transaction that ends on its own; the dialog closes when it has.
    if (m_importing)
        return;
    QDialog::reject();
}

void StockImportDialog::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                          : QString());
}

QString StockImportDialog::messageText() const
{
    return m_messageLabel->text();
}

} // namespace Packbench
