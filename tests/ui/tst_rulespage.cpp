// Settings > Rules driven like a user: the two clicks that make "If Tag = 2, assign to account Kids Warehouse",
// reordering, removing, the messages beside a wrong value, and Apply rules now. A real profile (SQLite and
// PostgreSQL) with a store whose storefronts are Main (1) and Kids (2), and shipments imported with their channel id
// as a tag.
#include "core/storage/AccountRepository.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/TestStation.h"
#include "ui/WheelGuard.h"
#include "ui/settings/RulesPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Packbench;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A store that imports its storefronts' channel ids as tags: Main (1) and Kids (2).
StoreConfig seedStore(Database &db)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main shop");
    store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
    store.storeHash = QStringLiteral("abc123");
    store.clientId = QStringLiteral("client-1");
    store.channelTags = true;
    QString error;
    if (StoreRepository(db).insert(store, &error) != StoreRepository::Outcome::Ok)
        qFatal("store: %s", qPrintable(error));
    if (!StoreRepository(db).saveChannels(store.id, {{1, QStringLiteral("Main")}, {2, QStringLiteral("Kids")}}, &error))
        qFatal("channels: %s", qPrintable(error));
    return store;
}

// Imports one to-ship order per channel id given, as an import does (tagged with the channel id; rules applied).
QStringList importOrders(Database &db, const StoreConfig &store, const QList<int> &channels)
{
    QList<ImportedOrder> orders;
    QStringList keys;
    qint64 orderId = 100;
    for (int channel : channels) {
        ImportedOrder order;
        order.orderId = ++orderId;
        order.statusId = 11; // Awaiting Fulfillment: to ship
        order.channelId = channel;
        order.billing.firstName = QStringLiteral("Ada");
        Shipment shipment;
        shipment.consignmentId = order.orderId * 10;
        shipment.address.firstName = QStringLiteral("Ada");
        shipment.address.countryIso2 = QStringLiteral("NZ");
        LineItem item;
        item.orderProductId = order.orderId * 100;
        item.sku = QStringLiteral("MUG-1");
        item.quantity = 1;
        shipment.items.append(item);
        order.shipments.append(shipment);
        orders.append(order);
        keys.append(ShipmentRepository::shipmentKey(store.id, order.orderId, shipment));
    }
    PageWriteResult written;
    QString error;
    if (!ShipmentRepository(db).writePage(store, SyncScope::import(), orders, {}, &written, &error))
        qFatal("import: %s", qPrintable(error));
    return keys;
}

Account addAccount(Database &db, const QString &name)
{
    Account account;
    account.id = QUuid::createUuid();
    account.name = name;
    QString error;
    if (AccountRepository(db).add(account, &error) != AccountRepository::Outcome::Ok)
        qFatal("account: %s", qPrintable(error));
    return account;
}

void addRule(Database &db, const QString &name, const QString &condition, RuleAction action, const QString &value)
{
    Rule rule;
    rule.id = QUuid::createUuid();
    rule.name = name;
    RuleCondition parsed;
    QString error;
    if (!RuleCondition::parse(condition, &parsed, &error))
        qFatal("condition: %s", qPrintable(error));
    rule.conditions.append(parsed);
    rule.action = action;
    rule.actionValue = value;
    if (RuleRepository(db).add(rule, 0, &error) != RuleRepository::Outcome::Ok)
        qFatal("rule: %s", qPrintable(error));
}

QStringList ruleNames(Database &db)
{
    QStringList names;
    const QList<Rule> rules = RuleRepository(db).list();
    for (const Rule &rule : rules)
        names.append(rule.name);
    return names;
}

QString accountOf(Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT account_id FROM shipments WHERE shipment_key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Where the user types a condition's value: the line edit, or the line edit of an editable combo box.
QWidget *valueInput(RulesPage *page, int row)
{
    QWidget *value = page->conditionValue(row);
    if (auto *combo = qobject_cast<QComboBox *>(value); combo && combo->isEditable())
        return combo->lineEdit();
    return value;
}

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void click(QWidget *root, const char *buttonName)
{
    QPushButton *button = child<QPushButton>(root, buttonName);
    QVERIFY2(button->isEnabled(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a button that writes (Add rule, Save rule, Move, Remove), then waits for the worker thread's answer.
void clickAndWait(QWidget *root, const char *buttonName)
{
    click(root, buttonName);
    auto *page = root->findChild<RulesPage *>();
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy(); }, 20000));
}

// What the test itself reads or writes on the GUI thread is not counted against the page.
struct Unwatched
{
    explicit Unwatched(Database &db)
        : database(db)
    {
        database.watchGuiThread(false);
    }
    ~Unwatched() { database.watchGuiThread(true); }
    Database &database;
};

// Answers the next modal question (it is opened from inside a click, so the answer is queued first).
void answerQuestion(const char *objectName, QMessageBox::ButtonRole role, QString *text)
{
    // A timer that keeps looking: the question may come from a queued answer of the worker thread, inside any event
    // loop, and its own loop is where the answer must be given.
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, role, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        QCOMPARE(box->objectName(), QString::fromLatin1(objectName));
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        QFAIL("no such button");
    });
    timer->start();
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT
private:
    // The dialog on the Rules page, shown, with the tags in use read.
    static RulesPage *openRules(SettingsDialog &dialog)
    {
        dialog.showPage(SettingsDialog::Page::Rules);
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog))
            qFatal("the dialog is not shown");
        auto *page = dialog.findChild<RulesPage *>();
        if (!QTest::qWaitFor([page] { return !page->isLoadingOptions() && !page->isBusy(); }))
            qFatal("the rules and the tags in use never came");
        return page;
    }

private Q_SLOTS:
    void initTestCase() { WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void pageIsRegisteredAfterAccounts()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.showPage(SettingsDialog::Page::Rules);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Rules);
        auto *list = child<QListWidget>(&dialog, "settingsPageList");
        QCOMPARE(list->item(static_cast<int>(SettingsDialog::Page::Rules))->text(), QStringLiteral("Rules"));
        QVERIFY(dialog.findChild<RulesPage *>()->isVisibleTo(&dialog));
        // An empty profile: the page says what a rule is and how to start one.
        QVERIFY(child<QLabel>(&dialog, "noRulesLabel")->isVisibleTo(&dialog));
        QVERIFY(child<QLabel>(&dialog, "rulesIntroLabel")->text().contains(QStringLiteral("imported")));
        QVERIFY(child<QLabel>(&dialog, "rulesIntroLabel")->text().contains(QStringLiteral("Apply rules now")));
    }

    // The seeds' example, "If Tag = 2, assign to account Kids Warehouse": New rule, Add rule.
    void twoClicksMakeTheKidsWarehouseRule_data() { TestDatabase::addBackendRows(); }
    void twoClicksMakeTheKidsWarehouseRule()
    {
        OPEN_TEST_STATION();
        const StoreConfig store = seedStore(*station.database);
        importOrders(*station.database, store, {1, 2, 2});
        const Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);

        click(&dialog, "newRuleButton");
        // The storefront's name beside its id.
        QCOMPARE(qobject_cast<QComboBox *>(page->conditionValue(0))->currentText(), QStringLiteral("2 — Kids"));
        clickAndWait(&dialog, "saveRuleButton");

        const QList<Rule> rules = RuleRepository(*station.database).list();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().conditions.size(), 1);
        QCOMPARE(rules.first().conditions.first().toText(), QStringLiteral("tag=2"));
        QCOMPARE(rules.first().action, RuleAction::Account);
        QCOMPARE(rules.first().actionValue, idText(kids.id));
        QCOMPARE(rules.first().name, QStringLiteral("Tag 2 → Kids Warehouse"));
        QVERIFY(!page->isModified());
        auto *list = child<QListWidget>(&dialog, "ruleList");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("If tag = 2 then account Kids Warehouse")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(page->message().contains(QStringLiteral("applies to shipments imported from now on")));
    }

    // Clicked before the tags in use were read, New rule still ends up with the Kids storefront's tag.
    void newRuleBeforeTheTagsArriveGetsThemLater_data() { TestDatabase::addBackendRows(); }
    void newRuleBeforeTheTagsArriveGetsThemLater()
    {
        OPEN_TEST_STATION();
        const StoreConfig store = seedStore(*station.database);
        importOrders(*station.database, store, {1, 2});
        const Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.showPage(SettingsDialog::Page::Rules);
        dialog.show(); // a hidden dialog's buttons are not laid out to be clicked
        auto *page = dialog.findChild<RulesPage *>();
        QVERIFY(page->isLoadingOptions());
        page->newRule();
        QTRY_VERIFY(!page->isLoadingOptions());
        clickAndWait(&dialog, "saveRuleButton");
        const QList<Rule> rules = RuleRepository(*station.database).list();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().conditions.first().toText(), QStringLiteral("tag=2"));
        QCOMPARE(rules.first().actionValue, idText(kids.id));
    }

    // With Kids routed already, the next new rule offers what no rule covers yet.
    void aSecondNewRuleOffersWhatIsNotCoveredYet_data() { TestDatabase::addBackendRows(); }
    void aSecondNewRuleOffersWhatIsNotCoveredYet()
    {
        OPEN_TEST_STATION();
        const StoreConfig store = seedStore(*station.database);
        importOrders(*station.database, store, {1, 2});
        const Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        const Account depot = addAccount(*station.database, QStringLiteral("Auckland Depot"));
        addRule(*station.database, QStringLiteral("Kids"), QStringLiteral("tag=2"), RuleAction::Account,
                idText(kids.id));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        click(&dialog, "newRuleButton");
        QCOMPARE(child<QComboBox>(&dialog, "ruleAccountCombo")->currentText(), QStringLiteral("Auckland Depot"));
        QCOMPARE(qobject_cast<QComboBox *>(page->conditionValue(0))->currentText(), QStringLiteral("1 — Main"));
        clickAndWait(&dialog, "saveRuleButton");
        QCOMPARE(ruleNames(*station.database),
                 QStringList({QStringLiteral("Kids"), QStringLiteral("Tag 1 → Auckland Depot")}));
        QCOMPARE(RuleRepository(*station.database).list().last().actionValue, idText(depot.id));
    }

    void operatorsFollowTheField()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        click(&dialog, "newRuleButton");
        auto operators = [page] {
            QStringList names;
            for (int i = 0; i < page->conditionOperator(0)->count(); ++i)
                names.append(page->conditionOperator(0)->itemText(i));
            return names;
        };
        QCOMPARE(operators(),
                 QStringList({QStringLiteral("is"), QStringLiteral("is not"), QStringLiteral("contains")}));
        QComboBox *field = page->conditionField(0);
        field->setCurrentIndex(field->findText(QStringLiteral("Weight")));
        QVERIFY(operators().contains(QStringLiteral("is at least")));
        QVERIFY(!operators().contains(QStringLiteral("contains")));
        QVERIFY(qobject_cast<QLineEdit *>(page->conditionValue(0)));
        field->setCurrentIndex(field->findText(QStringLiteral("ATL")));
        QCOMPARE(operators(), QStringList({QStringLiteral("is"), QStringLiteral("is not")}));
        auto *atl = qobject_cast<QComboBox *>(page->conditionValue(0));
        QVERIFY(atl && !atl->isEditable());
        // The generated name follows.
        QVERIFY2(child<QLineEdit>(&dialog, "ruleNameEdit")->text().startsWith(QStringLiteral("ATL Authority to leave")),
                 qPrintable(child<QLineEdit>(&dialog, "ruleNameEdit")->text()));
    }

    void wrongValuesAreShownBesideTheirField()
    {
        TestStation station;
        addRule(*station.database, QStringLiteral("Heavy"), QStringLiteral("weight>5"), RuleAction::Tag,
                QStringLiteral("heavy"));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        click(&dialog, "newRuleButton");
        QComboBox *field = page->conditionField(0);
        field->setCurrentIndex(field->findText(QStringLiteral("Country")));
        QTest::keyClicks(page->conditionValue(0), QStringLiteral("NZL"));
        click(&dialog, "addConditionButton");
        QCOMPARE(page->conditionCount(), 2);
        page->conditionField(1)->setCurrentIndex(page->conditionField(1)->findText(QStringLiteral("Weight")));
        QTest::keyClicks(page->conditionValue(1), QStringLiteral("heavy"));
        auto *name = child<QLineEdit>(&dialog, "ruleNameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("HEAVY"));
        click(&dialog, "saveRuleButton");

        QVERIFY2(page->conditionMessage(0).contains(QStringLiteral("two-letter country code")),
                 qPrintable(page->conditionMessage(0)));
        QVERIFY2(page->conditionMessage(1).contains(QStringLiteral("weight takes a number")),
                 qPrintable(page->conditionMessage(1)));
        QCOMPARE(page->nameMessage(), QStringLiteral("A rule named \"HEAVY\" already exists."));
        QCOMPARE(ruleNames(*station.database), QStringList{QStringLiteral("Heavy")});
        QVERIFY(page->isModified());
        // The focus is on the first field to correct.
        QCOMPARE(QApplication::focusWidget(), name);

        // Corrected, each message goes; a decimal comma is read as a point.
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Heavy to NZ"));
        QVERIFY(page->nameMessage().isEmpty());
        qobject_cast<QLineEdit *>(page->conditionValue(0))->clear();
        QTest::keyClicks(page->conditionValue(0), QStringLiteral("nz"));
        QVERIFY(page->conditionMessage(0).isEmpty());
        qobject_cast<QLineEdit *>(page->conditionValue(1))->clear();
        QTest::keyClicks(page->conditionValue(1), QStringLiteral("2,5"));
        clickAndWait(&dialog, "saveRuleButton");
        const std::optional<Rule> saved = RuleRepository(*station.database).findByName(QStringLiteral("Heavy to NZ"));
        QVERIFY(saved);
        QCOMPARE(saved->conditions.size(), 2);
        QCOMPARE(saved->conditions.at(0).toText(), QStringLiteral("country=NZ"));
        QCOMPARE(saved->conditions.at(1).toText(), QStringLiteral("weight>2.5"));
    }

    void removingAConditionTakesItOut()
    {
        TestStation station;
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        click(&dialog, "newRuleButton");
        click(&dialog, "addConditionButton");
        page->conditionField(1)->setCurrentIndex(page->conditionField(1)->findText(QStringLiteral("Country")));
        QTest::keyClicks(page->conditionValue(1), QStringLiteral("AU"));
        // The first condition (a tag, none in use yet) goes.
        const QList<QToolButton *> removeButtons =
            page->findChildren<QToolButton *>(QStringLiteral("removeConditionButton"));
        QVERIFY(!removeButtons.isEmpty());
        QTest::mouseClick(removeButtons.first(), Qt::LeftButton);
        QCOMPARE(page->conditionCount(), 1);
        QCOMPARE(page->conditionField(0)->currentText(), QStringLiteral("Country"));
        QCOMPARE(child<QLineEdit>(&dialog, "ruleNameEdit")->text(), QStringLiteral("Country AU → Kids Warehouse"));
        clickAndWait(&dialog, "saveRuleButton");
        const QList<Rule> rules = RuleRepository(*station.database).list();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().conditions.size(), 1);
        QCOMPARE(rules.first().conditions.first().toText(), QStringLiteral("country=AU"));
    }

    void reorderAndRemove_data() { TestDatabase::addBackendRows(); }
    void reorderAndRemove()
    {
        OPEN_TEST_STATION();
        for (const char *name : {"First", "Second", "Third"})
            addRule(*station.database, QString::fromLatin1(name), QStringLiteral("sku~MUG"), RuleAction::Tag,
                    QString::fromLatin1(name).toLower());
        SettingsDialog dialog(station.profile, *station.stores);
        openRules(dialog);
        auto *list = child<QListWidget>(&dialog, "ruleList");
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("1. First")));
        // The first rule cannot go further up.
        QVERIFY(!child<QPushButton>(&dialog, "moveRuleUpButton")->isEnabled());

        list->setCurrentRow(2);
        clickAndWait(&dialog, "moveRuleUpButton");
        QCOMPARE(ruleNames(*station.database),
                 QStringList({QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")}));
        QCOMPARE(list->currentRow(), 1); // the moved rule stays selected
        clickAndWait(&dialog, "moveRuleUpButton");
        QCOMPARE(ruleNames(*station.database),
                 QStringList({QStringLiteral("Third"), QStringLiteral("First"), QStringLiteral("Second")}));
        QVERIFY(!child<QPushButton>(&dialog, "moveRuleUpButton")->isEnabled());
        // The button pressed is disabled at the top: the list has the focus.
        QCOMPARE(QApplication::focusWidget(), list);
        clickAndWait(&dialog, "moveRuleDownButton");
        QCOMPARE(ruleNames(*station.database),
                 QStringList({QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")}));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("2. Third")));

        // Remove asks first; Cancel keeps the rule.
        QString question;
        answerQuestion("removeRuleQuestion", QMessageBox::RejectRole, &question);
        click(&dialog, "removeRuleButton");
        QVERIFY2(question.contains(QStringLiteral("Remove the rule \"Third\"?")), qPrintable(question));
        QCOMPARE(ruleNames(*station.database).size(), 3);
        answerQuestion("removeRuleQuestion", QMessageBox::AcceptRole, &question);
        clickAndWait(&dialog, "removeRuleButton");
        QCOMPARE(ruleNames(*station.database), QStringList({QStringLiteral("First"), QStringLiteral("Second")}));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("2. Second")));
    }

    void editingLocksTheListUntilSavedOrDiscarded()
    {
        TestStation station;
        addRule(*station.database, QStringLiteral("Fragile"), QStringLiteral("sku~GLASS"), RuleAction::Tag,
                QStringLiteral("fragile"));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        auto *name = child<QLineEdit>(&dialog, "ruleNameEdit");
        QCOMPARE(name->text(), QStringLiteral("Fragile"));
        QTest::keyClicks(name, QStringLiteral(" items"));
        QVERIFY(page->isModified());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!child<QListWidget>(&dialog, "ruleList")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "newRuleButton")->isEnabled());
        click(&dialog, "discardRuleButton");
        QCOMPARE(name->text(), QStringLiteral("Fragile"));
        QVERIFY(!page->isModified());

        // The dialog's Apply saves the rule being edited too.
        QTest::keyClicks(name, QStringLiteral(" items"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(applied.size(), 1);
        QVERIFY(applied.first().first().toBool());
        QCOMPARE(ruleNames(*station.database), QStringList{QStringLiteral("Fragile items")});
    }

    // Enter is OK: it saves the rule being edited and closes the dialog.
    void enterSaves()
    {
        TestStation station;
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        click(&dialog, "newRuleButton");
        QTest::keyClicks(valueInput(page, 0), QStringLiteral("wholesale"));
        auto *name = child<QLineEdit>(&dialog, "ruleNameEdit");
        QCOMPARE(name->text(), QStringLiteral("Tag wholesale → Kids Warehouse"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ruleNames(*station.database), QStringList{QStringLiteral("Tag wholesale → Kids Warehouse")});
    }

    void applyRulesNowRunsOffTheGuiThreadAndSaysWhatChanged_data() { TestDatabase::addBackendRows(); }
    void applyRulesNowRunsOffTheGuiThreadAndSaysWhatChanged()
    {
        OPEN_TEST_STATION();
        const StoreConfig store = seedStore(*station.database);
        // Imported before any rule: all in Default.
        const QStringList keys = importOrders(*station.database, store, {1, 2, 2});
        const Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        addRule(*station.database, QStringLiteral("Kids"), QStringLiteral("tag=2"), RuleAction::Account,
                idText(kids.id));
        QCOMPARE(accountOf(*station.database, keys.at(1)), idText(Account::defaultId()));

        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        QSignalSpy finished(page, &RulesPage::applyFinished);
        QSignalSpy shipmentsChanged(page, &RulesPage::shipmentsChanged);
        // Another writer holds the database (PostgreSQL: the shipments table), on the GUI thread's own connection. The
        // rules run on the worker thread with a connection of its own, which waits for the lock; on the GUI thread
        // they would fail (a transaction is open on its connection) or hang the window.
        QSqlQuery lock(station.database->connection());
        if (backend == TestDatabase::Backend::SQLite) {
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        } else {
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY(lock.exec(QStringLiteral("LOCK TABLE shipments IN EXCLUSIVE MODE")));
        }
        click(&dialog, "applyRulesButton");
        QTest::qWait(300);
        QVERIFY(page->isApplying());
        QVERIFY(!child<QPushButton>(&dialog, "applyRulesButton")->isEnabled());
        QVERIFY(page->applyResult().startsWith(QStringLiteral("Applying")));
        QVERIFY(finished.isEmpty());
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(page->applyResult(), QStringLiteral("3 shipments looked at, 2 changed."));
        QVERIFY(child<QPushButton>(&dialog, "applyRulesButton")->isEnabled());
        QCOMPARE(shipmentsChanged.size(), 1);
        QCOMPARE(accountOf(*station.database, keys.at(0)), idText(Account::defaultId()));
        QCOMPARE(accountOf(*station.database, keys.at(1)), idText(kids.id));
        QCOMPARE(accountOf(*station.database, keys.at(2)), idText(kids.id));

        // Again: nothing left to change.
        click(&dialog, "applyRulesButton");
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(page->applyResult(), QStringLiteral("3 shipments looked at, 0 changed."));
    }

    // Reading the rules and accounts (on load and whenever the page is shown), adding, moving and removing a rule,
    // Discard and Apply rules now all run on the page's worker thread: the GUI thread never asks the database.
    void theGuiThreadNeverWaitsOnTheDatabase_data() { TestDatabase::addBackendRows(); }
    void theGuiThreadNeverWaitsOnTheDatabase()
    {
        OPEN_TEST_STATION();
        const StoreConfig store = seedStore(*station.database);
        importOrders(*station.database, store, {1, 2, 2});
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        addRule(*station.database, QStringLiteral("Fragile"), QStringLiteral("sku~GLASS"), RuleAction::Tag,
                QStringLiteral("fragile"));
        station.database->watchGuiThread(true);
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        auto *list = child<QListWidget>(&dialog, "ruleList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(child<QComboBox>(&dialog, "ruleAccountCombo")->count(), 2);

        click(&dialog, "newRuleButton");
        clickAndWait(&dialog, "saveRuleButton");
        QCOMPARE(list->count(), 2);
        QVERIFY(page->message().contains(QStringLiteral("added at position 2")));
        clickAndWait(&dialog, "moveRuleUpButton");
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("1. Tag 2 → Kids Warehouse")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "ruleNameEdit"), QStringLiteral(" (all)"));
        click(&dialog, "discardRuleButton");
        QCOMPARE(child<QLineEdit>(&dialog, "ruleNameEdit")->text(), QStringLiteral("Tag 2 → Kids Warehouse"));
        QTRY_VERIFY(!page->isBusy());

        // Shown again (another page in between): read again, a new account offered.
        {
            const Unwatched unwatched(*station.database);
            addAccount(*station.database, QStringLiteral("Auckland Depot"));
        }
        dialog.showPage(SettingsDialog::Page::Accounts);
        dialog.showPage(SettingsDialog::Page::Rules);
        QTRY_COMPARE(child<QComboBox>(&dialog, "ruleAccountCombo")->count(), 3);

        QSignalSpy applied(page, &RulesPage::applyFinished);
        click(&dialog, "applyRulesButton");
        QVERIFY(applied.wait(20000));
        QCOMPARE(page->applyResult(), QStringLiteral("3 shipments looked at, 2 changed."));

        QString question;
        answerQuestion("removeRuleQuestion", QMessageBox::AcceptRole, &question);
        clickAndWait(&dialog, "removeRuleButton");
        QCOMPARE(list->count(), 1);
        QVERIFY(page->message().contains(QStringLiteral("removed")));

        QCOMPARE(station.database->guiThreadUses(), 0);
        station.database->watchGuiThread(false);
        QCOMPARE(ruleNames(*station.database), QStringList{QStringLiteral("Fragile")});
    }

    void applyRulesNowWithNothingToShip_data() { TestDatabase::addBackendRows(); }
    void applyRulesNowWithNothingToShip()
    {
        OPEN_TEST_STATION();
        SettingsDialog dialog(station.profile, *station.stores);
        RulesPage *page = openRules(dialog);
        QSignalSpy finished(page, &RulesPage::applyFinished);
        click(&dialog, "applyRulesButton");
        QVERIFY(finished.wait(20000));
        QVERIFY(page->applyResult().startsWith(QStringLiteral("No shipment is waiting to ship")));
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
