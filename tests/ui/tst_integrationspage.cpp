// Settings > Integrations driven like a user: type into the form, Apply, reopen, test the connection. Uses the real
// keychain (gnome-keyring from scripts/test.sh), a real SQLite profile and the sandbox store over real HTTP.
// Built twice: as tst_integrationspage, and with PACKBENCH_NO_SECRET_SERVICE as a run with no Secret Service at all.
#include "core/integrations/StoreService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/SandboxFixture.h"
#include "support/TestSecrets.h"
#include "ui/WheelGuard.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StoreForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Packbench;

namespace {
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString uniqueToken()
{
    return QStringLiteral("tok") + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

class TestIntegrationsPage : public QObject
{
    Q_OBJECT
private:
    struct Station
    {
        QTemporaryDir dir;
        Profile profile = Profile::open(dir.path());
        std::unique_ptr<Database> database;
        KeychainSecretStore secrets;
        std::unique_ptr<StoreService> stores;

        Station()
        {
            DatabaseLocation location;
            QString error;
            DatabaseLocation::parse(QString(), profile, &location, &error);
            database = Database::open(location, &error);
            stores = std::make_unique<StoreService>(profile, *database, secrets);
        }

        // The keychain's jobs still under way (a token state asked for as a store was shown) end first: QtKeychain
        // must not see its job deleted while the Secret Service still has to answer it.
        ~Station()
        {
            if (!QTest::qWaitFor([this] { return secrets.children().isEmpty(); }, 10000))
                qWarning("the keychain never answered");
        }

        int filesContaining(const QString &secret) const { return ::filesContaining(dir.path(), secret); }
    };

    template <typename T> static T *child(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    static void typeInto(QWidget *root, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(root, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static bool applyAndWait(SettingsDialog &dialog)
    {
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        // A page that fails validation answers at once, inside click().
        if (applied.isEmpty() && !applied.wait(20000))
            qFatal("Apply never finished");
        return applied.constFirst().constFirst().toBool();
    }

    static QString message(SettingsDialog &dialog) { return child<QLabel>(&dialog, "integrationMessageLabel")->text(); }

    // Every label the user can see now that contains the words.
    static int visibleLabelsContaining(QWidget *root, const QString &words)
    {
        int count = 0;
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(words))
                ++count;
        }
        return count;
    }

    static void wheelDown(QWidget *widget)
    {
        const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget, &event);
    }

    // Answers the next modal question (`objectName` null: any). A timer that keeps looking: the question may come
    // from a queued answer of the page's worker thread, inside any event loop, and its own loop is where the answer
    // must be given.
    static void answerQuestion(const char *objectName, QMessageBox::ButtonRole role, QString *text)
    {
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, role, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            if (objectName)
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

    // Fills a new store in the form (not saved).
    static void fillNewStore(SettingsDialog &dialog, const QString &name, const QString &apiPath, const QString &token)
    {
        child<QPushButton>(&dialog, "addStoreButton")->click();
        typeInto(&dialog, "storeNameEdit", name);
        typeInto(&dialog, "apiPathEdit", apiPath);
        typeInto(&dialog, "clientIdEdit", QStringLiteral("client-7"));
        typeInto(&dialog, "accessTokenEdit", token);
    }

    static QString testConnection(SettingsDialog &dialog)
    {
        auto *page = dialog.findChild<IntegrationsPage *>();
        QSignalSpy tested(page, &IntegrationsPage::connectionTested);
        child<QPushButton>(&dialog, "testConnectionButton")->click();
        if (tested.isEmpty() && !tested.wait(20000))
            return QStringLiteral("(no answer)");
        return message(dialog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessages);
        WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance()));
#ifndef PACKBENCH_NO_SECRET_SERVICE
        PACKBENCH_REQUIRE_KEYCHAIN();
#endif
    }

    void theWheelOverTheFormScrollsItAndChangesNoSetting()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.resize(900, 420); // short enough for the form to scroll
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QPushButton>(&dialog, "addStoreButton")->click();
        auto *writeback = child<QComboBox>(&dialog, "writebackCombo");
        auto *autoImport = child<QSpinBox>(&dialog, "autoImportSpin");
        QCOMPARE(writeback->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(autoImport->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!writeback->hasFocus());
        const int writebackIndex = writeback->currentIndex();
        const int autoImportValue = autoImport->value();
        QScrollBar *scrollBar = child<QScrollArea>(&dialog, "storeFormScroll")->verticalScrollBar();
        QVERIFY(scrollBar->maximum() > 0);
        const int scrolled = scrollBar->value();

        wheelDown(writeback);
        wheelDown(autoImport->findChild<QLineEdit *>()); // the spin box's own line edit is under the pointer
        QCOMPARE(writeback->currentIndex(), writebackIndex);
        QCOMPARE(autoImport->value(), autoImportValue);
        QVERIFY(scrollBar->value() > scrolled); // the wheel went on to the scroll area

        // With focus, the wheel is the combo box's again.
        dialog.activateWindow();
        writeback->setFocus();
        QTRY_VERIFY(writeback->hasFocus());
        wheelDown(writeback);
        QVERIFY(writeback->currentIndex() != writebackIndex);
    }

    void messagesGoWithTheirCause()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        child<QPushButton>(&dialog, "addStoreButton")->click();
        const QString hint = QStringLiteral("Copy it from the API account");
        QCOMPARE(visibleLabelsContaining(&dialog, hint), 1);
        typeInto(&dialog, "storeNameEdit", QStringLiteral("Main"));
        typeInto(&dialog, "accessTokenEdit", uniqueToken());

        // Nothing typed: Apply puts the problem in place of the hint, once, beside the field.
        QVERIFY(!applyAndWait(dialog));
        QCOMPARE(visibleLabelsContaining(&dialog, hint), 0);
        QCOMPARE(visibleLabelsContaining(&dialog, QStringLiteral("Enter the API Path")), 1);
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "apiPathEdit")->hasFocus() || !dialog.isActiveWindow());

        typeInto(&dialog, "apiPathEdit", QStringLiteral("not a url"));
        QVERIFY(!applyAndWait(dialog));
        const QString notAUrl = QStringLiteral("This is not a web address");
        QCOMPARE(visibleLabelsContaining(&dialog, notAUrl), 1);
        QVERIFY(child<QLabel>(&dialog, "apiPathStatus")->text().contains(notAUrl));

        // Corrected: the message goes with its cause.
        typeInto(&dialog, "apiPathEdit", QStringLiteral("https://api.bigcommerce.com/stores/abc9/v3/"));
        QCOMPARE(visibleLabelsContaining(&dialog, notAUrl), 0);
        QCOMPARE(child<QLabel>(&dialog, "apiPathStatus")->text(), QStringLiteral("Store hash: abc9"));

        // Discard changes clears every message.
        typeInto(&dialog, "apiPathEdit", QStringLiteral("not a url"));
        typeInto(&dialog, "storeNameEdit", QString());
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(!child<QLabel>(&dialog, "storeNameStatus")->text().isEmpty());
        child<QPushButton>(&dialog, "discardChangesButton")->click();
        QCOMPARE(visibleLabelsContaining(&dialog, notAUrl), 0);
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "integrationMessageLabel")->isVisible());
        child<QPushButton>(&dialog, "addStoreButton")->click();
        QVERIFY(child<QLabel>(&dialog, "storeNameStatus")->text().isEmpty());
        QCOMPARE(visibleLabelsContaining(&dialog, hint), 1);
    }

    // The stores with their storefronts, status labels and last import failure, and the count a removal asks about,
    // are read on the page's worker thread: opening the page, choosing a store, Discard changes and a removal asked
    // about and cancelled never ask the database on the GUI thread. (Apply, Remove and Test connection: see
    // savingTestingAndRemovingNeverWaitOnTheGuiThread.)
    void readingTheStoresNeverWaitsOnTheGuiThread()
    {
        Station station;
        StoreRepository repository(*station.database);
        QString error;
        StoreConfig alpha = StoreConfig::withDefaults();
        alpha.name = QStringLiteral("Alpha");
        alpha.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/alpha1/v3/");
        alpha.storeHash = QStringLiteral("alpha1");
        alpha.clientId = QStringLiteral("client-1");
        StoreConfig beta = alpha;
        beta.id = QUuid::createUuid();
        beta.name = QStringLiteral("Beta");
        beta.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/beta2/v3/");
        beta.storeHash = QStringLiteral("beta2");
        QCOMPARE(repository.insert(alpha, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.insert(beta, &error), StoreRepository::Outcome::Ok);
        QVERIFY(repository.saveChannels(beta.id, {{1, QStringLiteral("Beta shop")}, {2, QStringLiteral("Beta kids")}},
                                        &error));
        QVERIFY(ShipmentRepository(*station.database)
                    .recordSync(beta.id, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addDays(-7),
                                SyncCoverage::Failed, QStringLiteral("BigCommerce refused the token (401)"), &error));

        station.database->watchGuiThread(true);
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        auto *page = dialog.findChild<IntegrationsPage *>();
        auto *list = child<QListWidget>(&dialog, "storeList");
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(!page->isLoading());
        auto *name = child<QLineEdit>(&dialog, "storeNameEdit");
        QCOMPARE(name->text(), QStringLiteral("Alpha"));
        QVERIFY(list->item(0)->icon().isNull());
        QVERIFY(!list->item(1)->icon().isNull());
        QVERIFY2(list->item(1)->toolTip().contains(QStringLiteral("last import failed: BigCommerce refused")),
                 qPrintable(list->item(1)->toolTip()));

        list->setCurrentRow(1);
        QCOMPARE(name->text(), QStringLiteral("Beta"));
        QCOMPARE(page->currentStoreId(), beta.id);
        QVERIFY2(child<QLabel>(&dialog, "channelsLabel")->text().contains(QStringLiteral("Beta kids (2)")),
                 qPrintable(child<QLabel>(&dialog, "channelsLabel")->text()));

        typeInto(&dialog, "storeNameEdit", QStringLiteral("Gamma"));
        QVERIFY(page->isModified());
        child<QPushButton>(&dialog, "discardChangesButton")->click();
        QCOMPARE(name->text(), QStringLiteral("Beta"));
        QVERIFY(!page->isModified());
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->currentStoreId(), beta.id);

        // Remove asks with the count read on the worker; Cancel keeps the store.
        QString question;
        answerQuestion(nullptr, QMessageBox::RejectRole, &question);
        child<QPushButton>(&dialog, "removeStoreButton")->click();
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("Remove the store \"Beta\"")), qPrintable(question));
        QTRY_VERIFY(child<QPushButton>(&dialog, "removeStoreButton")->isEnabled());
        QCOMPARE(list->count(), 2);

        QCOMPARE(station.database->guiThreadUses(), 0);
        station.database->watchGuiThread(false);
        QCOMPARE(station.stores->stores().size(), 2);
    }

    void aNewStoreWithoutTokenAsksForIt()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"),
                     QString());
        auto *tokenStatus = child<QLabel>(&dialog, "tokenStatusLabel");
        child<QPushButton>(&dialog, "testConnectionButton")->click();
        QVERIFY2(tokenStatus->text().contains(QStringLiteral("Enter the access token")),
                 qPrintable(tokenStatus->text()));
        QCOMPARE(visibleLabelsContaining(&dialog, QStringLiteral("another station")), 0);
        QVERIFY(!applyAndWait(dialog));
        QVERIFY2(tokenStatus->text().contains(QStringLiteral("Enter the access token")),
                 qPrintable(tokenStatus->text()));
        QCOMPARE(visibleLabelsContaining(&dialog, QStringLiteral("another station")), 0);
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        // Typing a token answers the request.
        typeInto(&dialog, "accessTokenEdit", uniqueToken());
        QVERIFY(!tokenStatus->text().contains(QStringLiteral("Enter the access token")));
        QVERIFY(station.stores->stores().isEmpty());
    }

#ifndef PACKBENCH_NO_SECRET_SERVICE
    void applyAfterAFailedTestAsksAndTheListMarksTheStore()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), sandbox.apiPath(), QStringLiteral("wrongtoken"));
        const QString result = testConnection(dialog);
        QVERIFY2(result.contains(QStringLiteral("401")), qPrintable(result));

        QString question;
        answerQuestion("failedTestQuestion", QMessageBox::RejectRole, &question);
        QVERIFY(!applyAndWait(dialog));
        QVERIFY2(question.contains(QStringLiteral("failed")) && question.contains(QStringLiteral("401")),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("keep this token anyway")));
        QVERIFY(station.stores->stores().isEmpty());
        QVERIFY(message(dialog).contains(QStringLiteral("Not saved")));

        answerQuestion("failedTestQuestion", QMessageBox::AcceptRole, &question);
        QVERIFY(applyAndWait(dialog));
        QCOMPARE(station.stores->stores().size(), 1);
        auto *list = child<QListWidget>(&dialog, "storeList");
        QCOMPARE(list->count(), 1);
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY2(list->item(0)->toolTip().contains(QStringLiteral("connection test failed")),
                 qPrintable(list->item(0)->toolTip()));

        // A passing test of the saved store takes the mark away; a changed token no longer asks.
        typeInto(&dialog, "accessTokenEdit", sandbox.token());
        QVERIFY(applyAndWait(dialog)); // no question: this token was never tested
        QVERIFY(list->item(0)->icon().isNull());
        QVERIFY2(testConnection(dialog).contains(QStringLiteral("Connected to")), qPrintable(message(dialog)));
        QVERIFY(list->item(0)->icon().isNull());
    }

    // Adding, testing, updating and removing a store: StoreService runs its checks and row writes on a worker thread
    // of its own (the page asks it to), the keychain steps answer on the GUI thread, and the page reads the list on
    // its worker. The GUI thread never asks the database anything.
    void savingTestingAndRemovingNeverWaitOnTheGuiThread()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Station station;
        station.database->watchGuiThread(true);
        {
            SettingsDialog dialog(station.profile, *station.stores);
            dialog.show();
            auto *page = dialog.findChild<IntegrationsPage *>();
            auto *list = child<QListWidget>(&dialog, "storeList");
            QTRY_VERIFY(!page->isLoading());

            // Add: the name and store hash checked, the token stored, the row written.
            fillNewStore(dialog, QStringLiteral("Main"), sandbox.apiPath(), sandbox.token());
            QVERIFY(applyAndWait(dialog));
            QCOMPARE(list->count(), 1);
            QVERIFY2(message(dialog).startsWith(QStringLiteral("Saved.")), qPrintable(message(dialog)));

            // Test with the stored token: the storefronts it finds are saved with the store.
            QVERIFY2(testConnection(dialog).contains(QStringLiteral("Connected to")), qPrintable(message(dialog)));
            QVERIFY(child<QLabel>(&dialog, "channelsLabel")->text().contains(QStringLiteral("(2)")));

            // Update: renamed.
            typeInto(&dialog, "storeNameEdit", QStringLiteral("Main shop"));
            QVERIFY(applyAndWait(dialog));
            QCOMPARE(list->item(0)->text(), QStringLiteral("Main shop"));

            // A name that another store has is refused by the check on the worker, beside the field.
            fillNewStore(dialog, QStringLiteral("main SHOP"),
                         QStringLiteral("https://api.bigcommerce.com/stores/x7/v3/"), uniqueToken());
            QVERIFY(!applyAndWait(dialog));
            QVERIFY2(child<QLabel>(&dialog, "storeNameStatus")->text().contains(QStringLiteral("already exists")),
                     qPrintable(child<QLabel>(&dialog, "storeNameStatus")->text()));
            child<QPushButton>(&dialog, "discardChangesButton")->click();
            QTRY_VERIFY(!page->isLoading());

            // Remove: counted, asked, the row and the token gone.
            QString question;
            answerQuestion(nullptr, QMessageBox::YesRole, &question);
            child<QPushButton>(&dialog, "removeStoreButton")->click();
            QTRY_COMPARE(list->count(), 0);
            QTRY_VERIFY(child<QLabel>(&dialog, "noStoresLabel")->isVisible());
            QVERIFY2(question.contains(QStringLiteral("Remove the store \"Main shop\"")), qPrintable(question));

            QCOMPARE(station.database->guiThreadUses(), 0);
        }
        station.database->watchGuiThread(false);
        QVERIFY(station.stores->stores().isEmpty());
    }

    void theListMarksAStoreWhoseLastImportFailed()
    {
        Station station;
        StoreConfig store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/");
        store.clientId = QStringLiteral("client-7");
        std::optional<StoreService::Result> added;
        station.stores->addStore(store, uniqueToken(), QString(), this,
                                 [&added](const StoreService::Result &result) { added = result; });
        QTRY_VERIFY(added);
        QVERIFY2(added->isOk(), qPrintable(added->message));
        QString error;
        QVERIFY(ShipmentRepository(*station.database)
                    .recordSync(store.id, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addDays(-7),
                                SyncCoverage::Failed, QStringLiteral("BigCommerce refused the token (401)"), &error));

        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "storeList");
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY2(list->item(0)->toolTip().contains(QStringLiteral("last import failed: BigCommerce refused")),
                 qPrintable(list->item(0)->toolTip()));
    }

    void fillSaveAndReopen()
    {
        const QString token = uniqueToken();
        SandboxFixture sandbox(60, [&token](SandboxOptions &options) { options.token = token; });
        QVERIFY(sandbox.isListening());
        Station station;
        {
            SettingsDialog dialog(station.profile, *station.stores);
            dialog.showPage(SettingsDialog::Page::Integrations);
            dialog.show();
            QVERIFY(child<QLabel>(&dialog, "noStoresLabel")->isVisible());
            fillNewStore(dialog, QStringLiteral("Main shop"), sandbox.apiPath() + QStringLiteral("  "), token);
            QVERIFY(child<QLabel>(&dialog, "apiPathStatus")->text().contains(QStringLiteral("sandbox1")));
            // The list waits while the form holds unsaved changes.
            QVERIFY(!child<QListWidget>(&dialog, "storeList")->isEnabled());
            child<QCheckBox>(&dialog, "importStatus-12")->setChecked(true);
            child<QCheckBox>(&dialog, "channelTagsCheck")->setChecked(true);
            auto *writeback = child<QComboBox>(&dialog, "writebackCombo");
            writeback->setCurrentIndex(writeback->findData(static_cast<int>(WritebackMode::Off)));
            QVERIFY(applyAndWait(dialog));
            QVERIFY(child<QListWidget>(&dialog, "storeList")->isEnabled());
        }
        const std::optional<StoreConfig> saved = station.stores->store(QStringLiteral("Main shop"));
        QVERIFY(saved);
        QCOMPARE(saved->importStatuses, (QList<int>{9, 11, 12}));
        QVERIFY(saved->channelTags);
        QCOMPARE(saved->writeback, WritebackMode::Off);
        QCOMPARE(saved->storeHash, QStringLiteral("sandbox1"));

        SettingsDialog reopened(station.profile, *station.stores);
        reopened.showPage(SettingsDialog::Page::Integrations);
        reopened.show();
        QTRY_COMPARE(child<QListWidget>(&reopened, "storeList")->count(), 1);
        auto *tokenEdit = child<QLineEdit>(&reopened, "accessTokenEdit");
        QVERIFY(tokenEdit->text().isEmpty());
        QTRY_VERIFY(tokenEdit->placeholderText().contains(QStringLiteral("stored in keychain")));
        QVERIFY(child<QLabel>(&reopened, "tokenStatusLabel")->text().contains(QStringLiteral("stored")));
        QCOMPARE(child<QLineEdit>(&reopened, "storeNameEdit")->text(), QStringLiteral("Main shop"));

        // The stored token works: test the connection without typing it again.
        const QString result = testConnection(reopened);
        QVERIFY2(result.contains(QStringLiteral("Connected to")), qPrintable(result));
        QVERIFY(child<QLabel>(&reopened, "channelsLabel")->text().contains(QStringLiteral("(2)")));

        QCOMPARE(station.filesContaining(token), 0);
        QVERIFY(!g_log.join(QLatin1Char('\n')).contains(token));
    }

    void apiPathIsCheckedAsTheUserTypes()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        child<QPushButton>(&dialog, "addStoreButton")->click();
        typeInto(&dialog, "apiPathEdit", QStringLiteral("https://myshop.mybigcommerce.com"));
        QVERIFY(child<QLabel>(&dialog, "apiPathStatus")->text().contains(QStringLiteral("not the API host")));
        typeInto(&dialog, "apiPathEdit", QStringLiteral("http://api.bigcommerce.com/stores/abc/v3/"));
        QVERIFY(child<QLabel>(&dialog, "apiPathStatus")->text().contains(QStringLiteral("https://")));
        typeInto(&dialog, "apiPathEdit", QStringLiteral("https://api.bigcommerce.com/stores/abc9/v3"));
        QCOMPARE(child<QLabel>(&dialog, "apiPathStatus")->text(), QStringLiteral("Store hash: abc9"));
    }

    void testConnectionExplainsEachFailure_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("wrong token") << "wrong-token"
                                     << QStringList{QStringLiteral("401"), QStringLiteral("Access Token")};
        QTest::newRow("read-only token") << "read-only"
                                         << QStringList{QStringLiteral("Connected to"),
                                                        QStringLiteral("write access is confirmed at the first "
                                                                       "write-back")};
        QTest::newRow("wrong store hash")
            << "wrong-hash"
            << QStringList{QStringLiteral("403"), QStringLiteral("scope"), QStringLiteral("wrong0hash"),
                           QStringLiteral("Information & settings: read-only")};
        QTest::newRow("server down") << "down"
                                     << QStringList{QStringLiteral("Cannot reach"),
                                                    QStringLiteral("refused the connection")};
    }

    void testConnectionExplainsEachFailure()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, mentions);
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        QString apiPath = sandbox.apiPath();
        QString token = sandbox.token();
        if (mode == QLatin1String("wrong-token"))
            token = QStringLiteral("wrongtoken");
        else if (mode == QLatin1String("read-only"))
            token = sandbox.readOnlyToken();
        else if (mode == QLatin1String("wrong-hash"))
            apiPath.replace(QStringLiteral("/sandbox1/"), QStringLiteral("/wrong0hash/"));
        else if (mode == QLatin1String("down"))
            apiPath = unreachableApiPath();
        fillNewStore(dialog, QStringLiteral("Main"), apiPath, token);
        const QString result = testConnection(dialog);
        for (const QString &word : std::as_const(mentions))
            QVERIFY2(result.contains(word), qPrintable(result));
        // Testing saves nothing.
        QVERIFY(station.stores->stores().isEmpty());
    }

    // A host that refuses the connection is reported in under 10 s, with the real retry timing (six retries with
    // backoff used to take 21 s): Test connection does not retry an unreachable host.
    void aRefusedConnectionFailsFast()
    {
        const QByteArray scaled = qgetenv("PACKBENCH_RETRY_BASE_MS");
        qunsetenv("PACKBENCH_RETRY_BASE_MS");
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), unreachableApiPath(), QStringLiteral("sometoken"));
        auto *page = dialog.findChild<IntegrationsPage *>();
        QSignalSpy tested(page, &IntegrationsPage::connectionTested);
        QElapsedTimer clock;
        clock.start();
        child<QPushButton>(&dialog, "testConnectionButton")->click();
        QVERIFY(tested.wait(10000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(message(dialog).contains(QStringLiteral("refused the connection")), qPrintable(message(dialog)));
        if (!scaled.isEmpty())
            qputenv("PACKBENCH_RETRY_BASE_MS", scaled);
    }

    void theSameStoreTwiceIsRefusedNamingTheFirst()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"),
                     uniqueToken());
        QVERIFY(applyAndWait(dialog));
        fillNewStore(dialog, QStringLiteral("Second"), QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v2"),
                     uniqueToken());
        QVERIFY(!applyAndWait(dialog));
        // Beside the field it concerns.
        const QString shown = child<QLabel>(&dialog, "apiPathStatus")->text();
        QVERIFY2(shown.contains(QStringLiteral("already connected as \"Main\"")), qPrintable(shown));
        QCOMPARE(station.stores->stores().size(), 1);
    }

    void removeAsksAndDeletesTheShipments()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"),
                     uniqueToken());
        QVERIFY(applyAndWait(dialog));
        const QUuid id = station.stores->store(QStringLiteral("Main"))->id;
        // The question comes once the worker has counted the shipments that wait.
        QString question;
        answerQuestion(nullptr, QMessageBox::YesRole, &question);
        child<QPushButton>(&dialog, "removeStoreButton")->click();
        QTRY_VERIFY(station.stores->stores().isEmpty());
        QVERIFY2(question.contains(QStringLiteral("imported orders and shipments are deleted")), qPrintable(question));
        QVERIFY(station.stores->store(id));
        QTRY_VERIFY(child<QLabel>(&dialog, "noStoresLabel")->isVisible());
    }

    void badInputIsShownAndNothingIsSaved()
    {
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"),
                     QStringLiteral("two words"));
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(child<QLabel>(&dialog, "tokenStatusLabel")->text().contains(QStringLiteral("spaces")));
        typeInto(&dialog, "accessTokenEdit", QString());
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(child<QLabel>(&dialog, "tokenStatusLabel")->text().contains(QStringLiteral("access token")));
        QVERIFY(station.stores->stores().isEmpty());
    }
#else
    void keychainMissingIsExplainedAndNothingIsWritten()
    {
        const QString token = uniqueToken();
        Station station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.show();
        fillNewStore(dialog, QStringLiteral("Main"), QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"),
                     token);
        QVERIFY(!applyAndWait(dialog));
        const QString shown = message(dialog);
        QVERIFY2(shown.contains(QStringLiteral("No keychain is available")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("nothing was stored")));
        QVERIFY(dialog.isVisible());
        QVERIFY(station.stores->stores().isEmpty());
        QCOMPARE(station.filesContaining(token), 0);
        QVERIFY(!g_log.join(QLatin1Char('\n')).contains(token));
    }
#endif
};

#ifdef PACKBENCH_NO_SECRET_SERVICE
int main(int argc, char **argv)
{
    // No Secret Service on this "station": the session bus points nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/packbench-test-bus");
    QApplication app(argc, argv);
    TestIntegrationsPage test;
    return QTest::qExec(&test, argc, argv);
}
#else
QTEST_MAIN(TestIntegrationsPage)
#endif
#include "tst_integrationspage.moc"
