#include "core/shipping/Barcode.h"

#include <QPainter>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <memory>
#include <zint.h>

namespace Packbench {

namespace {
struct ZintDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};
} // namespace

Barcode Barcode::code128(const QString &data, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return Barcode();
    };
    if (data.isEmpty())
        return fail(tr("There is nothing to put in the barcode."));

    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return fail(tr("Could not make the barcode for \"%1\": out of memory.").arg(data));
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0; // the renderer prints the text itself, larger
    const QByteArray utf8 = data.toUtf8();
    const int result = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), 0);
    if (result >= ZINT_ERROR || !symbol->vector || symbol->width <= 0) {
        QString reason;
        switch (result) {
        case ZINT_ERROR_TOO_LONG:
            reason = tr("it is too long for a Code 128 barcode");
            break;
        case ZINT_ERROR_INVALID_DATA:
            reason = tr("it has characters a Code 128 barcode cannot hold (only Latin letters, digits and common "
                        "signs)");
            break;
        default:
            reason = QString::fromUtf8(symbol->errtxt);
            break;
        }
        return fail(tr("\"%1\" cannot be printed as a barcode: %2.").arg(data, reason));
    }

    // The vector output is in units of (scale x 2) per module; measure the unit from the whole symbol's width so
    // the conversion does not depend on zint's choice.
    const double unit = double(symbol->vector->width) / symbol->width;
    Barcode barcode;
    barcode.m_data = data;
    barcode.m_modules = symbol->width;
    for (const zint_vector_rect *rect = symbol->vector->rectangles; rect; rect = rect->next) {
        const int start = int(std::lround(rect->x / unit));
        const int width = int(std::lround(rect->width / unit));
        if (width > 0)
            barcode.m_bars.append({start, width});
    }
    std::sort(barcode.m_bars.begin(), barcode.m_bars.end(),
              [](const Bar &a, const Bar &b) { return a.start < b.start; });
    if (barcode.m_bars.isEmpty())
        return fail(tr("\"%1\" cannot be printed as a barcode: the encoder returned no bars.").arg(data));
    return barcode;
}

QRectF Barcode::paint(QPainter &painter, const QRectF &target, qreal maxModuleWidth) const
{
    if (isNull() || target.isEmpty())
        return {};
    const int totalModules = m_modules + 2 * QuietZoneModules;
    const QTransform toDevice = painter.deviceTransform();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);

    QRectF covered;
    const bool scalingOnly = toDevice.type() <= QTransform::TxScale && toDevice.m11() > 0 && toDevice.m22() > 0;
    const QRectF device = toDevice.mapRect(target);
    int pixels = scalingOnly ? int(std::floor(device.width() / totalModules)) : 0;
    if (pixels >= 1 && maxModuleWidth > 0)
        pixels = qBound(1, int(std::floor(maxModuleWidth * toDevice.m11())), pixels);
    if (pixels >= 1) {
        // Whole device pixels: draw in device coordinates.
        const int width = pixels * m_modules;
        const int left = int(std::lround(device.center().x() - width / 2.0));
        const int top = int(std::lround(device.top()));
        const int height = int(std::lround(device.bottom())) - top;
        painter.setViewTransformEnabled(false);
        painter.setWorldTransform(QTransform());
        for (const Bar &bar : m_bars)
            painter.fillRect(QRect(left + bar.start * pixels, top, bar.width * pixels, height), Qt::black);
        covered = toDevice.inverted().mapRect(QRectF(left, top, width, height));
    } else {
        // A rotated painter or a device too coarse for whole pixels (a small preview): exact fractions.
        qreal module = target.width() / totalModules;
        if (maxModuleWidth > 0)
            module = qMin(module, maxModuleWidth);
        const qreal left = target.center().x() - module * m_modules / 2.0;
        for (const Bar &bar : m_bars)
            painter.fillRect(QRectF(left + bar.start * module, target.top(), bar.width * module, target.height()),
                             Qt::black);
        covered = QRectF(left, target.top(), module * m_modules, target.height());
    }
    painter.restore();
    return covered;
}

} // namespace Packbench
