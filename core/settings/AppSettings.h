#pragma once

#include <QSettings>
#include <QString>

namespace Packbench {

class Profile;

// Typed access to the profile's settings file. One instance per use; QSettings keeps it cheap.
class AppSettings
{
public:
    explicit AppSettings(const Profile &profile);

    // Empty = follow the system language; otherwise a language code such as "de" or "en".
    QString language() const;
    void setLanguage(const QString &code);

    QSettings::Status sync();

private:
    QSettings m_settings;
};

} // namespace Packbench
