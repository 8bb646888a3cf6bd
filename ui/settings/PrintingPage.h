#pragma once

#include "core/settings/AppSettings.h"
#include "core/shipping/Label.h"
#include "ui/settings/SettingsPage.h"

#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Packbench {

class Profile;
class RawPrinter;

// Settings > Printing: where this station's labels go and how they look. Each station keeps its own choice in its
// profile's settings (AppSettings::labelPrinting):
//   a system printer        through its driver (QPrinter), like any document
//   a thermal printer (ZPL) on the network, its raw port (tcp://HOST:PORT), or through a raw CUPS queue (cups:QUEUE)
//   PDF files in a folder   one file per print job
// and the label size, the ZPL resolution, a packing slip after the labels, and a preview before printing.
//
// Print test label prints a sample label to the output the form holds (saved or not). ZPL goes through RawPrinter,
// which never blocks: the result appears beside the button when the printer has taken it or failed.
class PrintingPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit PrintingPage(const Profile &profile, QWidget *parent = nullptr);
    ~PrintingPage() override;

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    enum class Output
    {
        SystemPrinter,
        NetworkZpl,
        CupsZpl,
        PdfFolder
    };
    enum class Field
    {
        Host,
        Queue,
        Folder,
        Printer
    };
    // The problem shown beside the field (in red), or empty.
    QString fieldMessage(Field field) const;
    // The settings as the form holds them.
    LabelPrinting formPrinting() const;
    Output output() const;
    // What the last Print test label did (or is doing).
    QString testResult() const;
    bool isTesting() const { return m_testing; }
    // The raw printer the test label goes through (tests shorten its timeout).
    RawPrinter *rawPrinter() const { return m_rawPrinter; }
    // The sample a test label shows: sender and recipient "Sample", the own sequence's first number.
    static LabelContent sampleLabel();

public Q_SLOTS:
    void printTestLabel();

Q_SIGNALS:
    // Print test label is done: ok, or not (testResult() says why).
    void testFinished(bool ok);

private:
    void fillPrinters(const QString &keep);
    void showPrinting(const LabelPrinting &printing);
    void formChanged();
    void updateControls();
    void updateFieldMessages();
    // Checks the field of the chosen output; shows its problem beside it and focuses it. True when fine.
    bool checkOutput();
    QString hostProblem() const;
    QString queueProblem() const;
    QString folderProblem() const;
    QString printerNote() const;
    QString hostForTarget() const;
    void chooseFolder();
    void finishTest(bool ok, const QString &text);
    bool printToSystemPrinter(const LabelContent &label, LabelSize size, QString *result);

    const Profile &m_profile;
    LabelPrinting m_saved;
    bool m_loading = false;
    bool m_testing = false;
    QString m_hostProblem;
    QString m_queueProblem;
    QString m_folderProblem;

    QRadioButton *m_toPrinter = nullptr;
    QRadioButton *m_toNetwork = nullptr;
    QRadioButton *m_toCups = nullptr;
    QRadioButton *m_toPdf = nullptr;
    QComboBox *m_printer = nullptr;
    QLabel *m_printerStatus = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_hostStatus = nullptr;
    QComboBox *m_queue = nullptr;
    QLabel *m_queueStatus = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QLabel *m_folderStatus = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_dpi = nullptr;
    QLabel *m_dpiHint = nullptr;
    QCheckBox *m_packingSlip = nullptr;
    QCheckBox *m_preview = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    RawPrinter *m_rawPrinter = nullptr;
};

} // namespace Packbench
