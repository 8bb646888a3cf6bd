#include "ui/settings/AccountsPage.h"

#include "core/rules/Rule.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/Database.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/FormParts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace Packbench {

namespace {

using FormParts::fieldMessageLabel;
using FormParts::kErrorStyle;
using FormParts::kSuccessStyle;
using FormParts::lineEdit;

// A label and its field in the grid; the label's mnemonic moves the focus to the field.
void addField(QGridLayout *grid, int row, int column, const QString &labelText, QWidget *field, int span = 1)
{
    auto *label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field);
    grid->addWidget(label, row, column);
    grid->addWidget(field, row, column + 1, 1, span);
}

bool isTwoLetterCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
    return code.match(value).hasMatch();
}

// What removing an account will do: its shipments and the rules that route to it. Runs on the worker thread.
bool countRemoval(Database &database, const QUuid &id, int *shipments, QStringList *rules, QString *error)
{
    const QString accountId = id.toString(QUuid::WithoutBraces);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM shipments WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (!execQuery(query, error))
        return false;
    *shipments = query.next() ? query.value(0).toInt() : 0;
    query.prepare(QStringLiteral("SELECT name FROM rules WHERE action = ? AND action_value = ? ORDER BY position"));
    query.addBindValue(ruleActionToString(RuleAction::Account));
    query.addBindValue(accountId);
    if (!execQuery(query, error))
        return false;
    rules->clear();
    while (query.next())
        rules->append(query.value(0).toString());
    return true;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("\"%1\"").arg(name));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

AccountsPage::AccountsPage(Database &database, QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setMaximumWidth(210);
    m_addButton = new QPushButton(tr("Ne&w account"), this);
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listColumn->addLayout(listButtons);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("noAccountLabel"));
    m_emptyLabel->setWordWrap(true);

    auto *form = new QWidget;
    m_name = lineEdit(QStringLiteral("accountNameEdit"), form);
    m_name->setPlaceholderText(tr("e.g. Kids Warehouse"));
    m_nameStatus = fieldMessageLabel(QStringLiteral("accountNameStatus"), form);
    m_carrierCombo = new QComboBox(form);
    m_carrierCombo->setObjectName(QStringLiteral("accountCarrierCombo"));
    auto *carrierHint = fieldMessageLabel(QStringLiteral("accountCarrierHint"), form);
    carrierHint->setText(tr("Where the tracking numbers on this account's labels come from (Settings > Carriers)."));
    m_senderName = lineEdit(QStringLiteral("senderNameEdit"), form);
    m_company = lineEdit(QStringLiteral("senderCompanyEdit"), form);
    m_street1 = lineEdit(QStringLiteral("senderStreet1Edit"), form);
    m_street2 = lineEdit(QStringLiteral("senderStreet2Edit"), form);
    m_city = lineEdit(QStringLiteral("senderCityEdit"), form);
    m_region = lineEdit(QStringLiteral("senderRegionEdit"), form);
    m_zip = lineEdit(QStringLiteral("senderZipEdit"), form);
    m_country = lineEdit(QStringLiteral("senderCountryEdit"), form);
    m_country->setPlaceholderText(tr("e.g. NZ"));
    m_countryStatus = fieldMessageLabel(QStringLiteral("senderCountryStatus"), form);
    m_phone = lineEdit(QStringLiteral("senderPhoneEdit"), form);
    m_email = lineEdit(QStringLiteral("senderEmailEdit"), form);
    m_email->setPlaceholderText(tr("e.g. dispatch@example.com"));
    m_emailStatus = fieldMessageLabel(QStringLiteral("senderEmailStatus"), form);

    auto *accountBox = new QGroupBox(tr("Account"), form);
    auto *accountGrid = new QGridLayout(accountBox);
    accountGrid->setColumnStretch(1, 1);
    addField(accountGrid, 0, 0, tr("Account &name:"), m_name);
    accountGrid->addWidget(m_nameStatus, 1, 1);
    addField(accountGrid, 2, 0, tr("C&arrier:"), m_carrierCombo);
    accountGrid->addWidget(carrierHint, 3, 1);

    // Two fields a row: the address reads as it is written on a label, and the form fits the dialog's height.
    auto *senderBox = new QGroupBox(tr("Sender address"), form);
    auto *senderGrid = new QGridLayout(senderBox);
    senderGrid->setColumnStretch(1, 1);
    senderGrid->setColumnStretch(3, 1);
    auto *senderHint = new QLabel(tr("Printed on the labels of this account's shipments as the sender."), senderBox);
    senderHint->setWordWrap(true);
    senderGrid->addWidget(senderHint, 0, 0, 1, 4);
    addField(senderGrid, 1, 0, tr("Na&me:"), m_senderName);
    addField(senderGrid, 1, 2, tr("Com&pany:"), m_company);
    addField(senderGrid, 2, 0, tr("&Street:"), m_street1, 3);
    addField(senderGrid, 3, 0, tr("Street &2:"), m_street2, 3);
    addField(senderGrid, 4, 0, tr("C&ity:"), m_city);
    addField(senderGrid, 4, 2, tr("Re&gion:"), m_region);
    addField(senderGrid, 5, 0, tr("Post&code:"), m_zip);
    addField(senderGrid, 5, 2, tr("Countr&y code:"), m_country);
    senderGrid->addWidget(m_countryStatus, 6, 3);
    addField(senderGrid, 7, 0, tr("P&hone:"), m_phone);
    addField(senderGrid, 7, 2, tr("&Email:"), m_email);
    senderGrid->addWidget(m_emailStatus, 8, 3);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(accountBox);
    formLayout->addWidget(senderBox);
    formLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("accountFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    m_discardButton = new QPushButton(tr("&Discard changes"), this);
    m_discardButton->setObjectName(QStringLiteral("discardAccountButton"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("accountMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setVisible(false);
    auto *saveHint = new QLabel(tr("Apply or OK saves the account."), this);
    saveHint->setEnabled(false); // greyed: a hint, not a control
    auto *actions = new QHBoxLayout;
    actions->addWidget(saveHint);
    actions->addStretch();
    actions->addWidget(m_discardButton);

    m_formArea = new QWidget(this);
    auto *formAreaLayout = new QVBoxLayout(m_formArea);
    formAreaLayout->setContentsMargins(0, 0, 0, 0);
    formAreaLayout->addWidget(scroll, 1);
    formAreaLayout->addLayout(actions);

    auto *right = new QVBoxLayout;
    right->addWidget(m_emptyLabel);
    right->addWidget(m_formArea, 1);
    right->addWidget(m_messageLabel);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn);
    layout->addLayout(right, 1);

    // List first, then the form in reading order, then what acts on it.
    QWidget *order[] = {m_list,    m_addButton, m_removeButton, m_name,         m_carrierCombo, m_senderName,
                        m_company, m_street1,   m_street2,      m_city,         m_region,       m_zip,
                        m_country, m_phone,     m_email,        m_discardButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    connect(m_discardButton, &QPushButton::clicked, this, &AccountsPage::discardChanges);
    for (QLineEdit *edit : {m_name, m_senderName, m_company, m_street1, m_street2, m_city, m_region, m_zip, m_country,
                            m_phone, m_email}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_loading)
                return;
            m_messageLabel->setVisible(false);
            setErrorString(QString());
            setEdited(true);
        });
    }
    // A problem shown goes with its cause: the field is checked again as the user corrects it.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (!m_nameProblem.isEmpty())
            setFieldProblem(Field::Name, nameProblem());
    });
    connect(m_country, &QLineEdit::textEdited, this, [this] {
        if (!m_countryProblem.isEmpty())
            setFieldProblem(Field::Country, countryProblem());
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        if (!m_emailProblem.isEmpty())
            setFieldProblem(Field::Email, emailProblem());
    });
    connect(m_carrierCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_messageLabel->setVisible(false);
        setErrorString(QString());
        setEdited(true);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_accounts.size() || m_edited)
            return;
        showAccount(m_accounts.at(row));
    });
}

// The worker (the last member, so destroyed first) lets a statement under way finish; its answer dies with
// this page's pending events.
AccountsPage::~AccountsPage() = default;

QString AccountsPage::title() const
{
    return tr("Accounts");
}

void AccountsPage::load()
{
    if (m_busy != Busy::No)
        return; // the job under way reads the accounts when it is done
    const QUuid select = m_isNew ? QUuid() : m_currentId;
    runJob(Busy::Loading, Job(), true, [this, select](const Result &result) { setAccounts(result, select); });
}

void AccountsPage::runJob(Busy busy, Job job, bool list, std::function<void(const Result &)> done)
{
    // The focus stays where it was: disabling the form meanwhile would otherwise send it elsewhere.
    QPointer<QWidget> focused = focusWidget();
    m_busy = busy;
    updateControls();
    Database *database = &m_database;
    m_worker.run([this, database, job, list, done, focused] {
        // Constructed here: the repositories use this thread's own database connection.
        Result result = job ? job(*database) : Result();
        if (list) {
            result.accounts = AccountRepository(*database).list(&result.listError);
            if (result.listError.isEmpty())
                result.carriers = CarrierRepository(*database).list(&result.listError);
        }
        // The page waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the page goes first.
        QMetaObject::invokeMethod(
            this,
            [this, result, done, focused] {
                m_busy = Busy::No;
                updateControls();
                if (focused && focused->isEnabled() && focused->isVisible())
                    focused->setFocus(Qt::OtherFocusReason);
                done(result);
            },
            Qt::QueuedConnection);
    });
}

void AccountsPage::setAccounts(const Result &result, const QUuid &select)
{
    if (result.listError.isEmpty()) {
        m_accounts = result.accounts;
        m_carriers = result.carriers;
    }
    showList(select);
    if (!result.listError.isEmpty())
        showMessage(tr("The accounts could not be read: %1").arg(result.listError), true);
    Q_EMIT accountsLoaded();
}

void AccountsPage::showList(const QUuid &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = m_accounts.isEmpty() ? -1 : 0;
    for (const Account &account : std::as_const(m_accounts)) {
        auto *item = new QListWidgetItem(account.name, m_list);
        item->setData(Qt::UserRole, account.id.toString(QUuid::WithoutBraces));
        if (account.isDefault())
            item->setToolTip(tr("Shipments that no rule routes elsewhere are in this account."));
        if (account.id == select)
            selectRow = m_list->count() - 1;
    }
    m_isNew = false;
    m_edited = false;
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        showAccount(m_accounts.at(selectRow));
    } else {
        m_currentId = QUuid();
    }
    updateControls();
    Q_EMIT modifiedChanged();
}

void AccountsPage::reloadCarriers()
{
    const quint64 request = ++m_carriersRequest;
    Database *database = &m_database;
    m_worker.run([this, database, request] {
        QString error;
        const QList<Carrier> carriers = CarrierRepository(*database).list(&error);
        QMetaObject::invokeMethod(
            this,
            [this, request, carriers, error] {
                if (request != m_carriersRequest)
                    return; // a newer read follows
                if (!error.isEmpty()) {
                    showMessage(tr("The carriers could not be read: %1").arg(error), true);
                    return;
                }
                m_carriers = carriers;
                // The choice in the form stays, and so does whether the form holds changes.
                const bool wasLoading = m_loading;
                m_loading = true;
                fillCarrierCombo(carrierChoice());
                m_loading = wasLoading;
            },
            Qt::QueuedConnection);
    });
}

void AccountsPage::fillCarrierCombo(const QUuid &select)
{
    // An account without a carrier of its own prints with the own sequence.
    const QUuid wanted = select.isNull() ? Carrier::ownSequenceId() : select;
    m_carrierCombo->clear();
    for (const Carrier &carrier : std::as_const(m_carriers)) {
        // Pickup in store is what a shipment gets when the customer collects it, never an account's labels.
        if (carrier.kind != Carrier::Kind::Pickup)
            m_carrierCombo->addItem(carrier.name, carrier.id.toString(QUuid::WithoutBraces));
    }
    const QString wantedText = wanted.toString(QUuid::WithoutBraces);
    if (m_carrierCombo->findData(wantedText) < 0) {
        // Set elsewhere (the command line) to one the list leaves out: shown, so that saving keeps it.
        QString name = tr("(unknown carrier)");
        for (const Carrier &carrier : std::as_const(m_carriers)) {
            if (carrier.id == wanted)
                name = carrier.name;
        }
        m_carrierCombo->addItem(name, wantedText);
    }
    m_carrierCombo->setCurrentIndex(m_carrierCombo->findData(wantedText));
}

QUuid AccountsPage::carrierChoice() const
{
    return QUuid::fromString(m_carrierCombo->currentData().toString());
}

void AccountsPage::showAccount(const Account &account)
{
    m_loading = true;
    m_currentId = account.id;
    m_name->setText(account.name);
    fillCarrierCombo(account.carrierId);
    const SenderAddress &sender = account.sender;
    m_senderName->setText(sender.name);
    m_company->setText(sender.company);
    m_street1->setText(sender.street1);
    m_street2->setText(sender.street2);
    m_city->setText(sender.city);
    m_region->setText(sender.region);
    m_zip->setText(sender.zip);
    m_country->setText(sender.countryIso2);
    m_phone->setText(sender.phone);
    m_email->setText(sender.email);
    m_nameProblem.clear();
    m_countryProblem.clear();
    m_emailProblem.clear();
    updateFieldMessages();
    m_loading = false;
    setEdited(false);
}

Account AccountsPage::accountFromForm() const
{
    Account account;
    account.id = m_currentId;
    account.name = m_name->text().trimmed();
    account.carrierId = carrierChoice();
    SenderAddress &sender = account.sender;
    sender.name = m_senderName->text().trimmed();
    sender.company = m_company->text().trimmed();
    sender.street1 = m_street1->text().trimmed();
    sender.street2 = m_street2->text().trimmed();
    sender.city = m_city->text().trimmed();
    sender.region = m_region->text().trimmed();
    sender.zip = m_zip->text().trimmed();
    sender.countryIso2 = m_country->text().trimmed().toUpper();
    sender.phone = m_phone->text().trimmed();
    sender.email = m_email->text().trimmed();
    return account;
}

void AccountsPage::addAccount()
{
    Account account;
    account.id = QUuid::createUuid();
    showAccount(account);
    m_isNew = true;
    m_list->clearSelection();
    m_messageLabel->setVisible(false);
    setErrorString(QString());
    setEdited(true);
    updateFieldMessages();
    m_name->setFocus(Qt::OtherFocusReason);
}

void AccountsPage::discardChanges()
{
    setErrorString(QString());
    m_messageLabel->setVisible(false);
    // At once from what the page holds; then read again, as another station may have changed the accounts.
    const QUuid select = m_isNew ? QUuid() : m_currentId;
    showList(select);
    load();
}

bool AccountsPage::isModified() const
{
    return m_edited;
}

void AccountsPage::setEdited(bool edited)
{
    if (m_edited == edited) {
        updateControls();
        return;
    }
    m_edited = edited;
    updateControls();
    Q_EMIT modifiedChanged();
}

void AccountsPage::updateControls()
{
    const bool hasForm = m_isNew || !m_currentId.isNull();
    m_emptyLabel->setText(m_busy == Busy::Loading && m_accounts.isEmpty()
                              ? tr("Reading the accounts…")
                              : tr("Select an account, or click New account."));
    m_emptyLabel->setVisible(!hasForm);
    m_formArea->setVisible(hasForm);
    // One account at a time: while the form holds unsaved changes, the list waits (Apply, or Discard changes).
    const bool busy = m_busy != Busy::No;
    m_list->setEnabled(!m_edited && !busy);
    m_addButton->setEnabled(!m_edited && !busy);
    const bool isDefault = m_currentId == Account::defaultId();
    // Not while the form holds changes either: one thing at a time.
    m_removeButton->setEnabled(hasForm && !m_isNew && !isDefault && !m_edited && !busy);
    if (isDefault)
        m_removeButton->setToolTip(tr("The Default account cannot be removed: shipments that no rule routes "
                                      "elsewhere are in it."));
    else if (m_isNew)
        m_removeButton->setToolTip(tr("The new account is not saved yet: Discard changes drops it."));
    else if (m_edited)
        m_removeButton->setToolTip(tr("Apply or discard the changes to the account first."));
    else
        m_removeButton->setToolTip(tr("Remove the account: its shipments move back to Default."));
    m_discardButton->setEnabled(m_edited && !busy);
    m_formArea->setEnabled(!busy);
    updateFieldMessages();
}

void AccountsPage::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? kErrorStyle : kSuccessStyle);
    m_messageLabel->setVisible(true);
}

QString AccountsPage::message() const
{
    return m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

QString AccountsPage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("An account needs a name.");
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.id != m_currentId && account.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("An account named \"%1\" already exists.").arg(name);
    }
    return QString();
}

QString AccountsPage::countryProblem() const
{
    const QString code = m_country->text().trimmed();
    if (code.isEmpty() || isTwoLetterCode(code))
        return QString();
    return tr("Use the two-letter country code (ISO 3166), e.g. NZ, AU, US or DE.");
}

QString AccountsPage::emailProblem() const
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || address.match(email).hasMatch())
        return QString();
    return tr("\"%1\" is not an email address: write it as name@example.com, or leave it empty.").arg(email);
}

void AccountsPage::setFieldProblem(Field field, const QString &problem)
{
    switch (field) {
    case Field::Name:
        m_nameProblem = problem;
        break;
    case Field::Country:
        m_countryProblem = problem;
        break;
    case Field::Email:
        m_emailProblem = problem;
        break;
    }
    updateFieldMessages();
}

void AccountsPage::updateFieldMessages()
{
    // A problem in red; otherwise what the field is for, so the line under it is never an unexplained gap.
    auto show = [](QLabel *label, const QString &problem, const QString &hint) {
        label->setText(problem.isEmpty() ? hint : problem);
        label->setStyleSheet(problem.isEmpty() ? QString() : kErrorStyle);
    };
    const bool isDefault = m_currentId == Account::defaultId() && !m_isNew;
    show(m_nameStatus, m_nameProblem,
         isDefault ? tr("Every shipment that no rule routes elsewhere is in this account; it cannot be removed.")
                   : tr("Rules route shipments here, e.g. \"If tag = 2, assign to account Kids Warehouse\"."));
    show(m_countryStatus, m_countryProblem, tr("Two letters (ISO 3166), e.g. NZ."));
    show(m_emailStatus, m_emailProblem, QString());
}

QString AccountsPage::fieldMessage(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameProblem;
    case Field::Country:
        return m_countryProblem;
    case Field::Email:
        return m_emailProblem;
    }
    return QString();
}

void AccountsPage::save()
{
    if (!m_edited) {
        Q_EMIT saveFinished(true);
        return;
    }
    // Each problem is shown beside its field; the focus goes to the first.
    m_nameProblem = nameProblem();
    m_countryProblem = countryProblem();
    m_emailProblem = emailProblem();
    updateFieldMessages();
    const QList<std::pair<QString, QLineEdit *>> problems = {
        {m_nameProblem, m_name}, {m_countryProblem, m_country}, {m_emailProblem, m_email}};
    for (const auto &[problem, edit] : problems) {
        if (!problem.isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            setErrorString(problem, true);
            Q_EMIT saveFinished(false);
            return;
        }
    }

    if (m_busy == Busy::Saving)
        return; // the save under way answers with saveFinished()
    if (m_busy != Busy::No) {
        const QString wait = tr("Wait until the accounts have been read, then save again.");
        showMessage(wait, true);
        setErrorString(wait, true);
        Q_EMIT saveFinished(false);
        return;
    }
    const Account account = accountFromForm();
    const bool isNew = m_isNew;
    runJob(
        Busy::Saving,
        [account, isNew](Database &database) {
            Result result;
            AccountRepository repository(database);
            result.outcome = isNew ? repository.add(account, &result.error) : repository.update(account, &result.error);
            return result;
        },
        true, [this, account, isNew](const Result &result) { saved(account, isNew, result); });
}

void AccountsPage::saved(const Account &account, bool added, const Result &result)
{
    if (result.outcome != AccountRepository::Outcome::Ok) {
        if (result.outcome == AccountRepository::Outcome::NameTaken ||
            result.outcome == AccountRepository::Outcome::Invalid) {
            setFieldProblem(Field::Name, result.error);
            m_name->setFocus(Qt::OtherFocusReason);
        } else {
            showMessage(result.error, true);
        }
        setErrorString(result.error, true);
        Q_EMIT saveFinished(false);
        return;
    }
    setErrorString(QString());
    setAccounts(result, account.id);
    showMessage(
        added ? tr("Account \"%1\" added. Rules on the Rules page can now route shipments to it.").arg(account.name)
              : tr("Account \"%1\" saved.").arg(account.name),
        false);
    Q_EMIT accountsChanged();
    Q_EMIT saveFinished(true);
}

void AccountsPage::removeAccount()
{
    if (m_busy != Busy::No || m_isNew || m_currentId.isNull() || m_currentId == Account::defaultId())
        return;
    const auto found = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [this](const Account &account) { return account.id == m_currentId; });
    if (found == m_accounts.cend())
        return;
    const Account account = *found;
    showMessage(tr("Counting the shipments of \"%1\"…").arg(account.name), false);
    // Step 1 (worker): what the removal would move and delete.
    runJob(
        Busy::Removing,
        [account](Database &database) {
            Result result;
            if (!countRemoval(database, account.id, &result.shipments, &result.rules, &result.error))
                result.outcome = AccountRepository::Outcome::Failed;
            return result;
        },
        false, [this, account](const Result &counted) { askAndRemove(account, counted); });
}

void AccountsPage::askAndRemove(const Account &account, const Result &counted)
{
    // Step 2: the question, with what step 1 counted.
    if (counted.outcome != AccountRepository::Outcome::Ok) {
        showMessage(counted.error, true);
        Q_EMIT removalFinished(false);
        return;
    }
    m_messageLabel->setVisible(false);
    QString shipments;
    if (counted.shipments == 0)
        shipments = tr("No shipment is in it.");
    else if (counted.shipments == 1)
        shipments = tr("1 shipment in it moves back to Default.");
    else
        shipments = tr("%n shipments in it move back to Default.", nullptr, counted.shipments);
    if (counted.shipments > 0)
        shipments += QLatin1Char(' ') + tr("Those still to ship or on hold are run through the remaining rules "
                                           "again; printed ones stay in Default.");
    const QString rules =
        counted.rules.isEmpty()
            ? tr("No rule routes shipments to it.")
            : (counted.rules.size() == 1
                   ? tr("The rule %1 routes shipments to it and is removed with it.").arg(quotedList(counted.rules))
                   : tr("These rules route shipments to it and are removed with it: %1.")
                         .arg(quotedList(counted.rules)));
    // Nothing else happens on the page while the question is open.
    m_busy = Busy::Removing;
    updateControls();
    QMessageBox box(QMessageBox::Question, tr("Remove account"), tr("Remove the account \"%1\"?").arg(account.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeAccountQuestion"));
    box.setInformativeText(shipments + QStringLiteral("\n\n") + rules);
    QPushButton *remove = box.addButton(tr("&Remove account"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    m_busy = Busy::No;
    if (box.clickedButton() != remove) {
        updateControls();
        Q_EMIT removalFinished(false);
        return;
    }

    // Step 3 (worker): the removal, then the accounts as they are now.
    showMessage(tr("Removing \"%1\"…").arg(account.name), false);
    runJob(
        Busy::Removing,
        [account](Database &database) {
            Result result;
            result.outcome = AccountRepository(database).remove(account.id, &result.error, &result.removal);
            return result;
        },
        true, [this, account](const Result &result) { removed(account, result); });
}

void AccountsPage::removed(const Account &account, const Result &result)
{
    if (result.outcome != AccountRepository::Outcome::Ok) {
        setAccounts(result, m_currentId);
        showMessage(result.error, true);
        Q_EMIT removalFinished(false);
        return;
    }
    setAccounts(result, QUuid());
    // What the removal did, from the transaction itself (another station may have changed things since the question
    // was asked).
    const AccountRepository::Removal &removal = result.removal;
    QString done = tr("Account \"%1\" removed.").arg(account.name);
    if (removal.movedShipments == 1)
        done += QLatin1Char(' ') + tr("1 shipment moved back to Default.");
    else if (removal.movedShipments > 1)
        done += QLatin1Char(' ') + tr("%n shipments moved back to Default.", nullptr, removal.movedShipments);
    if (removal.removedRules.size() == 1)
        done += QLatin1Char(' ') + tr("Rule removed: %1.").arg(quotedList(removal.removedRules));
    else if (!removal.removedRules.isEmpty())
        done += QLatin1Char(' ') + tr("Rules removed: %1.").arg(quotedList(removal.removedRules));
    showMessage(done, false);
    Q_EMIT accountsChanged();
    Q_EMIT removalFinished(true);
}

} // namespace Packbench
