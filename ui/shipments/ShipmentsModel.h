#pragma once

#include "core/storage/ShipmentRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <vector>

class QCollator;

namespace Packbench {

// The shipments grid: one row per shipment (ShipmentRow), in the order the rows were given; the view's proxy sorts.
// Rows are addressed by their shipment key through a hash index, so an import's "these keys changed" updates only
// those rows.
class ShipmentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Order,
        Store,
        Storefront,
        Date,
        Customer,
        Destination,
        Items,
        Atl,
        State,
        Writeback, // the write-back's state in words (Outbox::describe), coloured
        Skus,
        Weight,
        Account,
        Carrier,
        TrackingNumber,
        Printed, // when and at which station the label was printed
        Rule,
        Size,
        Color,
        HsCode,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The value behind the text, for sorting: order id (qint64), QDateTime, item count (int), ...
        RawValueRole = Qt::UserRole + 1,
        // The shipment key (store + order + consignment), the row's identity.
        KeyRole,
    };

    explicit ShipmentsModel(QObject *parent = nullptr);
    ~ShipmentsModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset).
    void setRows(const QList<ShipmentRow> &rows);
    // Rows whose key is present are updated in place (dataChanged); the others are appended in one insertion.
    void upsertRows(const QList<ShipmentRow> &rows);
    // Removes the rows with these keys; unknown keys are ignored.
    void removeKeys(const QStringList &keys);
    // Which shipment of its order each row is, by key, for orders split into several ("348 (1 of 2)"); a row whose
    // key is absent shows the bare order number.
    void setParts(const QHash<QString, ShipmentPart> &parts);

    const QList<ShipmentRow> &rows() const { return m_rows; }
    // -1 when no row has this key.
    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }
    const ShipmentRow &rowAt(int row) const { return m_rows.at(row); }

    // What the proxy sorts a column by, by row: the number itself for numbers and dates (no date: before all), for
    // text the place of the row's RawValueRole text among the column's distinct texts in `collator`'s order (empty
    // text: after all). Made in one pass for the column asked for, again after the rows change: sorting 100,000
    // rows compares about two million pairs, which must not each reach into two rows and collate two strings.
    struct SortValues
    {
        std::vector<double> value;
        std::vector<qint64> orderId; // the first tie-break
    };
    const SortValues &sortValues(int column, const QCollator &collator) const;

    // Texts shared with the filter bar and tests.
    static QString stateText(ShipmentState state);
    static QString atlText(AuthorityToLeave atl);
    static QString storefrontText(const ShipmentRow &row);
    static QString destinationText(const ShipmentRow &row);
    static bool isPickup(const ShipmentRow &row);
    // "348", or "348 (1 of 2)" for the first of two shipments.
    static QString orderText(qint64 orderId, const ShipmentPart &part);
    // The write-back's state in words ("queued", "sent at 09:41 as BigCommerce shipment 123"); empty when none.
    static QString writebackText(const ShipmentRow &row);
    // The colour the write-back's state is shown in: sent green, retrying amber, failed and held red; invalid for
    // the others (the palette's text colour).
    static QColor writebackColor(const QString &state);
    // "09:40 on Bench 2" (the date too on another day); empty when not printed.
    static QString printedText(const ShipmentRow &row);
    // The columns a new profile shows; the others are one click away in the header's menu.
    static bool shownByDefault(int column);

private:
    QVariant displayValue(const ShipmentRow &row, int column) const;
    QVariant rawValue(const ShipmentRow &row, int column) const;
    QString toolTip(const ShipmentRow &row, int column) const;
    QString changedFieldsText(const QString &fields) const;
    void rebuildIndex();

    QList<ShipmentRow> m_rows;
    QHash<QString, int> m_index; // shipment key -> row
    QHash<QString, ShipmentPart> m_parts;
    mutable QIcon m_warningIcon;
    mutable QIcon m_criticalIcon;
    mutable SortValues m_sortValues;
    mutable int m_sortValuesColumn = -1; // -1: m_sortValues are stale
};

} // namespace Packbench
