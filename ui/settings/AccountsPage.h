#pragma once

#include "core/domain/Account.h"
#include "core/shipping/Carrier.h"
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
// The list and the form are a few rows, read and written on the GUI thread. Removing an account moves its shipments
// and runs the rules over the open ones, and counting them first reads the whole shipments table: both run on a
// worker thread with its own database connection, the page's controls disabled meanwhile.
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
    // Counting or removing runs on the worker thread.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Shows an empty form for a new account (saved by Apply or OK).
    void addAccount();
    // Asks once, saying how many shipments move back to Default and which rules go, then removes the account.
    void removeAccount();
    void discardChanges();
    // Reads the carriers an account can choose again (Settings > Carriers changed them); the choice in the form stays.
    void reloadCarriers();

Q_SIGNALS:
    // Accounts were added, renamed or removed (rules and shipments may have changed with a removal).
    void accountsChanged();
    // removeAccount() is done: removed (true), or cancelled or failed (false, message() says why when it failed).
    void removalFinished(bool removed);

private:
    struct Counted
    {
        int shipments = 0;
        QStringList rules;
        QString error;
    };

    void reloadList(const QUuid &select);
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
    void askAndRemove(const Account &account, const Counted &counted);

    Database &m_database;
    QList<Account> m_accounts;
    QList<Carrier> m_carriers;
    QUuid m_currentId;
    bool m_isNew = false;
    bool m_edited = false;
    bool m_busy = false;
    bool m_loading = false;
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

    // The slow statements run here, one at a time; last, so it is destroyed first.
    DatabaseWorker m_worker{QStringLiteral("accounts-worker")};
};

} // namespace Packbench
