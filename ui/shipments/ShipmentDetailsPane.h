#pragma once

#include "core/storage/ShipmentDetails.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;

namespace Packbench {

// The details of the selected shipment beside the grid: address (or pickup location), delivery option, account and
// rule, when and where its label was printed, its tracking numbers and write-back, line items, the customer's
// message, staff notes and the history. Display, and three buttons (Print label, Reprint, Void) that ask for the
// shown shipment: the shipments view loads ShipmentDetails on its worker thread and hands them over. Every text can be
// selected and copied (packers copy addresses); the pane scrolls when it is small. It reacts to no key a parent needs
// (Escape goes to the parent).
class ShipmentDetailsPane : public QWidget
{
    Q_OBJECT
public:
    // The pane is narrow: an item's options (Size, Colour, HS Code) are a second line under its name.
    enum ItemColumn
    {
        ItemName,
        ItemSku,
        ItemQuantity,
        ItemColumnCount
    };
    enum HistoryColumn
    {
        HistoryTime,
        HistoryStation,
        HistoryEvent,
        HistoryColumnCount
    };

    explicit ShipmentDetailsPane(QWidget *parent = nullptr);
    ~ShipmentDetailsPane() override;

    // nullopt: nothing selected (a placeholder).
    void setDetails(const std::optional<ShipmentDetails> &details);
    // While the details are read. Callers may wait a moment before calling it, so a fast read does not flicker.
    void setLoading();
    // The details could not be read.
    void setError(const QString &error);

    const std::optional<ShipmentDetails> &details() const { return m_details; }
    // True while details are shown (not the placeholder, loading or error message).
    bool isShowingDetails() const;

    // Shows the Print label, Reprint and Void buttons (off by default: a pane without a printer behind it).
    void setPrintingEnabled(bool enabled);

    // A history line in words: "Imported", "Changed in BigCommerce: address, items", "State: Cancelled",
    // "Written back to BigCommerce as shipment 123".
    static QString eventText(const ShipmentEvent &event);
    // The shipping address as the pane shows it, one line per part (empty parts left out).
    static QString addressText(const ShipmentDetails &details);
    // "Size: M · Colour: Red · HS Code: 6109.10", the options an item has.
    static QString optionsText(const LineItem &item);

    // For tests (and the view's tab order).
    QLabel *messageLabel() const { return m_messageLabel; } // placeholder, loading or error
    QLabel *titleLabel() const { return m_titleLabel; }
    QLabel *subtitleLabel() const { return m_subtitleLabel; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QLabel *flagLabel() const { return m_flagLabel; }
    QLabel *atlLabel() const { return m_atlLabel; }
    QLabel *addressHeading() const { return m_addressHeading; }
    QLabel *addressLabel() const { return m_addressLabel; }
    QLabel *shippingMethodLabel() const { return m_shippingMethodLabel; }
    QLabel *accountLabel() const { return m_accountLabel; }
    QLabel *ruleLabel() const { return m_ruleLabel; }
    QLabel *trackingLabel() const { return m_trackingLabel; }
    QLabel *printedLabel() const { return m_printedLabel; }
    QLabel *writebackLabel() const { return m_writebackLabel; }
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *reprintButton() const { return m_reprintButton; }
    QPushButton *voidButton() const { return m_voidButton; }
    QLabel *missingSkuLabel() const { return m_missingSkuLabel; }
    QTableWidget *itemsTable() const { return m_itemsTable; }
    QLabel *customerMessageLabel() const { return m_customerMessageLabel; }
    QLabel *staffNotesLabel() const { return m_staffNotesLabel; }
    QTableWidget *historyTable() const { return m_historyTable; }
    QScrollArea *scrollArea() const { return m_scrollArea; }

Q_SIGNALS:
    // The buttons, for the shipment shown (its key).
    void printRequested(const QString &key);
    void reprintRequested(const QString &key);
    void voidRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode
    {
        Placeholder,
        Loading,
        Error,
        Details
    };

    void buildContent(QWidget *content);
    void retranslate();
    void showMessage(Mode mode);
    void fill(const ShipmentDetails &details);
    void fillItems(const ShipmentDetails &details);
    void fillHistory(const ShipmentDetails &details);
    void updateButtons();
    // A row of the facts form: hidden with its label when the value is empty.
    void setFact(QLabel *value, const QString &text);

    Mode m_mode = Mode::Placeholder;
    std::optional<ShipmentDetails> m_details;
    QString m_error;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QWidget *m_flagBanner = nullptr;
    QLabel *m_flagLabel = nullptr;
    QLabel *m_atlLabel = nullptr;
    QLabel *m_addressHeading = nullptr;
    QLabel *m_addressLabel = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_shippingMethodLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QLabel *m_carrierLabel = nullptr;
    QLabel *m_trackingLabel = nullptr;
    QLabel *m_printedLabel = nullptr;
    QLabel *m_writebackLabel = nullptr;
    QWidget *m_buttons = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_reprintButton = nullptr;
    QPushButton *m_voidButton = nullptr;
    bool m_printingEnabled = false;
    QLabel *m_billingLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_itemsHeading = nullptr;
    QWidget *m_missingSkuBanner = nullptr;
    QLabel *m_missingSkuLabel = nullptr;
    QTableWidget *m_itemsTable = nullptr;
    QLabel *m_customerMessageHeading = nullptr;
    QLabel *m_customerMessageLabel = nullptr;
    QLabel *m_staffNotesHeading = nullptr;
    QLabel *m_staffNotesLabel = nullptr;
    QLabel *m_historyHeading = nullptr;
    QTableWidget *m_historyTable = nullptr;
};

} // namespace Packbench
