#include "ui/settings/PrintingPage.h"

#include "core/settings/Profile.h"
#include "core/shipping/Carrier.h"
#include "core/shipping/LabelRenderer.h"
#include "core/shipping/RawPrinter.h"
#include "ui/settings/FormParts.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <iterator>

namespace Packbench {

namespace {

using FormParts::fieldMessageLabel;
using FormParts::kErrorStyle;
using FormParts::kSuccessStyle;

const QString kPrinterPrefix = QStringLiteral("printer:");
const QString kTcpPrefix = QStringLiteral("tcp://");
const QString kCupsPrefix = QStringLiteral("cups:");
const QString kPdfPrefix = QStringLiteral("pdf:");
const QString kTestFileName = QStringLiteral("packbench-test-label.pdf");

LabelSize sizeFromText(const QString &size)
{
    return size == QLatin1String("a6") ? LabelSize::A6 : LabelSize::FourBySix;
}

QString savedPrinterName(const QString &output)
{
    return output.startsWith(kPrinterPrefix) ? output.mid(kPrinterPrefix.size()) : QString();
}

} // namespace

PrintingPage::PrintingPage(const Profile &profile, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
    , m_rawPrinter(new RawPrinter(this))
{
    auto *intro = new QLabel(tr("Where this station prints its labels. Every station keeps its own choice."), this);
    intro->setWordWrap(true);

    auto *page = new QWidget;

    // Where the labels go: one of four outputs, each with the field it needs beside it.
    auto *outputBox = new QGroupBox(tr("Labels go to"), page);
    m_toPrinter = new QRadioButton(tr("System &printer:"), outputBox);
    m_toPrinter->setObjectName(QStringLiteral("systemPrinterRadio"));
    m_printer = new QComboBox(outputBox);
    m_printer->setObjectName(QStringLiteral("systemPrinterCombo"));
    m_printer->setAccessibleName(tr("System printer"));
    m_printerStatus = fieldMessageLabel(QStringLiteral("systemPrinterStatus"), outputBox);

    m_toNetwork = new QRadioButton(tr("Thermal printer (ZPL) on the &network:"), outputBox);
    m_toNetwork->setObjectName(QStringLiteral("networkPrinterRadio"));
    m_host = new QLineEdit(outputBox);
    m_host->setObjectName(QStringLiteral("printerHostEdit"));
    m_host->setAccessibleName(tr("Printer host"));
    m_host->setPlaceholderText(tr("host name or IP address, e.g. 192.168.1.50"));
    m_port = new QSpinBox(outputBox);
    m_port->setObjectName(QStringLiteral("printerPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(RawPrinter::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_portLabel = new QLabel(tr("P&ort:"), outputBox);
    m_portLabel->setBuddy(m_port);
    m_hostStatus = fieldMessageLabel(QStringLiteral("printerHostStatus"), outputBox);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_host, 1);
    networkRow->addWidget(m_portLabel);
    networkRow->addWidget(m_port);

    m_toCups = new QRadioButton(tr("Thermal printer (ZPL) through C&UPS:"), outputBox);
    m_toCups->setObjectName(QStringLiteral("cupsPrinterRadio"));
    m_queue = new QComboBox(outputBox);
    m_queue->setObjectName(QStringLiteral("cupsQueueCombo"));
    m_queue->setAccessibleName(tr("CUPS queue"));
    m_queue->setEditable(true);
    m_queue->setInsertPolicy(QComboBox::NoInsert);
    m_queue->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_queue->lineEdit()->setPlaceholderText(tr("queue name, e.g. Zebra_ZD421"));
    m_queueStatus = fieldMessageLabel(QStringLiteral("cupsQueueStatus"), outputBox);

    m_toPdf = new QRadioButton(tr("PDF &files in a folder:"), outputBox);
    m_toPdf->setObjectName(QStringLiteral("pdfFolderRadio"));
    m_folder = new QLineEdit(outputBox);
    m_folder->setObjectName(QStringLiteral("pdfFolderEdit"));
    m_folder->setAccessibleName(tr("PDF folder"));
    m_chooseFolder = new QPushButton(tr("C&hoose…"), outputBox);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_folderStatus = fieldMessageLabel(QStringLiteral("pdfFolderStatus"), outputBox);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);

    auto *outputGrid = new QGridLayout(outputBox);
    outputGrid->setColumnStretch(1, 1);
    outputGrid->addWidget(m_toPrinter, 0, 0);
    outputGrid->addWidget(m_printer, 0, 1);
    outputGrid->addWidget(m_printerStatus, 1, 1);
    outputGrid->addWidget(m_toNetwork, 2, 0);
    outputGrid->addLayout(networkRow, 2, 1);
    outputGrid->addWidget(m_hostStatus, 3, 1);
    outputGrid->addWidget(m_toCups, 4, 0);
    outputGrid->addWidget(m_queue, 4, 1);
    outputGrid->addWidget(m_queueStatus, 5, 1);
    outputGrid->addWidget(m_toPdf, 6, 0);
    outputGrid->addLayout(folderRow, 6, 1);
    outputGrid->addWidget(m_folderStatus, 7, 1);

    // How the labels look.
    auto *labelBox = new QGroupBox(tr("Labels"), page);
    m_size = new QComboBox(labelBox);
    m_size->setObjectName(QStringLiteral("labelSizeCombo"));
    m_size->addItem(tr("4 × 6 in (101.6 × 152.4 mm)"), QStringLiteral("4x6"));
    m_size->addItem(tr("A6 (105 × 148 mm)"), QStringLiteral("a6"));
    m_dpi = new QComboBox(labelBox);
    m_dpi->setObjectName(QStringLiteral("zplDpiCombo"));
    m_dpi->addItem(tr("203 dpi (8 dots/mm)"), 203);
    m_dpi->addItem(tr("300 dpi (12 dots/mm)"), 300);
    m_dpiHint = new QLabel(labelBox);
    m_dpiHint->setWordWrap(true);
    m_dpiHint->setEnabled(false); // greyed: a hint, not a control
    m_packingSlip =
        new QCheckBox(tr("Print a pac&king slip after the labels (with the customs data abroad)"), labelBox);
    m_packingSlip->setObjectName(QStringLiteral("packingSlipCheck"));
    m_preview = new QCheckBox(tr("Show a pre&view before printing"), labelBox);
    m_preview->setObjectName(QStringLiteral("previewCheck"));
    auto *sizeLabel = new QLabel(tr("Label &size:"), labelBox);
    sizeLabel->setBuddy(m_size);
    auto *dpiLabel = new QLabel(tr("ZPL &resolution:"), labelBox);
    dpiLabel->setBuddy(m_dpi);
    auto *labelGrid = new QGridLayout(labelBox);
    labelGrid->setColumnStretch(2, 1);
    labelGrid->addWidget(sizeLabel, 0, 0);
    labelGrid->addWidget(m_size, 0, 1);
    labelGrid->addWidget(dpiLabel, 1, 0);
    labelGrid->addWidget(m_dpi, 1, 1);
    labelGrid->addWidget(m_dpiHint, 1, 2);
    labelGrid->addWidget(m_packingSlip, 2, 0, 1, 3);
    labelGrid->addWidget(m_preview, 3, 0, 1, 3);

    // The test label: the result stays beside the button.
    m_testButton = new QPushButton(tr("Print &test label"), page);
    m_testButton->setObjectName(QStringLiteral("printTestLabelButton"));
    m_testResult = fieldMessageLabel(QStringLiteral("testLabelResult"), page);
    m_testResult->setText(tr("Prints a sample label to the output chosen above, saved or not."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(outputBox);
    pageLayout->addWidget(labelBox);
    pageLayout->addLayout(testRow);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("printingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);

    QWidget *order[] = {m_toPrinter, m_printer, m_toNetwork,   m_host,    m_port,
                        m_toCups,    m_queue,   m_toPdf,       m_folder,  m_chooseFolder,
                        m_size,      m_dpi,     m_packingSlip, m_preview, m_testButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (QRadioButton *radio : {m_toPrinter, m_toNetwork, m_toCups, m_toPdf})
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                formChanged();
        });
    // Choosing an output with the mouse or its mnemonic goes on to the field it needs.
    connect(m_toPrinter, &QRadioButton::clicked, m_printer, [this] { m_printer->setFocus(Qt::OtherFocusReason); });
    connect(m_toNetwork, &QRadioButton::clicked, m_host, [this] { m_host->setFocus(Qt::OtherFocusReason); });
    connect(m_toCups, &QRadioButton::clicked, m_queue, [this] { m_queue->setFocus(Qt::OtherFocusReason); });
    connect(m_toPdf, &QRadioButton::clicked, m_folder, [this] { m_folder->setFocus(Qt::OtherFocusReason); });
    connect(m_printer, &QComboBox::currentIndexChanged, this, &PrintingPage::formChanged);
    // A problem shown goes with its cause: the field is checked again as the user corrects it.
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        if (!m_hostProblem.isEmpty())
            m_hostProblem = hostProblem();
        formChanged();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &PrintingPage::formChanged);
    connect(m_queue, &QComboBox::currentTextChanged, this, [this] {
        if (!m_queueProblem.isEmpty())
            m_queueProblem = queueProblem();
        formChanged();
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        if (!m_folderProblem.isEmpty())
            m_folderProblem = folderProblem();
        formChanged();
    });
    connect(m_chooseFolder, &QPushButton::clicked, this, &PrintingPage::chooseFolder);
    connect(m_size, &QComboBox::currentIndexChanged, this, &PrintingPage::formChanged);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, &PrintingPage::formChanged);
    connect(m_packingSlip, &QCheckBox::toggled, this, &PrintingPage::formChanged);
    connect(m_preview, &QCheckBox::toggled, this, &PrintingPage::formChanged);
    connect(m_testButton, &QPushButton::clicked, this, &PrintingPage::printTestLabel);

    m_toPrinter->setChecked(true);
}

// The raw printer is a child: a test label still under way is abandoned with the page.
PrintingPage::~PrintingPage() = default;

QString PrintingPage::title() const
{
    return tr("Printing");
}

void PrintingPage::fillPrinters(const QString &keep)
{
    // The system's printers, the default one first; "printer:" (no name) follows whichever printer is the default.
    const QString defaultName = QPrinterInfo::defaultPrinterName();
    QStringList names = QPrinterInfo::availablePrinterNames();
    names.sort(Qt::CaseInsensitive);
    if (names.removeAll(defaultName) > 0)
        names.prepend(defaultName);
    m_printer->clear();
    m_printer->addItem(defaultName.isEmpty() ? tr("The default printer (none is set up)")
                                             : tr("The default printer (now %1)").arg(defaultName),
                       QString());
    for (const QString &name : std::as_const(names))
        m_printer->addItem(name == defaultName ? tr("%1 (default)").arg(name) : name, name);
    if (!keep.isEmpty() && m_printer->findData(keep) < 0)
        m_printer->addItem(tr("%1 (not on this computer)").arg(keep), keep);
    m_printer->setCurrentIndex(qMax(0, m_printer->findData(keep)));

    // CUPS queues are the same printers: offered as the names to pick from, and any other name may be typed.
    const QString queue = m_queue->currentText();
    m_queue->clear();
    m_queue->addItems(QPrinterInfo::availablePrinterNames());
    m_queue->setCurrentIndex(-1);
    m_queue->setEditText(queue);
}

void PrintingPage::load()
{
    showPrinting(AppSettings(m_profile).labelPrinting());
    // What the form shows is what counts as saved: an output the form cannot show stays until the user chooses one.
    m_saved = formPrinting();
    Q_EMIT modifiedChanged();
}

void PrintingPage::showPrinting(const LabelPrinting &printing)
{
    m_loading = true;
    const QString output = printing.output.trimmed();
    fillPrinters(savedPrinterName(output));
    m_host->clear();
    m_port->setValue(RawPrinter::DefaultPort);
    m_queue->setEditText(QString());
    m_folder->clear();
    PrinterTarget target;
    if (output.startsWith(kTcpPrefix, Qt::CaseInsensitive) && RawPrinter::parseTarget(output, &target, nullptr)) {
        m_toNetwork->setChecked(true);
        m_host->setText(target.host);
        m_port->setValue(target.port);
    } else if (output.startsWith(kCupsPrefix, Qt::CaseInsensitive)) {
        m_toCups->setChecked(true);
        m_queue->setEditText(output.mid(kCupsPrefix.size()));
    } else if (output.startsWith(kPdfPrefix, Qt::CaseInsensitive)) {
        m_toPdf->setChecked(true);
        m_folder->setText(QDir::toNativeSeparators(output.mid(kPdfPrefix.size())));
    } else {
        m_toPrinter->setChecked(true);
    }
    // Another output: the PDF folder used before waits in its field (the form ignores it until PDF is chosen).
    if (!m_toPdf->isChecked())
        m_folder->setText(QDir::toNativeSeparators(AppSettings(m_profile).lastPdfFolder()));
    m_size->setCurrentIndex(qMax(0, m_size->findData(printing.size)));
    m_dpi->setCurrentIndex(qMax(0, m_dpi->findData(printing.zplDpi)));
    m_packingSlip->setChecked(printing.packingSlip);
    m_preview->setChecked(printing.preview);
    m_hostProblem.clear();
    m_queueProblem.clear();
    m_folderProblem.clear();
    m_loading = false;
    updateControls();
}

PrintingPage::Output PrintingPage::output() const
{
    if (m_toNetwork->isChecked())
        return Output::NetworkZpl;
    if (m_toCups->isChecked())
        return Output::CupsZpl;
    if (m_toPdf->isChecked())
        return Output::PdfFolder;
    return Output::SystemPrinter;
}

// An IPv6 address goes in brackets in tcp://[::1]:9100.
QString PrintingPage::hostForTarget() const
{
    const QString host = m_host->text().trimmed();
    return host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')) ? QStringLiteral("[%1]").arg(host)
                                                                                 : host;
}

LabelPrinting PrintingPage::formPrinting() const
{
    LabelPrinting printing;
    switch (output()) {
    case Output::SystemPrinter:
        printing.output = kPrinterPrefix + m_printer->currentData().toString();
        break;
    case Output::NetworkZpl:
        printing.output = kTcpPrefix + hostForTarget() + QLatin1Char(':') + QString::number(m_port->value());
        break;
    case Output::CupsZpl:
        printing.output = kCupsPrefix + m_queue->currentText().trimmed();
        break;
    case Output::PdfFolder: {
        const QString folder = m_folder->text().trimmed();
        printing.output =
            kPdfPrefix + (folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder)));
        break;
    }
    }
    printing.size = m_size->currentData().toString();
    printing.zplDpi = m_dpi->currentData().toInt();
    printing.packingSlip = m_packingSlip->isChecked();
    printing.preview = m_preview->isChecked();
    return printing;
}

bool PrintingPage::isModified() const
{
    return formPrinting() != m_saved;
}

void PrintingPage::formChanged()
{
    updateControls();
    if (m_loading)
        return;
    setErrorString(QString());
    Q_EMIT modifiedChanged();
}

void PrintingPage::updateControls()
{
    const Output chosen = output();
    m_printer->setEnabled(chosen == Output::SystemPrinter);
    m_host->setEnabled(chosen == Output::NetworkZpl);
    m_port->setEnabled(chosen == Output::NetworkZpl);
    m_portLabel->setEnabled(chosen == Output::NetworkZpl);
    m_queue->setEnabled(chosen == Output::CupsZpl);
    m_folder->setEnabled(chosen == Output::PdfFolder);
    m_chooseFolder->setEnabled(chosen == Output::PdfFolder);
    const bool zpl = chosen == Output::NetworkZpl || chosen == Output::CupsZpl;
    m_dpi->setEnabled(zpl);
    m_dpiHint->setText(zpl ? tr("The thermal printer's own resolution: see its model plate or settings.")
                           : tr("Thermal printers (ZPL) only."));
    // Thermal printers and PDF files get the labels straight away (as the print action sends them).
    m_preview->setEnabled(chosen == Output::SystemPrinter);
    m_preview->setToolTip(chosen == Output::SystemPrinter
                              ? QString()
                              : tr("The preview is for system printers: a thermal printer or a PDF folder gets the "
                                   "labels straight away."));
    m_testButton->setEnabled(!m_testing);
    updateFieldMessages();
}

QString PrintingPage::printerNote() const
{
    if (QPrinterInfo::availablePrinterNames().isEmpty())
        return tr("No printer is set up on this computer: add one in the system's printer settings, or choose "
                  "another output.");
    const QString name = m_printer->currentData().toString();
    if (!name.isEmpty() && QPrinterInfo::printerInfo(name).isNull())
        return tr("The printer \"%1\" is not set up on this computer.").arg(name);
    return QString();
}

void PrintingPage::updateFieldMessages()
{
    // A problem in red; otherwise what the field is for, so the line under it is never an unexplained gap.
    auto show = [](QLabel *label, const QString &problem, const QString &hint) {
        label->setText(problem.isEmpty() ? hint : problem);
        label->setStyleSheet(problem.isEmpty() ? QString() : kErrorStyle);
    };
    const QString note = output() == Output::SystemPrinter ? printerNote() : QString();
    show(m_printerStatus, note, tr("Through the printer's driver, like any document."));
    show(m_hostStatus, m_hostProblem,
         tr("The printer's raw port takes the labels as ZPL; most thermal printers listen on port %1.")
             .arg(RawPrinter::DefaultPort));
    show(m_queueStatus, m_queueProblem, tr("A CUPS queue set up as raw: the labels go to it as ZPL through lp."));
    show(m_folderStatus, m_folderProblem, tr("One PDF file per print job, to print later or hand to another program."));
}

QString PrintingPage::fieldMessage(Field field) const
{
    switch (field) {
    case Field::Host:
        return m_hostProblem;
    case Field::Queue:
        return m_queueProblem;
    case Field::Folder:
        return m_folderProblem;
    case Field::Printer:
        return output() == Output::SystemPrinter ? printerNote() : QString();
    }
    return QString();
}

QString PrintingPage::hostProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Write the printer's host name or IP address, e.g. 192.168.1.50.");
    // A host name (letters, digits, "-", "_" and dots) or an IP address; never a whole address with a scheme or port.
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"));
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    const bool isAddress = address.setAddress(bare);
    PrinterTarget target;
    if ((!isAddress && !hostName.match(host).hasMatch()) ||
        !RawPrinter::parseTarget(formPrinting().output, &target, nullptr))
        return tr("\"%1\" is not a host name or IP address: write it as 192.168.1.50 or zebra-1.local, without "
                  "tcp:// or a port (the port has its own field).")
            .arg(host);
    return QString();
}

QString PrintingPage::queueProblem() const
{
    const QString queue = m_queue->currentText().trimmed();
    if (queue.isEmpty())
        return tr("Write the name of the CUPS queue, e.g. Zebra_ZD421 (lpstat -p lists them).");
    if (!RawPrinter::parseTarget(kCupsPrefix + queue, nullptr, nullptr))
        return tr("\"%1\" is not a CUPS queue name: it must not hold spaces, \"/\", \"\\\" or \"#\", nor start "
                  "with \"-\".")
            .arg(queue);
    return QString();
}

QString PrintingPage::folderProblem() const
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        return tr("Choose the folder the PDF files go to.");
    const QString path = QDir::fromNativeSeparators(folder);
    if (!QDir::isAbsolutePath(path))
        return tr("Give the whole path of the folder, e.g. %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/Labels")));
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The folder %1 does not exist: create it, or choose another.").arg(folder);
    if (!info.isDir())
        return tr("%1 is a file, not a folder.").arg(folder);
    if (!info.isWritable())
        return tr("Packbench may not write to the folder %1: choose one you can write to.").arg(folder);
    return QString();
}

bool PrintingPage::checkOutput()
{
    m_hostProblem.clear();
    m_queueProblem.clear();
    m_folderProblem.clear();
    QWidget *field = nullptr;
    QString problem;
    switch (output()) {
    case Output::SystemPrinter:
        break;
    case Output::NetworkZpl:
        problem = m_hostProblem = hostProblem();
        field = m_host;
        break;
    case Output::CupsZpl:
        problem = m_queueProblem = queueProblem();
        field = m_queue;
        break;
    case Output::PdfFolder:
        problem = m_folderProblem = folderProblem();
        field = m_folder;
        break;
    }
    updateFieldMessages();
    if (problem.isEmpty())
        return true;
    field->setFocus(Qt::OtherFocusReason);
    setErrorString(problem, true);
    return false;
}

void PrintingPage::save()
{
    if (!isModified()) {
        Q_EMIT saveFinished(true);
        return;
    }
    if (!checkOutput()) {
        Q_EMIT saveFinished(false);
        return;
    }
    const LabelPrinting printing = formPrinting();
    AppSettings settings(m_profile);
    settings.setLabelPrinting(printing);
    if (settings.sync() != QSettings::NoError) {
        setErrorString(tr("Could not write the settings file %1. Check that the disk is not full and that you may "
                          "write to the profile folder.")
                           .arg(m_profile.settingsPath()));
        Q_EMIT saveFinished(false);
        return;
    }
    setErrorString(QString());
    m_saved = printing;
    Q_EMIT modifiedChanged();
    Q_EMIT saveFinished(true);
}

void PrintingPage::chooseFolder()
{
    const QString current = m_folder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the label PDF files"),
                                                             current.isEmpty() ? QDir::homePath() : current);
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folderProblem = folderProblem();
    updateFieldMessages();
}

LabelContent PrintingPage::sampleLabel()
{
    LabelContent label;
    label.trackingNumber = S10::format(QStringLiteral("PB"), 1, QStringLiteral("XX"));
    label.carrierName = tr("Test label");
    label.shippingMethod = tr("Test label: do not ship");
    label.sender.name = tr("Sample");
    label.sender.street1 = tr("1 Sample Street");
    label.sender.city = tr("Sample Town");
    label.sender.zip = QStringLiteral("1010");
    label.sender.countryIso2 = QStringLiteral("XX");
    label.recipient.name = tr("Sample");
    label.recipient.street1 = tr("2 Sample Road");
    label.recipient.city = tr("Sample City");
    label.recipient.zip = QStringLiteral("2020");
    label.recipient.countryIso2 = QStringLiteral("XX");
    label.orderId = 1;
    label.storeName = QStringLiteral("Packbench");
    label.itemSummary = tr("A test label from Settings > Printing.");
    label.printedAt = QDateTime::currentDateTime();
    return label;
}

void PrintingPage::printTestLabel()
{
    if (m_testing)
        return;
    if (!checkOutput()) {
        finishTest(false, tr("Not printed: %1").arg(errorString()));
        return;
    }
    setErrorString(QString());
    const LabelPrinting printing = formPrinting();
    const LabelSize size = sizeFromText(printing.size);
    const LabelContent label = sampleLabel();
    QString error;
    switch (output()) {
    case Output::SystemPrinter: {
        QString result;
        const bool ok = printToSystemPrinter(label, size, &result);
        finishTest(ok, result);
        return;
    }
    case Output::PdfFolder: {
        const QString path = QDir(printing.output.mid(kPdfPrefix.size())).filePath(kTestFileName);
        if (!LabelRenderer::renderToFile({label}, size, path, false, &error, printing.zplDpi)) {
            finishTest(false, tr("Not printed: %1").arg(error));
            return;
        }
        finishTest(true, tr("Test label written to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    case Output::NetworkZpl:
    case Output::CupsZpl:
        break;
    }
    QByteArray zpl;
    QBuffer buffer(&zpl);
    buffer.open(QIODevice::WriteOnly);
    if (!LabelRenderer::render({label}, size, printing.zplDpi == 300 ? LabelFormat::Zpl300 : LabelFormat::Zpl203, false,
                               &buffer, &error)) {
        finishTest(false, tr("Not printed: %1").arg(error));
        return;
    }
    PrinterTarget target;
    RawPrinter::parseTarget(printing.output, &target, nullptr);
    const QString where = target.displayName();
    m_testing = true;
    updateControls();
    m_testResult->setText(tr("Sending the test label to %1…").arg(where));
    m_testResult->setStyleSheet(QString());
    // Answers later from the event loop; never when the page has gone.
    m_rawPrinter->send(printing.output, zpl, this, [this, where](bool ok, const QString &sendError) {
        m_testing = false;
        finishTest(ok, ok ? tr("Test label sent to %1. Check that it printed.").arg(where) : sendError);
    });
}

bool PrintingPage::printToSystemPrinter(const LabelContent &label, LabelSize size, QString *result)
{
    const QString name = m_printer->currentData().toString();
    const QPrinterInfo info = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (info.isNull()) {
        *result = name.isEmpty() ? tr("Not printed: no default printer is set up on this computer.")
                                 : tr("Not printed: the printer \"%1\" is not set up on this computer.").arg(name);
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(tr("Packbench test label"));
    printer.setFullPage(true);
    printer.setPageSize(LabelRenderer::pageSize(size));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    auto paint = [&label](QPrinter *device) {
        QPainter painter;
        if (!painter.begin(device))
            return false;
        const QRect page = device->pageLayout().fullRectPixels(device->resolution());
        LabelRenderer::paintLabel(painter, QRectF(QPointF(0, 0), QSizeF(page.size())), label);
        return painter.end();
    };
    if (m_preview->isChecked()) {
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Test label"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&paint](QPrinter *device) { paint(device); });
        if (preview.exec() != QDialog::Accepted) {
            *result = tr("Not printed: the preview was closed.");
            return false;
        }
    } else if (!paint(&printer) || printer.printerState() == QPrinter::Error) {
        *result = tr("Not printed: the printer \"%1\" did not take the label.").arg(info.printerName());
        return false;
    }
    *result = tr("Test label sent to the printer \"%1\". Check that it printed.").arg(info.printerName());
    return true;
}

void PrintingPage::finishTest(bool ok, const QString &text)
{
    m_testResult->setText(text);
    m_testResult->setStyleSheet(ok ? kSuccessStyle : kErrorStyle);
    updateControls();
    Q_EMIT testFinished(ok);
}

QString PrintingPage::testResult() const
{
    return m_testResult->text();
}

} // namespace Packbench
