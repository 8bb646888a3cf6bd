// Settings > Accounts driven like a user: add, rename and remove sending accounts (the Default one cannot go), the
// messages beside a name already taken or a wrong country code, and the question that says what a removal moves.
// A real profile on SQLite and on PostgreSQL; the shipments are written as an import writes them.
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/TestStation.h"
#include "ui/WheelGuard.h"
#include "ui/settings/AccountsPage.h"
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

using namespace Packbench;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A store whose shipments are tagged with their storefront's channel id, and one to-ship shipment per channel given.
QStringList importShipments(Database &db, const QList<int> &channels)
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
    QList<ImportedOrder> orders;
    QStringList keys;
    qint64 orderId = 500;
    for (int channel : channels) {
        ImportedOrder order;
        order.orderId = ++orderId;
        order.statusId = 11;
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

QStringList accountNames(Database &db)
{
    QStringList names;
    const QList<Account> accounts = AccountRepository(db).list();
    for (const Account &account : accounts)
        names.append(account.name);
    return names;
}

QString accountOf(Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT account_id FROM shipments WHERE shipment_key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
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

void typeInto(QWidget *root, const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(root, editName);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *applyButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
}

// Clicks Apply and says whether everything saved.
bool apply(SettingsDialog &dialog)
{
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(applyButton(dialog), Qt::LeftButton);
    if (applied.isEmpty() && !applied.wait(20000))
        qFatal("Apply never finished");
    return applied.constFirst().constFirst().toBool();
}

void selectAccount(SettingsDialog &dialog, const QString &name)
{
    auto *list = child<QListWidget>(&dialog, "accountList");
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items.first());
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

// Answers the next modal question, which comes once the worker has counted what the removal moves.
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

class TestAccountsPage : public QObject
{
    Q_OBJECT
private:
    // The dialog on the Accounts page, shown, with the accounts read (on the page's worker thread).
    static AccountsPage *openAccounts(SettingsDialog &dialog)
    {
        dialog.showPage(SettingsDialog::Page::Accounts);
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog))
            qFatal("the dialog is not shown");
        auto *page = dialog.findChild<AccountsPage *>();
        if (!QTest::qWaitFor([page] { return !page->isBusy(); }))
            qFatal("the accounts never came");
        return page;
    }

private Q_SLOTS:
    void initTestCase() { WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void defaultComesFirstAndCannotBeRemoved_data() { TestDatabase::addBackendRows(); }
    void defaultComesFirstAndCannotBeRemoved()
    {
        OPEN_TEST_STATION();
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Accounts);
        auto *list = child<QListWidget>(&dialog, "accountList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Default"));
        QCOMPARE(page->currentAccountId(), Account::defaultId());
        auto *remove = child<QPushButton>(&dialog, "removeAccountButton");
        QVERIFY(!remove->isEnabled());
        // Disabled, and says why (a tooltip shows on a disabled button, and the page says it under the name).
        QVERIFY2(remove->toolTip().contains(QStringLiteral("Default account cannot be removed")),
                 qPrintable(remove->toolTip()));
        QVERIFY(child<QLabel>(&dialog, "accountNameStatus")->text().contains(QStringLiteral("cannot be removed")));
        selectAccount(dialog, QStringLiteral("Kids Warehouse"));
        QVERIFY(remove->isEnabled());
        selectAccount(dialog, QStringLiteral("Default"));
        QVERIFY(!remove->isEnabled());
    }

    void addAnAccountWithItsSenderAddress_data() { TestDatabase::addBackendRows(); }
    void addAnAccountWithItsSenderAddress()
    {
        OPEN_TEST_STATION();
        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        QVERIFY(!applyButton(dialog)->isEnabled());
        click(&dialog, "addAccountButton");
        QVERIFY(page->isModified());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "accountNameEdit"));
        QVERIFY(!child<QListWidget>(&dialog, "accountList")->isEnabled()); // one account at a time
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Kids Warehouse"));
        typeInto(&dialog, "senderNameEdit", QStringLiteral("Dispatch"));
        typeInto(&dialog, "senderCompanyEdit", QStringLiteral("Kids Ltd"));
        typeInto(&dialog, "senderStreet1Edit", QStringLiteral("1 Queen St"));
        typeInto(&dialog, "senderCityEdit", QStringLiteral("Auckland"));
        typeInto(&dialog, "senderZipEdit", QStringLiteral("1010"));
        typeInto(&dialog, "senderCountryEdit", QStringLiteral("nz"));
        typeInto(&dialog, "senderPhoneEdit", QStringLiteral("+64 9 000 0000"));
        typeInto(&dialog, "senderEmailEdit", QStringLiteral("dispatch@kids.example"));
        QVERIFY(apply(dialog));

        const std::optional<Account> saved =
            AccountRepository(*station.database).findByName(QStringLiteral("Kids Warehouse"));
        QVERIFY(saved);
        QCOMPARE(saved->sender.name, QStringLiteral("Dispatch"));
        QCOMPARE(saved->sender.company, QStringLiteral("Kids Ltd"));
        QCOMPARE(saved->sender.street1, QStringLiteral("1 Queen St"));
        QCOMPARE(saved->sender.city, QStringLiteral("Auckland"));
        QCOMPARE(saved->sender.zip, QStringLiteral("1010"));
        QCOMPARE(saved->sender.countryIso2, QStringLiteral("NZ"));
        QCOMPARE(saved->sender.email, QStringLiteral("dispatch@kids.example"));
        QVERIFY(!page->isModified());
        QCOMPARE(page->currentAccountId(), saved->id);
        QCOMPARE(child<QListWidget>(&dialog, "accountList")->currentItem()->text(), QStringLiteral("Kids Warehouse"));
        QVERIFY(page->message().contains(QStringLiteral("added")));
    }

    void renameAnAccount_data() { TestDatabase::addBackendRows(); }
    void renameAnAccount()
    {
        OPEN_TEST_STATION();
        const Account kids = addAccount(*station.database, QStringLiteral("Kids"));
        SettingsDialog dialog(station.profile, *station.stores);
        openAccounts(dialog);
        selectAccount(dialog, QStringLiteral("Kids"));
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Kids Warehouse"));
        QVERIFY(applyButton(dialog)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "removeAccountButton")->isEnabled()); // one thing at a time
        QVERIFY(apply(dialog));
        QCOMPARE(AccountRepository(*station.database).findById(kids.id)->name, QStringLiteral("Kids Warehouse"));
        QCOMPARE(accountNames(*station.database),
                 QStringList({QStringLiteral("Default"), QStringLiteral("Kids Warehouse")}));
    }

    void nameTakenAndWrongCodesAreShownBesideTheirFields_data() { TestDatabase::addBackendRows(); }
    void nameTakenAndWrongCodesAreShownBesideTheirFields()
    {
        OPEN_TEST_STATION();
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        click(&dialog, "addAccountButton");
        typeInto(&dialog, "accountNameEdit", QStringLiteral("kids warehouse"));
        typeInto(&dialog, "senderCountryEdit", QStringLiteral("NZL"));
        typeInto(&dialog, "senderEmailEdit", QStringLiteral("dispatch"));
        QVERIFY(!apply(dialog));
        QCOMPARE(page->fieldMessage(AccountsPage::Field::Name),
                 QStringLiteral("An account named \"kids warehouse\" already exists."));
        QCOMPARE(child<QLabel>(&dialog, "accountNameStatus")->text(), page->fieldMessage(AccountsPage::Field::Name));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Country).contains(QStringLiteral("two-letter country code")));
        QVERIFY(child<QLabel>(&dialog, "senderCountryStatus")->text().contains(QStringLiteral("two-letter")));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Email).contains(QStringLiteral("not an email address")));
        // Shown beside the fields: the dialog does not repeat it.
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "accountNameEdit"));
        QCOMPARE(accountNames(*station.database).size(), 2);

        // Each message goes as its field is corrected.
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Outlet"));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Name).isEmpty());
        typeInto(&dialog, "senderCountryEdit", QStringLiteral("au"));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Country).isEmpty());
        typeInto(&dialog, "senderEmailEdit", QStringLiteral("dispatch@outlet.example"));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Email).isEmpty());
        QVERIFY(apply(dialog));
        QCOMPARE(AccountRepository(*station.database).findByName(QStringLiteral("Outlet"))->sender.countryIso2,
                 QStringLiteral("AU"));

        // Renaming to a name in use (whatever its case) is refused the same way.
        typeInto(&dialog, "accountNameEdit", QStringLiteral("DEFAULT"));
        QVERIFY(!apply(dialog));
        QVERIFY(page->fieldMessage(AccountsPage::Field::Name).contains(QStringLiteral("already exists")));
    }

    void discardDropsANewAccount()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        click(&dialog, "addAccountButton");
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Temp"));
        click(&dialog, "discardAccountButton");
        QVERIFY(!page->isModified());
        QCOMPARE(page->currentAccountId(), Account::defaultId());
        QCOMPARE(accountNames(*station.database), QStringList{QStringLiteral("Default")});
    }

    // Remove asks once, saying how many shipments move back to Default and which rules go; Cancel keeps it all.
    void removeSaysWhatMovesAndWhichRulesGo_data() { TestDatabase::addBackendRows(); }
    void removeSaysWhatMovesAndWhichRulesGo()
    {
        OPEN_TEST_STATION();
        const QStringList keys = importShipments(*station.database, {1, 2, 2});
        const Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        Rule rule;
        rule.id = QUuid::createUuid();
        rule.name = QStringLiteral("Tag 2 → Kids Warehouse");
        RuleCondition condition;
        QString error;
        QVERIFY(RuleCondition::parse(QStringLiteral("tag=2"), &condition, &error));
        rule.conditions.append(condition);
        rule.action = RuleAction::Account;
        rule.actionValue = idText(kids.id);
        QCOMPARE(RuleRepository(*station.database).add(rule, 0, &error), RuleRepository::Outcome::Ok);
        RuleRepository::ApplyResult applied;
        QVERIFY(RuleRepository(*station.database).apply(std::nullopt, {}, &applied, &error));
        QCOMPARE(accountOf(*station.database, keys.at(1)), idText(kids.id));

        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        QSignalSpy finished(page, &AccountsPage::removalFinished);
        selectAccount(dialog, QStringLiteral("Kids Warehouse"));
        QString question;
        answerQuestion("removeAccountQuestion", QMessageBox::RejectRole, &question);
        click(&dialog, "removeAccountButton");
        // The count runs on the worker thread: the page waits for it, disabled.
        QVERIFY(page->isBusy());
        QVERIFY(!child<QPushButton>(&dialog, "removeAccountButton")->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(question.contains(QStringLiteral("Remove the account \"Kids Warehouse\"?")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("2 shipments in it move back to Default")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("\"Tag 2 → Kids Warehouse\"")), qPrintable(question));
        QCOMPARE(accountNames(*station.database).size(), 2);
        QVERIFY(!page->isBusy());

        // Another writer holds the database (PostgreSQL: the accounts table), on the GUI thread's own connection: the
        // removal waits for it on the worker thread (its own connection), the window meanwhile alive; on the GUI thread
        // it would fail.
        QSqlQuery lock(station.database->connection());
        if (backend == TestDatabase::Backend::SQLite) {
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        } else {
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY(lock.exec(QStringLiteral("LOCK TABLE accounts IN EXCLUSIVE MODE")));
        }
        answerQuestion("removeAccountQuestion", QMessageBox::AcceptRole, &question);
        click(&dialog, "removeAccountButton");
        QTRY_VERIFY(page->message().startsWith(QStringLiteral("Removing")));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QVERIFY(page->isBusy());
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(finished.at(1).first().toBool());
        QCOMPARE(accountNames(*station.database), QStringList{QStringLiteral("Default")});
        QVERIFY(RuleRepository(*station.database).list().isEmpty());
        QCOMPARE(accountOf(*station.database, keys.at(1)), idText(Account::defaultId()));
        QCOMPARE(accountOf(*station.database, keys.at(2)), idText(Account::defaultId()));
        QVERIFY2(page->message().contains(QStringLiteral("2 shipments moved back to Default")),
                 qPrintable(page->message()));
        QVERIFY2(page->message().contains(QStringLiteral("Rule removed: \"Tag 2 → Kids Warehouse\"")),
                 qPrintable(page->message()));
        QCOMPARE(child<QListWidget>(&dialog, "accountList")->count(), 1);
        QCOMPARE(page->currentAccountId(), Account::defaultId());
    }

    // Reading, adding, renaming, discarding and removing accounts all run on the page's worker thread: the GUI thread
    // never asks the database anything (on a server far away each question would freeze the window).
    void theGuiThreadNeverWaitsOnTheDatabase_data() { TestDatabase::addBackendRows(); }
    void theGuiThreadNeverWaitsOnTheDatabase()
    {
        OPEN_TEST_STATION();
        importShipments(*station.database, {1, 2});
        addAccount(*station.database, QStringLiteral("Kids Warehouse"));
        station.database->watchGuiThread(true);
        SettingsDialog dialog(station.profile, *station.stores);
        AccountsPage *page = openAccounts(dialog);
        auto *list = child<QListWidget>(&dialog, "accountList");
        QCOMPARE(list->count(), 2);
        // While the first read is on its way the page says nothing wrong and waits; here it is in.
        QVERIFY(page->message().isEmpty());

        click(&dialog, "addAccountButton");
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Outlet"));
        QVERIFY(apply(dialog));
        QCOMPARE(list->count(), 3);
        QVERIFY(page->message().contains(QStringLiteral("added")));

        selectAccount(dialog, QStringLiteral("Kids Warehouse"));
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Kids Depot"));
        QVERIFY(apply(dialog));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Kids Depot"));

        typeInto(&dialog, "senderCityEdit", QStringLiteral("Auckland"));
        click(&dialog, "discardAccountButton");
        QVERIFY(!page->isModified());
        QTRY_VERIFY(!page->isBusy());

        // Settings > Carriers added one: the choice comes without asking on the GUI thread.
        {
            const Unwatched unwatched(*station.database);
            Carrier dhl;
            dhl.id = QUuid::createUuid();
            dhl.name = QStringLiteral("DHL");
            QString error;
            QCOMPARE(CarrierRepository(*station.database).add(dhl, &error), CarrierRepository::Outcome::Ok);
        }
        page->reloadCarriers();
        auto *carriers = child<QComboBox>(&dialog, "accountCarrierCombo");
        QTRY_VERIFY(carriers->findText(QStringLiteral("DHL")) >= 0);
        QVERIFY(!page->isModified());

        QSignalSpy finished(page, &AccountsPage::removalFinished);
        QString question;
        answerQuestion("removeAccountQuestion", QMessageBox::AcceptRole, &question);
        click(&dialog, "removeAccountButton");
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(question.contains(QStringLiteral("1 shipment in it moves back")) ||
                     question.contains(QStringLiteral("No shipment is in it")),
                 qPrintable(question));
        QCOMPARE(list->count(), 2);

        QCOMPARE(station.database->guiThreadUses(), 0);
        station.database->watchGuiThread(false);
        QCOMPARE(accountNames(*station.database), (QStringList{QStringLiteral("Default"), QStringLiteral("Outlet")}));
    }

    void enterSaves()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        openAccounts(dialog);
        click(&dialog, "addAccountButton");
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Outlet"));
        QTest::keyClick(child<QLineEdit>(&dialog, "accountNameEdit"), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(accountNames(*station.database), QStringList({QStringLiteral("Default"), QStringLiteral("Outlet")}));
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
