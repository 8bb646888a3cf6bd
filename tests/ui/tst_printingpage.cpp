// Settings > Printing driven like a user: each kind of output saved and shown again, host, queue and folder problems
// beside their fields (nothing saved then), and Print test label to a thermal printer on the network (a local
// QTcpServer standing in for its raw port) and to a folder of PDF files.
#include "core/settings/AppSettings.h"
#include "core/shipping/Carrier.h"
#include "core/shipping/RawPrinter.h"
#include "support/TestStation.h"
#include "ui/WheelGuard.h"
#include "ui/settings/PrintingPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void click(QWidget *root, const char *buttonName)
{
    QAbstractButton *button = child<QAbstractButton>(root, buttonName);
    QVERIFY2(button->isEnabled(), buttonName);
    QVERIFY2(button->isVisible(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void typeInto(QWidget *root, const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(root, editName);
    QVERIFY2(edit->isEnabled(), editName);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void typeIntoCombo(QWidget *root, const char *comboName, const QString &text)
{
    auto *combo = child<QComboBox>(root, comboName);
    QVERIFY2(combo->isEnabled(), comboName);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), text);
}

void chooseData(QWidget *root, const char *comboName, const QVariant &data)
{
    auto *combo = child<QComboBox>(root, comboName);
    QVERIFY2(combo->isEnabled(), comboName);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton *applyButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
}

bool apply(SettingsDialog &dialog)
{
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(applyButton(dialog), Qt::LeftButton);
    if (applied.isEmpty() && !applied.wait(20000))
        qFatal("Apply never finished");
    return applied.constFirst().constFirst().toBool();
}

PrintingPage *openPrinting(SettingsDialog &dialog)
{
    dialog.showPage(SettingsDialog::Page::Printing);
    dialog.show();
    dialog.activateWindow();
    if (!QTest::qWaitForWindowActive(&dialog))
        qFatal("the dialog is not shown");
    return dialog.findChild<PrintingPage *>();
}

// Clicks Print test label and waits for the outcome.
bool printTestLabel(SettingsDialog &dialog, PrintingPage *page)
{
    QSignalSpy finished(page, &PrintingPage::testFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "printTestLabelButton"), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the test label never finished");
    return finished.constFirst().constFirst().toBool();
}

} // namespace

class TestPrintingPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void pageComesBeforeLanguage()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        openPrinting(dialog);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Printing);
        auto *pages = child<QListWidget>(&dialog, "settingsPageList");
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Printing))->text(), QStringLiteral("Printing"));
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Language))->text(), QStringLiteral("Language"));
        // Printing, then Database (where this station keeps its data), then Language.
        QCOMPARE(static_cast<int>(SettingsDialog::Page::Database),
                 static_cast<int>(SettingsDialog::Page::Printing) + 1);
        QCOMPARE(static_cast<int>(SettingsDialog::Page::Language),
                 static_cast<int>(SettingsDialog::Page::Database) + 1);
    }

    void eachOutputIsSavedAndShownAgain()
    {
        TestStation station;
        QTemporaryDir pdfDir;
        const QString folder = QDir::cleanPath(pdfDir.path());

        // A new profile prints to the default system printer.
        {
            SettingsDialog dialog(station.profile, *station.stores);
            PrintingPage *page = openPrinting(dialog);
            QVERIFY(child<QRadioButton>(&dialog, "systemPrinterRadio")->isChecked());
            QCOMPARE(page->formPrinting(), LabelPrinting());
            QVERIFY(!page->isModified());
        }

        struct Case
        {
            const char *radio;
            std::function<void(SettingsDialog &)> fill;
            LabelPrinting expected;
            std::function<void(SettingsDialog &)> check;
        };
        LabelPrinting network;
        network.output = QStringLiteral("tcp://zebra-1.local:9200");
        network.size = QStringLiteral("a6");
        network.zplDpi = 300;
        network.packingSlip = true;
        LabelPrinting cups;
        cups.output = QStringLiteral("cups:Zebra_ZD421");
        LabelPrinting pdf;
        pdf.output = QStringLiteral("pdf:") + folder;
        pdf.packingSlip = true;
        LabelPrinting printer;
        printer.preview = true;
        const QList<Case> cases = {
            {"networkPrinterRadio",
             [](SettingsDialog &dialog) {
                 typeInto(&dialog, "printerHostEdit", QStringLiteral("zebra-1.local"));
                 child<QSpinBox>(&dialog, "printerPortSpin")->setValue(9200);
                 chooseData(&dialog, "labelSizeCombo", QStringLiteral("a6"));
                 chooseData(&dialog, "zplDpiCombo", 300);
                 child<QCheckBox>(&dialog, "packingSlipCheck")->setChecked(true);
             },
             network,
             [](SettingsDialog &dialog) {
                 QCOMPARE(child<QLineEdit>(&dialog, "printerHostEdit")->text(), QStringLiteral("zebra-1.local"));
                 QCOMPARE(child<QSpinBox>(&dialog, "printerPortSpin")->value(), 9200);
                 QCOMPARE(child<QComboBox>(&dialog, "labelSizeCombo")->currentData().toString(), QStringLiteral("a6"));
                 QCOMPARE(child<QComboBox>(&dialog, "zplDpiCombo")->currentData().toInt(), 300);
                 QVERIFY(child<QCheckBox>(&dialog, "packingSlipCheck")->isChecked());
             }},
            {"cupsPrinterRadio",
             [](SettingsDialog &dialog) {
                 typeIntoCombo(&dialog, "cupsQueueCombo", QStringLiteral("Zebra_ZD421"));
                 chooseData(&dialog, "labelSizeCombo", QStringLiteral("4x6"));
                 chooseData(&dialog, "zplDpiCombo", 203);
                 child<QCheckBox>(&dialog, "packingSlipCheck")->setChecked(false);
             },
             cups,
             [](SettingsDialog &dialog) {
                 QCOMPARE(child<QComboBox>(&dialog, "cupsQueueCombo")->currentText(), QStringLiteral("Zebra_ZD421"));
                 QVERIFY(!child<QCheckBox>(&dialog, "packingSlipCheck")->isChecked());
             }},
            {"pdfFolderRadio",
             [folder](SettingsDialog &dialog) {
                 typeInto(&dialog, "pdfFolderEdit", QDir::toNativeSeparators(folder));
                 child<QCheckBox>(&dialog, "packingSlipCheck")->setChecked(true);
             },
             pdf,
             [folder](SettingsDialog &dialog) {
                 QCOMPARE(child<QLineEdit>(&dialog, "pdfFolderEdit")->text(), QDir::toNativeSeparators(folder));
             }},
            {"systemPrinterRadio",
             [](SettingsDialog &dialog) {
                 chooseData(&dialog, "systemPrinterCombo", QString()); // the default printer
                 child<QCheckBox>(&dialog, "packingSlipCheck")->setChecked(false);
                 child<QCheckBox>(&dialog, "previewCheck")->setChecked(true);
             },
             printer,
             [](SettingsDialog &dialog) {
                 QVERIFY(child<QCheckBox>(&dialog, "previewCheck")->isChecked());
                 QCOMPARE(child<QComboBox>(&dialog, "systemPrinterCombo")->currentData().toString(), QString());
             }},
        };
        for (const Case &item : cases) {
            {
                SettingsDialog dialog(station.profile, *station.stores);
                PrintingPage *page = openPrinting(dialog);
                click(&dialog, item.radio);
                item.fill(dialog);
                QVERIFY2(page->isModified(), item.radio);
                QVERIFY(applyButton(dialog)->isEnabled());
                QVERIFY2(apply(dialog), qPrintable(page->errorString()));
                QVERIFY(!page->isModified());
                QVERIFY(!applyButton(dialog)->isEnabled());
            }
            QCOMPARE(AppSettings(station.profile).labelPrinting(), item.expected);
            // Shown again as it was saved, and nothing to apply.
            SettingsDialog reopened(station.profile, *station.stores);
            PrintingPage *page = openPrinting(reopened);
            QVERIFY2(child<QRadioButton>(&reopened, item.radio)->isChecked(), item.radio);
            item.check(reopened);
            QCOMPARE(page->formPrinting(), item.expected);
            QVERIFY(!page->isModified());
            QVERIFY(!applyButton(reopened)->isEnabled());
        }
        // Back to PDF after another output was applied: the last folder is there again, not an empty field that
        // Apply refuses.
        SettingsDialog again(station.profile, *station.stores);
        openPrinting(again);
        click(&again, "pdfFolderRadio");
        QCOMPARE(child<QLineEdit>(&again, "pdfFolderEdit")->text(), QDir::toNativeSeparators(folder));
    }

    void badHostQueueAndFolderAreRefused()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        PrintingPage *page = openPrinting(dialog);
        click(&dialog, "networkPrinterRadio");
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "printerHostEdit"));
        for (const QString &bad :
             {QStringLiteral("printer one"), QStringLiteral("tcp://zebra:9100"), QStringLiteral("zebra:9100")}) {
            typeInto(&dialog, "printerHostEdit", bad);
            QVERIFY2(!apply(dialog), qPrintable(bad));
            const QString problem = page->fieldMessage(PrintingPage::Field::Host);
            QVERIFY2(problem.contains(QStringLiteral("is not a host name or IP address")), qPrintable(problem));
            QCOMPARE(child<QLabel>(&dialog, "printerHostStatus")->text(), problem);
            QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible()); // shown beside the field
            QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "printerHostEdit"));
            QCOMPARE(AppSettings(station.profile).labelPrinting(), LabelPrinting());
        }
        typeInto(&dialog, "printerHostEdit", QString());
        QVERIFY(!apply(dialog));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Host).contains(QStringLiteral("Write the printer's host")));
        // The message goes as the host is corrected.
        typeInto(&dialog, "printerHostEdit", QStringLiteral("10.0.0.5"));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Host).isEmpty());

        click(&dialog, "cupsPrinterRadio");
        typeIntoCombo(&dialog, "cupsQueueCombo", QStringLiteral("my queue"));
        QVERIFY(!apply(dialog));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Queue).contains(QStringLiteral("is not a CUPS queue name")));
        QCOMPARE(child<QLabel>(&dialog, "cupsQueueStatus")->text(), page->fieldMessage(PrintingPage::Field::Queue));

        QTemporaryDir dir;
        click(&dialog, "pdfFolderRadio");
        typeInto(&dialog, "pdfFolderEdit", dir.filePath(QStringLiteral("missing")));
        QVERIFY(!apply(dialog));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Folder).contains(QStringLiteral("does not exist")));
        QCOMPARE(child<QLabel>(&dialog, "pdfFolderStatus")->text(), page->fieldMessage(PrintingPage::Field::Folder));
        QCOMPARE(AppSettings(station.profile).labelPrinting(), LabelPrinting());

        // An IPv6 address is a host too.
        click(&dialog, "networkPrinterRadio");
        typeInto(&dialog, "printerHostEdit", QStringLiteral("::1"));
        QVERIFY(apply(dialog));
        QCOMPARE(AppSettings(station.profile).labelPrinting().output, QStringLiteral("tcp://[::1]:9100"));
    }

    void testLabelGoesToANetworkPrinterAsZpl()
    {
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        QByteArray received;
        bool closed = false;
        connect(&printer, &QTcpServer::newConnection, &printer, [&] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, [&closed, &received, socket] {
                received += socket->readAll();
                closed = true;
            });
        });

        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        PrintingPage *page = openPrinting(dialog);
        click(&dialog, "networkPrinterRadio");
        typeInto(&dialog, "printerHostEdit", QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&dialog, "printerPortSpin")->setValue(printer.serverPort());
        QSignalSpy finished(page, &PrintingPage::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "printTestLabelButton"), Qt::LeftButton);
        // Sent without blocking: the click has returned before the printer took anything.
        QVERIFY(page->isTesting());
        QVERIFY(!child<QPushButton>(&dialog, "printTestLabelButton")->isEnabled());
        QVERIFY(page->testResult().contains(QStringLiteral("Sending")));
        QVERIFY(received.isEmpty());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(page->testResult()));
        QTRY_VERIFY(closed);
        QVERIFY2(received.startsWith("^XA"), received.left(40).constData());
        QVERIFY(received.contains(S10::format(QStringLiteral("PB"), 1, QStringLiteral("XX")).toLatin1()));
        QVERIFY(received.trimmed().endsWith("^XZ"));
        QVERIFY2(
            page->testResult().contains(QStringLiteral("Test label sent to 127.0.0.1:%1").arg(printer.serverPort())),
            qPrintable(page->testResult()));
        QVERIFY(child<QPushButton>(&dialog, "printTestLabelButton")->isEnabled());
        // The test prints what the form holds; it saves nothing.
        QVERIFY(page->isModified());
        QCOMPARE(AppSettings(station.profile).labelPrinting(), LabelPrinting());

        // A printer that is not there: the reason beside the button.
        const quint16 port = printer.serverPort();
        printer.close();
        child<QSpinBox>(&dialog, "printerPortSpin")->setValue(port);
        QVERIFY(!printTestLabel(dialog, page));
        QVERIFY2(page->testResult().contains(QStringLiteral("connection refused")), qPrintable(page->testResult()));
        QCOMPARE(child<QLabel>(&dialog, "testLabelResult")->text(), page->testResult());

        // A bad host is refused before anything is sent.
        typeInto(&dialog, "printerHostEdit", QStringLiteral("printer one"));
        QVERIFY(!printTestLabel(dialog, page));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Host).contains(QStringLiteral("not a host name")));
        QVERIFY(!page->isTesting());
    }

    void testLabelGoesToAPdfFolder()
    {
        TestStation station;
        QTemporaryDir dir;
        SettingsDialog dialog(station.profile, *station.stores);
        PrintingPage *page = openPrinting(dialog);
        click(&dialog, "pdfFolderRadio");
        typeInto(&dialog, "pdfFolderEdit", QDir::toNativeSeparators(dir.path()));
        QVERIFY2(printTestLabel(dialog, page), qPrintable(page->testResult()));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile pdf(QDir(dir.path()).filePath(files.first()));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(page->testResult().contains(QDir::toNativeSeparators(pdf.fileName())), qPrintable(page->testResult()));

        // A folder that is not there: the problem beside the field, no file anywhere.
        const QString missing = dir.filePath(QStringLiteral("missing"));
        typeInto(&dialog, "pdfFolderEdit", missing);
        QVERIFY(!printTestLabel(dialog, page));
        QVERIFY(page->fieldMessage(PrintingPage::Field::Folder).contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_MAIN(TestPrintingPage)
#include "tst_printingpage.moc"
