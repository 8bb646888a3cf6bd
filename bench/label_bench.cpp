// The label renderer: N different labels rendered one job each to PDF, PNG and ZPL (as a packer prints them, one
// scan at a time), then all N as one PDF and one ZPL job (a batch print). Prints labels per second and the median and
// the slowest milliseconds per label against the target (under 50 ms a label). Rendering goes to memory, so the
// figures are the renderer's own, not the disk's.
#include "core/shipping/LabelRenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Packbench;

namespace {

constexpr double TargetMs = 50;

LabelContent makeLabel(int i)
{
    static const QStringList firstNames{QStringLiteral("Jane"), QStringLiteral("Aroha"), QStringLiteral("Zoë"),
                                        QStringLiteral("Mateo"), QStringLiteral("Priya")};
    static const QStringList lastNames{QStringLiteral("Doe"), QStringLiteral("Ngata"), QStringLiteral("Müller"),
                                       QStringLiteral("Fernández-Castillo"), QStringLiteral("Ramachandran")};
    static const QStringList cities{QStringLiteral("Wellington"), QStringLiteral("Christchurch"),
                                    QStringLiteral("Sydney"), QStringLiteral("Auckland")};
    LabelContent label;
    label.trackingNumber = i % 10 == 9 ? QString() : QStringLiteral("PB%1NZ").arg(100000000 + i * 7919);
    label.carrierName =
        label.trackingNumber.isEmpty() ? QStringLiteral("Pickup in store") : QStringLiteral("Own sequence");
    label.shippingMethod = QStringLiteral("Standard courier");
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
    const QString city = cities.at(i % cities.size());
    const bool international = city == QLatin1String("Sydney");
    label.recipient = {firstNames.at(i % 5) + QLatin1Char(' ') + lastNames.at((i / 5) % 5),
                       i % 3 == 0 ? QStringLiteral("Acme Trading Company Limited") : QString(),
                       QStringLiteral("%1 Long Street Name Road").arg(i + 1),
                       i % 2 ? QStringLiteral("Unit %1").arg(i % 17) : QString(),
                       city,
                       international ? QStringLiteral("NSW") : QString(),
                       QStringLiteral("%1").arg(2000 + i % 7000),
                       international ? QStringLiteral("Australia") : QStringLiteral("New Zealand"),
                       international ? QStringLiteral("AU") : QStringLiteral("NZ"),
                       QStringLiteral("021 555 %1").arg(i, 4, 10, QLatin1Char('0'))};
    label.pickupLocation = QStringLiteral("Ponsonby shop, 120 Ponsonby Road, Auckland");
    label.orderId = 100000 + i;
    label.storeName = QStringLiteral("Main Store");
    label.storefront = i % 2 ? QStringLiteral("Kids") : QStringLiteral("Main");
    label.weight = 0.25 + (i % 9) * 0.5;
    label.weightUnit = QStringLiteral("kg");
    label.atl = AuthorityToLeave(i % 3);
    label.parcelNumber = 1 + i % 2;
    label.parcelCount = 2;
    label.printedAt = QDateTime::currentDateTime();
    QStringList summary;
    for (int k = 0; k < 1 + i % 4; ++k) {
        LineItem item;
        item.sku = QStringLiteral("SKU-%1-%2").arg(i).arg(k);
        item.name = QStringLiteral("Organic cotton T-shirt with a print %1").arg(k);
        item.quantity = 1 + k % 3;
        item.size = QStringLiteral("M");
        item.color = QStringLiteral("Red");
        item.hsCode = QStringLiteral("6109.10");
        item.weight = 0.2;
        label.items.append(item);
        summary.append(QStringLiteral("%1 x %2 (M, Red)").arg(item.quantity).arg(item.name));
    }
    label.itemSummary = summary.join(QStringLiteral("; "));
    label.international = international;
    label.originCountry = QStringLiteral("NZ");
    label.currency = QStringLiteral("NZD");
    return label;
}

struct Figures
{
    double median = 0;
    double max = 0;
    double total = 0;
    qint64 bytes = 0;
};

Figures figuresOf(std::vector<double> ms, qint64 bytes)
{
    Figures f;
    std::sort(ms.begin(), ms.end());
    f.median = ms.empty() ? 0 : (ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2);
    f.max = ms.empty() ? 0 : ms.back();
    for (double m : ms)
        f.total += m;
    f.bytes = bytes;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders shipping labels and prints how long each took."));
    parser.addHelpOption();
    const QCommandLineOption labelsOption(QStringLiteral("labels"), QStringLiteral("Labels per format (100)."),
                                          QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption slipOption(QStringLiteral("packing-slip"),
                                        QStringLiteral("Each job also renders its packing slip."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("4x6 (default) or a6."),
                                        QStringLiteral("SIZE"), QStringLiteral("4x6"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Also write the first label and the batch as files into DIR."),
                                       QStringLiteral("DIR"));
    parser.addOptions({labelsOption, slipOption, sizeOption, outOption});
    parser.process(app);
    const int count = qMax(1, parser.value(labelsOption).toInt());
    const bool slip = parser.isSet(slipOption);
    const LabelSize size = parser.value(sizeOption).compare(QLatin1String("a6"), Qt::CaseInsensitive) == 0
                               ? LabelSize::A6
                               : LabelSize::FourBySix;

    QList<LabelContent> labels;
    for (int i = 0; i < count; ++i)
        labels.append(makeLabel(i));

    struct Format
    {
        const char *name;
        LabelFormat format;
        const char *suffix;
    };
    const Format formats[] = {{"PDF (300 dpi)", LabelFormat::Pdf, "pdf"},
                              {"PNG (203 dpi)", LabelFormat::Png, "png"},
                              {"ZPL (203 dpi)", LabelFormat::Zpl203, "zpl"},
                              {"ZPL (300 dpi)", LabelFormat::Zpl300, "zpl"}};

    std::printf("%d labels, %s%s; one job per label, then one job of all labels\n\n", count,
                size == LabelSize::A6 ? "A6" : "4x6 in", slip ? ", with packing slips" : "");
    std::printf("%-15s %10s %12s %12s %12s %14s\n", "format", "labels/s", "median ms", "max ms", "avg KiB",
                "batch ms/label");
    bool targetMet = true;
    bool failed = false;
    for (const Format &f : formats) {
        // One warm-up job: font loading and the first glyphs are a start-up cost, not a per-label one.
        {
            QBuffer warm;
            QString error;
            LabelRenderer::render({labels.first()}, size, f.format, slip, &warm, &error);
        }
        std::vector<double> ms;
        qint64 bytes = 0;
        QElapsedTimer timer;
        for (const LabelContent &label : std::as_const(labels)) {
            QBuffer buffer;
            QString error;
            timer.start();
            const bool ok = LabelRenderer::render({label}, size, f.format, slip, &buffer, &error);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            bytes += buffer.size();
            if (!ok) {
                std::fprintf(stderr, "%s: %s\n", f.name, qPrintable(error));
                failed = true;
                break;
            }
        }
        const Figures figures = figuresOf(ms, bytes);

        // The batch: one job of all labels (PNG stacks at most LabelRenderer::MaxPngPages pages: left out).
        double batchPerLabel = -1;
        if (f.format != LabelFormat::Png) {
            QBuffer buffer;
            QString error;
            timer.start();
            if (LabelRenderer::render(labels, size, f.format, slip, &buffer, &error))
                batchPerLabel = timer.nsecsElapsed() / 1e6 / count;
            else
                std::fprintf(stderr, "%s batch: %s\n", f.name, qPrintable(error));
        }
        std::printf("%-15s %10.0f %12.2f %12.2f %12.1f %14s\n", f.name, 1000.0 * ms.size() / figures.total,
                    figures.median, figures.max, figures.bytes / 1024.0 / qMax<size_t>(1, ms.size()),
                    batchPerLabel < 0 ? "-" : qPrintable(QString::number(batchPerLabel, 'f', 2)));
        targetMet = targetMet && figures.median < TargetMs;
    }

    if (parser.isSet(outOption)) {
        const QDir dir(parser.value(outOption));
        dir.mkpath(QStringLiteral("."));
        for (const Format &f : formats) {
            if (f.format == LabelFormat::Zpl300)
                continue;
            QString error;
            const QString one = dir.filePath(QStringLiteral("label.%1").arg(QLatin1String(f.suffix)));
            const QString batch = dir.filePath(QStringLiteral("batch.%1").arg(QLatin1String(f.suffix)));
            const QList<LabelContent> first = labels.mid(0, qMin(count, 4));
            if (!LabelRenderer::renderToFile({labels.first()}, size, one, slip, &error) ||
                !LabelRenderer::renderToFile(f.format == LabelFormat::Png ? first : labels, size, batch, slip, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        }
        std::printf("\nfiles written to %s\n", qPrintable(QDir::toNativeSeparators(dir.absolutePath())));
    }

    std::printf("\ntarget: median under %.0f ms a label in every format: %s\n", TargetMs, targetMet ? "met" : "MISSED");
    if (failed)
        return 1;
    return targetMet ? 0 : 2;
}
