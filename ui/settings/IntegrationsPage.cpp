#include "ui/settings/IntegrationsPage.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/integrations/StoreService.h"
#include "core/storage/ShipmentRepository.h"
#include "ui/settings/StoreForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Packbench {

namespace {
QString testFailureKey(const QUuid &id)
{
    return QStringLiteral("integrations/%1/lastTestFailure").arg(id.toString(QUuid::WithoutBraces));
}
} // namespace

IntegrationsPage::IntegrationsPage(const Profile &profile, StoreService &stores, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
    , m_stores(stores)
{
    m_storeList = new QListWidget(this);
    m_storeList->setObjectName(QStringLiteral("storeList"));
    m_storeList->setMaximumWidth(190);
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
    scroll->setObjectName(QStringLiteral("storeFormScroll"));
    scroll->setWidgetResizable(true);
    // The form wraps its hints and long labels to the width it gets: it only ever scrolls up and down.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    connect(m_form, &StoreForm::edited, this, [this] {
        // What the page said (a test result, a failed save) was about the form as it was.
        m_messageLabel->setVisible(false);
        setErrorString(QString());
        setEdited(true);
    });
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
    updateStoreMarks();
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

QString IntegrationsPage::storeProblem(const QUuid &id)
{
    QStringList problems;
    const QString testFailure = lastTestFailure(id);
    if (!testFailure.isEmpty())
        problems.append(tr("The last connection test failed: %1").arg(testFailure));
    // One row by primary key: cheap enough on the GUI thread, for the few stores of a profile.
    const QString importError = ShipmentRepository(m_stores.database()).syncState(id).lastError;
    if (!importError.isEmpty())
        problems.append(tr("The last import failed: %1").arg(importError));
    return problems.join(QStringLiteral("\n\n"));
}

void IntegrationsPage::updateStoreMarks()
{
    for (int row = 0; row < m_storeList->count(); ++row) {
        QListWidgetItem *item = m_storeList->item(row);
        const QUuid id = QUuid::fromString(item->data(Qt::UserRole).toString());
        const std::optional<StoreConfig> store = m_stores.store(id);
        const QString problem = storeProblem(id);
        const QString apiPath = store ? store->apiPath : QString();
        item->setIcon(problem.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(problem.isEmpty() ? apiPath : apiPath + QStringLiteral("\n\n") + problem);
        item->setData(Qt::UserRole + 1, problem);
    }
}

QString IntegrationsPage::lastTestFailure(const QUuid &id) const
{
    return QSettings(m_profile.settingsPath(), QSettings::IniFormat).value(testFailureKey(id)).toString();
}

void IntegrationsPage::setLastTestFailure(const QUuid &id, const QString &summary)
{
    QSettings settings(m_profile.settingsPath(), QSettings::IniFormat);
    if (summary.isEmpty())
        settings.remove(testFailureKey(id));
    else
        settings.setValue(testFailureKey(id), summary);
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
    m_failedTest.reset();
    setErrorString(QString());
    setEdited(true);
    m_form->findChild<QWidget *>(QStringLiteral("storeNameEdit"))->setFocus();
}

void IntegrationsPage::discardChanges()
{
    m_failedTest.reset();
    setErrorString(QString());
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

bool IntegrationsPage::confirmAfterFailedTest()
{
    m_keepFailedToken = false;
    if (!m_failedTest)
        return true;
    const StoreConfig store = m_form->store();
    if (m_failedTest->storeId != store.id || m_failedTest->apiPath != store.apiPath ||
        m_failedTest->clientId != store.clientId || m_failedTest->accessToken != m_form->accessToken())
        return true; // the test was of something else: what it said no longer applies
    QMessageBox box(QMessageBox::Warning, tr("Connection test failed"),
                    tr("The last Test connection with this API Path and token failed:"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("failedTestQuestion"));
    box.setInformativeText(m_failedTest->summary + QStringLiteral("\n\n") +
                           tr("Save the store and keep this token anyway? Imports will fail until the problem is "
                              "fixed."));
    QPushButton *keep = box.addButton(tr("&Keep and save"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != keep)
        return false;
    m_keepFailedToken = true;
    return true;
}

void IntegrationsPage::save()
{
    if (!m_edited) {
        Q_EMIT saveFinished(true);
        return;
    }
    // Each problem is shown beside its field and goes as soon as the field is corrected.
    const QString problem = m_form->showValidation();
    if (!problem.isEmpty()) {
        setErrorString(problem, true);
        Q_EMIT saveFinished(false);
        return;
    }
    if (!confirmAfterFailedTest()) {
        const QString notSaved = tr("Not saved: the connection test failed. Correct the API Path or the token, or "
                                    "Apply again and keep the token anyway.");
        setErrorString(notSaved, true);
        showMessage(notSaved, true);
        Q_EMIT saveFinished(false);
        return;
    }
    m_busy = true;
    updateControls();
    const StoreConfig store = m_form->store();
    const std::optional<StoreConfig> before = m_isNew ? std::nullopt : m_stores.store(store.id);
    // New credentials make an old test failure moot: only a test of the new ones says anything.
    const bool credentialsChanged = !m_form->accessToken().trimmed().isEmpty() || !before ||
                                    before->apiPath != store.apiPath || before->clientId != store.clientId;
    auto done = [this, id = store.id, credentialsChanged](const StoreService::Result &result) {
        m_busy = false;
        if (!result.isOk()) {
            setErrorString(result.message, true);
            if (result.outcome == StoreService::Outcome::NameTaken)
                m_form->showFieldProblem(StoreForm::Field::Name, result.message);
            else if (result.outcome == StoreService::Outcome::StoreTaken)
                m_form->showFieldProblem(StoreForm::Field::ApiPath, result.message);
            else
                showMessage(result.message, true);
            updateControls();
            Q_EMIT saveFinished(false);
            return;
        }
        setErrorString(QString());
        if (m_keepFailedToken && m_failedTest)
            setLastTestFailure(id, m_failedTest->summary);
        else if (credentialsChanged)
            setLastTestFailure(id, QString());
        m_failedTest.reset();
        m_keepFailedToken = false;
        reloadList(id);
        const QString marked = storeProblem(id);
        if (marked.isEmpty())
            showMessage(tr("Saved. Use Test connection to check it."), false);
        else
            showMessage(tr("Saved. %1").arg(marked), true);
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
    const QString token = m_form->accessToken();
    // A new store has no token in the keychain to fall back on: the form must hold it.
    if (m_isNew && token.trimmed().isEmpty()) {
        m_form->showFieldProblem(StoreForm::Field::AccessToken,
                                 tr("Enter the access token of this store to test the connection."));
        return;
    }
    const ApiPath path = ApiPath::parse(store.apiPath);
    if (!path.isValid()) {
        m_form->showFieldProblem(StoreForm::Field::ApiPath, path.errorString());
        return;
    }
    m_busy = true;
    updateControls();
    showMessage(tr("Testing the connection…"), false);
    const bool saved = !m_isNew;
    m_stores.testConnection(
        store, token, this, [this, store, token, saved](const ConnectionReport &report, StoreService::Outcome) {
            m_busy = false;
            showMessage(report.summary(), !report.isOk());
            if (report.isOk()) {
                m_failedTest.reset();
                m_form->setChannels(report.channels);
                m_form->setStatusLabels(report.statusLabels);
            } else {
                m_failedTest = FailedTest{store.id, store.apiPath, store.clientId, token, report.summary()};
            }
            // A saved store tested as saved: the list marks it until a test passes. A test of settings typed but not
            // applied marks the store only when they are saved anyway (see confirmAfterFailedTest).
            if (saved && !m_edited) {
                setLastTestFailure(store.id, report.isOk() ? QString() : report.summary());
                updateStoreMarks();
            }
            updateControls();
            Q_EMIT connectionTested(report);
        });
}

} // namespace Packbench
