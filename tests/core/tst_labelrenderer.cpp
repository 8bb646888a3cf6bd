#include "core/shipping/Barcode.h"
#include "core/shipping/LabelRenderer.h"
#include "core/shipping/RawPrinter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {

LabelContent sampleLabel(const QString &tracking)
{
    LabelContent label;
    label.trackingNumber = tracking;
    label.carrierName = QStringLiteral("Own sequence");
    label.shippingMethod = QStringLiteral("Standard courier (2-3 days)");
    label.sender = {QStringLiteral("Kids Warehouse"),
                    QStringLiteral("Packbench Ltd"),
                    QStringLiteral("12 Depot Road"),
                    QString(),
                    QStringLiteral("Auckland"),
                    QString(),
                    QStringLiteral("1010"),
                    QStringLiteral("New Zealand"),
                    QStringLiteral("NZ"),
                    QStringLiteral("+64 9 123 4567")};
    label.recipient = {QStringLiteral("Jane Doe"),
                       QString(),
                       QStringLiteral("1 Queen Street"),
                       QStringLiteral("Apartment 4B"),
                       QStringLiteral("Wellington"),
                       QString(),
                       QStringLiteral("6011"),
                       QStringLiteral("New Zealand"),
                       QStringLiteral("NZ"),
                       QStringLiteral("021 555 0101")};
    label.orderId = 1042;
    label.storeName = QStringLiteral("Main Store");
    label.storefront = QStringLiteral("Kids");
    label.weight = 1.25;
    label.weightUnit = QStringLiteral("kg");
    label.atl = AuthorityToLeave::AuthorityToLeave;
    label.itemSummary = QStringLiteral("2 x T-shirt (M, Red); 1 x Mug");
    label.printedAt = QDateTime(QDate(2024, 5, 14), QTime(9, 40));
    LineItem shirt;
    shirt.sku = QStringLiteral("TS-M-RED");
    shirt.name = QStringLiteral("T-shirt");
    shirt.quantity = 2;
    shirt.size = QStringLiteral("M");
    shirt.color = QStringLiteral("Red");
    shirt.hsCode = QStringLiteral("6109.10");
    shirt.weight = 0.2;
    LineItem mug;
    mug.sku = QStringLiteral("MUG-1");
    mug.name = QStringLiteral("Mug");
    mug.quantity = 1;
    mug.weight = 0.4;
    label.items = {shirt, mug};
    label.originCountry = QStringLiteral("NZ");
    label.currency = QStringLiteral("NZD");
    return label;
}

LabelContent internationalLabel()
{
    LabelContent label = sampleLabel(QStringLiteral("RR123456785NZ"));
    label.recipient.city = QStringLiteral("Sydney");
    label.recipient.region = QStringLiteral("NSW");
    label.recipient.zip = QStringLiteral("2000");
    label.recipient.country = QStringLiteral("Australia");
    label.recipient.countryIso2 = QStringLiteral("AU");
    label.international = true;
    label.customs = {{QStringLiteral("Cotton T-shirt"), QStringLiteral("6109.10"), 2, QStringLiteral("25.00"), 0.4},
                     {QStringLiteral("Ceramic mug"), QStringLiteral("6912.00"), 1, QStringLiteral("12.50"), 0.4}};
    return label;
}

// The Debian tools that read labels back as a scanner and a viewer would. Missing means the machine was not set up:
// fail loudly rather than skip the checks that matter most.
QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

#define REQUIRE_TOOL(variable, name)                                                                                   \
    const QString variable = tool(QStringLiteral(name));                                                               \
    if (variable.isEmpty())                                                                                            \
        QFAIL(name " is not installed: run scripts/setup.sh (it needs the Debian packages zbar-tools and "             \
                   "poppler-utils).");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestLabelRenderer : public QObject
{
    Q_OBJECT

private:
    // zbarimg's answer for an image: what a scanner reads off it.
    QString scan(const QString &image)
    {
        const QString zbarimg = tool(QStringLiteral("zbarimg"));
        const Run result = run(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), image});
        return QString::fromUtf8(result.out).trimmed();
    }

    QString pdfText(const QString &pdf)
    {
        const Run result =
            run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        return QString::fromUtf8(result.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TOOL(zbarimg, "zbarimg");
        REQUIRE_TOOL(pdftoppm, "pdftoppm");
        REQUIRE_TOOL(pdftotext, "pdftotext");
    }

    void pngScansAsTheTrackingNumber_data()
    {
        QTest::addColumn<QString>("tracking");
        QTest::addColumn<int>("size");
        QTest::newRow("UPU S10, 4x6") << QStringLiteral("RR123456785NZ") << int(LabelSize::FourBySix);
        QTest::newRow("UPS, long, A6") << QStringLiteral("1Z999AA10123456784") << int(LabelSize::A6);
        QTest::newRow("lower case, long") << QStringLiteral("JD014600006281234567xyz") << int(LabelSize::FourBySix);
    }

    void pngScansAsTheTrackingNumber()
    {
        QFETCH(QString, tracking);
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("label.png"));
        QString error;
        QVERIFY2(LabelRenderer::renderToFile({sampleLabel(tracking)}, LabelSize(size), path, false, &error),
                 qPrintable(error));
        QCOMPARE(scan(path), tracking);

        const QImage image(path);
        QCOMPARE(image.size(), LabelRenderer::pagePixels(LabelSize(size), 203));
        QCOMPARE(image.dotsPerMeterX(), qRound(203 / 0.0254));
    }

    void pdfScansAsTheTrackingNumberAtItsExactSize_data()
    {
        QTest::addColumn<QString>("tracking");
        QTest::addColumn<int>("size");
        QTest::addColumn<QSize>("pixelsAt300");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("4x6") << QStringLiteral("RR123456785NZ") << int(LabelSize::FourBySix) << QSize(1200, 1800)
                             << QSizeF(288, 432);
        QTest::newRow("A6") << QStringLiteral("1Z999AA10123456784") << int(LabelSize::A6) << QSize(1240, 1748)
                            << QSizeF(297.6, 419.5);
        QTest::newRow("lower case") << QStringLiteral("cz123456789de") << int(LabelSize::FourBySix) << QSize(1200, 1800)
                                    << QSizeF(288, 432);
    }

    void pdfScansAsTheTrackingNumberAtItsExactSize()
    {
        QFETCH(QString, tracking);
        QFETCH(int, size);
        QFETCH(QSize, pixelsAt300);
        QFETCH(QSizeF, points);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("label.pdf"));
        QString error;
        QVERIFY2(LabelRenderer::renderToFile({sampleLabel(tracking)}, LabelSize(size), path, false, &error),
                 qPrintable(error));

        // The page box as the PDF states it, within a point.
        const QByteArray pdf = readFile(path);
        const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY2(box.hasMatch(), "no /MediaBox in the PDF");
        QVERIFY2(qAbs(box.captured(1).toDouble() - points.width()) <= 1.0, qPrintable(box.captured(0)));
        QVERIFY2(qAbs(box.captured(2).toDouble() - points.height()) <= 1.0, qPrintable(box.captured(0)));

        // Rendered as a 300 dpi printer would: the page's pixels and what a scanner reads.
        const Run raster = run(tool(QStringLiteral("pdftoppm")), {QStringLiteral("-r"), QStringLiteral("300"),
                                                                  QStringLiteral("-png"), path, dir.filePath("page")});
        QVERIFY2(raster.exitCode == 0, raster.err.constData());
        const QString page = dir.filePath(QStringLiteral("page-1.png"));
        const QImage image(page);
        QVERIFY(!image.isNull());
        QVERIFY2(qAbs(image.width() - pixelsAt300.width()) <= 3 && qAbs(image.height() - pixelsAt300.height()) <= 3,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QCOMPARE(scan(page), tracking);
    }

    void pickupLabelCarriesTheOrderNumber()
    {
        LabelContent label = sampleLabel(QString());
        label.carrierName = QStringLiteral("Pickup in store");
        label.pickupLocation = QStringLiteral("Ponsonby shop, 120 Ponsonby Road, Auckland");
        label.atl = AuthorityToLeave::Unspecified;
        QCOMPARE(label.barcodeData(), QStringLiteral("ORDER-1042"));
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("pickup.png"));
        const QString pdf = dir.filePath(QStringLiteral("pickup.pdf"));
        QVERIFY2(LabelRenderer::renderToFile({label}, LabelSize::FourBySix, png, false, &error), qPrintable(error));
        QVERIFY2(LabelRenderer::renderToFile({label}, LabelSize::FourBySix, pdf, false, &error), qPrintable(error));
        QCOMPARE(scan(png), QStringLiteral("ORDER-1042"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Pickup in store")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ponsonby shop")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("1 Queen Street")), qPrintable(text)); // no shipping address
    }

    void severalParcelsMakeSeveralPages()
    {
        LabelContent first = sampleLabel(QStringLiteral("RR123456785NZ"));
        first.parcelCount = 2;
        first.shipmentNumber = 1;
        first.shipmentCount = 2;
        LabelContent second = first;
        second.trackingNumber = QStringLiteral("RR123456799NZ");
        second.parcelNumber = 2;
        QTemporaryDir dir;
        QString error;

        const QString pdf = dir.filePath(QStringLiteral("two.pdf"));
        QVERIFY2(LabelRenderer::renderToFile({first, second}, LabelSize::FourBySix, pdf, false, &error),
                 qPrintable(error));
        QString text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1Char('\f')), 2); // pdftotext ends every page with a form feed
        QVERIFY2(text.contains(QStringLiteral("Parcel 1/2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Parcel 2/2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Shipment 1 of 2")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Packing slip")), qPrintable(text));

        // With the packing slip: one slip for the shipment both parcels belong to, after the labels.
        QVERIFY2(LabelRenderer::renderToFile({first, second}, LabelSize::FourBySix, pdf, true, &error),
                 qPrintable(error));
        text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1Char('\f')), 3);
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY2(pages.at(2).contains(QStringLiteral("Packing slip")), qPrintable(text));
        for (const QString &expected :
             {QStringLiteral("TS-M-RED"), QStringLiteral("MUG-1"), QStringLiteral("Size: M"),
              QStringLiteral("Colour: Red"), QStringLiteral("HS Code: 6109.10"), QStringLiteral("Items: 3")})
            QVERIFY2(pages.at(2).contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        QVERIFY2(!text.contains(QStringLiteral("Customs declaration")), qPrintable(text)); // domestic

        // PNG: the pages stacked into one image.
        const QString png = dir.filePath(QStringLiteral("two.png"));
        QVERIFY2(LabelRenderer::renderToFile({first, second}, LabelSize::FourBySix, png, false, &error),
                 qPrintable(error));
        const QSize page = LabelRenderer::pagePixels(LabelSize::FourBySix, 203);
        QCOMPARE(QImage(png).size(), QSize(page.width(), page.height() * 2));
        const QStringList scanned = scan(png).split(QLatin1Char('\n'));
        QVERIFY2(scanned.contains(QStringLiteral("RR123456785NZ")) && scanned.contains(QStringLiteral("RR123456799NZ")),
                 qPrintable(scanned.join(QLatin1Char(' '))));
    }

    void longPackingSlipTakesSeveralPages()
    {
        LabelContent label = sampleLabel(QStringLiteral("RR123456785NZ"));
        label.items.clear();
        for (int i = 1; i <= 40; ++i) {
            LineItem item;
            item.sku = QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0'));
            item.name = QStringLiteral("Product number %1 with a rather long name that has to be cut short").arg(i);
            item.quantity = 1;
            item.size = QStringLiteral("L");
            label.items.append(item);
        }
        const QRectF page(0, 0, 1200, 1800);
        const int pages = LabelRenderer::packingSlipPageCount(page, label);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(LabelRenderer::packingSlipPageCount(QRectF(0, 0, 812, 1218), label), pages); // not by resolution

        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        QVERIFY2(LabelRenderer::renderToFile({label}, LabelSize::FourBySix, pdf, true, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1Char('\f')), 1 + pages);
        QVERIFY2(text.contains(QStringLiteral("SKU-001")) && text.contains(QStringLiteral("SKU-040")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Items: 40")), qPrintable(text));
    }

    void deliveryInstructionIsPrinted()
    {
        LabelContent signature = sampleLabel(QStringLiteral("RR123456785NZ"));
        signature.atl = AuthorityToLeave::SignatureRequired;
        LabelContent leave = sampleLabel(QStringLiteral("RR123456785NZ"));
        leave.atl = AuthorityToLeave::AuthorityToLeave;
        LabelContent none = sampleLabel(QStringLiteral("RR123456785NZ"));
        none.atl = AuthorityToLeave::Unspecified;
        QTemporaryDir dir;
        QString error;
        auto textOf = [&](const LabelContent &label) {
            const QString pdf = dir.filePath(QStringLiteral("atl.pdf"));
            if (!LabelRenderer::renderToFile({label}, LabelSize::FourBySix, pdf, false, &error))
                return QString();
            return pdfText(pdf);
        };
        QString text = textOf(signature);
        QVERIFY2(text.contains(QStringLiteral("SIGNATURE REQUIRED")), qPrintable(text + error));
        QVERIFY(!text.contains(QStringLiteral("Authority to leave")));
        text = textOf(leave);
        QVERIFY2(text.contains(QStringLiteral("Authority to leave")), qPrintable(text + error));
        QVERIFY(!text.contains(QStringLiteral("SIGNATURE REQUIRED")));
        text = textOf(none);
        QVERIFY(!text.contains(QStringLiteral("SIGNATURE REQUIRED")) && !text.contains(QStringLiteral("Authority to")));
        // The label's own lines are there too.
        for (const QString &expected :
             {QStringLiteral("Jane Doe"), QStringLiteral("Wellington 6011"), QStringLiteral("Order #1042"),
              QStringLiteral("Kids"), QStringLiteral("1.25 kg"), QStringLiteral("Kids Warehouse"),
              QStringLiteral("RR123456785NZ"), QStringLiteral("Own sequence")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    }

    void internationalShipmentGetsCustoms()
    {
        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("customs.pdf"));
        QVERIFY2(LabelRenderer::renderToFile({internationalLabel()}, LabelSize::A6, pdf, true, &error),
                 qPrintable(error));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("Customs declaration"), QStringLiteral("Origin: NZ"), QStringLiteral("Currency: NZD"),
              QStringLiteral("Cotton T-shirt"), QStringLiteral("6912.00"), QStringLiteral("25.00"),
              QStringLiteral("37.50"), QStringLiteral("0.8 kg"), QStringLiteral("AUSTRALIA")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));

        // Without values given, the lines come from the items and no total value is made up.
        LabelContent derived = internationalLabel();
        derived.customs.clear();
        QVERIFY2(LabelRenderer::renderToFile({derived}, LabelSize::A6, pdf, true, &error), qPrintable(error));
        const QString derivedText = pdfText(pdf);
        QVERIFY2(derivedText.contains(QStringLiteral("Customs declaration")) &&
                     derivedText.contains(QStringLiteral("6109.10")) && !derivedText.contains(QStringLiteral("NZD 0")),
                 qPrintable(derivedText));
    }

    void zplIsNativeText_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("width");
        QTest::addColumn<QByteArray>("length");
        QTest::newRow("4x6 at 203 dpi") << int(LabelFormat::Zpl203) << int(LabelSize::FourBySix) << QByteArray("812")
                                        << QByteArray("1218");
        QTest::newRow("4x6 at 300 dpi") << int(LabelFormat::Zpl300) << int(LabelSize::FourBySix) << QByteArray("1200")
                                        << QByteArray("1800");
        QTest::newRow("A6 at 203 dpi") << int(LabelFormat::Zpl203) << int(LabelSize::A6) << QByteArray("839")
                                       << QByteArray("1183");
        QTest::newRow("A6 at 300 dpi") << int(LabelFormat::Zpl300) << int(LabelSize::A6) << QByteArray("1240")
                                       << QByteArray("1748");
    }

    void zplIsNativeText()
    {
        QFETCH(int, format);
        QFETCH(int, size);
        QFETCH(QByteArray, width);
        QFETCH(QByteArray, length);
        LabelContent first = sampleLabel(QStringLiteral("RR123456785NZ"));
        first.parcelCount = 2;
        first.recipient.name = QStringLiteral("Zoë Caret^Tilde~Under_score");
        first.recipient.street2 = QStringLiteral("Back\\slash ^XZ");
        LabelContent second = first;
        second.parcelNumber = 2;
        second.trackingNumber = QStringLiteral("1Z999AA10123456784");

        QBuffer buffer;
        QString error;
        QVERIFY2(LabelRenderer::render({first, second}, LabelSize(size), LabelFormat(format), false, &buffer, &error),
                 qPrintable(error));
        const QByteArray zpl = buffer.data();
        QVERIFY(zpl.startsWith("^XA"));
        QVERIFY(zpl.trimmed().endsWith("^XZ"));
        QCOMPARE(zpl.count("^XA"), 2);
        QCOMPARE(zpl.count("^XZ"), 2); // the ^XZ in the data is escaped
        QCOMPARE(zpl.count("^CI28"), 2);
        QCOMPARE(zpl.count("^PW" + width + '\n'), 2);
        QCOMPARE(zpl.count("^LL" + length + '\n'), 2);
        // Each block has one barcode holding its own tracking number.
        const qsizetype split = zpl.indexOf("^XZ") + 3;
        const QByteArray one = zpl.left(split), two = zpl.mid(split);
        QCOMPARE(one.count("^BC"), 1);
        QVERIFY(one.contains("^BCN,"));
        QVERIFY(one.contains("^FDRR123456785NZ^FS"));
        QVERIFY(two.contains("^FD1Z999AA10123456784^FS"));
        QVERIFY(one.contains("Parcel 1/2"));
        QVERIFY(two.contains("Parcel 2/2"));
        QVERIFY(one.contains("^FR")); // white on black: the parcel count of a multi-parcel shipment
        QVERIFY(one.contains("Authority to leave") && !one.contains("SIGNATURE REQUIRED"));
        // UTF-8 and escaping: ^, ~ and the hex indicator as _XX; a backslash doubled inside ^FB.
        QVERIFY(one.contains(QStringLiteral("Zoë").toUtf8()));
        QVERIFY2(one.contains("Caret_5ETilde_7EUnder_5Fscore"), one.constData());
        QVERIFY2(one.contains("Back\\\\slash _5EXZ"), one.constData());
        QVERIFY(!one.contains("Caret^") && !one.contains("Tilde~"));
        // Every field with data is hex-escaped.
        QCOMPARE(one.count("^FD"), one.count("^FH_^FD"));
    }

    void zplRefusesWhatAPrinterCannotEncode()
    {
        QBuffer buffer;
        QString error;
        QVERIFY(!LabelRenderer::render({sampleLabel(QStringLiteral("RR1234é5NZ"))}, LabelSize::FourBySix,
                                       LabelFormat::Zpl203, false, &buffer, &error));
        QVERIFY2(error.contains(QStringLiteral("Order #1042")) && error.contains(QStringLiteral("RR1234é5NZ")),
                 qPrintable(error));
        QVERIFY(buffer.data().isEmpty());
    }

    void barcodeRefusesDataItCannotHold()
    {
        QString error;
        QVERIFY(Barcode::code128(QStringLiteral("订单123"), &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("订单123")) && error.contains(QStringLiteral("cannot")),
                 qPrintable(error));
        QVERIFY(Barcode::code128(QString(), &error).isNull());
        QVERIFY(!error.isEmpty());

        QTemporaryDir dir;
        QVERIFY(!LabelRenderer::renderToFile({sampleLabel(QStringLiteral("订单123"))}, LabelSize::FourBySix,
                                             dir.filePath(QStringLiteral("x.pdf")), false, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Order #1042: ")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    void barcodeModulesAreWholePixels()
    {
        const Barcode barcode = Barcode::code128(QStringLiteral("RR123456785NZ"));
        QVERIFY(!barcode.isNull());
        QCOMPARE(barcode.modules(), 156);
        QImage image(900, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF bars = barcode.paint(painter, QRectF(10.3, 5.6, 850.2, 90));
        painter.end();
        // 850 px for 156 modules and two quiet zones of 10: 4 px a module (5 px would leave no quiet zone). Every
        // bar a multiple of 4 px, no grey edge pixels, white around the bars.
        const int module = 4;
        QCOMPARE(qRound(bars.width()), 156 * module);
        const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(50));
        int first = -1, last = -1, run = 0;
        QRgb previous = row[0];
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = row[x];
            QVERIFY2(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255), "a grey pixel: bars not on pixel edges");
            if (pixel != previous) {
                if (previous == qRgb(0, 0, 0) || first >= 0)
                    QVERIFY2(run % module == 0, qPrintable(QStringLiteral("a run of %1 px at %2").arg(run).arg(x)));
                run = 0;
            }
            if (pixel == qRgb(0, 0, 0)) {
                if (first < 0)
                    first = x;
                last = x;
            }
            ++run;
            previous = pixel;
        }
        QCOMPARE(last - first + 1, 156 * module);
        QVERIFY(first - 10 >= Barcode::QuietZoneModules * module);
        QVERIFY(860 - last > Barcode::QuietZoneModules * module);
    }

    void paintsAtAnyScale()
    {
        // As a preview does: the page in its own units, a scaled painter onto a smaller device. The barcode still
        // lands on whole device pixels and scans.
        QTemporaryDir dir;
        QImage half(406, 609, QImage::Format_RGB32);
        QPainter painter(&half);
        painter.scale(0.5, 0.5);
        LabelRenderer::paintLabel(painter, QRectF(0, 0, 812, 1218), sampleLabel(QStringLiteral("RR123456785NZ")));
        painter.end();
        const QString path = dir.filePath(QStringLiteral("half.png"));
        QVERIFY(half.save(path));
        QCOMPARE(scan(path), QStringLiteral("RR123456785NZ"));

        // A thumbnail too small for whole pixels: drawn all the same, offset inside a larger device.
        QImage thumbnail(300, 300, QImage::Format_RGB32);
        thumbnail.fill(Qt::gray);
        painter.begin(&thumbnail);
        LabelRenderer::paintLabel(painter, QRectF(50, 10, 120, 180), sampleLabel(QStringLiteral("RR123456785NZ")));
        LabelRenderer::paintPackingSlip(painter, QRectF(175, 10, 120, 180), internationalLabel());
        painter.end();
        QCOMPARE(thumbnail.pixel(10, 10), QColor(Qt::gray).rgb()); // nothing outside the page
        QCOMPARE(thumbnail.pixel(52, 12), qRgb(255, 255, 255));    // the page itself is white
    }

    void outputErrorsAreWordsNotCrashes()
    {
        QTemporaryDir dir;
        const QList<LabelContent> labels{sampleLabel(QStringLiteral("RR123456785NZ"))};
        QString error;
        const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/label.pdf"));
        QVERIFY(!LabelRenderer::renderToFile(labels, LabelSize::FourBySix, missingDir, false, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Could not write the labels to ")) && error.contains(missingDir),
                 qPrintable(error));

        QFile plain(dir.filePath(QStringLiteral("file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(!LabelRenderer::renderToFile(labels, LabelSize::FourBySix, dir.filePath(QStringLiteral("file/x.zpl")),
                                             false, &error));
        QVERIFY2(error.contains(QStringLiteral("file/x.zpl")), qPrintable(error));

        QVERIFY(!LabelRenderer::renderToFile(labels, LabelSize::FourBySix, dir.filePath(QStringLiteral("label.txt")),
                                             false, &error));
        QVERIFY2(error.contains(QStringLiteral(".pdf, .png or .zpl")), qPrintable(error));
        QVERIFY(!LabelRenderer::renderToFile(labels, LabelSize::FourBySix, dir.filePath(QStringLiteral("label.zpl")),
                                             false, &error, 250));
        QVERIFY2(error.contains(QStringLiteral("203 or 300")), qPrintable(error));
        QVERIFY(!LabelRenderer::renderToFile({}, LabelSize::FourBySix, dir.filePath(QStringLiteral("label.zpl")), false,
                                             &error));
        QVERIFY(!error.isEmpty());

        // A full disk.
        QFile full(QStringLiteral("/dev/full"));
        if (full.open(QIODevice::WriteOnly)) {
            QVERIFY(!LabelRenderer::render(labels, LabelSize::FourBySix, LabelFormat::Pdf, false, &full, &error));
            QVERIFY2(error.startsWith(QStringLiteral("Could not write the labels: ")) &&
                         error.contains(QStringLiteral("space"), Qt::CaseInsensitive),
                     qPrintable(error));
        }

        // 300 dpi ZPL into a file named .zpl.
        const QString zpl = dir.filePath(QStringLiteral("label.zpl"));
        QVERIFY2(LabelRenderer::renderToFile(labels, LabelSize::FourBySix, zpl, false, &error, 300), qPrintable(error));
        QVERIFY(readFile(zpl).contains("^PW1200"));
    }

    void printerTargetsAreChecked_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shown");
        QTest::newRow("host, default port")
            << QStringLiteral("tcp://zebra.local") << true << QStringLiteral("tcp://zebra.local:9100");
        QTest::newRow("address and port")
            << QStringLiteral(" tcp://10.0.0.5:6101 ") << true << QStringLiteral("tcp://10.0.0.5:6101");
        QTest::newRow("IPv6") << QStringLiteral("tcp://[::1]:9100") << true << QStringLiteral("tcp://[::1]:9100");
        QTest::newRow("cups queue") << QStringLiteral("cups:Zebra_GK420d") << true
                                    << QStringLiteral("cups:Zebra_GK420d");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("no scheme") << QStringLiteral("zebra.local:9100") << false << QString();
        QTest::newRow("http") << QStringLiteral("http://zebra.local") << false << QString();
        QTest::newRow("no host") << QStringLiteral("tcp://") << false << QString();
        QTest::newRow("port 0") << QStringLiteral("tcp://zebra.local:0") << false << QString();
        QTest::newRow("port too big") << QStringLiteral("tcp://zebra.local:70000") << false << QString();
        QTest::newRow("path") << QStringLiteral("tcp://zebra.local:9100/print") << false << QString();
        QTest::newRow("no queue") << QStringLiteral("cups:") << false << QString();
        QTest::newRow("queue with space") << QStringLiteral("cups:my queue") << false << QString();
        QTest::newRow("queue like an option") << QStringLiteral("cups:-oraw") << false << QString();
    }

    void printerTargetsAreChecked()
    {
        QFETCH(QString, target);
        QFETCH(bool, valid);
        QFETCH(QString, shown);
        PrinterTarget parsed;
        QString error;
        QCOMPARE(RawPrinter::parseTarget(target, &parsed, &error), valid);
        if (valid)
            QCOMPARE(parsed.toString(), shown);
        else
            QVERIFY2(error.contains(QStringLiteral("tcp://HOST:PORT")), qPrintable(error));
    }

    void rawPrinterSendsTheExactBytes()
    {
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        bool closed = false;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, this, [&, socket] {
                received += socket->readAll();
                closed = true;
                socket->deleteLater();
            });
        });

        QBuffer buffer;
        QString error;
        QVERIFY(LabelRenderer::render({sampleLabel(QStringLiteral("RR123456785NZ"))}, LabelSize::FourBySix,
                                      LabelFormat::Zpl203, true, &buffer, &error));
        QByteArray data = buffer.data();
        while (data.size() < 3 * 1024 * 1024) // several socket writes' worth
            data += buffer.data();

        RawPrinter rawPrinter;
        int calls = 0;
        bool ok = false;
        rawPrinter.send(QStringLiteral("tcp://127.0.0.1:%1").arg(printer.serverPort()), data, this,
                        [&](bool success, const QString &message) {
                            ++calls;
                            ok = success;
                            error = message;
                        });
        QCOMPARE(calls, 0); // never from inside send()
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(closed, 5000);
        QCOMPARE(received.size(), data.size());
        QVERIFY(received == data);
        QCOMPARE(rawPrinter.pendingJobs(), 0);
    }

    void rawPrinterExplainsARefusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        RawPrinter rawPrinter;
        int calls = 0;
        bool ok = true;
        QString error;
        rawPrinter.send(QStringLiteral("tcp://127.0.0.1:%1").arg(port), "^XA^XZ", this,
                        [&](bool success, const QString &message) {
                            ++calls;
                            ok = success;
                            error = message;
                        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("Could not reach the printer at 127.0.0.1:%1: connection refused. Check that it "
                                       "is on and the address is right.")
                            .arg(port));

        // A bad target is refused, later and once.
        rawPrinter.send(QStringLiteral("printer 7"), "^XA^XZ", this, [&](bool success, const QString &message) {
            ++calls;
            ok = success;
            error = message;
        });
        QCOMPARE(calls, 1);
        QTRY_COMPARE(calls, 2);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("\"printer 7\" is not a printer address")), qPrintable(error));

        // A context deleted before the answer: no call.
        auto *context = new QObject;
        rawPrinter.send(QStringLiteral("tcp://127.0.0.1:%1").arg(port), "^XA^XZ", context,
                        [&](bool, const QString &) { ++calls; });
        delete context;
        QTRY_COMPARE(rawPrinter.pendingJobs(), 0);
        QTest::qWait(50);
        QCOMPARE(calls, 2);
    }

    void rawPrinterSendsThroughLp()
    {
        QTemporaryDir dir;
        const QString lp = dir.filePath(QStringLiteral("lp"));
        QFile script(lp);
        QVERIFY(script.open(QIODevice::WriteOnly));
        // A stand-in for lp: keeps its arguments and standard input; queue "missing" fails as lp does.
        script.write("#!/bin/sh\n"
                     "echo \"$@\" > \"$(dirname \"$0\")/args\"\n"
                     "cat > \"$(dirname \"$0\")/data\"\n"
                     "if [ \"$2\" = missing ]; then echo 'lp: The printer or class does not exist.' >&2; exit 1; fi\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        RawPrinter rawPrinter;
        rawPrinter.setLpProgram(lp);
        const QByteArray data = "^XA^FO10,10^A0N,30,30^FDTest^FS^XZ\n";
        int calls = 0;
        bool ok = false;
        QString error;
        auto done = [&](bool success, const QString &message) {
            ++calls;
            ok = success;
            error = message;
        };
        rawPrinter.send(QStringLiteral("cups:Zebra_GK420d"), data, this, done);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("args"))).trimmed(), QByteArray("-d Zebra_GK420d -o raw"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("data"))), data);

        rawPrinter.send(QStringLiteral("cups:missing"), data, this, done);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 10000);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("The print queue missing did not take the label: lp: The printer or class does "
                                       "not exist."));

        rawPrinter.setLpProgram(dir.filePath(QStringLiteral("no-such-lp")));
        rawPrinter.send(QStringLiteral("cups:Zebra_GK420d"), data, this, done);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 10000);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("cups-client")), qPrintable(error));
    }

    void rawPrinterGivesUpOnAStalledJob()
    {
        QTemporaryDir dir;
        const QString lp = dir.filePath(QStringLiteral("lp"));
        QFile script(lp);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ncat > /dev/null\nexec sleep 30\n"); // a queue that never answers
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QElapsedTimer elapsed;
        elapsed.start();
        auto *rawPrinter = new RawPrinter;
        rawPrinter->setLpProgram(lp);
        rawPrinter->setTimeoutMs(300);
        int calls = 0;
        bool ok = true;
        QString error;
        rawPrinter->send(QStringLiteral("cups:slow"), "^XA^XZ", this, [&](bool success, const QString &message) {
            ++calls;
            ok = success;
            error = message;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("did not finish sending the label to the queue slow")),
                 qPrintable(error));

        // The printer object deleted while a job runs: the job is abandoned (lp killed), nobody is called.
        rawPrinter->setTimeoutMs(30000);
        rawPrinter->send(QStringLiteral("cups:slow"), "^XA^XZ", this, [&](bool, const QString &) { ++calls; });
        QTest::qWait(100);
        QCOMPARE(rawPrinter->pendingJobs(), 1);
        delete rawPrinter;
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QVERIFY(elapsed.elapsed() < 5000);

        // A network printer that takes the connection but no data (paused, out of labels).
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
        stalled.pauseAccepting(); // the kernel completes the handshake; nobody reads
        RawPrinter network;
        network.setTimeoutMs(500);
        network.send(QStringLiteral("tcp://127.0.0.1:%1").arg(stalled.serverPort()), QByteArray(64 * 1024 * 1024, 'x'),
                     this, [&](bool success, const QString &message) {
                         ++calls;
                         ok = success;
                         error = message;
                     });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 10000);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("stopped taking data after")), qPrintable(error));
    }

    // A print recorded in a transaction writes its label beside its place and puts it there only after COMMIT: a
    // print that does not commit leaves neither the label nor a temporary file, and an older label stays as it was.
    void aPendingLabelAppearsOnlyWhenPublished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("label.zpl"));
        QString error;
        {
            PendingLabelFile file;
            QVERIFY2(
                file.write({sampleLabel(QStringLiteral("RR123456785NZ"))}, LabelSize::FourBySix, path, false, &error),
                qPrintable(error));
            QVERIFY(file.isWritten());
            QVERIFY(!QFile::exists(path));
        } // not published: the print did not commit
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        PendingLabelFile file;
        QVERIFY2(file.write({sampleLabel(QStringLiteral("RR123456785NZ"))}, LabelSize::FourBySix, path, false, &error),
                 qPrintable(error));
        QVERIFY2(file.publish(&error), qPrintable(error));
        QFile published(path);
        QVERIFY(published.open(QIODevice::ReadOnly));
        QVERIFY(published.readAll().contains("RR123456785NZ"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("label.zpl")});

        // A second print of the same file name that does not commit leaves the first label untouched.
        {
            PendingLabelFile again;
            QVERIFY2(
                again.write({sampleLabel(QStringLiteral("RR000000000NZ"))}, LabelSize::FourBySix, path, false, &error),
                qPrintable(error));
        }
        QFile reread(path);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QVERIFY(reread.readAll().contains("RR123456785NZ"));
    }
};

QTEST_MAIN(TestLabelRenderer)
#include "tst_labelrenderer.moc"
