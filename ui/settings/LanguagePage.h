#pragma once

#include "ui/settings/SettingsPage.h"

class QComboBox;
class QLabel;

namespace Packbench {

class Profile;

// Settings > Language: follow the system language (default) or override it.
class LanguagePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LanguagePage(const Profile &profile, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    QString selectedLanguage() const;

private:
    const Profile &m_profile;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_restartHint = nullptr;
    QString m_savedLanguage;
};

} // namespace Packbench
