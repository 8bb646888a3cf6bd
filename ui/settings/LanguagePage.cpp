#include "ui/settings/LanguagePage.h"

#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Packbench {

namespace {
// The name of the language Packbench shows when it follows the system: the first of the system's UI languages that
// has a translation, as QTranslator picks it, else English (the source language; also for the C locale, which names
// no language at all).
QString systemLanguageInUse(const QList<LanguageChoice> &choices)
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const LanguageChoice &choice : choices) {
            if (choice.code == code && code != QLatin1String("en"))
                return choice.nativeName;
        }
    }
    return QStringLiteral("English");
}
} // namespace

LanguagePage::LanguagePage(const Profile &profile, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
{
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    const QList<LanguageChoice> choices = Translations::available();
    m_languageCombo->addItem(tr("System language (%1)").arg(systemLanguageInUse(choices)), QString());
    for (const LanguageChoice &choice : choices)
        m_languageCombo->addItem(choice.nativeName, choice.code);

    m_restartHint = new QLabel(tr("Packbench uses the new language the next time it starts."), this);
    m_restartHint->setWordWrap(true);
    m_restartHint->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartHint);
    layout->addStretch();

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_restartHint->setVisible(isModified());
        Q_EMIT modifiedChanged();
    });
}

QString LanguagePage::title() const
{
    return tr("Language");
}

void LanguagePage::load()
{
    m_savedLanguage = AppSettings(m_profile).language();
    const int index = m_languageCombo->findData(m_savedLanguage);
    m_languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void LanguagePage::save()
{
    AppSettings settings(m_profile);
    settings.setLanguage(selectedLanguage());
    if (settings.sync() != QSettings::NoError) {
        setErrorString(tr("Could not write the settings file %1. Check that the disk is not full and that you may "
                          "write to the profile folder.")
                           .arg(m_profile.settingsPath()));
        Q_EMIT saveFinished(false);
        return;
    }
    setErrorString(QString());
    m_savedLanguage = selectedLanguage();
    Q_EMIT modifiedChanged();
    Q_EMIT saveFinished(true);
}

bool LanguagePage::isModified() const
{
    return selectedLanguage() != m_savedLanguage;
}

QString LanguagePage::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

} // namespace Packbench
