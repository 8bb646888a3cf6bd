#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "support/TestStation.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StoreForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
QPushButton *applyButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
}

void selectLanguage(SettingsDialog &dialog, const QString &code)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}
// The system language is C (as on a server, or a desktop without a locale): set before the application starts.
void useTheCLocale()
{
    qputenv("LC_ALL", "C");
    qputenv("LANG", "C");
    qunsetenv("LANGUAGE");
}
Q_CONSTRUCTOR_FUNCTION(useTheCLocale)
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each page reads and writes on worker threads of its own; their server connections end with the dialog. A
    // station opening Settings all day must not fill a shared server's max_connections (it used to leave 4 open per
    // opening until the server refused every station).
    void settingsOpenedAndClosedLeaveNoServerConnections()
    {
        TestStation station(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(station.testDatabase);
        QVERIFY2(station.database, qPrintable(station.error));
        const auto connections = [&station] {
            return TestDatabase::serverConnections(*station.database);
        };
        const int before = connections();
        QVERIFY(before >= 1);
        for (int i = 0; i < 5; ++i) {
            SettingsDialog dialog(station.profile, *station.stores);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *page = dialog.findChild<IntegrationsPage *>();
            QVERIFY(page);
            QTRY_VERIFY(!page->isLoading());
            QTest::qWait(200); // the other pages' reads
        }
        QTRY_COMPARE_WITH_TIMEOUT(connections(), before, 10000);
    }

    void systemLanguageNamesTheLanguageInUse()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->itemText(0), QStringLiteral("System language (English)"));
    }

    void storeFormFitsItsDefaultWidthInEnglishAndGerman_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void storeFormFitsItsDefaultWidthInEnglishAndGerman()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.resize(1120, 660); // what it takes on a 1366x768 screen
        dialog.startAddingStore();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *form = dialog.findChild<StoreForm *>();
        QVERIFY(form->isVisible());
        auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("storeFormScroll"));
        QVERIFY2(form->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("form needs %1 px, has %2")
                                .arg(form->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        QCOMPARE(form->width(), scroll->viewport()->width());
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void connectAStoreOpensTheAddStoreForm()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.showPage(SettingsDialog::Page::Language);
        dialog.startAddingStore();
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Integrations);
        auto *page = dialog.findChild<IntegrationsPage *>();
        QVERIFY(page->isModified()); // a new store being added
        QVERIFY(!page->currentStoreId().isNull());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("storeNameEdit"))->isVisibleTo(&dialog));
    }

    void applyIsEnabledOnlyWhileSomethingChanged()
    {
        TestStation station;
        const Profile &profile = station.profile;
        SettingsDialog dialog(profile, *station.stores);
        dialog.showPage(SettingsDialog::Page::Language);
        QVERIFY(!applyButton(dialog)->isEnabled());

        selectLanguage(dialog, QStringLiteral("de"));
        QVERIFY(applyButton(dialog)->isEnabled());
        selectLanguage(dialog, QString());
        QVERIFY(!applyButton(dialog)->isEnabled());
    }

    void languageOverrideIsSavedAndShownAgain()
    {
        TestStation station;
        const Profile &profile = station.profile;
        {
            SettingsDialog dialog(profile, *station.stores);
            selectLanguage(dialog, QStringLiteral("de"));
            QSignalSpy applied(&dialog, &SettingsDialog::applied);
            QTest::mouseClick(applyButton(dialog), Qt::LeftButton);
            QTRY_COMPARE(applied.count(), 1);
            QVERIFY(!applyButton(dialog)->isEnabled());
        }
        QCOMPARE(AppSettings(profile).language(), QStringLiteral("de"));

        SettingsDialog reopened(profile, *station.stores);
        auto *combo = reopened.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
    }

    void failedSaveIsExplainedAndKeepsTheDialogOpen()
    {
        TestStation station;
        const Profile &profile = station.profile;
        // A folder where the settings file should be: writing it must fail.
        QVERIFY(QDir().mkpath(profile.settingsPath()));

        SettingsDialog dialog(profile, *station.stores);
        dialog.show();
        selectLanguage(dialog, QStringLiteral("de"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.accept();
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(applied.constFirst().constFirst().toBool(), false);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(profile.settingsPath()));
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Language);
        QVERIFY(applyButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
