#pragma once

#include "core/settings/AppSettings.h"
#include "core/shipping/Label.h"
#include "ui/DatabaseWorker.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QPainter;
class QPrinter;
class QWidget;

namespace Packbench {

class RawPrinter;

// The labels of one printed (or reprinted) shipment, as Outbox::print recorded them.
struct LabelJob
{
    QString shipmentKey;
    qint64 orderId = 0;
    QString trackingNumber;     // the first parcel's; empty for pickup in store
    QList<LabelContent> labels; // one per parcel
};

// Where one job's labels went: ok, or why they did not get there.
struct LabelDelivery
{
    bool ok = true;
    QString error;
    QString path; // pdf: the file written
};

// Sends the labels of one print action to where this station's labels go (Settings > Printing, AppSettings::
// labelPrinting()):
//   printer:NAME  a system printer through QPrinter ("printer:" the default one), with the print preview when asked:
//                 one print job for the whole action, labels first, then the packing slips;
//   tcp://, cups: ZPL II for a thermal printer, rendered off the GUI thread and sent raw by RawPrinter, one job;
//   pdf:DIR       one PDF file per shipment, "order-<id>-<tracking>.pdf", written off the GUI thread.
// Never blocks on a file or a printer: done is called once, later, from the event loop, with one delivery per job
// in the order given. Not called when this object is destroyed first.
class LabelOutput : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QList<LabelDelivery> &deliveries)>;

    // dialogParent: the window the print preview belongs to.
    explicit LabelOutput(QWidget *dialogParent, QObject *parent = nullptr);
    ~LabelOutput() override;

    void send(const QList<LabelJob> &jobs, const LabelPrinting &printing, Done done);

    // The file a job's PDF gets in the folder: "order-1042-PB000000123XX.pdf" ("order-1042.pdf" for a pickup).
    static QString pdfFileName(const LabelJob &job);
    // Why labels cannot go to `output` now, checked before anything is recorded (empty: they can, as far as this
    // computer knows): no output chosen, no default printer, a printer that is not set up here. A network printer
    // is only reached when the labels are sent.
    static QString problemWith(const QString &output);
    // Where an output string sends labels, in words: "the printer Zebra", "192.168.1.20:9100", "the folder ...".
    static QString targetText(const QString &output);
    // Paints the jobs' labels, then (when asked) their packing slips, one page each, on a printer that has begun.
    static void paintJobs(QPainter &painter, QPrinter &printer, const QList<LabelJob> &jobs, bool packingSlips);

    RawPrinter *rawPrinter() const { return m_rawPrinter; }

private:
    void toPrinter(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done);
    void toRawPrinter(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done);
    void toPdfFolder(const QList<LabelJob> &jobs, const LabelPrinting &printing, const Done &done);
    // Every job failed for the same reason, reported from the event loop.
    void failAll(const QList<LabelJob> &jobs, const QString &error, const Done &done);

    QPointer<QWidget> m_dialogParent;
    RawPrinter *m_rawPrinter = nullptr;
    // PDF and ZPL rendering. Last, so it is destroyed first: the job under way finishes while this object exists.
    DatabaseWorker m_renderThread{QStringLiteral("label-output")};
};

} // namespace Packbench
