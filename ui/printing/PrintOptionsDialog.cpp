#include "ui/printing/PrintOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Packbench {

PrintOptionsDialog::PrintOptionsDialog(const ShipmentDetails &details, const QList<Carrier> &carriers,
                                       const QUuid &defaultCarrier, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
{
    setWindowTitle(tr("Print order #%1 with options").arg(details.row.orderId));
    const bool pickup = details.row.consignment.startsWith(QLatin1String("pickup:"));
    for (const Carrier &carrier : carriers) {
        // A pickup consignment has no address to ship to: only "Pickup in store" fits it.
        if (pickup == (carrier.kind == Carrier::Kind::Pickup))
            m_carriers.append(carrier);
    }

    auto *form = new QFormLayout;
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(QStringLiteral("carrierCombo"));
    for (const Carrier &carrier : std::as_const(m_carriers))
        m_carrier->addItem(carrier.name, carrier.id);
    m_carrier->setCurrentIndex(qMax(0, m_carrier->findData(defaultCarrier)));
    form->addRow(tr("&Carrier:"), m_carrier);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingEdit"));
    m_tracking->setPlaceholderText(tr("Type or scan the carrier's tracking number"));
    m_tracking->setMaxLength(50);
    m_trackingLabel = new QLabel(tr("&Tracking number:"), this);
    m_trackingLabel->setBuddy(m_tracking);
    form->addRow(m_trackingLabel, m_tracking);
    m_parcels = new QSpinBox(this);
    m_parcels->setObjectName(QStringLiteral("parcelsSpin"));
    m_parcels->setRange(1, 99);
    m_parcels->setToolTip(tr("One label per parcel: 1/2, 2/2, ..."));
    form->addRow(tr("&Parcels:"), m_parcels);

    m_items = new QTableWidget(this);
    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({tr("Ship now"), tr("Left to ship"), tr("SKU"), tr("Item")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    int row = 0;
    for (const LineItem &item : details.row.items) {
        const int left = item.quantityToShip();
        if (left <= 0)
            continue;
        m_items->insertRow(row);
        auto *quantity = new QSpinBox(m_items);
        quantity->setRange(0, left);
        quantity->setValue(left);
        quantity->setProperty("orderProductId", item.orderProductId);
        connect(quantity, &QSpinBox::valueChanged, this, &PrintOptionsDialog::updateState);
        m_quantities.append(quantity);
        m_items->setCellWidget(row, 0, quantity);
        m_items->setItem(row, 1, new QTableWidgetItem(QString::number(left)));
        m_items->setItem(row, 2, new QTableWidgetItem(item.sku));
        m_items->setItem(row, 3, new QTableWidgetItem(item.name));
        for (int column = 1; column < 4; ++column)
            m_items->item(row, column)->setFlags(Qt::ItemIsEnabled);
        ++row;
    }
    m_items->resizeColumnsToContents();
    auto *itemsHint = new QLabel(tr("Fewer than all items or units ships part of the shipment now: the rest stays to "
                                    "ship as the same shipment."),
                                 this);
    itemsHint->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addWidget(itemsHint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &PrintOptionsDialog::updateState);
    connect(m_tracking, &QLineEdit::textChanged, this, &PrintOptionsDialog::updateState);
    resize(640, 420);
    updateState();
}

void PrintOptionsDialog::updateState()
{
    const int index = m_carrier->currentIndex();
    const bool manual = index >= 0 && m_carriers.at(index).kind == Carrier::Kind::Manual;
    m_tracking->setVisible(manual);
    m_trackingLabel->setVisible(manual);
    QString problem;
    if (index < 0)
        problem = tr("No carrier fits this shipment: add one in Settings > Carriers.");
    else if (manual)
        problem = Carrier::validateTrackingNumber(m_tracking->text().trimmed());
    int units = 0;
    for (const QSpinBox *quantity : std::as_const(m_quantities))
        units += quantity->value();
    if (problem.isEmpty() && units == 0)
        problem = tr("Choose at least one item to ship.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

PrintRequest PrintOptionsDialog::request() const
{
    PrintRequest request;
    request.shipmentKey = m_details.row.key;
    const int index = m_carrier->currentIndex();
    if (index >= 0)
        request.carrierId = m_carriers.at(index).id;
    request.trackingNumber = m_tracking->isVisible() ? m_tracking->text().trimmed() : QString();
    request.parcels = m_parcels->value();
    bool everything = true;
    QList<WritebackItem> items;
    for (const QSpinBox *quantity : m_quantities) {
        if (quantity->value() < quantity->maximum())
            everything = false;
        if (quantity->value() > 0)
            items.append({quantity->property("orderProductId").toLongLong(), quantity->value()});
    }
    if (!everything)
        request.items = items;
    return request;
}

} // namespace Packbench
