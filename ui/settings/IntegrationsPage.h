#pragma once

#include "ui/settings/SettingsPage.h"

namespace Packbench {

class Profile;

// Settings > Integrations: the BigCommerce stores this profile is connected to.
class IntegrationsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit IntegrationsPage(const Profile &profile, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    bool save() override;
    bool isModified() const override;

private:
    const Profile &m_profile;
};

} // namespace Packbench
