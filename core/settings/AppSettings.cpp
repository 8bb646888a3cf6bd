#include "core/settings/AppSettings.h"

#include "core/settings/Profile.h"

namespace Packbench {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

AppSettings::AppSettings(const Profile &profile)
    : m_settings(profile.settingsPath(), QSettings::IniFormat)
{
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, code);
}

QSettings::Status AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status();
}

} // namespace Packbench
