#pragma once

#include "core/shipping/Label.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QString>
#include <memory>

class QIODevice;
class QSaveFile;
class QPainter;

namespace Packbench {

// Draws shipping labels and packing slips, and writes them as PDF, PNG or ZPL II.
//
// The painting functions draw on the page they are given, in the painter's coordinates (normally device units),
// and scale every size from that page (a "label millimetre" is the page's share of a 4 x 6 in label), so the same
// code serves a 203 dpi thermal printer, a 300 dpi PDF, a QPrinter and an on-screen preview. They need a
// QGuiApplication (fonts). ZPL, packing slips included, needs no fonts, so the command line can write it from a
// plain QCoreApplication.
//
// Outputs of render():
//   PDF   one page of the label size per parcel, then the packing slips; 300 dpi, vectors and embedded text (Qt
//         writes the page box in whole points: 288 x 432 for 4 x 6 in, 297 x 420 for A6).
//   PNG   203 dpi grayscale: all pages of the job stacked top to bottom in ONE image (a thermal printer driver or an
//         image viewer shows one long strip; cut every pagePixels(size, 203).height() pixels). At most
//         MaxPngPages pages: larger jobs are refused with a hint to use PDF or ZPL.
//   ZPL   native ZPL II text, one ^XA ... ^XZ block per parcel (^CI28 UTF-8, ^PW/^LL for the size and dpi, ^BC
//         Code 128 in automatic mode, ^FB text blocks, ^ and ~ in data written as hex with ^FH); packing slips
//         follow as ^XA ... ^XZ blocks of the same kind. Text uses the printer's scalable font 0, which prints
//         Latin script; other scripts need a font loaded on the printer.
// Packing slips come after all labels, one per shipment (parcels of the same store, order and shipment number share
// one), on pages of the label size.
class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LabelRenderer)

public:
    static constexpr int PdfDpi = 300;
    static constexpr int PngDpi = 203;
    static constexpr int DefaultZplDpi = 203;
    static constexpr int MaxPngPages = 50;

    static QPageSize pageSize(LabelSize size);        // exact: 4 x 6 in, or ISO A6
    static QSizeF pageSizeMm(LabelSize size);         // 101.6 x 152.4 or 105 x 148
    static QSize pagePixels(LabelSize size, int dpi); // e.g. 812 x 1218 for 4 x 6 in at 203 dpi

    // One parcel's label on page (in the painter's coordinates).
    static void paintLabel(QPainter &painter, const QRectF &page, const LabelContent &label);

    // The packing slip of label's shipment: its items (SKU, quantity, name, Size, Colour, HS Code) and, for an
    // international shipment, the customs declaration. Long slips take several pages: packingSlipPageCount() says
    // how many for a page of this shape (it depends on the page's proportions, not on its resolution).
    static int packingSlipPageCount(const QRectF &page, const LabelContent &label);
    static void paintPackingSlip(QPainter &painter, const QRectF &page, const LabelContent &label, int pageIndex = 0);

    // Writes the labels of parcels (one page or ZPL block each), then the packing slips when asked, to out. On
    // failure returns false with the reason in error; nothing is written to out unless the whole job rendered.
    static bool render(const QList<LabelContent> &parcels, LabelSize size, LabelFormat format, bool withPackingSlip,
                       QIODevice *out, QString *error);

    // As render(), into path; the format comes from its suffix (.pdf, .png, .zpl; ZPL at zplDpi, 203 or 300). The
    // file is replaced atomically: an existing file stays as it was when anything fails.
    static bool renderToFile(const QList<LabelContent> &parcels, LabelSize size, const QString &path,
                             bool withPackingSlip, QString *error, int zplDpi = DefaultZplDpi);
    static bool formatForPath(const QString &path, int zplDpi, LabelFormat *format, QString *error);

    // Checks what render() would refuse before anything is drawn: an empty job, a barcode that cannot be encoded
    // (for ZPL: a barcode with more than printable ASCII, which a printer's Code 128 does not take).
    static bool validate(const QList<LabelContent> &parcels, LabelFormat format, QString *error);
};

// A label file written in two steps, for a print recorded in a database transaction: write() renders the whole file
// beside its place (inside the transaction, so a full disk or a bad format stops the print before anything is
// recorded), publish() puts it in place once the transaction has committed. A print that does not commit (refused,
// or its COMMIT cut by a server restart) discards the file when this object goes, so no label exists for a print
// that was not recorded.
class PendingLabelFile
{
    Q_DECLARE_TR_FUNCTIONS(PendingLabelFile)

public:
    PendingLabelFile();
    ~PendingLabelFile(); // discards an unpublished file
    PendingLabelFile(const PendingLabelFile &) = delete;
    PendingLabelFile &operator=(const PendingLabelFile &) = delete;

    bool write(const QList<LabelContent> &parcels, LabelSize size, const QString &path, bool withPackingSlip,
               QString *error, int zplDpi = LabelRenderer::DefaultZplDpi);
    bool isWritten() const;
    bool publish(QString *error);
    void discard();

private:
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
};

} // namespace Packbench
