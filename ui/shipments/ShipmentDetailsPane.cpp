#include "ui/shipments/ShipmentDetailsPane.h"

#include "core/sync/ImportRules.h"
#include "core/writeback/Outbox.h"
#include "ui/shipments/ShipmentsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {

// A small read-only table as tall as its rows: the pane scrolls, not the table. The first column takes the width
// left over and wraps its text; the others fit their contents. Ctrl+C copies the selected cells.
class FitTable : public QTableWidget
{
public:
    FitTable(int columns, QWidget *parent)
        : QTableWidget(0, columns, parent)
    {
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setSelectionMode(QAbstractItemView::ExtendedSelection);
        setSelectionBehavior(QAbstractItemView::SelectItems);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setWordWrap(true);
        setTextElideMode(Qt::ElideNone);
        setAlternatingRowColors(true);
        // Tab leaves the table rather than walking its cells.
        setTabKeyNavigation(false);
        setFocusPolicy(Qt::StrongFocus);
        verticalHeader()->hide();
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        horizontalHeader()->setHighlightSections(false);
        horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
        connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override
    {
        const QHeaderView *header = horizontalHeader();
        const int headerHeight = header->isHidden() ? 0 : header->sizeHint().height();
        return {QTableWidget::sizeHint().width(), 2 * frameWidth() + headerHeight + verticalHeader()->length()};
    }

    QSize minimumSizeHint() const override
    {
        // The columns that fit their contents whole, and a few characters of the first.
        int width = 2 * frameWidth() + fontMetrics().averageCharWidth() * 10;
        for (int column = 1; column < columnCount(); ++column) {
            if (!isColumnHidden(column))
                width += horizontalHeader()->sectionSize(column);
        }
        return {width, sizeHint().height()};
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        QTableWidget::keyPressEvent(event);
    }

private:
    void copySelection() const
    {
        QList<QTableWidgetItem *> items = selectedItems();
        if (items.isEmpty())
            return;
        std::sort(items.begin(), items.end(), [](const QTableWidgetItem *a, const QTableWidgetItem *b) {
            return a->row() != b->row() ? a->row() < b->row() : a->column() < b->column();
        });
        QString text;
        int row = items.constFirst()->row();
        bool first = true;
        for (const QTableWidgetItem *item : std::as_const(items)) {
            if (!first)
                text += item->row() == row ? QLatin1Char('\t') : QLatin1Char('\n');
            text += item->text();
            row = item->row();
            first = false;
        }
        QGuiApplication::clipboard()->setText(text);
    }
};

QLabel *makeValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Customers and merchants write these texts: never read them as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Selectable labels take focus on a click only; the address is also reached by Tab (see the constructor).
    label->setFocusPolicy(Qt::ClickFocus);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel *makeHeading(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// An icon beside a text, in a frame: for what the packer must not miss.
QWidget *makeBanner(QWidget *parent, QLabel *text, QStyle::StandardPixmap icon)
{
    auto *banner = new QFrame(parent);
    banner->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(banner);
    auto *iconLabel = new QLabel(banner);
    const int size = banner->style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(banner->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    layout->addWidget(iconLabel);
    text->setParent(banner);
    layout->addWidget(text, 1);
    return banner;
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

QString stateWordText(const QString &word)
{
    ShipmentState state;
    return shipmentStateFromString(word, &state) ? ShipmentsModel::stateText(state) : word;
}

} // namespace

ShipmentDetailsPane::ShipmentDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_messageLabel = new QLabel(m_stack);
    m_messageLabel->setObjectName(QStringLiteral("detailsMessage"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_messageLabel->setMargin(12);
    m_stack->addWidget(m_messageLabel);

    m_scrollArea = new QScrollArea(m_stack);
    m_scrollArea->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A tab stop of its own: arrow and page keys scroll the pane.
    m_scrollArea->setFocusPolicy(Qt::StrongFocus);
    auto *content = new QWidget(m_scrollArea);
    content->setObjectName(QStringLiteral("detailsContent"));
    buildContent(content);
    m_scrollArea->setWidget(content);
    m_stack->addWidget(m_scrollArea);

    setTabOrder(m_scrollArea, m_addressLabel);
    setTabOrder(m_addressLabel, m_itemsTable);
    setTabOrder(m_itemsTable, m_historyTable);

    retranslate();
    showMessage(Mode::Placeholder);
}

ShipmentDetailsPane::~ShipmentDetailsPane() = default;

void ShipmentDetailsPane::buildContent(QWidget *content)
{
    auto *layout = new QVBoxLayout(content);

    m_flagLabel = makeValueLabel(content, QStringLiteral("flagLabel"));
    m_flagBanner = makeBanner(content, m_flagLabel, QStyle::SP_MessageBoxWarning);
    m_flagBanner->setObjectName(QStringLiteral("flagBanner"));
    layout->addWidget(m_flagBanner);

    m_titleLabel = makeValueLabel(content, QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);
    m_subtitleLabel = makeValueLabel(content, QStringLiteral("subtitleLabel"));
    layout->addWidget(m_subtitleLabel);
    m_stateLabel = makeValueLabel(content, QStringLiteral("stateLabel"));
    layout->addWidget(m_stateLabel);

    // What can be done with this shipment: print it, or print it again, or undo the print.
    m_buttons = new QWidget(content);
    m_buttons->setObjectName(QStringLiteral("detailsButtons"));
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 4, 0, 4);
    m_printButton = new QPushButton(m_buttons);
    m_printButton->setObjectName(QStringLiteral("detailsPrintButton"));
    m_reprintButton = new QPushButton(m_buttons);
    m_reprintButton->setObjectName(QStringLiteral("detailsReprintButton"));
    m_voidButton = new QPushButton(m_buttons);
    m_voidButton->setObjectName(QStringLiteral("detailsVoidButton"));
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_reprintButton);
    buttons->addWidget(m_voidButton);
    buttons->addStretch(1);
    layout->addWidget(m_buttons);
    auto shownKey = [this] {
        return m_details ? m_details->row.key : QString();
    };
    connect(m_printButton, &QPushButton::clicked, this, [this, shownKey] {
        if (!shownKey().isEmpty())
            Q_EMIT printRequested(shownKey());
    });
    connect(m_reprintButton, &QPushButton::clicked, this, [this, shownKey] {
        if (!shownKey().isEmpty())
            Q_EMIT reprintRequested(shownKey());
    });
    connect(m_voidButton, &QPushButton::clicked, this, [this, shownKey] {
        if (!shownKey().isEmpty())
            Q_EMIT voidRequested(shownKey());
    });
    m_buttons->hide();

    // The delivery option decides how the parcel is handed over: big and framed when a signature is required.
    m_atlLabel = makeValueLabel(content, QStringLiteral("atlLabel"));
    layout->addWidget(m_atlLabel);

    layout->addSpacing(6);
    m_addressHeading = makeHeading(content, QStringLiteral("addressHeading"));
    layout->addWidget(m_addressHeading);
    m_addressLabel = makeValueLabel(content, QStringLiteral("addressLabel"));
    // What packers copy most: a tab stop, and keyboard selection (Ctrl+A, Ctrl+C) once there.
    m_addressLabel->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_addressLabel);

    layout->addSpacing(6);
    m_facts = new QFormLayout;
    m_facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_shippingMethodLabel = makeValueLabel(content, QStringLiteral("shippingMethodLabel"));
    m_accountLabel = makeValueLabel(content, QStringLiteral("accountLabel"));
    m_ruleLabel = makeValueLabel(content, QStringLiteral("ruleLabel"));
    m_carrierLabel = makeValueLabel(content, QStringLiteral("carrierLabel"));
    m_trackingLabel = makeValueLabel(content, QStringLiteral("trackingLabel"));
    m_printedLabel = makeValueLabel(content, QStringLiteral("printedLabel"));
    m_writebackLabel = makeValueLabel(content, QStringLiteral("writebackLabel"));
    m_billingLabel = makeValueLabel(content, QStringLiteral("billingLabel"));
    m_totalLabel = makeValueLabel(content, QStringLiteral("totalLabel"));
    for (QLabel *value : {m_shippingMethodLabel, m_accountLabel, m_ruleLabel, m_carrierLabel, m_trackingLabel,
                          m_printedLabel, m_writebackLabel, m_billingLabel, m_totalLabel}) {
        auto *name = new QLabel(content);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        m_facts->addRow(name, value);
    }
    layout->addLayout(m_facts);

    layout->addSpacing(6);
    m_itemsHeading = makeHeading(content, QStringLiteral("itemsHeading"));
    layout->addWidget(m_itemsHeading);
    m_missingSkuLabel = makeValueLabel(content, QStringLiteral("missingSkuLabel"));
    m_missingSkuBanner = makeBanner(content, m_missingSkuLabel, QStyle::SP_MessageBoxWarning);
    m_missingSkuBanner->setObjectName(QStringLiteral("missingSkuBanner"));
    layout->addWidget(m_missingSkuBanner);
    m_itemsTable = new FitTable(ItemColumnCount, content);
    m_itemsTable->setObjectName(QStringLiteral("itemsTable"));
    layout->addWidget(m_itemsTable);

    layout->addSpacing(6);
    m_customerMessageHeading = makeHeading(content, QStringLiteral("customerMessageHeading"));
    layout->addWidget(m_customerMessageHeading);
    m_customerMessageLabel = makeValueLabel(content, QStringLiteral("customerMessageLabel"));
    layout->addWidget(m_customerMessageLabel);
    m_staffNotesHeading = makeHeading(content, QStringLiteral("staffNotesHeading"));
    layout->addWidget(m_staffNotesHeading);
    m_staffNotesLabel = makeValueLabel(content, QStringLiteral("staffNotesLabel"));
    layout->addWidget(m_staffNotesLabel);

    layout->addSpacing(6);
    m_historyHeading = makeHeading(content, QStringLiteral("historyHeading"));
    layout->addWidget(m_historyHeading);
    m_historyTable = new FitTable(HistoryColumnCount, content);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    // The event's words take the width; time and station fit their contents.
    m_historyTable->horizontalHeader()->setSectionResizeMode(HistoryTime, QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(HistoryEvent, QHeaderView::Stretch);
    layout->addWidget(m_historyTable);
    layout->addStretch(1);
}

void ShipmentDetailsPane::retranslate()
{
    m_addressHeading->setText(m_details && ShipmentsModel::isPickup(m_details->row) ? tr("Pickup in store")
                                                                                    : tr("Ship to"));
    auto setName = [this](QLabel *value, const QString &name) {
        if (auto *label = qobject_cast<QLabel *>(m_facts->labelForField(value)))
            label->setText(name);
    };
    setName(m_shippingMethodLabel, tr("Shipping method:"));
    setName(m_accountLabel, tr("Account:"));
    setName(m_ruleLabel, tr("Rule:"));
    setName(m_carrierLabel, tr("Carrier:"));
    setName(m_trackingLabel,
            m_details && m_details->row.trackingNumbers.size() > 1 ? tr("Tracking numbers:") : tr("Tracking number:"));
    setName(m_printedLabel, tr("Printed:"));
    setName(m_writebackLabel, tr("Write-back:"));
    m_printButton->setText(tr("&Print label"));
    m_printButton->setToolTip(tr("Print this shipment's label and queue its write-back (Ctrl+P)"));
    m_reprintButton->setText(tr("&Reprint"));
    m_reprintButton->setToolTip(tr("Print the same label again; nothing is written back again (Ctrl+Shift+P)"));
    m_voidButton->setText(tr("&Void…"));
    m_voidButton->setToolTip(tr("Undo the print: the shipment is to ship again (a write-back already sent is "
                                "deleted in BigCommerce)"));
    setName(m_billingLabel, tr("Ordered by:"));
    setName(m_totalLabel, tr("Order total:"));
    m_itemsHeading->setText(tr("Items"));
    m_itemsTable->setHorizontalHeaderLabels({tr("Item"), tr("SKU"), tr("Quantity")});
    m_customerMessageHeading->setText(tr("Customer message"));
    m_staffNotesHeading->setText(tr("Staff notes"));
    m_historyHeading->setText(tr("History"));
    m_historyTable->setHorizontalHeaderLabels({tr("Time"), tr("Station"), tr("Event")});
}

void ShipmentDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_mode == Mode::Details && m_details)
            fill(*m_details);
        else
            showMessage(m_mode);
    }
    QWidget::changeEvent(event);
}

void ShipmentDetailsPane::setDetails(const std::optional<ShipmentDetails> &details)
{
    // The same shipment read again (after an import) keeps its place; another one starts at the top.
    const bool sameShipment = m_mode == Mode::Details && m_details && details && m_details->row.key == details->row.key;
    m_details = details;
    m_error.clear();
    if (!details) {
        showMessage(Mode::Placeholder);
        return;
    }
    fill(*details);
    m_mode = Mode::Details;
    m_stack->setCurrentWidget(m_scrollArea);
    if (!sameShipment)
        m_scrollArea->verticalScrollBar()->setValue(0);
}

void ShipmentDetailsPane::setLoading()
{
    m_details.reset();
    m_error.clear();
    showMessage(Mode::Loading);
}

void ShipmentDetailsPane::setError(const QString &error)
{
    m_details.reset();
    m_error = error;
    showMessage(Mode::Error);
}

bool ShipmentDetailsPane::isShowingDetails() const
{
    return m_mode == Mode::Details;
}

void ShipmentDetailsPane::showMessage(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Placeholder:
    case Mode::Details: // without details: nothing selected
        m_mode = Mode::Placeholder;
        m_messageLabel->setText(tr("Select a shipment to see its details."));
        break;
    case Mode::Loading:
        m_messageLabel->setText(tr("Reading the shipment's details…"));
        break;
    case Mode::Error:
        m_messageLabel->setText(tr("The shipment's details could not be read: %1").arg(m_error));
        break;
    }
    m_stack->setCurrentWidget(m_messageLabel);
}

void ShipmentDetailsPane::setFact(QLabel *value, const QString &text)
{
    value->setText(text);
    m_facts->setRowVisible(value, !text.isEmpty());
}

QString ShipmentDetailsPane::addressText(const ShipmentDetails &details)
{
    const ShipmentRow &row = details.row;
    const QString contact =
        joinNonEmpty({row.customer, row.company, details.phone, details.email}, QStringLiteral("\n"));
    if (ShipmentsModel::isPickup(row)) {
        // Where the customer collects it, then who collects it.
        const QString location =
            row.pickupLocation.trimmed().isEmpty() ? tr("No pickup location given") : row.pickupLocation.trimmed();
        return contact.isEmpty() ? location : location + QStringLiteral("\n\n") + contact;
    }
    return joinNonEmpty({row.customer, row.company, details.street1, details.street2,
                         joinNonEmpty({row.city, row.region, row.zip}, QStringLiteral(" ")), row.country, details.phone,
                         details.email},
                        QStringLiteral("\n"));
}

QString ShipmentDetailsPane::eventText(const ShipmentEvent &event)
{
    // Printing and write-back: their detail is one value (a reason, a BigCommerce id), never a list of words.
    const QString detail = event.detail.trimmed();
    if (event.kind == QLatin1String("printed"))
        return detail.isEmpty() ? tr("Label printed") : tr("Label printed: %1", "carrier and tracking").arg(detail);
    if (event.kind == QLatin1String("reprinted"))
        return tr("Label printed again");
    if (event.kind == QLatin1String("voided")) {
        if (detail == QLatin1String("before-writeback"))
            return tr("Label voided before its write-back was sent: to ship again");
        if (detail == QLatin1String("after-writeback"))
            return tr("Label voided after its write-back: the BigCommerce shipment is deleted and the order put "
                      "back; to ship again");
        return tr("Label voided");
    }
    if (event.kind == QLatin1String("void-sent"))
        return detail.isEmpty() || detail == QLatin1String("0")
                   ? tr("Void sent to BigCommerce: the order's status is put back")
                   : tr("BigCommerce shipment %1 deleted and the order's status put back").arg(detail);
    if (event.kind == QLatin1String("written-back"))
        return detail.isEmpty() || detail == QLatin1String("0")
                   ? tr("Written back to BigCommerce")
                   : tr("Written back to BigCommerce as shipment %1").arg(detail);
    if (event.kind == QLatin1String("write-back-held"))
        return detail.isEmpty() ? tr("Write-back held: pull the parcel")
                                : tr("Write-back held (pull the parcel): %1", "reason").arg(detail);
    if (event.kind == QLatin1String("write-back-failed"))
        return detail.isEmpty() ? tr("Write-back failed") : tr("Write-back failed: %1", "reason").arg(detail);
    if (event.kind == QLatin1String("write-back-dismissed"))
        return detail.isEmpty() ? tr("Write-back dismissed (resolved by hand)")
                                : tr("Write-back dismissed (resolved by hand): %1", "reason").arg(detail);
    if (event.kind == QLatin1String("dispatched"))
        return tr("Marked dispatched: write-back queued");

    QStringList fields;
    QString state;
    bool removed = false;
    QStringList other;
    const QStringList words = event.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed();
        if (word == QLatin1String("address"))
            fields << tr("address");
        else if (word == QLatin1String("items"))
            fields << tr("items");
        else if (word == QLatin1String("notes"))
            fields << tr("notes");
        else if (word == QLatin1String("status"))
            fields << tr("status");
        else if (word == QLatin1String("removed"))
            removed = true;
        else if (word.startsWith(QLatin1String("state:")))
            state = word.mid(6);
        else if (!word.isEmpty())
            other << word;
    }

    QStringList lines;
    if (event.kind == QLatin1String("imported")) {
        // Every import records the state it starts in; only one other than "to ship" is worth saying.
        if (!state.isEmpty() && state != shipmentStateToString(ShipmentState::ToShip))
            lines << tr("Imported: %1", "state").arg(stateWordText(state));
        else
            lines << tr("Imported");
        state.clear();
    } else if (event.kind == QLatin1String("changed")) {
        if (!fields.isEmpty())
            lines << tr("Changed in BigCommerce: %1", "changed parts").arg(fields.join(tr(", ", "list separator")));
        if (removed)
            lines << tr("BigCommerce no longer lists this consignment");
        if (lines.isEmpty() && state.isEmpty())
            lines << tr("Changed in BigCommerce");
    } else {
        lines << event.kind; // a kind this version does not know yet: as it was recorded
        if (!fields.isEmpty())
            lines << fields.join(tr(", ", "list separator"));
        if (removed)
            lines << tr("BigCommerce no longer lists this consignment");
    }
    if (!state.isEmpty())
        lines << tr("State: %1").arg(stateWordText(state));
    if (!other.isEmpty())
        lines << other.join(tr(", ", "list separator"));
    return lines.join(QLatin1Char('\n'));
}

void ShipmentDetailsPane::fill(const ShipmentDetails &details)
{
    const ShipmentRow &row = details.row;

    m_flagLabel->setText(row.flag);
    m_flagBanner->setVisible(!row.flag.isEmpty());

    m_titleLabel->setText(tr("Order #%1").arg(row.orderId));
    m_subtitleLabel->setText(
        tr("%1 · %2", "store · storefront").arg(row.storeName, ShipmentsModel::storefrontText(row)));
    m_stateLabel->setText(tr("State: %1").arg(ShipmentsModel::stateText(row.state)));

    const bool signature = row.atl == AuthorityToLeave::SignatureRequired;
    QFont atlFont = font();
    if (row.atl != AuthorityToLeave::Unspecified) {
        atlFont.setBold(true);
        if (signature)
            atlFont.setPointSizeF(atlFont.pointSizeF() * 1.3);
        m_atlLabel->setText(ShipmentsModel::atlText(row.atl));
    } else {
        m_atlLabel->setText(tr("No delivery option given"));
    }
    m_atlLabel->setFont(atlFont);
    m_atlLabel->setFrameShape(signature ? QFrame::StyledPanel : QFrame::NoFrame);
    m_atlLabel->setMargin(signature ? 6 : 0);
    m_atlLabel->setProperty("signatureRequired", signature);

    m_addressHeading->setText(ShipmentsModel::isPickup(row) ? tr("Pickup in store") : tr("Ship to"));
    m_addressLabel->setText(addressText(details));

    setFact(m_shippingMethodLabel, details.shippingMethod);
    setFact(m_accountLabel, row.accountName);
    setFact(m_ruleLabel, row.rule.isEmpty() ? tr("No rule matched") : row.rule);
    setFact(m_carrierLabel, row.carrier);
    // Every parcel's number, one per line ("Parcel 2/3: ...") when there are several.
    QStringList tracking;
    if (row.trackingNumbers.size() > 1) {
        for (qsizetype i = 0; i < row.trackingNumbers.size(); ++i)
            tracking << tr("Parcel %1/%2: %3", "parcel number/count: tracking number")
                            .arg(i + 1)
                            .arg(row.trackingNumbers.size())
                            .arg(row.trackingNumbers.at(i));
    } else if (!row.trackingNumber.isEmpty()) {
        tracking << row.trackingNumber;
    }
    setFact(m_trackingLabel, tracking.join(QLatin1Char('\n')));
    if (auto *name = qobject_cast<QLabel *>(m_facts->labelForField(m_trackingLabel)))
        name->setText(row.trackingNumbers.size() > 1 ? tr("Tracking numbers:") : tr("Tracking number:"));
    setFact(m_printedLabel, ShipmentsModel::printedText(row));
    setFact(m_writebackLabel, ShipmentsModel::writebackText(row));
    const QColor writebackColor = ShipmentsModel::writebackColor(row.writeback);
    m_writebackLabel->setStyleSheet(
        writebackColor.isValid() ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(writebackColor.name())
                                 : QString());
    // The billing name only when someone else receives the parcel.
    setFact(m_billingLabel,
            details.billingName.compare(row.customer, Qt::CaseInsensitive) == 0 ? QString() : details.billingName);
    QString total;
    if (!details.total.isEmpty()) {
        bool ok = false;
        const double value = details.total.toDouble(&ok);
        const QString amount = ok ? locale().toString(value, 'f', 2) : details.total;
        total = details.currency.isEmpty() ? amount : tr("%1 %2", "amount currency").arg(amount, details.currency);
    }
    setFact(m_totalLabel, total);

    fillItems(details);

    m_customerMessageLabel->setText(details.customerMessage.trimmed());
    m_customerMessageHeading->setVisible(!details.customerMessage.trimmed().isEmpty());
    m_customerMessageLabel->setVisible(!details.customerMessage.trimmed().isEmpty());
    m_staffNotesLabel->setText(details.staffNotes.trimmed());
    m_staffNotesHeading->setVisible(!details.staffNotes.trimmed().isEmpty());
    m_staffNotesLabel->setVisible(!details.staffNotes.trimmed().isEmpty());

    fillHistory(details);
    updateButtons();
}

void ShipmentDetailsPane::setPrintingEnabled(bool enabled)
{
    m_printingEnabled = enabled;
    updateButtons();
}

void ShipmentDetailsPane::updateButtons()
{
    m_buttons->setVisible(m_printingEnabled && m_details.has_value());
    if (!m_details)
        return;
    const ShipmentState state = m_details->row.state;
    const bool printed = ImportRules::isPackbenchOwned(state);
    m_printButton->setEnabled(state == ShipmentState::ToShip);
    m_reprintButton->setEnabled(printed);
    m_voidButton->setEnabled(printed);
}

QString ShipmentDetailsPane::optionsText(const LineItem &item)
{
    QStringList options;
    if (!item.size.isEmpty())
        options << tr("Size: %1").arg(item.size);
    if (!item.color.isEmpty())
        options << tr("Colour: %1").arg(item.color);
    if (!item.hsCode.isEmpty())
        options << tr("HS Code: %1").arg(item.hsCode);
    return options.join(tr(" · ", "between an item's options"));
}

void ShipmentDetailsPane::fillItems(const ShipmentDetails &details)
{
    const QList<LineItem> &items = details.row.items;
    m_itemsTable->clearContents();
    m_itemsTable->setRowCount(static_cast<int>(items.size()));
    QStringList missing;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        return item;
    };
    for (int index = 0; index < items.size(); ++index) {
        const LineItem &line = items.at(index);
        const QString name = line.name.trimmed();
        const QString options = optionsText(line);
        const QString nameText = name.isEmpty() ? tr("(no name)") : name;
        m_itemsTable->setItem(index, ItemName,
                              cell(options.isEmpty() ? nameText : nameText + QLatin1Char('\n') + options));
        QTableWidgetItem *sku = cell(line.sku);
        if (line.sku.trimmed().isEmpty()) {
            const QString why =
                name.isEmpty() ? tr("Item %1 has no SKU").arg(line.orderProductId) : tr("“%1” has no SKU").arg(name);
            missing << why;
            sku->setText(tr("none"));
            sku->setIcon(warning);
            sku->setToolTip(why);
        }
        m_itemsTable->setItem(index, ItemSku, sku);
        const int toShip = line.quantityToShip();
        QTableWidgetItem *quantity =
            cell(toShip == line.quantity ? locale().toString(toShip)
                                         : tr("%1 of %2", "quantity to ship of quantity ordered")
                                               .arg(locale().toString(toShip), locale().toString(line.quantity)));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        if (toShip != line.quantity)
            quantity->setToolTip(tr("%1 to ship of %2 ordered (%3 shipped, %4 refunded)")
                                     .arg(toShip)
                                     .arg(line.quantity)
                                     .arg(line.quantityShipped)
                                     .arg(line.quantityRefunded));
        m_itemsTable->setItem(index, ItemQuantity, quantity);
    }
    m_itemsTable->setVisible(!items.isEmpty());
    m_missingSkuLabel->setText(missing.join(QLatin1Char('\n')));
    m_missingSkuBanner->setVisible(!missing.isEmpty());
    m_itemsTable->updateGeometry();
}

void ShipmentDetailsPane::fillHistory(const ShipmentDetails &details)
{
    m_historyTable->clearContents();
    m_historyTable->setRowCount(static_cast<int>(details.events.size()));
    for (int index = 0; index < details.events.size(); ++index) {
        const ShipmentEvent &event = details.events.at(index);
        const QString when =
            event.at.isValid() ? locale().toString(event.at.toLocalTime(), QLocale::ShortFormat) : QString();
        const QStringList texts{when, event.station, eventText(event)};
        for (int column = 0; column < HistoryColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column == HistoryTime && event.at.isValid())
                item->setToolTip(locale().toString(event.at.toLocalTime(), QLocale::LongFormat));
            m_historyTable->setItem(index, column, item);
        }
    }
    m_historyHeading->setVisible(!details.events.isEmpty());
    m_historyTable->setVisible(!details.events.isEmpty());
    m_historyTable->updateGeometry();
}

} // namespace Packbench
