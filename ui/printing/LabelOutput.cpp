#include "ui/printing/LabelOutput.h"

#include "core/shipping/LabelRenderer.h"
#include "core/shipping/RawPrinter.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <memory>

namespace Packbench {

namespace {

const QString kPrinterPrefix = QStringLiteral("printer:");
const QString kPdfPrefix = QStringLiteral("pdf:");

LabelSize labelSizeOf(const LabelPrinting &printing)
{
    return printing.size.compare(QLatin1String("a6"), Qt::CaseInsensitive) == 0 ? LabelSize::A6 : LabelSize::FourBySix;
}

QList<LabelContent> allLabels(const QList<LabelJob> &jobs)
{
    QList<LabelContent> labels;
    for (const LabelJob &job : jobs)
        labels.append(job.labels);
    return labels;
}

QList<LabelDelivery> deliveries(qsizetype count, bool ok, const QString &error)
{
    LabelDelivery delivery;
    delivery.ok = ok;
    delivery.error = error;
    return QList<LabelDelivery>(count, delivery);
}

bool isRawPrinterOutput(const QString &output)
{
    return output.startsWith(QLatin1String("tcp://")) || output.startsWith(QLatin1String("cups:"));
}

} // namespace

LabelOutput::LabelOutput(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_rawPrinter(new RawPrinter(this))
{
}

LabelOutput::~LabelOutput() = default;

QString LabelOutput::pdfFileName(const LabelJob &job)
{
    // A manual carrier's number is typed or scanned: only letters, digits and dashes go into a file name.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString tracking = job.trackingNumber;
    tracking.replace(unsafe, QStringLiteral("_"));
    if (tracking.isEmpty())
        return QStringLiteral("order-%1.pdf").arg(job.orderId);
    return QStringLiteral("order-%1-%2.pdf").arg(job.orderId).arg(tracking);
}

QString LabelOutput::targetText(const QString &output)
{
    if (output.startsWith(kPrinterPrefix)) {
        const QString name = output.mid(kPrinterPrefix.size());
        return name.isEmpty() ? tr("the default printer") : tr("the printer %1").arg(name);
    }
    if (output.startsWith(kPdfPrefix))
        return tr("the folder %1").arg(QDir::toNativeSeparators(output.mid(kPdfPrefix.size())));
    PrinterTarget target;
    QString error;
    if (RawPrinter::parseTarget(output, &target, &error))
        return tr("the label printer %1").arg(target.displayName());
    return output;
}

QString LabelOutput::problemWith(const QString &output)
{
    const QString trimmed = output.trimmed();
    if (trimmed.startsWith(kPrinterPrefix)) {
        const QString name = trimmed.mid(kPrinterPrefix.size());
        const QPrinterInfo info = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
        if (!info.isNull())
            return {};
        return name.isEmpty() ? tr("no printer is set up on this computer; choose where labels go in Settings > "
                                   "Printing")
                              : tr("the printer %1 is not available here; check that it is on and connected, or "
                                   "choose another in Settings > Printing")
                                    .arg(name);
    }
    if (trimmed.startsWith(kPdfPrefix) || isRawPrinterOutput(trimmed))
        return {};
    return tr("labels have nowhere to go (\"%1\"): choose a printer or a folder in Settings > Printing").arg(trimmed);
}

void LabelOutput::send(const QList<LabelJob> &jobs, const LabelPrinting &printing, Done done)
{
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    // toPrinter looks the printer up itself (once): no second question to the print system here.
    const QString output = printing.output.trimmed();
    if (output.startsWith(kPrinterPrefix))
        toPrinter(jobs, printing, done);
    else if (output.startsWith(kPdfPrefix))
        toPdfFolder(jobs, printing, done);
    else if (isRawPrinterOutput(output))
        toRawPrinter(jobs, printing, done);
    else
        failAll(jobs, problemWith(output), done);
}

void LabelOutput::failAll(const QList<LabelJob> &jobs, const QString &error, const Done &done)
{
    const QList<LabelDelivery> failed = deliveries(jobs.size(), false, error);
    QMetaObject::invokeMethod(
        this, [done, failed] { done(failed); }, Qt::QueuedConnection);
}

void LabelOutput::paintJobs(QPainter &painter, QPrinter &printer, const QList<LabelJob> &jobs, bool packingSlips)
{
    const QRectF page(0, 0, printer.width(), printer.height());
    bool first = true;
    auto nextPage = [&] {
        if (!first)
            printer.newPage();
        first = false;
    };
    for (const LabelJob &job : jobs) {
        for (const LabelContent &label : job.labels) {
            nextPage();
            LabelRenderer::paintLabel(painter, page, label);
        }
    }
    if (!packingSlips)
        return;
    // One slip per shipment, after all the labels (as LabelRenderer::render does).
    for (const LabelJob &job : jobs) {
        if (job.labels.isEmpty())
            continue;
        const LabelContent &slip = job.labels.constFirst();
        const int pages = LabelRenderer::packingSlipPageCount(page, slip);
        for (int i = 0; i < pages; ++i) {
            nextPage();
            LabelRenderer::paintPackingSlip(painter, page, slip, i);
        }
    }
}

void LabelOutput::toPrinter(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done)
{
    const QString name = printing.output.trimmed().mid(kPrinterPrefix.size());
    const QPrinterInfo info = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (info.isNull()) {
        failAll(jobs, problemWith(printing.output), done);
        return;
    }
    auto printer = std::make_shared<QPrinter>(info, QPrinter::HighResolution);
    printer->setDocName(tr("Packbench labels"));
    printer->setFullPage(true);
    printer->setPageSize(LabelRenderer::pageSize(labelSizeOf(printing)));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const bool packingSlips = printing.packingSlip;
    const QString printerName = info.printerName();

    if (printing.preview) {
        // The one dialog a packer asks for: not modal, so the window stays usable behind it.
        auto *preview = new QPrintPreviewDialog(printer.get(), m_dialogParent);
        preview->setObjectName(QStringLiteral("labelPreviewDialog"));
        preview->setWindowTitle(tr("Label preview"));
        preview->setAttribute(Qt::WA_DeleteOnClose);
        // The connections hold the printer for as long as the dialog lives.
        connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                [printer, jobs, packingSlips](QPrinter *target) {
                    QPainter painter;
                    if (painter.begin(target))
                        paintJobs(painter, *target, jobs, packingSlips);
                });
        connect(preview, &QDialog::finished, this, [this, printer, jobs, done, printerName](int result) {
            if (result != QDialog::Accepted) {
                done(deliveries(jobs.size(), false, tr("the preview was closed without printing")));
                return;
            }
            const bool failed = printer->printerState() == QPrinter::Error;
            done(deliveries(jobs.size(), !failed,
                            failed ? tr("the printer %1 reported an error").arg(printerName) : QString()));
        });
        preview->open();
        return;
    }

    QPainter painter;
    if (!painter.begin(printer.get())) {
        failAll(jobs, tr("the printer %1 could not start the job").arg(printerName), done);
        return;
    }
    paintJobs(painter, *printer, jobs, packingSlips);
    painter.end();
    const bool failed = printer->printerState() == QPrinter::Error;
    const QList<LabelDelivery> result =
        deliveries(jobs.size(), !failed, failed ? tr("the printer %1 reported an error").arg(printerName) : QString());
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void LabelOutput::toRawPrinter(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done)
{
    const QString output = printing.output.trimmed();
    PrinterTarget target;
    QString problem;
    if (!RawPrinter::parseTarget(output, &target, &problem)) {
        failAll(jobs, problem, done);
        return;
    }
    const QList<LabelContent> labels = allLabels(jobs);
    const LabelSize size = labelSizeOf(printing);
    const LabelFormat format = printing.zplDpi >= 300 ? LabelFormat::Zpl300 : LabelFormat::Zpl203;
    const bool packingSlips = printing.packingSlip;
    const qsizetype count = jobs.size();
    m_renderThread.run([this, labels, size, format, packingSlips, output, count, done] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const bool rendered = LabelRenderer::render(labels, size, format, packingSlips, &buffer, &error);
        QMetaObject::invokeMethod(
            this,
            [this, rendered, error, bytes, output, count, done] {
                if (!rendered) {
                    done(deliveries(count, false, error));
                    return;
                }
                m_rawPrinter->send(output, bytes, this, [count, done](bool ok, const QString &sendError) {
                    done(deliveries(count, ok, sendError));
                });
            },
            Qt::QueuedConnection);
    });
}

void LabelOutput::toPdfFolder(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done)
{
    const QString folder = printing.output.trimmed().mid(kPdfPrefix.size());
    if (folder.isEmpty()) {
        failAll(jobs, tr("no folder is set for the PDF labels; choose one in Settings > Printing"), done);
        return;
    }
    const LabelSize size = labelSizeOf(printing);
    const bool packingSlips = printing.packingSlip;
    m_renderThread.run([this, jobs, folder, size, packingSlips, done] {
        QList<LabelDelivery> result;
        const QDir dir(folder);
        if (!dir.mkpath(QStringLiteral("."))) {
            result = deliveries(jobs.size(), false,
                                tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(folder)));
        } else {
            for (const LabelJob &job : jobs) {
                LabelDelivery delivery;
                delivery.path = dir.filePath(pdfFileName(job));
                delivery.ok =
                    LabelRenderer::renderToFile(job.labels, size, delivery.path, packingSlips, &delivery.error);
                result.append(delivery);
            }
        }
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace Packbench
