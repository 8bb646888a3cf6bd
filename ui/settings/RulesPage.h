#pragma once

#include "core/domain/Account.h"
#include "core/rules/Rule.h"
#include "core/storage/RuleRepository.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/SettingsPage.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Packbench {

class ConditionRow;
class Database;

// Settings > Rules: the ordered "if ... then ..." rules, an editor for one rule, and Apply rules now.
//
// Rules run on every new shipment as it is imported, and on demand (Apply rules now, over the shipments still to ship
// or on hold).
//
// Saving follows the dialog's Apply/OK, as the Integrations and Accounts pages do: the rule in the editor is saved by
// Apply or OK (Cancel throws it away), and also by the editor's own Add rule / Save rule button, since writing several
// rules in a row is the usual task and each should land in the list before the next is started. Reordering and
// removing act on the saved list at once, as removing a store does.
//
// Every read and write runs on a worker thread with its own database connection, one after the other: the rules and
// accounts, the tags in use (every shipment's tags), a save, a move or a removal, and Apply rules now (every open
// shipment). A read keeps what the page shows until its answer, and never replaces a rule being edited; a write
// disables the list and the editor until it is done. While the rules are applied, the page writes nothing.
class RulesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit RulesPage(Database &database, QWidget *parent = nullptr);
    ~RulesPage() override;

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    // The rule in the editor (a new one has its id before it is saved), or a null id.
    QUuid currentRuleId() const { return m_currentId; }
    bool isApplying() const { return m_applying; }
    // The rules and accounts are being read, or a save, a move or a removal runs.
    bool isBusy() const { return m_busy != Busy::No || m_listsRequest != m_listsAnswered; }
    // The tags in use are being read (the Tag values offered fill in when they arrive).
    bool isLoadingOptions() const { return m_loadingOptions; }

    // The editor's conditions, for tests and for the keyboard order.
    int conditionCount() const;
    QComboBox *conditionField(int row) const;
    QComboBox *conditionOperator(int row) const;
    // The widget that holds the value for the row's field (an editable combo box, a combo box or a line edit).
    QWidget *conditionValue(int row) const;
    QString conditionMessage(int row) const;
    QString nameMessage() const;
    QString actionMessage() const;
    // The last result or failure shown below the editor, and the result of Apply rules now.
    QString message() const;
    QString applyResult() const;

    // A description of a rule as the list shows it: "If tag = 2 then account Kids Warehouse".
    QString describe(const Rule &rule) const;

public Q_SLOTS:
    // Fills the editor with a new rule ready to save: Tag = the storefront tag and an account that go together (see
    // pickDefaults), its name following what it does ("Tag 2 → Kids Warehouse") until the user names it.
    void newRule();
    void removeRule();
    void moveUp();
    void moveDown();
    void discardChanges();
    void addCondition();
    // Runs the rules over the shipments still to ship or on hold, on the worker thread.
    void applyRulesNow();

Q_SIGNALS:
    void rulesChanged();
    // The rules and accounts read by load() or on show are in the list.
    void rulesLoaded();
    void optionsLoaded();
    void applyFinished(bool ok);
    // Apply rules now changed the account, rule or tags of some shipments.
    void shipmentsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Busy
    {
        No,
        Saving,
        Moving,
        Removing
    };
    // The rules and the accounts they route to, as the worker read them.
    struct Lists
    {
        QList<Rule> rules;
        QList<Account> accounts;
        QString error;
    };
    // What a write hands back: its outcome, then the lists as they are after it.
    struct Result
    {
        RuleRepository::Outcome outcome = RuleRepository::Outcome::Ok;
        QString error;
        Lists lists;
    };
    using Job = std::function<Result(Database &)>;

    // What the worker reads for the Tag and Store values.
    struct Options
    {
        QStringList tags;                        // in use on shipments
        QMap<QString, QStringList> channelNames; // channel id (as a tag) -> the storefront names the stores give it
        QSet<QString> taggedChannels;            // channel ids of stores that import them as tags
        QSet<QString> defaultChannels;           // each store's default channel (usually 1, the main storefront)
        QStringList storeNames;
        QString error;
    };
    struct TagOption
    {
        QString tag;
        QString label; // "2 — Kids"
        bool storefront = false;
    };

    static Lists readLists(Database &database);
    // Reads the rules and accounts on the worker; a newer request drops the answer of an older one.
    void requestLists();
    void listsRead(quint64 request, const Lists &lists);
    // Runs `job` on the worker with the list and the editor disabled, reads the lists after it, then calls `done`.
    void runWrite(Busy busy, Job job, std::function<void(const Result &)> done);
    void saved(const Rule &rule, bool added, const Result &result);
    void setAccounts(const QList<Account> &accounts);
    // The list from m_rules with `select` chosen, and that rule in the editor (whatever it held).
    void showRules(const QUuid &select);
    // The list from m_rules, the rule being edited (if saved) selected; the editor stays as it is.
    void fillList();
    void requestOptions();
    void setOptions(const Options &options);
    void applyPendingDefaults();
    void rebuildTagOptions();
    void showRule(const Rule &rule);
    void clearConditions();
    ConditionRow *appendCondition(const RuleCondition &condition);
    void removeCondition(ConditionRow *row);
    void setActionValue(RuleAction action, const QString &value);
    QString actionValue() const;
    RuleAction currentAction() const;
    void pickDefaults(QString *tag, QUuid *accountId) const;
    QString autoName() const;
    void editorChanged();
    void setEdited(bool edited);
    void updateControls();
    void updateTabOrder();
    void showMessage(const QString &text, bool error);
    void setNameProblem(const QString &problem);
    void setActionProblem(const QString &problem);
    // Checks the editor, shows each problem beside its field; the rule when all is well.
    bool ruleFromEditor(Rule *rule);
    int currentRow() const;
    void moveCurrent(int delta);

    Database &m_database;
    QList<Rule> m_rules;
    QList<Account> m_accounts;
    QList<TagOption> m_tagOptions;
    Options m_options;
    QUuid m_currentId;
    bool m_isNew = false;
    bool m_edited = false;
    bool m_loading = false;
    bool m_nameFollows = false;     // the name is made from the rule until the user types one
    bool m_defaultsPending = false; // a new rule waits for the tags in use to pick its Tag value
    bool m_applying = false;
    bool m_loadingOptions = false;
    bool m_optionsAgain = false;
    Busy m_busy = Busy::No;
    quint64 m_listsRequest = 0;  // bumped by every read of the lists: an older read's answer is dropped
    quint64 m_listsAnswered = 0; // the last request whose answer is in
    QString m_nameProblem;
    QString m_actionProblem;

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_editorArea = nullptr;
    QGroupBox *m_editorBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameStatus = nullptr;
    QLabel *m_ifLabel = nullptr;
    QVBoxLayout *m_conditionsLayout = nullptr;
    QList<ConditionRow *> m_rows;
    QPushButton *m_addConditionButton = nullptr;
    QComboBox *m_action = nullptr;
    QStackedWidget *m_actionStack = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QComboBox *m_tagCombo = nullptr;
    QLabel *m_actionStatus = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_applyLabel = nullptr;

    // Every statement runs here, one at a time; last, so it is destroyed first.
    DatabaseWorker m_worker{QStringLiteral("rules-worker")};
};

} // namespace Packbench
