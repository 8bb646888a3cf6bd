#pragma once

#include "core/shipping/Carrier.h"
#include "core/storage/ShipmentDetails.h"
#include "core/writeback/Outbox.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Packbench {

// Print with options (Ctrl+Alt+P): the carrier (a manual carrier's tracking number typed or scanned), the number of
// parcels, and which items and quantities go in this shipment (a split: the rest stays to ship). What it returns is
// a PrintRequest for Outbox::print; nothing is recorded here.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `defaultCarrier`: the account's carrier (or "Pickup in store" for a pickup).
    PrintOptionsDialog(const ShipmentDetails &details, const QList<Carrier> &carriers, const QUuid &defaultCarrier,
                       QWidget *parent = nullptr);

    PrintRequest request() const;

private:
    void updateState();

    ShipmentDetails m_details;
    QList<Carrier> m_carriers;
    QComboBox *m_carrier = nullptr;
    QLineEdit *m_tracking = nullptr;
    QLabel *m_trackingLabel = nullptr;
    QSpinBox *m_parcels = nullptr;
    QTableWidget *m_items = nullptr;
    QList<QSpinBox *> m_quantities;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Packbench
