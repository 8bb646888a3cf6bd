#include "core/shipping/LabelRenderer.h"

#include "core/shipping/Barcode.h"

#include <QBuffer>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <cmath>
#include <functional>

namespace Packbench {

namespace {

// Every size below is in "label millimetres": the page's share of a 4 x 6 in label (on A6 a label millimetre is
// 0.97 mm, so the same layout fills both).
constexpr qreal DesignWidthMm = 101.6;
constexpr qreal DesignHeightMm = 152.4;
constexpr qreal Margin = 3;
constexpr qreal LineFactor = 1.22; // line height per font size
constexpr qreal MaxModuleMm = 0.6; // widest barcode module: short data must not grow huge bars
const QString Separator = QStringLiteral(" \u00B7 ");

// One thing drawn on a page, in label millimetres from the page's top left. The same list is painted with QPainter
// (PDF, PNG, printer, preview) and written as ZPL, so the two outputs cannot drift apart.
struct Element
{
    enum class Kind
    {
        Text,
        Fill,  // a black rectangle (also rules)
        Frame, // a rectangle's outline, size = line thickness
        Code   // a Code 128 barcode of text
    };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    qreal size = 3;    // text: font size (em); frame: line thickness
    qreal minSize = 0; // text: shrink down to this before cutting the text short (0: 70 % of size)
    bool bold = false;
    bool white = false; // text: white, on a Fill
    int maxLines = 1;   // text: more than one wraps at word boundaries
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

struct Sheet
{
    qreal widthMm = DesignWidthMm;
    qreal heightMm = DesignHeightMm;
    QList<Element> elements;

    Element &text(const QRectF &rect, const QString &text, qreal size, bool bold = false,
                  Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        Element e;
        e.kind = Element::Kind::Text;
        e.rect = rect;
        e.text = text;
        e.size = size;
        e.bold = bold;
        e.align = align;
        elements.append(e);
        return elements.last();
    }
    void wrapped(const QRectF &rect, const QString &text, qreal size, int maxLines, qreal minSize, bool bold = false)
    {
        Element &e = this->text(rect, text, size, bold, Qt::AlignLeft | Qt::AlignTop);
        e.maxLines = maxLines;
        e.minSize = minSize;
    }
    void fill(const QRectF &rect)
    {
        Element e;
        e.kind = Element::Kind::Fill;
        e.rect = rect;
        elements.append(e);
    }
    void frame(const QRectF &rect, qreal thickness)
    {
        Element e;
        e.kind = Element::Kind::Frame;
        e.rect = rect;
        e.size = thickness;
        elements.append(e);
    }
    void code(const QRectF &rect, const QString &data)
    {
        Element e;
        e.kind = Element::Kind::Code;
        e.rect = rect;
        e.text = data;
        elements.append(e);
    }
};

struct BlockLine
{
    QString text;
    qreal size = 3;
    bool bold = false;
};

// Lines stacked from the top of rect, all made smaller together when they would not fit its height.
void block(Sheet &sheet, const QRectF &rect, const QList<BlockLine> &lines)
{
    qreal total = 0;
    for (const BlockLine &line : lines)
        if (!line.text.isEmpty())
            total += line.size * LineFactor;
    const qreal scale = total > rect.height() ? rect.height() / total : 1.0;
    qreal y = rect.top();
    for (const BlockLine &line : lines) {
        if (line.text.isEmpty())
            continue;
        const qreal height = line.size * scale * LineFactor;
        sheet.text(QRectF(rect.left(), y, rect.width(), height), line.text, line.size * scale, line.bold);
        y += height;
    }
}

QString oneLine(const QString &text)
{
    return text.simplified(); // newlines and tabs from addresses typed in a form
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString text = oneLine(part);
        if (!text.isEmpty())
            kept.append(text);
    }
    return kept.join(separator);
}

QString cityLine(const LabelParty &party)
{
    return joined({party.city, party.region, party.zip}, QStringLiteral(" "));
}

QString countryLine(const LabelParty &party)
{
    return oneLine(party.country.isEmpty() ? party.countryIso2 : party.country).toUpper();
}

QString decimal(double value, int maxDecimals)
{
    QString text = QLocale().toString(value, 'f', maxDecimals);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString weightText(double weight, const QString &unit)
{
    if (weight <= 0)
        return {};
    return joined({decimal(weight, 3), unit}, QStringLiteral(" "));
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "12.50" as ten-thousandths (BigCommerce sends up to 4 decimals); false when it is not a plain decimal.
bool parseMoney(const QString &text, qint64 *tenThousandths)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{0,4}))?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return false;
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 fraction = match.captured(3).leftJustified(4, QLatin1Char('0')).toLongLong();
    *tenThousandths = (whole * 10000 + fraction) * (match.captured(1).isEmpty() ? 1 : -1);
    return true;
}

QString moneyText(qint64 tenThousandths)
{
    const qint64 cents = (tenThousandths >= 0 ? tenThousandths + 50 : tenThousandths - 50) / 100;
    const qint64 absolute = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

// ---- The label ------------------------------------------------------------------------------------------------

Sheet labelSheet(const LabelContent &label, qreal widthMm, qreal heightMm)
{
    Sheet sheet;
    sheet.widthMm = widthMm;
    sheet.heightMm = heightMm;
    const qreal inner = widthMm - 2 * Margin;

    // Sender, small, top left.
    const qreal headerHeight = 25;
    const qreal senderWidth = inner * 0.58;
    const LabelParty &from = label.sender;
    block(sheet, QRectF(Margin, Margin, senderWidth, headerHeight),
          {{LabelRenderer::tr("FROM"), 2.2, true},
           {oneLine(from.name), 2.8, true},
           {oneLine(from.company), 2.5},
           {oneLine(from.street1), 2.5},
           {oneLine(from.street2), 2.5},
           {cityLine(from), 2.5},
           {countryLine(from), 2.5},
           {oneLine(from.phone), 2.5}});

    // Carrier, service and parcel count, top right.
    const QRectF carrierBox(Margin + senderWidth + 2, Margin, inner - senderWidth - 2, headerHeight);
    sheet.frame(carrierBox, 0.35);
    const QRectF carrierInner = carrierBox.adjusted(1.5, 1, -1.5, -1);
    sheet.text(QRectF(carrierInner.left(), carrierInner.top(), carrierInner.width(), 5.5), oneLine(label.carrierName),
               4.2, true);
    sheet.wrapped(QRectF(carrierInner.left(), carrierInner.top() + 5.8, carrierInner.width(), 7),
                  oneLine(label.shippingMethod), 2.5, 2, 1.8);
    const QRectF parcelBand(carrierBox.left(), carrierBox.bottom() - 9, carrierBox.width(), 9);
    const QString parcelText = LabelRenderer::tr("Parcel %1/%2").arg(label.parcelNumber).arg(label.parcelCount);
    if (label.parcelCount > 1) {
        // Several parcels: white on black, so a packer sees at once that more boxes belong to this order.
        sheet.fill(parcelBand);
        sheet.text(parcelBand.adjusted(1, 0, -1, 0), parcelText, 5.2, true, Qt::AlignCenter).white = true;
    } else {
        sheet.fill(QRectF(parcelBand.left(), parcelBand.top(), parcelBand.width(), 0.35));
        sheet.text(parcelBand.adjusted(1, 0, -1, 0), parcelText, 4.2, true, Qt::AlignCenter);
    }
    sheet.fill(QRectF(Margin, 29.2, inner, 0.6));

    // Recipient, large.
    const LabelParty &to = label.recipient;
    const QRectF toRect(Margin + 2, 35, inner - 2, 42);
    if (label.isPickup()) {
        sheet.text(QRectF(Margin, 31, inner, 3.4), LabelRenderer::tr("COLLECT IN STORE"), 2.4, true);
        block(sheet, QRectF(toRect.left(), toRect.top(), toRect.width(), 8), {{oneLine(to.name), 6.0, true}});
        sheet.text(QRectF(toRect.left(), toRect.top() + 8.5, toRect.width(), 4.5), LabelRenderer::tr("Collect from"),
                   3.2, true);
        sheet.wrapped(QRectF(toRect.left(), toRect.top() + 13.5, toRect.width(), 22), oneLine(label.pickupLocation),
                      4.4, 4, 3.0);
        if (!to.phone.isEmpty())
            sheet.text(QRectF(toRect.left(), toRect.bottom() - 4.5, toRect.width(), 4.5),
                       LabelRenderer::tr("Phone %1").arg(oneLine(to.phone)), 3.0);
    } else {
        sheet.text(QRectF(Margin, 31, inner, 3.4), LabelRenderer::tr("SHIP TO"), 2.4, true);
        block(sheet, toRect,
              {{oneLine(to.name), 6.0, true},
               {oneLine(to.company), 4.4},
               {oneLine(to.street1), 4.6},
               {oneLine(to.street2), 4.6},
               {cityLine(to), 5.6, true},
               {countryLine(to), 5.0, true},
               {to.phone.isEmpty() ? QString() : LabelRenderer::tr("Phone %1").arg(oneLine(to.phone)), 3.0}});
    }

    // Delivery instruction: the one thing a driver must not miss.
    const QRectF band(Margin, 78, inner, 12);
    if (label.atl == AuthorityToLeave::SignatureRequired) {
        sheet.fill(band);
        sheet.text(band.adjusted(2, 0, -2, 0), LabelRenderer::tr("SIGNATURE REQUIRED"), 7.5, true, Qt::AlignCenter)
            .white = true;
    } else if (label.atl == AuthorityToLeave::AuthorityToLeave) {
        sheet.frame(band, 0.8);
        const QRectF mark(band.left(), band.top(), 20, band.height());
        sheet.fill(mark);
        sheet.text(mark.adjusted(1, 0, -1, 0), LabelRenderer::tr("ATL"), 6.5, true, Qt::AlignCenter).white = true;
        sheet.text(QRectF(mark.right() + 3, band.top(), band.width() - mark.width() - 5, band.height()),
                   LabelRenderer::tr("Authority to leave"), 5.5, true);
    }
    sheet.fill(QRectF(Margin, 91.2, inner, 0.3));

    // Barcode and the number under it.
    sheet.code(QRectF(Margin, 93, inner, 24), label.barcodeData());
    sheet.text(QRectF(Margin, 117.5, inner, 7),
               label.isPickup() ? LabelRenderer::tr("Pickup in store") : oneLine(label.trackingNumber), 5.5, true,
               Qt::AlignCenter);
    sheet.fill(QRectF(Margin, 126.2, inner, 0.6));

    // Order, storefront, weight; shipment; contents; when.
    const qreal weightWidth = 24;
    sheet.text(
        QRectF(Margin, 128, inner - weightWidth - 1, 5),
        joined({LabelRenderer::tr("Order #%1").arg(label.orderId), label.storefront, label.storeName}, Separator), 3.4,
        true);
    sheet.text(QRectF(widthMm - Margin - weightWidth, 128, weightWidth, 5), weightText(label.weight, label.weightUnit),
               3.4, true, Qt::AlignRight | Qt::AlignVCenter);
    qreal y = 133.5;
    if (label.shipmentCount > 1) {
        sheet.text(QRectF(Margin, y, inner, 4),
                   LabelRenderer::tr("Shipment %1 of %2").arg(label.shipmentNumber).arg(label.shipmentCount), 3.0,
                   true);
        y += 4;
    }
    const qreal printedTop = heightMm - Margin - 3.2;
    sheet.wrapped(QRectF(Margin, y, inner, printedTop - y), oneLine(label.itemSummary), 2.6, 3, 1.9);
    if (label.printedAt.isValid())
        sheet.text(QRectF(Margin, printedTop, inner, 3.2),
                   LabelRenderer::tr("Printed %1").arg(dateText(label.printedAt)), 2.2);
    return sheet;
}

// ---- The packing slip -----------------------------------------------------------------------------------------

struct SlipItem
{
    int quantity = 0;
    QString sku;
    QString name;
    QString options; // "Size: M   Colour: Red   HS Code: 6109.10"
    bool bundleChild = false;
};

QList<SlipItem> slipItems(const LabelContent &label)
{
    // What is left to ship; on a reprint after everything shipped, what the order had.
    bool anyToShip = false;
    for (const LineItem &item : label.items)
        anyToShip = anyToShip || item.quantityToShip() > 0;
    QList<SlipItem> items;
    for (const LineItem &item : label.items) {
        const int quantity = anyToShip ? item.quantityToShip() : item.quantity;
        if (quantity <= 0)
            continue;
        QStringList options;
        if (!item.size.isEmpty())
            options.append(LabelRenderer::tr("Size: %1").arg(oneLine(item.size)));
        if (!item.color.isEmpty())
            options.append(LabelRenderer::tr("Colour: %1").arg(oneLine(item.color)));
        if (!item.hsCode.isEmpty())
            options.append(LabelRenderer::tr("HS Code: %1").arg(oneLine(item.hsCode)));
        items.append(SlipItem{quantity, oneLine(item.sku), oneLine(item.name), options.join(QStringLiteral("   ")),
                              item.parentOrderProductId != 0});
    }
    return items;
}

QList<CustomsLine> customsLines(const LabelContent &label)
{
    if (!label.customs.isEmpty())
        return label.customs;
    // None given: one line per item, without values (the sender fills them in by hand).
    QList<CustomsLine> lines;
    bool anyToShip = false;
    for (const LineItem &item : label.items)
        anyToShip = anyToShip || item.quantityToShip() > 0;
    for (const LineItem &item : label.items) {
        const int quantity = anyToShip ? item.quantityToShip() : item.quantity;
        if (quantity > 0)
            lines.append(
                CustomsLine{oneLine(item.name), oneLine(item.hsCode), quantity, QString(), item.weight * quantity});
    }
    return lines;
}

// One row of the slip's body; the pagination needs only the heights.
struct SlipRow
{
    enum class Kind
    {
        Item,
        ItemsTotal,
        CustomsTitle, // keeps with the first customs line
        CustomsLine,
        CustomsTotal,
        Certification
    };
    Kind kind = Kind::Item;
    int index = 0;
    qreal height = 0;
};

constexpr qreal SlipHeaderBottom = 26;
constexpr qreal SlipFooterHeight = 5;
constexpr qreal ItemHeaderHeight = 5;

QList<QList<SlipRow>> paginateSlip(const LabelContent &label, const QList<SlipItem> &items,
                                   const QList<CustomsLine> &customs, qreal heightMm)
{
    QList<SlipRow> rows;
    for (int i = 0; i < items.size(); ++i)
        rows.append(SlipRow{SlipRow::Kind::Item, i, items.at(i).options.isEmpty() ? 5.5 : 9.0});
    rows.append(SlipRow{SlipRow::Kind::ItemsTotal, 0, 7});
    if (label.international) {
        rows.append(SlipRow{SlipRow::Kind::CustomsTitle, 0, 15});
        for (int i = 0; i < customs.size(); ++i)
            rows.append(SlipRow{SlipRow::Kind::CustomsLine, i, 4.5});
        rows.append(SlipRow{SlipRow::Kind::CustomsTotal, 0, 6});
        rows.append(SlipRow{SlipRow::Kind::Certification, 0, 14});
    }

    const qreal available = heightMm - Margin - SlipFooterHeight - SlipHeaderBottom;
    QList<QList<SlipRow>> pages(1);
    qreal used = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const SlipRow &row = rows.at(i);
        qreal needed = row.height;
        if (row.kind == SlipRow::Kind::Item && pages.last().isEmpty())
            needed += ItemHeaderHeight; // a page that starts with items repeats the column heads
        if (row.kind == SlipRow::Kind::CustomsTitle && i + 1 < rows.size())
            needed += rows.at(i + 1).height;
        if (!pages.last().isEmpty() && used + needed > available) {
            pages.append(QList<SlipRow>());
            used = 0;
            if (row.kind == SlipRow::Kind::Item)
                needed = row.height + ItemHeaderHeight;
            else if (row.kind != SlipRow::Kind::CustomsTitle)
                needed = row.height;
        }
        pages.last().append(row);
        used += row.kind == SlipRow::Kind::CustomsTitle ? row.height : needed;
    }
    return pages;
}

// Customs table columns, from the right edge: weight, value, quantity, HS code; the description takes the rest.
struct CustomsColumns
{
    QRectF description, hsCode, quantity, value, weight;
};

CustomsColumns customsColumns(qreal widthMm, qreal top, qreal height)
{
    const qreal right = widthMm - Margin;
    CustomsColumns columns;
    columns.weight = QRectF(right - 17, top, 17, height);
    columns.value = QRectF(right - 34, top, 15.5, height);
    columns.quantity = QRectF(right - 42, top, 7, height);
    columns.hsCode = QRectF(right - 60, top, 17.5, height);
    columns.description = QRectF(Margin, top, right - 60 - Margin - 1, height);
    return columns;
}

QList<Sheet> slipSheets(const LabelContent &label, qreal widthMm, qreal heightMm)
{
    const QList<SlipItem> items = slipItems(label);
    const QList<CustomsLine> customs = customsLines(label);
    const QList<QList<SlipRow>> pages = paginateSlip(label, items, customs, heightMm);
    const qreal inner = widthMm - 2 * Margin;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;

    QList<Sheet> sheets;
    for (int pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        Sheet sheet;
        sheet.widthMm = widthMm;
        sheet.heightMm = heightMm;

        // Header, on every page.
        sheet.text(QRectF(Margin, Margin, inner * 0.55, 7), LabelRenderer::tr("Packing slip"), 5.0, true);
        sheet.text(QRectF(Margin + inner * 0.55, Margin, inner * 0.45, 7),
                   LabelRenderer::tr("Order #%1").arg(label.orderId), 4.5, true, right);
        sheet.text(QRectF(Margin, 10.5, inner * 0.62, 4.5), joined({label.storeName, label.storefront}, Separator),
                   3.0);
        sheet.text(QRectF(Margin + inner * 0.62, 10.5, inner * 0.38, 4.5), dateText(label.printedAt), 2.6, false,
                   right);
        const LabelParty &to = label.recipient;
        sheet.text(QRectF(Margin, 15, inner, 4.5),
                   label.isPickup() ? LabelRenderer::tr("Collect in store: %1")
                                          .arg(joined({to.name, label.pickupLocation}, QStringLiteral(", ")))
                                    : LabelRenderer::tr("Ship to: %1")
                                          .arg(joined({to.name, to.city, countryLine(to)}, QStringLiteral(", "))),
                   3.0);
        QStringList shipmentParts{oneLine(label.shippingMethod)};
        if (label.shipmentCount > 1)
            shipmentParts.append(
                LabelRenderer::tr("Shipment %1 of %2").arg(label.shipmentNumber).arg(label.shipmentCount));
        if (label.parcelCount > 1)
            shipmentParts.append(LabelRenderer::tr("Parcels: %1").arg(label.parcelCount));
        sheet.text(QRectF(Margin, 19.5, inner, 4), joined(shipmentParts, Separator), 2.6);
        sheet.fill(QRectF(Margin, 24, inner, 0.5));

        // Item columns: quantity, SKU, name; the options under SKU and name.
        const qreal skuLeft = Margin + 10, nameLeft = Margin + 36;
        auto itemHeads = [&](qreal top) {
            sheet.text(QRectF(Margin, top, 9, 4), LabelRenderer::tr("Qty"), 2.4, true, right);
            sheet.text(QRectF(skuLeft, top, nameLeft - skuLeft - 1, 4), LabelRenderer::tr("SKU"), 2.4, true);
            sheet.text(QRectF(nameLeft, top, widthMm - Margin - nameLeft, 4), LabelRenderer::tr("Item"), 2.4, true);
            sheet.fill(QRectF(Margin, top + 4.2, inner, 0.25));
        };

        qreal y = SlipHeaderBottom;
        const QList<SlipRow> &rows = pages.at(pageIndex);
        for (int r = 0; r < rows.size(); ++r) {
            const SlipRow &row = rows.at(r);
            switch (row.kind) {
            case SlipRow::Kind::Item: {
                if (r == 0 || rows.at(r - 1).kind != SlipRow::Kind::Item) {
                    itemHeads(y);
                    y += ItemHeaderHeight;
                }
                const SlipItem &item = items.at(row.index);
                const qreal indent = item.bundleChild ? 3 : 0;
                sheet.text(QRectF(Margin, y, 9, 5), QStringLiteral("%1 \u00D7").arg(item.quantity), 3.0, true, right);
                sheet
                    .text(QRectF(skuLeft, y, nameLeft - skuLeft - 1, 5),
                          item.sku.isEmpty() ? QStringLiteral("-") : item.sku, 2.8)
                    .minSize = 1.8;
                sheet.text(QRectF(nameLeft + indent, y, widthMm - Margin - nameLeft - indent, 5), item.name, 2.8)
                    .minSize = 2.2;
                if (!item.options.isEmpty())
                    sheet.text(QRectF(skuLeft + indent, y + 4.6, widthMm - Margin - skuLeft - indent, 3.8),
                               item.options, 2.4);
                sheet.fill(QRectF(Margin, y + row.height - 0.4, inner, 0.12));
                break;
            }
            case SlipRow::Kind::ItemsTotal: {
                int total = 0;
                for (const SlipItem &item : items)
                    total += item.quantity;
                sheet.text(QRectF(Margin, y + 1, inner, 5), LabelRenderer::tr("Items: %1").arg(total), 3.0, true);
                break;
            }
            case SlipRow::Kind::CustomsTitle: {
                const QRectF title(Margin, y + 1, inner, 6);
                sheet.fill(title);
                sheet.text(title.adjusted(1.5, 0, -1.5, 0), LabelRenderer::tr("Customs declaration"), 3.8, true).white =
                    true;
                sheet.text(QRectF(Margin, y + 7.3, inner, 3.6),
                           joined({LabelRenderer::tr("Origin: %1").arg(label.originCountry),
                                   label.currency.isEmpty() ? QString()
                                                            : LabelRenderer::tr("Currency: %1").arg(label.currency)},
                                  QStringLiteral("   ")),
                           2.6);
                const CustomsColumns c = customsColumns(widthMm, y + 11, 3.6);
                sheet.text(c.description, LabelRenderer::tr("Description"), 2.3, true);
                sheet.text(c.hsCode, LabelRenderer::tr("HS code"), 2.3, true);
                sheet.text(c.quantity, LabelRenderer::tr("Qty"), 2.3, true, right);
                sheet.text(c.value, LabelRenderer::tr("Value"), 2.3, true, right);
                sheet.text(c.weight,
                           label.weightUnit.isEmpty() ? LabelRenderer::tr("Weight")
                                                      : LabelRenderer::tr("Weight (%1)").arg(label.weightUnit),
                           2.3, true, right);
                sheet.fill(QRectF(Margin, y + 14.7, inner, 0.25));
                break;
            }
            case SlipRow::Kind::CustomsLine: {
                const CustomsLine &line = customs.at(row.index);
                const CustomsColumns c = customsColumns(widthMm, y, 4.2);
                qint64 value = 0;
                sheet.text(c.description, oneLine(line.description), 2.5).minSize = 1.9;
                sheet.text(c.hsCode, oneLine(line.hsCode), 2.5).minSize = 1.9;
                sheet.text(c.quantity, QString::number(line.quantity), 2.5, false, right);
                sheet
                    .text(c.value, parseMoney(line.value, &value) ? moneyText(value) : oneLine(line.value), 2.5, false,
                          right)
                    .minSize = 1.9;
                sheet.text(c.weight, decimal(line.weight, 3), 2.5, false, right).minSize = 1.9;
                break;
            }
            case SlipRow::Kind::CustomsTotal: {
                int quantity = 0;
                qint64 value = 0;
                bool valueKnown = !customs.isEmpty();
                double weight = 0;
                for (const CustomsLine &line : customs) {
                    qint64 lineValue = 0;
                    quantity += line.quantity;
                    weight += line.weight;
                    if (parseMoney(line.value, &lineValue))
                        value += lineValue;
                    else
                        valueKnown = false;
                }
                sheet.fill(QRectF(Margin, y + 0.3, inner, 0.35));
                const CustomsColumns c = customsColumns(widthMm, y + 1, 4.5);
                sheet.text(c.description, LabelRenderer::tr("Total"), 2.6, true);
                sheet.text(c.quantity, QString::number(quantity), 2.6, true, right);
                // The currency is in the block's heading: the total stays within its column.
                sheet.text(c.value, valueKnown ? moneyText(value) : QString(), 2.6, true, right).minSize = 1.9;
                sheet.text(c.weight, weightText(weight, label.weightUnit), 2.6, true, right).minSize = 1.9;
                break;
            }
            case SlipRow::Kind::Certification:
                sheet.wrapped(QRectF(Margin, y + 1, inner, 7),
                              LabelRenderer::tr("I certify that the particulars given in this declaration are "
                                                "correct and that these goods are not dangerous or prohibited."),
                              2.2, 3, 1.7);
                sheet.text(QRectF(Margin, y + 8.5, inner * 0.5, 4),
                           LabelRenderer::tr("Date: %1").arg(dateText(label.printedAt).left(10)), 2.4);
                sheet.text(QRectF(Margin + inner * 0.5, y + 8.5, inner * 0.5, 4),
                           LabelRenderer::tr("Signature: ______________"), 2.4);
                break;
            }
            y += row.height;
        }

        sheet.text(QRectF(Margin, heightMm - Margin - 4, inner, 4),
                   LabelRenderer::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()), 2.4, false, right);
        sheets.append(sheet);
    }
    return sheets;
}

// ---- Painting --------------------------------------------------------------------------------------------------

qreal designUnit(const QRectF &page)
{
    return qMin(page.width() / DesignWidthMm, page.height() / DesignHeightMm);
}

QFont labelFont(qreal pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Outlines as designed: hinting would snap glyphs to a screen's grid, and running the hinter for every size
    // the fitting tries was the largest cost of a PNG label.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(qMax(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

void paintText(QPainter &painter, const QRectF &rect, const Element &e, qreal unit)
{
    if (e.text.isEmpty())
        return;
    const qreal minSize = e.minSize > 0 ? e.minSize : e.size * 0.7;
    const int flags = int(e.align) | (e.maxLines > 1 ? Qt::TextWordWrap : Qt::TextSingleLine);
    qreal size = e.size;
    QFont font = labelFont(size * unit, e.bold);
    QFontMetricsF metrics(font, painter.device());
    auto fits = [&](const QString &text) {
        if (e.maxLines <= 1)
            return metrics.horizontalAdvance(text) <= rect.width();
        const QRectF needed = metrics.boundingRect(QRectF(rect.topLeft(), QSizeF(rect.width(), 1e6)), flags, text);
        return needed.height() <= rect.height() + 0.5 && needed.height() <= metrics.lineSpacing() * e.maxLines + 0.5;
    };
    while (!fits(e.text) && size > minSize) {
        size = qMax(minSize, size * 0.92);
        font = labelFont(size * unit, e.bold);
        metrics = QFontMetricsF(font, painter.device());
    }
    QString text = e.text;
    if (!fits(text)) {
        if (e.maxLines <= 1) {
            text = metrics.elidedText(text, Qt::ElideRight, rect.width());
        } else {
            // Cut words off the end until what is left, with an ellipsis, fits the lines.
            int low = 0, high = int(text.size());
            while (low < high) {
                const int middle = (low + high + 1) / 2;
                if (fits(e.text.left(middle).trimmed() + QStringLiteral("\u2026")))
                    low = middle;
                else
                    high = middle - 1;
            }
            text = e.text.left(low).trimmed() + QStringLiteral("\u2026");
        }
    }
    painter.setFont(font);
    painter.setPen(e.white ? Qt::white : Qt::black);
    painter.drawText(rect, flags, text);
}

void paintSheet(QPainter &painter, const QRectF &page, const Sheet &sheet)
{
    const qreal unit = designUnit(page);
    auto map = [&](const QRectF &r) {
        return QRectF(page.left() + r.left() * unit, page.top() + r.top() * unit, r.width() * unit, r.height() * unit);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(page, Qt::white);
    for (const Element &e : sheet.elements) {
        const QRectF rect = map(e.rect);
        switch (e.kind) {
        case Element::Kind::Text:
            paintText(painter, rect, e, unit);
            break;
        case Element::Kind::Fill:
            painter.fillRect(rect, Qt::black);
            break;
        case Element::Kind::Frame: {
            const qreal t = e.size * unit;
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), t), Qt::black);
            painter.fillRect(QRectF(rect.left(), rect.bottom() - t, rect.width(), t), Qt::black);
            painter.fillRect(QRectF(rect.left(), rect.top(), t, rect.height()), Qt::black);
            painter.fillRect(QRectF(rect.right() - t, rect.top(), t, rect.height()), Qt::black);
            break;
        }
        case Element::Kind::Code: {
            QString error;
            const Barcode barcode = Barcode::code128(e.text, &error);
            if (barcode.isNull()) {
                // Only a preview gets here: render() refuses such a label before painting.
                painter.fillRect(rect, QColor(0xee, 0xee, 0xee));
                Element message;
                message.text = error;
                message.size = 3;
                message.maxLines = 4;
                message.align = Qt::AlignCenter;
                paintText(painter, rect.adjusted(unit * 2, unit * 2, -unit * 2, -unit * 2), message, unit);
            } else {
                barcode.paint(painter, rect, MaxModuleMm * unit);
            }
            break;
        }
        }
    }
    painter.restore();
}

// ---- ZPL -------------------------------------------------------------------------------------------------------

// Field data for ^FH_: the hex indicator itself, ^ and ~ (which would start commands) as _XX; inside a ^FB block a
// backslash is doubled, since \& there means a new line.
QByteArray zplField(const QString &text, bool inBlock)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '_':
            out += "_5F";
            break;
        case '^':
            out += "_5E";
            break;
        case '~':
            out += "_7E";
            break;
        case '\\':
            out += inBlock ? "\\\\" : "\\";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Font 0 (CG Triumvirate Bold Condensed) has no metrics the host can read: a character is about 0.58 of the height.
constexpr qreal ZplCharWidth = 0.58;

class ZplPage
{
public:
    ZplPage(QSize dots, const Sheet &sheet)
        : m_unit(qMin(dots.width() / DesignWidthMm, dots.height() / DesignHeightMm))
    {
        m_out += "^XA\n^CI28\n^PW" + QByteArray::number(dots.width()) + "\n^LL" + QByteArray::number(dots.height()) +
                 "\n^LH0,0\n^PON\n";
        for (const Element &e : sheet.elements)
            add(e);
        m_out += "^XZ\n";
    }

    QByteArray bytes() const { return m_out; }

private:
    int dots(qreal mm) const { return int(std::lround(mm * m_unit)); }

    void add(const Element &e)
    {
        const int x = dots(e.rect.left()), y = dots(e.rect.top());
        const int w = qMax(1, dots(e.rect.width())), h = qMax(1, dots(e.rect.height()));
        switch (e.kind) {
        case Element::Kind::Fill:
            box(x, y, w, h, qMin(w, h));
            break;
        case Element::Kind::Frame:
            box(x, y, w, h, qMax(1, dots(e.size)));
            break;
        case Element::Kind::Text:
            text(x, y, w, h, e);
            break;
        case Element::Kind::Code:
            code(x, y, w, h, e.text);
            break;
        }
    }

    void box(int x, int y, int w, int h, int thickness)
    {
        m_out += "^FO" + QByteArray::number(x) + ',' + QByteArray::number(y) + "^GB" + QByteArray::number(w) + ',' +
                 QByteArray::number(h) + ',' + QByteArray::number(thickness) + ",B,0^FS\n";
    }

    void text(int x, int y, int w, int h, const Element &e)
    {
        if (e.text.isEmpty())
            return;
        const int lines = qMax(1, e.maxLines);
        const qreal minSize = e.minSize > 0 ? e.minSize : e.size * 0.7;
        const qreal length = e.text.size();
        // Shrink, then cut, by the estimated width; several lines lose some room to word wrapping.
        const qreal room = w * lines * (lines > 1 ? 0.85 : 1.0);
        qreal font = dots(e.size);
        if (length * ZplCharWidth * font > room)
            font = qMax<qreal>(dots(minSize), room / (length * ZplCharWidth));
        if (lines > 1)
            font = qMin<qreal>(font, qreal(h) / lines / 1.05);
        const int fontDots = qMax(10, int(font));
        QString shown = e.text;
        const int capacity = int(room / (ZplCharWidth * fontDots));
        if (shown.size() > capacity)
            shown = shown.left(qMax(0, capacity - 3)).trimmed() + QStringLiteral("...");

        int top = y;
        if (e.align & Qt::AlignVCenter)
            top = y + (h - fontDots) / 2;
        const char justify = (e.align & Qt::AlignHCenter) ? 'C' : (e.align & Qt::AlignRight) ? 'R' : 'L';
        m_out += "^FO" + QByteArray::number(x) + ',' + QByteArray::number(qMax(0, top));
        if (e.white)
            m_out += "^FR";
        m_out += "^A0N," + QByteArray::number(fontDots) + ',' + QByteArray::number(fontDots) + "^FB" +
                 QByteArray::number(w) + ',' + QByteArray::number(lines) + ",0," + justify + ",0^FH_^FD" +
                 zplField(shown, true) + "^FS\n";
    }

    void code(int x, int y, int w, int h, const QString &data)
    {
        const Barcode barcode = Barcode::code128(data);
        const int modules = qMax(1, barcode.modules());
        const int widest = qMax(1, dots(MaxModuleMm));
        const int module = qBound(1, w / (modules + 2 * Barcode::QuietZoneModules), widest);
        const int left = x + (w - modules * module) / 2;
        // Automatic mode (A): the printer picks the Code 128 subsets, as zint did for the width above.
        m_out += "^FO" + QByteArray::number(qMax(0, left)) + ',' + QByteArray::number(y) + "^BY" +
                 QByteArray::number(module) + ",3," + QByteArray::number(h) + "^BCN," + QByteArray::number(h) +
                 ",N,N,N,A^FH_^FD" + zplField(data, false) + "^FS\n";
    }

    qreal m_unit;
    QByteArray m_out;
};

// ---- Jobs ------------------------------------------------------------------------------------------------------

// Parcels of one shipment share a packing slip: the first parcel of each stands for it.
QList<LabelContent> shipmentsOf(const QList<LabelContent> &parcels)
{
    QList<LabelContent> shipments;
    QSet<QString> seen;
    for (const LabelContent &label : parcels) {
        const QString key =
            QStringLiteral("%1\n%2\n%3").arg(label.storeName).arg(label.orderId).arg(label.shipmentNumber);
        if (!seen.contains(key)) {
            seen.insert(key);
            shipments.append(label);
        }
    }
    return shipments;
}

QSizeF designSize(QSize pixels)
{
    const qreal unit = designUnit(QRectF(QPointF(0, 0), QSizeF(pixels)));
    return {pixels.width() / unit, pixels.height() / unit};
}

bool renderPdf(const QList<LabelContent> &parcels, const QList<LabelContent> &slips, LabelSize size, QByteArray *bytes,
               QString *error)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(LabelRenderer::PdfDpi);
    writer.setPageSize(LabelRenderer::pageSize(size));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("Packbench"));
    writer.setTitle(LabelRenderer::tr("Shipping labels"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = LabelRenderer::tr("Could not start a PDF document.");
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    bool first = true;
    auto nextPage = [&] {
        if (!first)
            writer.newPage();
        first = false;
    };
    for (const LabelContent &label : parcels) {
        nextPage();
        LabelRenderer::paintLabel(painter, page, label);
    }
    for (const LabelContent &slip : slips) {
        const int pages = LabelRenderer::packingSlipPageCount(page, slip);
        for (int i = 0; i < pages; ++i) {
            nextPage();
            LabelRenderer::paintPackingSlip(painter, page, slip, i);
        }
    }
    painter.end();
    return true;
}

bool renderPng(const QList<LabelContent> &parcels, const QList<LabelContent> &slips, LabelSize size, QByteArray *bytes,
               QString *error)
{
    const QSize pixels = LabelRenderer::pagePixels(size, LabelRenderer::PngDpi);
    const QRectF page(QPointF(0, 0), QSizeF(pixels));
    int pageCount = int(parcels.size());
    for (const LabelContent &slip : slips)
        pageCount += LabelRenderer::packingSlipPageCount(page, slip);
    if (pageCount > LabelRenderer::MaxPngPages) {
        *error = LabelRenderer::tr("A PNG image holds at most %1 pages; this job has %2. Save it as PDF or ZPL.")
                     .arg(LabelRenderer::MaxPngPages)
                     .arg(pageCount);
        return false;
    }

    // Every page is painted straight into its band of the grayscale strip: no copy, no conversion.
    QImage strip(pixels.width(), pixels.height() * pageCount, QImage::Format_Grayscale8);
    if (strip.isNull()) {
        *error = LabelRenderer::tr("Not enough memory for a PNG image of %1 pages.").arg(pageCount);
        return false;
    }
    const int dotsPerMeter = int(std::lround(LabelRenderer::PngDpi / 0.0254));
    int index = 0;
    auto addPage = [&](const std::function<void(QPainter &)> &paint) {
        QImage band(strip.scanLine(index * pixels.height()), pixels.width(), pixels.height(), strip.bytesPerLine(),
                    QImage::Format_Grayscale8);
        band.setDotsPerMeterX(dotsPerMeter);
        band.setDotsPerMeterY(dotsPerMeter);
        QPainter painter(&band);
        paint(painter);
        painter.end();
        ++index;
    };
    for (const LabelContent &label : parcels)
        addPage([&](QPainter &painter) { LabelRenderer::paintLabel(painter, page, label); });
    for (const LabelContent &slip : slips) {
        const int pages = LabelRenderer::packingSlipPageCount(page, slip);
        for (int i = 0; i < pages; ++i)
            addPage([&](QPainter &painter) { LabelRenderer::paintPackingSlip(painter, page, slip, i); });
    }
    strip.setDotsPerMeterX(dotsPerMeter);
    strip.setDotsPerMeterY(dotsPerMeter);
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    // Quality 80 is zlib's faster end: a label compresses nearly as well (black and white) in less time.
    if (!strip.save(&buffer, "PNG", 80)) {
        *error = LabelRenderer::tr("Could not encode the labels as a PNG image.");
        return false;
    }
    return true;
}

QByteArray renderZpl(const QList<LabelContent> &parcels, const QList<LabelContent> &slips, LabelSize size, int dpi)
{
    const QSize dots = LabelRenderer::pagePixels(size, dpi);
    const QSizeF design = designSize(dots);
    QByteArray out;
    for (const LabelContent &label : parcels)
        out += ZplPage(dots, labelSheet(label, design.width(), design.height())).bytes();
    for (const LabelContent &slip : slips)
        for (const Sheet &sheet : slipSheets(slip, design.width(), design.height()))
            out += ZplPage(dots, sheet).bytes();
    return out;
}

bool renderBytes(const QList<LabelContent> &parcels, LabelSize size, LabelFormat format, bool withPackingSlip,
                 QByteArray *bytes, QString *error)
{
    QString problem;
    if (!LabelRenderer::validate(parcels, format, &problem)) {
        *error = problem;
        return false;
    }
    const QList<LabelContent> slips = withPackingSlip ? shipmentsOf(parcels) : QList<LabelContent>();
    switch (format) {
    case LabelFormat::Zpl203:
        *bytes = renderZpl(parcels, slips, size, 203);
        return true;
    case LabelFormat::Zpl300:
        *bytes = renderZpl(parcels, slips, size, 300);
        return true;
    case LabelFormat::Pdf:
    case LabelFormat::Png:
        break;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Fonts need the GUI application object; without one Qt would abort.
        *error = LabelRenderer::tr("PDF and PNG labels need the graphical Packbench; write ZPL instead.");
        return false;
    }
    return format == LabelFormat::Pdf ? renderPdf(parcels, slips, size, bytes, error)
                                      : renderPng(parcels, slips, size, bytes, error);
}

} // namespace

QPageSize LabelRenderer::pageSize(LabelSize size)
{
    switch (size) {
    case LabelSize::A6:
        return QPageSize(QPageSize::A6);
    case LabelSize::FourBySix:
        break;
    }
    return QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("4 x 6 in"), QPageSize::ExactMatch);
}

QSizeF LabelRenderer::pageSizeMm(LabelSize size)
{
    return size == LabelSize::A6 ? QSizeF(105, 148) : QSizeF(101.6, 152.4);
}

QSize LabelRenderer::pagePixels(LabelSize size, int dpi)
{
    const QSizeF mm = pageSizeMm(size);
    return {int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi))};
}

void LabelRenderer::paintLabel(QPainter &painter, const QRectF &page, const LabelContent &label)
{
    const qreal unit = designUnit(page);
    if (unit <= 0)
        return;
    paintSheet(painter, page, labelSheet(label, page.width() / unit, page.height() / unit));
}

int LabelRenderer::packingSlipPageCount(const QRectF &page, const LabelContent &label)
{
    const qreal unit = designUnit(page);
    if (unit <= 0)
        return 0;
    return int(paginateSlip(label, slipItems(label), customsLines(label), page.height() / unit).size());
}

void LabelRenderer::paintPackingSlip(QPainter &painter, const QRectF &page, const LabelContent &label, int pageIndex)
{
    const qreal unit = designUnit(page);
    if (unit <= 0)
        return;
    const QList<Sheet> sheets = slipSheets(label, page.width() / unit, page.height() / unit);
    if (pageIndex >= 0 && pageIndex < sheets.size())
        paintSheet(painter, page, sheets.at(pageIndex));
}

bool LabelRenderer::validate(const QList<LabelContent> &parcels, LabelFormat format, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (parcels.isEmpty())
        return fail(tr("There are no parcels to print."));
    const bool zpl = format == LabelFormat::Zpl203 || format == LabelFormat::Zpl300;
    for (const LabelContent &label : parcels) {
        const QString data = label.barcodeData();
        QString problem;
        if (Barcode::code128(data, &problem).isNull())
            return fail(tr("Order #%1: %2").arg(label.orderId).arg(problem));
        if (zpl) {
            for (const QChar c : data) {
                if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                    return fail(tr("Order #%1: \"%2\" has characters a thermal printer's barcode cannot hold. Use "
                                   "letters, digits and common signs only, or print a PDF.")
                                    .arg(label.orderId)
                                    .arg(data));
            }
        }
    }
    return true;
}

bool LabelRenderer::render(const QList<LabelContent> &parcels, LabelSize size, LabelFormat format, bool withPackingSlip,
                           QIODevice *out, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!out)
        return fail(tr("There is nowhere to write the labels to."));
    QByteArray bytes;
    QString problem;
    if (!renderBytes(parcels, size, format, withPackingSlip, &bytes, &problem))
        return fail(problem);
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return fail(tr("Could not write the labels: %1").arg(out->errorString()));
    if (!out->isWritable())
        return fail(tr("Could not write the labels: the output is open for reading only."));
    bool written = out->write(bytes) == bytes.size();
    if (auto *file = qobject_cast<QFileDevice *>(out))
        written = file->flush() && written && file->error() == QFileDevice::NoError;
    if (!written)
        return fail(tr("Could not write the labels: %1").arg(out->errorString()));
    return true;
}

bool LabelRenderer::formatForPath(const QString &path, int zplDpi, LabelFormat *format, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    LabelFormat chosen;
    if (suffix == QLatin1String("pdf")) {
        chosen = LabelFormat::Pdf;
    } else if (suffix == QLatin1String("png")) {
        chosen = LabelFormat::Png;
    } else if (suffix == QLatin1String("zpl")) {
        if (zplDpi == 203) {
            chosen = LabelFormat::Zpl203;
        } else if (zplDpi == 300) {
            chosen = LabelFormat::Zpl300;
        } else {
            if (error)
                *error = tr("Thermal printers print ZPL at 203 or 300 dpi, not %1 dpi.").arg(zplDpi);
            return false;
        }
    } else {
        if (error)
            *error = tr("Cannot tell which format to write %1 in: use a file name ending in .pdf, .png or .zpl.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (format)
        *format = chosen;
    return true;
}

bool LabelRenderer::renderToFile(const QList<LabelContent> &parcels, LabelSize size, const QString &path,
                                 bool withPackingSlip, QString *error, int zplDpi)
{
    PendingLabelFile file;
    return file.write(parcels, size, path, withPackingSlip, error, zplDpi) && file.publish(error);
}

PendingLabelFile::PendingLabelFile() = default;

PendingLabelFile::~PendingLabelFile()
{
    discard();
}

bool PendingLabelFile::write(const QList<LabelContent> &parcels, LabelSize size, const QString &path,
                             bool withPackingSlip, QString *error, int zplDpi)
{
    discard();
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        m_file.reset();
        return false;
    };
    LabelFormat format;
    QString problem;
    if (!LabelRenderer::formatForPath(path, zplDpi, &format, &problem))
        return fail(problem);
    QByteArray bytes;
    if (!renderBytes(parcels, size, format, withPackingSlip, &bytes, &problem))
        return fail(problem);
    const QString shownPath = QDir::toNativeSeparators(path);
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(LabelRenderer::tr("Could not write the labels to %1: %2").arg(shownPath, m_file->errorString()));
    if (m_file->write(bytes) != bytes.size() || !m_file->flush())
        return fail(LabelRenderer::tr("Could not write the labels to %1: %2").arg(shownPath, m_file->errorString()));
    m_path = path;
    return true;
}

bool PendingLabelFile::isWritten() const
{
    return m_file != nullptr;
}

bool PendingLabelFile::publish(QString *error)
{
    if (!m_file) {
        if (error)
            *error = tr("No label was written.");
        return false;
    }
    const bool done = m_file->commit();
    if (!done && error)
        *error = LabelRenderer::tr("Could not write the labels to %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
    m_file.reset();
    return done;
}

void PendingLabelFile::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file when it is destroyed without commit()
}

} // namespace Packbench
