#include "ui/settings/IntegrationsPage.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/integrations/StoreService.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "ui/settings/StoreForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStyle>
#include <QVBoxLayout>

namespace Packbench {

namespace {
QString testFailureKey(const QUuid &id)
{
    return QStringLiteral("integrations/%1/lastTestFailure").arg(id.toString(QUuid::WithoutBraces));
}

// How many of the store's shipments still wait to ship (a removal asks first). Runs on the worker thread.
bool countWaiting(Database &database, const QUuid &storeId, int *waiting, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ? AND state = 'to-ship'"));
    query.addBindValue(storeId.toString(QUuid::WithoutBraces));
    if (!execQuery(query, error))
        return false;
    *waiting = query.next() ? query.value(0).toInt() : 0;
    return true;
}

QString noStoresText()
{
    return IntegrationsPage::tr("No BigCommerce store is connected yet. Click Add store, then copy the API Path, "
                                "Client ID and Access Token of a store-level API account (BigCommerce: Settings > "
                                "Store-level API accounts) into the form.");
}
} // namespace

IntegrationsPage::IntegrationsPage(const Profile &profile, StoreService &stores, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
    , m_stores(stores)
{
    // Save, remove and test: their database steps off the GUI thread too, whoever made the service.
    m_stores.runDatabaseWorkOnWorkerThread();
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

    m_emptyLabel = new QLabel(noStoresText(), this);
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
    requestStores();
}

IntegrationsPage::StoresRead IntegrationsPage::readStores(Database &database)
{
    // Constructed here: the repositories use the calling (worker) thread's own database connection. A few stores,
    // each with one row of import state.
    StoresRead read;
    StoreRepository stores(database);
    ShipmentRepository shipments(database);
    const QList<StoreConfig> list = stores.list(&read.error);
    for (const StoreConfig &store : list) {
        StoreEntry entry;
        entry.store = store;
        entry.channels = stores.channels(store.id);
        entry.statusLabels = stores.statusLabels(store.id);
        entry.importError = shipments.syncState(store.id).lastError;
        read.stores.append(entry);
    }
    return read;
}

void IntegrationsPage::requestStores(std::function<void(const QString &readError)> then)
{
    const quint64 request = ++m_storesRequest;
    updateControls();
    Database *database = &m_stores.database();
    m_worker.run([this, database, request, then] {
        const StoresRead read = readStores(*database);
        // The page waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the page goes first.
        QMetaObject::invokeMethod(
            this,
            [this, request, read, then] {
                storesRead(request, read);
                if (then)
                    then(read.error);
            },
            Qt::QueuedConnection);
    });
}

void IntegrationsPage::storesRead(quint64 request, const StoresRead &read)
{
    if (request != m_storesRequest)
        return; // a newer read is under way: its answer is the one to show
    m_storesAnswered = request;
    // A failed read keeps the stores shown before, and says why.
    if (read.error.isEmpty())
        m_entries = read.stores;
    showList();
    if (!read.error.isEmpty())
        showMessage(tr("The stores could not be read: %1").arg(read.error), true);
    Q_EMIT storesLoaded();
}

void IntegrationsPage::showList()
{
    int selectRow = -1;
    {
        const QSignalBlocker blocker(m_storeList);
        m_storeList->clear();
        for (const StoreEntry &entry : std::as_const(m_entries)) {
            auto *item = new QListWidgetItem(entry.store.name, m_storeList);
            item->setData(Qt::UserRole, entry.store.id.toString(QUuid::WithoutBraces));
            item->setToolTip(entry.store.apiPath);
            if (entry.store.id == m_currentId && !m_isNew)
                selectRow = m_storeList->count() - 1;
        }
        updateStoreMarks();
        // The store being edited stays in the form; its row stays selected while the list waits.
        if (m_edited) {
            if (selectRow >= 0)
                m_storeList->setCurrentRow(selectRow);
            updateControls();
            return;
        }
        if (selectRow < 0 && !m_entries.isEmpty())
            selectRow = 0;
        if (selectRow >= 0)
            m_storeList->setCurrentRow(selectRow);
    }
    m_isNew = false;
    if (selectRow >= 0)
        showStore(m_entries.at(selectRow).store.id);
    else
        m_currentId = QUuid();
    updateControls();
    Q_EMIT modifiedChanged();
}

const IntegrationsPage::StoreEntry *IntegrationsPage::entry(const QUuid &id) const
{
    for (const StoreEntry &candidate : m_entries) {
        if (candidate.store.id == id)
            return &candidate;
    }
    return nullptr;
}

QString IntegrationsPage::storeProblem(const QUuid &id) const
{
    QStringList problems;
    const QString testFailure = lastTestFailure(id);
    if (!testFailure.isEmpty())
        problems.append(tr("The last connection test failed: %1").arg(testFailure));
    const StoreEntry *stored = entry(id);
    if (stored && !stored->importError.isEmpty())
        problems.append(tr("The last import failed: %1").arg(stored->importError));
    return problems.join(QStringLiteral("\n\n"));
}

void IntegrationsPage::updateStoreMarks()
{
    for (int row = 0; row < m_storeList->count(); ++row) {
        QListWidgetItem *item = m_storeList->item(row);
        const QUuid id = QUuid::fromString(item->data(Qt::UserRole).toString());
        const StoreEntry *stored = entry(id);
        const QString problem = storeProblem(id);
        const QString apiPath = stored ? stored->store.apiPath : QString();
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
    const StoreEntry *stored = entry(id);
    if (!stored)
        return;
    m_currentId = id;
    m_isNew = false;
    m_form->setStore(stored->store, false, stored->channels, stored->statusLabels);
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
    // At once from the stores the page holds; then read again, as another station may have changed them.
    if (m_isNew)
        m_currentId = QUuid();
    m_isNew = false;
    m_edited = false;
    showList();
    m_messageLabel->setVisible(false);
    requestStores();
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
    // Until the first read is in, the page does not know yet whether any store is connected.
    m_emptyLabel->setText(m_storesAnswered == 0 && isLoading() ? tr("Reading the connected stores…") : noStoresText());
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
    const StoreEntry *stored = m_isNew ? nullptr : entry(store.id);
    // New credentials make an old test failure moot: only a test of the new ones says anything.
    const bool credentialsChanged = !m_form->accessToken().trimmed().isEmpty() || !stored ||
                                    stored->store.apiPath != store.apiPath || stored->store.clientId != store.clientId;
    // Step 1: StoreService writes the keychain and the row (StoreService::Result says how that went).
    auto done = [this, id = store.id, credentialsChanged](const StoreService::Result &result) {
        saved(id, credentialsChanged, result);
    };
    if (m_isNew)
        m_stores.addStore(store, m_form->accessToken(), m_form->clientSecret(), this, done);
    else
        m_stores.updateStore(store, m_form->accessToken(), m_form->clientSecret(), this, done);
}

void IntegrationsPage::saved(const QUuid &id, bool credentialsChanged, const StoreService::Result &result)
{
    if (!result.isOk()) {
        m_busy = false;
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
    Q_EMIT storesChanged();
    // Step 2 (worker): the stores as saved; step 3: the outcome, once the list shows them.
    m_currentId = id;
    m_isNew = false;
    m_edited = false;
    requestStores([this, id](const QString &readError) {
        m_busy = false;
        updateControls();
        const QString marked = storeProblem(id);
        if (!readError.isEmpty())
            showMessage(tr("Saved, but the stores could not be read again: %1").arg(readError), true);
        else if (marked.isEmpty())
            showMessage(tr("Saved. Use Test connection to check it."), false);
        else
            showMessage(tr("Saved. %1").arg(marked), true);
        Q_EMIT saveFinished(true);
    });
}

void IntegrationsPage::removeStore()
{
    const StoreEntry *stored = entry(m_currentId);
    if (!stored || m_busy)
        return;
    const StoreConfig store = stored->store;
    // Step 1 (worker): how many shipments still wait, for the question.
    m_busy = true;
    updateControls();
    Database *database = &m_stores.database();
    m_worker.run([this, database, store] {
        int waiting = 0;
        QString error;
        const bool counted = countWaiting(*database, store.id, &waiting, &error);
        QMetaObject::invokeMethod(
            this,
            [this, store, counted, waiting, error] {
                if (!counted) {
                    m_busy = false;
                    showMessage(tr("The store's shipments could not be counted: %1").arg(error), true);
                    updateControls();
                    return;
                }
                askAndRemove(store, waiting);
            },
            Qt::QueuedConnection);
    });
}

void IntegrationsPage::askAndRemove(const StoreConfig &store, int waiting)
{
    // Step 2: the question.
    QString question = tr("Remove the store \"%1\" from Packbench? Its imported orders and shipments are deleted "
                          "with it, and its token is deleted from this station's keychain.")
                           .arg(store.name);
    if (waiting > 0)
        question = tr("%n shipment(s) of \"%1\" still wait to be shipped.", nullptr, waiting).arg(store.name) +
                   QLatin1Char('\n') + question;
    if (QMessageBox::question(this, tr("Remove store"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        m_busy = false;
        updateControls();
        return;
    }
    // Step 3: StoreService removes the row and the keychain entries.
    m_stores.removeStore(store.id, true, this, [this](const StoreService::Result &result) { storeRemoved(result); });
}

void IntegrationsPage::storeRemoved(const StoreService::Result &result)
{
    if (!result.isOk()) {
        m_busy = false;
        showMessage(result.message, true);
        updateControls();
        return;
    }
    Q_EMIT storesChanged();
    // Step 4 (worker): the stores as they are now.
    m_currentId = QUuid();
    m_isNew = false;
    m_edited = false;
    requestStores([this](const QString &readError) {
        m_busy = false;
        updateControls();
        if (!readError.isEmpty())
            showMessage(tr("The store was removed, but the stores could not be read again: %1").arg(readError), true);
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
                // StoreService stored them for a saved store: showing the store again shows them too.
                for (StoreEntry &stored : m_entries) {
                    if (saved && stored.store.id == store.id) {
                        stored.channels = report.channels;
                        stored.statusLabels = report.statusLabels;
                    }
                }
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
