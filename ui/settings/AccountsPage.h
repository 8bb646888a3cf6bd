#pragma once

#include "core/domain/Account.h"
#include "core/shipping/Carrier.h"
#include "core/storage/AccountRepository.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/SettingsPage.h"

#include <QList>
#include <QUuid>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace Packbench {

class Database;

// Settings > Accounts: the sending accounts (Default first), and the sender address and carrier of the selected one.
//
// Saving follows the Integrations page and the dialog's Apply/OK: what the form holds (a new account, or changes to
// the selected one) is saved by Apply or OK, and Cancel throws it away; Discard changes does that without closing.
// Removing an account is an action of its own, done at once after one question, as removing a store is: it moves
// shipments and deletes rules, which no Cancel could undo.
//
// Every read and write runs on a worker thread with its own database connection (a write may wait for another
// station's lock, a read for a server far away): the page keeps what it shows and disables its controls meanwhile.
// Removing an account moves its shipments and runs the rules over the open ones, after counting them.
class AccountsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AccountsPage(Database &database, QWidget *parent = nullptr);
    ~AccountsPage() override;

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    enum class Field
    {
        Name,
        Country,
        Email
    };
    // The message shown beside the field (a problem in red), or empty.
    QString fieldMessage(Field field) const;
    // The last result or failure shown below the form.
    QString message() const;
    QUuid currentAccountId() const { return m_currentId; }
    // A read, a save, or a removal (and its count) runs on the worker thread.
    bool isBusy() const { return m_busy != Busy::No; }

public Q_SLOTS:
    // Shows an empty form for a new account (saved by Apply or OK).
    void addAccount();
    // Asks once, saying how many shipments move back to Default and which rules go, then removes the account.
    void removeAccount();
    void discardChanges();
    // Reads the carriers an account can choose again (Settings > Carriers changed them); the choice in the form stays.
    void reloadCarriers();

Q_SIGNALS:
    // A read of the accounts finished (load(), discardChanges(), or after a save or a removal).
    void accountsLoaded();
    // Accounts were added, renamed or removed (rules and shipments may have changed with a removal).
    void accountsChanged();
    // removeAccount() is done: removed (true), or cancelled or failed (false, message() says why when it failed).
    void removalFinished(bool removed);

private:
    enum class Busy
    {
        No,
        Loading,
        Saving,
        Removing
    };
    // What a worker job hands back: the outcome of its write or count (if any), then the accounts and carriers as
    // they are now (when the job asked for them).
    struct Result
    {
        AccountRepository::Outcome outcome = AccountRepository::Outcome::Ok;
        QString error;
        AccountRepository::Removal removal;
        int shipments = 0; // counted before a removal: in the account, and the rules that route to it
        QStringList rules;
        QList<Account> accounts;
        QList<Carrier> carriers;
        QString listError;
    };
    using Job = std::function<Result(Database &)>;

    // Runs `job` (none: only the read) on the worker, then reads the lists when `list`, then calls `done` here.
    void runJob(Busy busy, Job job, bool list, std::function<void(const Result &)> done);
    // The read lists into the page (a failed read keeps what it had, and says why).
    void setAccounts(const Result &result, const QUuid &select);
    // The list and the form from the accounts the page holds, `select` chosen.
    void showList(const QUuid &select);
    // The carriers an account can print with (all but pickup in store), and `select` even when it is not one of them.
    void fillCarrierCombo(const QUuid &select);
    QUuid carrierChoice() const;
    void showAccount(const Account &account);
    Account accountFromForm() const;
    void setEdited(bool edited);
    void updateControls();
    void showMessage(const QString &text, bool error);
    void setFieldProblem(Field field, const QString &problem);
    void updateFieldMessages();
    QString nameProblem() const;
    QString countryProblem() const;
    QString emailProblem() const;
    void saved(const Account &account, bool added, const Result &result);
    void askAndRemove(const Account &account, const Result &counted);
    void removed(const Account &account, const Result &result);

    Database &m_database;
    QList<Account> m_accounts;
    QList<Carrier> m_carriers;
    QUuid m_currentId;
    bool m_isNew = false;
    bool m_edited = false;
    Busy m_busy = Busy::No;
    bool m_loading = false;
    quint64 m_carriersRequest = 0; // bumped by reloadCarriers(): an older read's answer is dropped
    // Problems shown beside their field: each stays until its field is edited (then the field is checked again).
    QString m_nameProblem;
    QString m_countryProblem;
    QString m_emailProblem;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_formArea = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameStatus = nullptr;
    QLabel *m_defaultHint = nullptr;
    QComboBox *m_carrierCombo = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_street1 = nullptr;
    QLineEdit *m_street2 = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_country = nullptr;
    QLabel *m_countryStatus = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailStatus = nullptr;
    QLabel *m_messageLabel = nullptr;

    // Every statement runs here, one at a time; last, so it is destroyed first.
    DatabaseWorker m_worker{QStringLiteral("accounts-worker")};
};

} // namespace Packbench
