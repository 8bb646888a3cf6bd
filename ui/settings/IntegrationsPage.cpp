#include "ui/settings/IntegrationsPage.h"

#include "core/settings/Profile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Packbench {

IntegrationsPage::IntegrationsPage(const Profile &profile, QWidget *parent) : SettingsPage(parent), m_profile(profile)
{
    auto *intro = new QLabel(tr("Packbench imports the orders that are ready to ship from your BigCommerce stores "
                                "and writes the tracking number back when a label is printed. To connect a store, "
                                "create a store-level API account in BigCommerce (Settings > Store-level API "
                                "accounts) and copy its API Path, Client ID and Access Token."),
                             this);
    intro->setWordWrap(true);
    auto *empty = new QLabel(tr("No BigCommerce store is connected yet."), this);
    empty->setObjectName(QStringLiteral("noStoresLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty);
    layout->addStretch();
}

QString IntegrationsPage::title() const
{
    return tr("Integrations");
}

void IntegrationsPage::load() {}

bool IntegrationsPage::save()
{
    return true;
}

bool IntegrationsPage::isModified() const
{
    return false;
}

} // namespace Packbench
