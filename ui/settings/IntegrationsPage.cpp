#include "ui/settings/IntegrationsPage.h"

#include "core/integrations/StoreService.h"
#include "ui/settings/StoreForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Packbench {

IntegrationsPage::IntegrationsPage(StoreService &stores, QWidget *parent)
    : SettingsPage(parent)
    , m_stores(stores)
{
    m_storeList = new QListWidget(this);
    m_storeList->setObjectName(QStringLiteral("storeList"));
    m_storeList->setMaximumWidth(200);
    m_addButton = new QPushButton(tr("&Add store"), this);
    m_addButton->setObjectName(QStringLiteral("addStoreButton"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeStoreButton"));

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_storeList, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listColumn->addLayout(listButtons);

    m_emptyLabel = new QLabel(tr("No BigCommerce store is connected yet. Click Add store, then copy the API Path, "
                                 "Client ID and Access Token of a store-level API account (BigCommerce: Settings > "
                                 "Store-level API accounts) into the form."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("noStoresLabel"));
    m_emptyLabel->setWordWrap(true);

    m_form = new StoreForm(this);
    m_testButton = new QPushButton(tr("T&est connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_discardButton = new QPushButton(tr("&Discard changes"), this);
    m_discardButton->setObjectName(QStringLiteral("discardChangesButton"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("integrationMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setVisible(false);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    // The actions and their result stay in view below the scrolling form.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addStretch();
    actions->addWidget(m_discardButton);
    m_formArea = new QWidget(this);
    auto *formAreaLayout = new QVBoxLayout(m_formArea);
    formAreaLayout->setContentsMargins(0, 0, 0, 0);
    formAreaLayout->addWidget(scroll, 1);
    formAreaLayout->addLayout(actions);
    formAreaLayout->addWidget(m_messageLabel);

    auto *right = new QVBoxLayout;
    right->addWidget(m_emptyLabel);
    right->addWidget(m_formArea, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn);
    layout->addLayout(right, 1);

    connect(m_addButton, &QPushButton::clicked, this, &IntegrationsPage::addStore);
    connect(m_removeButton, &QPushButton::clicked, this, &IntegrationsPage::removeStore);
    connect(m_testButton, &QPushButton::clicked, this, &IntegrationsPage::testConnection);
    connect(m_discardButton, &QPushButton::clicked, this, &IntegrationsPage::discardChanges);
    connect(m_form, &StoreForm::edited, this, [this] { setEdited(true); });
    connect(m_storeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || m_edited)
            return;
        showStore(QUuid::fromString(m_storeList->item(row)->data(Qt::UserRole).toString()));
    });
}

QString IntegrationsPage::title() const
{
    return tr("Integrations");
}

void IntegrationsPage::load()
{
    reloadList(QUuid());
}

void IntegrationsPage::reloadList(const QUuid &select)
{
    QString error;
    const QList<StoreConfig> stores = m_stores.stores(&error);
    const QSignalBlocker blocker(m_storeList);
    m_storeList->clear();
    int selectRow = stores.isEmpty() ? -1 : 0;
    for (const StoreConfig &store : stores) {
        auto *item = new QListWidgetItem(store.name, m_storeList);
        item->setData(Qt::UserRole, store.id.toString(QUuid::WithoutBraces));
        item->setToolTip(store.apiPath);
        if (store.id == select)
            selectRow = m_storeList->count() - 1;
    }
    if (!error.isEmpty())
        showMessage(error, true);
    m_isNew = false;
    m_edited = false;
    if (selectRow >= 0) {
        m_storeList->setCurrentRow(selectRow);
        showStore(QUuid::fromString(m_storeList->item(selectRow)->data(Qt::UserRole).toString()));
    } else {
        m_currentId = QUuid();
    }
    updateControls();
    Q_EMIT modifiedChanged();
}

void IntegrationsPage::showStore(const QUuid &id)
{
    const std::optional<StoreConfig> store = m_stores.store(id);
    if (!store)
        return;
    m_currentId = id;
    m_isNew = false;
    m_form->setStore(*store, false, m_stores.channels(id), m_stores.statusLabels(id));
    m_messageLabel->setVisible(false);
    setEdited(false);
    refreshTokenState();
}

void IntegrationsPage::refreshTokenState()
{
    const QUuid id = m_currentId;
    m_stores.tokenState(id, this, [this, id](StoreService::TokenState state, const QString &detail) {
        if (id != m_currentId || m_isNew)
            return;
        switch (state) {
        case StoreService::TokenState::Stored:
            m_form->setTokenState(StoreForm::TokenState::Stored);
            break;
        case StoreService::TokenState::Missing:
            m_form->setTokenState(StoreForm::TokenState::Missing);
            break;
        case StoreService::TokenState::KeychainUnavailable:
            m_form->setTokenState(StoreForm::TokenState::KeychainUnavailable, detail);
            break;
        }
    });
}

void IntegrationsPage::addStore()
{
    StoreConfig store = StoreConfig::withDefaults();
    m_currentId = store.id;
    m_isNew = true;
    m_form->setStore(store, true, {}, {});
    m_messageLabel->setVisible(false);
    setEdited(true);
    m_form->findChild<QWidget *>(QStringLiteral("storeNameEdit"))->setFocus();
}

void IntegrationsPage::discardChanges()
{
    reloadList(m_isNew ? QUuid() : m_currentId);
    m_messageLabel->setVisible(false);
}

bool IntegrationsPage::isModified() const
{
    return m_edited;
}

void IntegrationsPage::setEdited(bool edited)
{
    if (m_edited == edited) {
        updateControls();
        return;
    }
    m_edited = edited;
    updateControls();
    Q_EMIT modifiedChanged();
}

void IntegrationsPage::updateControls()
{
    const bool hasForm = m_isNew || !m_currentId.isNull();
    m_emptyLabel->setVisible(!hasForm);
    m_formArea->setVisible(hasForm);
    // One store at a time: while the form holds unsaved changes, the list waits (Apply, or Discard changes).
    m_storeList->setEnabled(!m_edited && !m_busy);
    m_addButton->setEnabled(!m_edited && !m_busy);
    m_removeButton->setEnabled(!m_isNew && !m_currentId.isNull() && !m_busy);
    m_testButton->setEnabled(hasForm && !m_busy);
    m_discardButton->setEnabled(m_edited && !m_busy);
    m_form->setEnabled(!m_busy);
}

void IntegrationsPage::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_messageLabel->setVisible(true);
}

void IntegrationsPage::save()
{
    if (!m_edited) {
        Q_EMIT saveFinished(true);
        return;
    }
    const QString problem = m_form->validationError();
    if (!problem.isEmpty()) {
        setErrorString(problem);
        showMessage(problem, true);
        Q_EMIT saveFinished(false);
        return;
    }
    m_busy = true;
    updateControls();
    const StoreConfig store = m_form->store();
    auto done = [this, id = store.id](const StoreService::Result &result) {
        m_busy = false;
        if (!result.isOk()) {
            setErrorString(result.message);
            showMessage(result.message, true);
            updateControls();
            Q_EMIT saveFinished(false);
            return;
        }
        setErrorString(QString());
        reloadList(id);
        showMessage(tr("Saved. Use Test connection to check it."), false);
        Q_EMIT storesChanged();
        Q_EMIT saveFinished(true);
    };
    if (m_isNew)
        m_stores.addStore(store, m_form->accessToken(), m_form->clientSecret(), this, done);
    else
        m_stores.updateStore(store, m_form->accessToken(), m_form->clientSecret(), this, done);
}

void IntegrationsPage::removeStore()
{
    const std::optional<StoreConfig> store = m_stores.store(m_currentId);
    if (!store)
        return;
    const int waiting = m_stores.unshippedCount(store->id);
    QString question = tr("Remove the store \"%1\" from Packbench? Its imported orders and shipments are deleted "
                          "with it, and its token is deleted from this station's keychain.")
                           .arg(store->name);
    if (waiting > 0)
        question = tr("%n shipment(s) of \"%1\" still wait to be shipped.", nullptr, waiting).arg(store->name) +
                   QLatin1Char('\n') + question;
    if (QMessageBox::question(this, tr("Remove store"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_busy = true;
    updateControls();
    m_stores.removeStore(store->id, true, this, [this](const StoreService::Result &result) {
        m_busy = false;
        if (!result.isOk()) {
            showMessage(result.message, true);
            updateControls();
            return;
        }
        reloadList(QUuid());
        Q_EMIT storesChanged();
    });
}

void IntegrationsPage::testConnection()
{
    const StoreConfig store = m_form->store();
    m_busy = true;
    updateControls();
    showMessage(tr("Testing the connection…"), false);
    m_stores.testConnection(store, m_form->accessToken(), this,
                            [this](const ConnectionReport &report, StoreService::Outcome) {
                                m_busy = false;
                                showMessage(report.summary(), !report.isOk());
                                if (report.isOk()) {
                                    m_form->setChannels(report.channels);
                                    m_form->setStatusLabels(report.statusLabels);
                                }
                                updateControls();
                                Q_EMIT connectionTested(report);
                            });
}

} // namespace Packbench
