#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "support/TestStation.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
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
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
