#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Packbench {

// A Code 128 symbol encoded by libzint and kept as its bars in whole modules, so it is drawn sharp at any
// resolution: as exact rectangles on a QPainter (PDF, PNG, a printer, a preview), or sized for a ZPL printer that
// draws its own bars.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)

public:
    // One bar: its left edge and its width, in modules from the symbol's left edge.
    struct Bar
    {
        int start = 0;
        int width = 0;
        bool operator==(const Bar &) const = default;
    };

    // White space each side of the bars that scanners need (ISO/IEC 15417 asks for 10 modules).
    static constexpr int QuietZoneModules = 10;

    // Encodes data as Code 128 (characters of ISO 8859-1 only). On failure returns a null barcode and says in
    // error, in words a packer can act on, why this text cannot be a barcode.
    static Barcode code128(const QString &data, QString *error = nullptr);

    bool isNull() const { return m_modules == 0; }
    QString data() const { return m_data; }
    // Width of the symbol in modules, quiet zones not included.
    int modules() const { return m_modules; }
    const QList<Bar> &bars() const { return m_bars; }

    // Draws the bars centred in target, as high as target, with at least QuietZoneModules of white each side inside
    // target. Where the painter maps to the device by scaling only and the device has at least one pixel per module,
    // every module is the same whole number of device pixels and every edge sits on a pixel boundary (a scanner
    // reads bar width ratios; a module of 3 px next to one of 2 px misreads). maxModuleWidth (painter units, 0 = no
    // limit) keeps short data from growing very wide bars. Returns the rectangle the bars cover, in painter units.
    QRectF paint(QPainter &painter, const QRectF &target, qreal maxModuleWidth = 0) const;

private:
    QString m_data;
    int m_modules = 0;
    QList<Bar> m_bars;
};

} // namespace Packbench
