// Settings > Carriers driven like a user: add manual and own-sequence carriers, the problems shown beside their fields
// (nothing saved then), the built-in carriers that cannot be removed, a carrier an account prints with that cannot be
// removed either, and the carrier an account chooses on the Accounts page. A real profile on SQLite and on PostgreSQL.
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "support/TestStation.h"
#include "ui/WheelGuard.h"
#include "ui/settings/AccountsPage.h"
#include "ui/settings/CarriersPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Packbench;

namespace {

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void click(QWidget *root, const char *buttonName)
{
    QAbstractButton *button = child<QAbstractButton>(root, buttonName);
    QVERIFY2(button->isEnabled(), buttonName);
    QVERIFY2(button->isVisible(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void typeInto(QWidget *root, const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(root, editName);
    QVERIFY2(edit->isEnabled() && edit->isVisible(), editName);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void chooseItem(QWidget *root, const char *comboName, const QString &text)
{
    auto *combo = child<QComboBox>(root, comboName);
    QVERIFY2(combo->isEnabled(), comboName);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QStringList comboTexts(QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
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

QStringList carrierNames(Database &db)
{
    QStringList names;
    const QList<Carrier> carriers = CarrierRepository(db).list();
    for (const Carrier &carrier : carriers)
        names.append(carrier.name);
    return names;
}

Carrier addCarrier(Database &db, const QString &name)
{
    Carrier carrier;
    carrier.id = QUuid::createUuid();
    carrier.name = name;
    carrier.kind = Carrier::Kind::Manual;
    QString error;
    if (CarrierRepository(db).add(carrier, &error) != CarrierRepository::Outcome::Ok)
        qFatal("carrier: %s", qPrintable(error));
    return carrier;
}

Account addAccount(Database &db, const QString &name, const QUuid &carrierId)
{
    Account account;
    account.id = QUuid::createUuid();
    account.name = name;
    account.carrierId = carrierId;
    QString error;
    if (AccountRepository(db).add(account, &error) != AccountRepository::Outcome::Ok)
        qFatal("account: %s", qPrintable(error));
    return account;
}

void selectCarrier(SettingsDialog &dialog, const QString &name)
{
    auto *list = child<QListWidget>(&dialog, "carrierList");
    QVERIFY(list->isEnabled());
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items.first());
}

// Answers the next modal question (it comes after the worker has looked for accounts that use the carrier).
void answerQuestion(const char *objectName, QMessageBox::ButtonRole role, QString *text)
{
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

class TestCarriersPage : public QObject
{
    Q_OBJECT
private:
    static CarriersPage *openCarriers(SettingsDialog &dialog)
    {
        dialog.showPage(SettingsDialog::Page::Carriers);
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog))
            qFatal("the dialog is not shown");
        auto *page = dialog.findChild<CarriersPage *>();
        // The carriers are read on the worker thread.
        if (!QTest::qWaitFor([page] { return !page->isBusy() && !page->carriers().isEmpty(); }, 20000))
            qFatal("the carriers were never read");
        return page;
    }

    // Clicks Add carrier / Save carrier and waits for the worker's answer.
    static bool saveWithButton(SettingsDialog &dialog, CarriersPage *page)
    {
        QSignalSpy finished(page, &SettingsPage::saveFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveCarrierButton"), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(20000))
            qFatal("the save never finished");
        return finished.constFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void initTestCase() { WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void pagesComeInTheirOrder()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        auto *pages = child<QListWidget>(&dialog, "settingsPageList");
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Accounts))->text(), QStringLiteral("Accounts"));
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Carriers))->text(), QStringLiteral("Carriers"));
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Rules))->text(), QStringLiteral("Rules"));
        openCarriers(dialog);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Carriers);
    }

    void builtInCarriersCannotBeRemoved()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *page = openCarriers(dialog);
        auto *list = child<QListWidget>(&dialog, "carrierList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Own sequence"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Pickup in store"));
        QCOMPARE(page->currentCarrierId(), Carrier::ownSequenceId());
        // The own sequence: its example number, and its kind fixed.
        QVERIFY(child<QWidget>(&dialog, "sequenceBox")->isVisible());
        const QString example = child<QLabel>(&dialog, "sequenceExampleLabel")->text();
        QVERIFY2(example.contains(QStringLiteral("PB00000001 %1 XX").arg(S10::checkDigit(1))), qPrintable(example));
        QVERIFY(!child<QComboBox>(&dialog, "carrierKindCombo")->isEnabled());

        auto *remove = child<QPushButton>(&dialog, "removeCarrierButton");
        QVERIFY(!remove->isEnabled());
        // Disabled, and says why (a tooltip shows on a disabled button, and the page says it beside it).
        QVERIFY2(remove->toolTip().contains(QStringLiteral("built in and cannot be removed")),
                 qPrintable(remove->toolTip()));
        QVERIFY(child<QLabel>(&dialog, "carrierRemoveStatus")->text().contains(QStringLiteral("cannot be removed")));

        // Pickup in store is shown read-only: no kind to choose, no number, no link.
        selectCarrier(dialog, QStringLiteral("Pickup in store"));
        QCOMPARE(page->currentCarrierId(), Carrier::pickupId());
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(QStringLiteral("built in")));
        QVERIFY(child<QLabel>(&dialog, "carrierKindReadOnly")->isVisible());
        QVERIFY(!child<QComboBox>(&dialog, "carrierKindCombo")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "carrierNameEdit")->isReadOnly());
        QVERIFY(!child<QWidget>(&dialog, "sequenceBox")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "trackingLinkBox")->isVisible());

        // A carrier of one's own can go.
        addCarrier(*station.database, QStringLiteral("DHL"));
        page->load();
        QTRY_VERIFY(!page->isBusy());
        selectCarrier(dialog, QStringLiteral("DHL"));
        QVERIFY(remove->isEnabled());
    }

    void addAManualCarrier_data() { TestDatabase::addBackendRows(); }
    void addAManualCarrier()
    {
        OPEN_TEST_STATION();
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *page = openCarriers(dialog);
        QSignalSpy changed(page, &CarriersPage::carriersChanged);
        click(&dialog, "addCarrierButton");
        QVERIFY(page->isModified());
        QVERIFY(applyButton(dialog)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "carrierNameEdit"));
        QVERIFY(!child<QListWidget>(&dialog, "carrierList")->isEnabled()); // one carrier at a time
        QCOMPARE(child<QPushButton>(&dialog, "saveCarrierButton")->text(), QStringLiteral("A&dd carrier"));
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("DHL Express"));
        QCOMPARE(child<QComboBox>(&dialog, "carrierKindCombo")->currentText(), QStringLiteral("Manual"));
        QVERIFY(!child<QWidget>(&dialog, "sequenceBox")->isVisible());
        typeInto(&dialog, "trackingLinkEdit", QStringLiteral("https://www.dhl.com/track?id={tracking}"));
        click(&dialog, "trackingCarrierRadio");
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "trackingCarrierEdit"));
        typeInto(&dialog, "trackingCarrierEdit", QStringLiteral("DHL"));
        QVERIFY(saveWithButton(dialog, page));

        const std::optional<Carrier> saved =
            CarrierRepository(*station.database).findByName(QStringLiteral("DHL Express"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, Carrier::Kind::Manual);
        QCOMPARE(saved->trackingLink, QStringLiteral("https://www.dhl.com/track?id={tracking}"));
        QCOMPARE(saved->trackingCarrier, QStringLiteral("dhl")); // AfterShip codes are lower case
        QVERIFY(saved->shippingProvider.isEmpty());
        QVERIFY(!page->isModified());
        QCOMPARE(page->currentCarrierId(), saved->id);
        QCOMPARE(child<QListWidget>(&dialog, "carrierList")->currentItem()->text(), QStringLiteral("DHL Express"));
        QVERIFY2(page->message().contains(QStringLiteral("added")), qPrintable(page->message()));
        QCOMPARE(changed.size(), 1);

        // Changed and saved again, this time by Apply: a shipping provider instead of the tracking carrier.
        click(&dialog, "shippingProviderRadio");
        chooseItem(&dialog, "shippingProviderCombo", QStringLiteral("fedex"));
        QVERIFY(page->isModified());
        QVERIFY(apply(dialog));
        const std::optional<Carrier> changedCarrier = CarrierRepository(*station.database).findById(saved->id);
        QCOMPARE(changedCarrier->shippingProvider, QStringLiteral("fedex"));
        QVERIFY(changedCarrier->trackingCarrier.isEmpty()); // one or the other, never both
        QCOMPARE(changed.size(), 2);
    }

    void addAnOwnSequenceCarrier_data() { TestDatabase::addBackendRows(); }
    void addAnOwnSequenceCarrier()
    {
        OPEN_TEST_STATION();
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *page = openCarriers(dialog);
        click(&dialog, "addCarrierButton");
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("Courier Post"));
        chooseItem(&dialog, "carrierKindCombo", QStringLiteral("Own sequence"));
        QVERIFY(child<QWidget>(&dialog, "sequenceBox")->isVisible());
        typeInto(&dialog, "carrierPrefixEdit", QStringLiteral("cp"));
        typeInto(&dialog, "carrierCountryEdit", QStringLiteral("nz"));
        // The example follows what is typed.
        const QString example = child<QLabel>(&dialog, "sequenceExampleLabel")->text();
        QVERIFY2(example.contains(S10::format(QStringLiteral("CP"), 1, QStringLiteral("NZ")).left(10)),
                 qPrintable(example));
        typeInto(&dialog, "trackingLinkEdit", QStringLiteral("https://track.example.com/{tracking}"));
        click(&dialog, "shippingProviderRadio");
        chooseItem(&dialog, "shippingProviderCombo", QStringLiteral("auspost"));
        QVERIFY(apply(dialog));

        const std::optional<Carrier> saved =
            CarrierRepository(*station.database).findByName(QStringLiteral("Courier Post"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, Carrier::Kind::OwnSequence);
        QCOMPARE(saved->prefix, QStringLiteral("CP"));
        QCOMPARE(saved->country, QStringLiteral("NZ"));
        QCOMPARE(saved->trackingLink, QStringLiteral("https://track.example.com/{tracking}"));
        QCOMPARE(saved->shippingProvider, QStringLiteral("auspost"));
        QVERIFY(!page->isModified());
        QVERIFY(!applyButton(dialog)->isEnabled());
    }

    void problemsAreShownBesideTheirFieldsAndNothingIsSaved()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *page = openCarriers(dialog);
        click(&dialog, "addCarrierButton");
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("Courier Post"));
        chooseItem(&dialog, "carrierKindCombo", QStringLiteral("Own sequence"));
        typeInto(&dialog, "carrierPrefixEdit", QStringLiteral("P1"));
        typeInto(&dialog, "carrierCountryEdit", QStringLiteral("NZ"));
        QVERIFY(!apply(dialog));
        QVERIFY2(page->fieldMessage(CarriersPage::Field::Prefix).contains(QStringLiteral("two letters")),
                 qPrintable(page->fieldMessage(CarriersPage::Field::Prefix)));
        QCOMPARE(child<QLabel>(&dialog, "carrierPrefixStatus")->text(),
                 page->fieldMessage(CarriersPage::Field::Prefix));
        QVERIFY(page->fieldMessage(CarriersPage::Field::Country).isEmpty());
        // Shown beside the field: the dialog does not repeat it.
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "carrierPrefixEdit"));
        QCOMPARE(carrierNames(*station.database).size(), 2);
        QVERIFY(page->isModified());

        // The own sequence's prefix and country would print the same numbers twice.
        typeInto(&dialog, "carrierPrefixEdit", QStringLiteral("pb"));
        typeInto(&dialog, "carrierCountryEdit", QStringLiteral("xx"));
        QVERIFY(!saveWithButton(dialog, page));
        QVERIFY2(page->fieldMessage(CarriersPage::Field::Prefix).contains(QStringLiteral("\"Own sequence\"")),
                 qPrintable(page->fieldMessage(CarriersPage::Field::Prefix)));
        QCOMPARE(carrierNames(*station.database).size(), 2);

        // A name taken (whatever its case), a link without {tracking}, carrier_{id} left as it is.
        typeInto(&dialog, "carrierPrefixEdit", QStringLiteral("CP"));
        QVERIFY(page->fieldMessage(CarriersPage::Field::Prefix).isEmpty()); // goes as it is corrected
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("own SEQUENCE"));
        typeInto(&dialog, "trackingLinkEdit", QStringLiteral("https://track.example.com/"));
        click(&dialog, "shippingProviderRadio");
        chooseItem(&dialog, "shippingProviderCombo", QStringLiteral("carrier_{id}"));
        QVERIFY(!apply(dialog));
        QCOMPARE(page->fieldMessage(CarriersPage::Field::Name),
                 QStringLiteral("A carrier named \"own SEQUENCE\" already exists."));
        QCOMPARE(child<QLabel>(&dialog, "carrierNameStatus")->text(), page->fieldMessage(CarriersPage::Field::Name));
        QVERIFY(page->fieldMessage(CarriersPage::Field::TrackingLink).contains(QStringLiteral("{tracking}")));
        QCOMPARE(child<QLabel>(&dialog, "trackingLinkStatus")->text(),
                 page->fieldMessage(CarriersPage::Field::TrackingLink));
        QVERIFY(page->fieldMessage(CarriersPage::Field::Provider).contains(QStringLiteral("{id}")));
        QCOMPARE(child<QLabel>(&dialog, "providerStatus")->text(), page->fieldMessage(CarriersPage::Field::Provider));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "carrierNameEdit"));
        QCOMPARE(carrierNames(*station.database).size(), 2);

        // All corrected: saved.
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("Courier Post"));
        typeInto(&dialog, "trackingLinkEdit", QStringLiteral("https://track.example.com/{tracking}"));
        auto *provider = child<QComboBox>(&dialog, "shippingProviderCombo");
        provider->lineEdit()->selectAll();
        QTest::keyClicks(provider->lineEdit(), QStringLiteral("carrier_12"));
        QVERIFY(apply(dialog));
        const std::optional<Carrier> saved =
            CarrierRepository(*station.database).findByName(QStringLiteral("Courier Post"));
        QVERIFY(saved);
        QCOMPARE(saved->prefix, QStringLiteral("CP"));
        QCOMPARE(saved->shippingProvider, QStringLiteral("carrier_12"));
    }

    void aCarrierAnAccountUsesCannotBeRemoved_data() { TestDatabase::addBackendRows(); }
    void aCarrierAnAccountUsesCannotBeRemoved()
    {
        OPEN_TEST_STATION();
        const Carrier dhl = addCarrier(*station.database, QStringLiteral("DHL"));
        Account kids = addAccount(*station.database, QStringLiteral("Kids Warehouse"), dhl.id);
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *page = openCarriers(dialog);
        QSignalSpy finished(page, &CarriersPage::removalFinished);
        selectCarrier(dialog, QStringLiteral("DHL"));
        // Refused before any question: no question box comes (one would wait here for an answer).
        click(&dialog, "removeCarrierButton");
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        const QString why = page->fieldMessage(CarriersPage::Field::Remove);
        QVERIFY2(why.contains(QStringLiteral("\"Kids Warehouse\"")), qPrintable(why));
        QCOMPARE(child<QLabel>(&dialog, "carrierRemoveStatus")->text(), why);
        QVERIFY(carrierNames(*station.database).contains(QStringLiteral("DHL")));

        // Once no account uses it: one question, Cancel keeps it, Remove removes it.
        kids.carrierId = Carrier::ownSequenceId();
        QString error;
        QCOMPARE(AccountRepository(*station.database).update(kids, &error), AccountRepository::Outcome::Ok);
        QString question;
        answerQuestion("removeCarrierQuestion", QMessageBox::RejectRole, &question);
        click(&dialog, "removeCarrierButton");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(!finished.at(1).constFirst().toBool());
        QVERIFY2(question.contains(QStringLiteral("Remove the carrier \"DHL\"?")), qPrintable(question));
        QVERIFY(carrierNames(*station.database).contains(QStringLiteral("DHL")));
        QVERIFY(page->fieldMessage(CarriersPage::Field::Remove).isEmpty());

        QSignalSpy changed(page, &CarriersPage::carriersChanged);
        answerQuestion("removeCarrierQuestion", QMessageBox::AcceptRole, &question);
        click(&dialog, "removeCarrierButton");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QVERIFY(finished.at(2).constFirst().toBool());
        QCOMPARE(carrierNames(*station.database),
                 QStringList({QStringLiteral("Own sequence"), QStringLiteral("Pickup in store")}));
        QCOMPARE(child<QListWidget>(&dialog, "carrierList")->count(), 2);
        QVERIFY(page->message().contains(QStringLiteral("removed")));
        QCOMPARE(changed.size(), 1);
    }

    void anAccountChoosesItsCarrier_data() { TestDatabase::addBackendRows(); }
    void anAccountChoosesItsCarrier()
    {
        OPEN_TEST_STATION();
        const Carrier dhl = addCarrier(*station.database, QStringLiteral("DHL"));
        SettingsDialog dialog(station.profile, *station.stores);
        CarriersPage *carriers = openCarriers(dialog);
        dialog.showPage(SettingsDialog::Page::Accounts);
        auto *accounts = dialog.findChild<AccountsPage *>();
        // The page reads accounts and carriers on its worker thread: they come a moment later.
        QTRY_COMPARE(accounts->currentAccountId(), Account::defaultId());
        auto *combo = child<QComboBox>(&dialog, "accountCarrierCombo");
        // Every carrier but pickup in store, which a customer's collection gets, never an account's labels.
        QTRY_COMPARE(comboTexts(combo), QStringList({QStringLiteral("Own sequence"), QStringLiteral("DHL")}));
        QCOMPARE(combo->currentText(), QStringLiteral("Own sequence"));
        chooseItem(&dialog, "accountCarrierCombo", QStringLiteral("DHL"));
        QVERIFY(accounts->isModified());
        QVERIFY(apply(dialog));
        QCOMPARE(AccountRepository(*station.database).findById(Account::defaultId())->carrierId, dhl.id);

        // A new account starts with the own sequence and keeps what it is given.
        click(&dialog, "addAccountButton");
        QCOMPARE(combo->currentText(), QStringLiteral("Own sequence"));
        typeInto(&dialog, "accountNameEdit", QStringLiteral("Kids Warehouse"));
        chooseItem(&dialog, "accountCarrierCombo", QStringLiteral("DHL"));
        QVERIFY(apply(dialog));
        QCOMPARE(AccountRepository(*station.database).findByName(QStringLiteral("Kids Warehouse"))->carrierId, dhl.id);

        // What the Carriers page adds or renames is offered at once; the account's choice stays.
        dialog.showPage(SettingsDialog::Page::Carriers);
        click(&dialog, "addCarrierButton");
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("FedEx"));
        QVERIFY(saveWithButton(dialog, carriers));
        selectCarrier(dialog, QStringLiteral("DHL"));
        typeInto(&dialog, "carrierNameEdit", QStringLiteral("DHL Express"));
        QVERIFY(saveWithButton(dialog, carriers));
        dialog.showPage(SettingsDialog::Page::Accounts);
        QTRY_COMPARE(comboTexts(combo), QStringList({QStringLiteral("Own sequence"), QStringLiteral("DHL Express"),
                                                     QStringLiteral("FedEx")}));
        QCOMPARE(combo->currentText(), QStringLiteral("DHL Express"));
        QVERIFY(!accounts->isModified());

        // Reopened: the choice is what was saved.
        SettingsDialog reopened(station.profile, *station.stores);
        reopened.showPage(SettingsDialog::Page::Accounts);
        QTRY_COMPARE(child<QComboBox>(&reopened, "accountCarrierCombo")->currentText(), QStringLiteral("DHL Express"));
    }
};

QTEST_MAIN(TestCarriersPage)
#include "tst_carrierspage.moc"
