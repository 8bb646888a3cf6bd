#include "ui/settings/SettingsDialog.h"

#include "core/integrations/StoreService.h"
#include "ui/settings/AccountsPage.h"
#include "ui/settings/CarriersPage.h"
#include "ui/settings/DatabasePage.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/LanguagePage.h"
#include "ui/settings/PrintingPage.h"
#include "ui/settings/RulesPage.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Packbench {

SettingsDialog::SettingsDialog(const Profile &profile, StoreService &stores, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setFixedWidth(170);
    m_pages = new QStackedWidget(this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    // The order here is the order of Page.
    addPage(new IntegrationsPage(profile, stores, this));
    auto *accounts = new AccountsPage(stores.database(), this);
    addPage(accounts);
    auto *carriers = new CarriersPage(stores.database(), this);
    addPage(carriers);
    addPage(new RulesPage(stores.database(), this));
    addPage(new PrintingPage(profile, this));
    addPage(new DatabasePage(profile, stores.database(), this));
    addPage(new LanguagePage(profile, this));
    // An account chooses among the carriers: what the Carriers page adds, renames or removes is offered at once.
    connect(carriers, &CarriersPage::carriersChanged, accounts, &AccountsPage::reloadCarriers);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);
    // Wide enough for the store form without a horizontal scroll bar (German included), and within a 1366x768
    // screen with its panel and the window frame.
    QSize size(1120, 660);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
    updateButtons();
}

void SettingsDialog::addPage(SettingsPage *page)
{
    page->load();
    m_settingsPages.append(page);
    m_pages->addWidget(page);
    m_pageList->addItem(page->title());
    connect(page, &SettingsPage::modifiedChanged, this, &SettingsDialog::updateButtons);
    // A failure shown here goes when the page changes again (edited, discarded or saved).
    connect(page, &SettingsPage::modifiedChanged, m_errorLabel, &QLabel::hide);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

void SettingsDialog::startAddingStore()
{
    showPage(Page::Integrations);
    auto *integrations = findChild<IntegrationsPage *>();
    if (integrations && !integrations->isModified())
        integrations->addStore();
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_pageList->currentRow());
}

bool SettingsDialog::isModified() const
{
    return std::any_of(m_settingsPages.cbegin(), m_settingsPages.cend(),
                       [](const SettingsPage *page) { return page->isModified(); });
}

void SettingsDialog::apply()
{
    if (m_saving)
        return;
    m_pagesToSave.clear();
    for (SettingsPage *page : std::as_const(m_settingsPages)) {
        if (page->isModified())
            m_pagesToSave.append(page);
    }
    m_saving = true;
    updateButtons();
    saveNextPage();
}

void SettingsDialog::saveNextPage()
{
    if (m_pagesToSave.isEmpty()) {
        finishSaving(true);
        return;
    }
    SettingsPage *page = m_pagesToSave.takeFirst();
    connect(
        page, &SettingsPage::saveFinished, this,
        [this, page](bool ok) {
            if (ok) {
                saveNextPage();
                return;
            }
            m_pageList->setCurrentRow(static_cast<int>(m_settingsPages.indexOf(page)));
            m_errorLabel->setText(page->errorString());
            m_errorLabel->setVisible(!page->errorShownOnPage());
            finishSaving(false);
        },
        Qt::SingleShotConnection);
    page->save();
}

void SettingsDialog::finishSaving(bool ok)
{
    m_saving = false;
    m_pagesToSave.clear();
    if (ok)
        m_errorLabel->setVisible(false);
    updateButtons();
    Q_EMIT applied(ok);
    if (ok && m_closeWhenSaved)
        QDialog::accept();
    m_closeWhenSaved = false;
}

void SettingsDialog::accept()
{
    m_closeWhenSaved = true;
    apply();
}

void SettingsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(isModified() && !m_saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
}

} // namespace Packbench
