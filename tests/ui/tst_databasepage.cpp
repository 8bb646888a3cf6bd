// Settings > Database driven like a user: the station's own file, the shared server's fields checked beside them
// before anything runs, Test connection against the real test server (scram-sha-256 and TLS, from scripts/test.sh)
// with the right and a wrong password, Apply writing the settings and the keychain (a server that fails its test is
// not saved), Copy to an empty server database, the note and Restart after a change, the wheel over the form, and the
// page at a small size in English and German. The GUI thread never uses the database meanwhile.
#include "core/i18n/Translations.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "support/TestDatabase.h"
#include "support/TestSecrets.h"
#include "support/TestStation.h"
#include "support/TestStores.h"
#include "ui/WheelGuard.h"
#include "ui/settings/DatabasePage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Packbench;

namespace {

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void typeInto(QWidget *root, const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(root, editName);
    QVERIFY2(edit->isEnabled(), editName);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

// Clicks a radio button, as the mouse or its mnemonic does.
void choose(QWidget *root, const char *radioName)
{
    auto *radio = child<QRadioButton>(root, radioName);
    QVERIFY2(radio->isEnabled(), radioName);
    radio->click();
    QVERIFY2(radio->isChecked(), radioName);
}

void chooseTls(QWidget *root, const QString &mode)
{
    auto *combo = child<QComboBox>(root, "tlsCombo");
    const int index = combo->findData(mode);
    QVERIFY2(index >= 0, qPrintable(mode));
    combo->setCurrentIndex(index);
}

QString text(QWidget *root, const char *labelName)
{
    return child<QLabel>(root, labelName)->text();
}

bool apply(SettingsDialog &dialog)
{
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    if (applied.isEmpty() && !applied.wait(30000))
        qFatal("Apply never finished");
    return applied.constFirst().constFirst().toBool();
}

DatabasePage *openPage(SettingsDialog &dialog)
{
    dialog.showPage(SettingsDialog::Page::Database);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("the dialog is not shown");
    return dialog.findChild<DatabasePage *>();
}

// Clicks Test connection and waits for its outcome.
bool testConnection(QWidget *root, DatabasePage *page)
{
    QSignalSpy finished(page, &DatabasePage::testFinished);
    auto *button = child<QPushButton>(root, "testDatabaseButton");
    if (!button->isEnabled())
        qFatal("Test connection is disabled");
    button->click();
    if (finished.isEmpty() && !finished.wait(30000))
        qFatal("the connection test never finished");
    return finished.constFirst().constFirst().toBool();
}

// Fills the shared server's fields as a store owner types them (password only when given).
void fillServer(QWidget *root, const DatabaseLocation &location, const QString &password)
{
    choose(root, "sharedRadio");
    QVERIFY(child<QRadioButton>(root, "sharedRadio")->isChecked());
    typeInto(root, "hostEdit", location.host);
    typeInto(root, "portEdit", QString::number(location.port));
    typeInto(root, "databaseNameEdit", location.databaseName);
    typeInto(root, "userEdit", location.user);
    typeInto(root, "passwordEdit", password);
    chooseTls(root, location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode);
    typeInto(root, "caFileEdit", QDir::toNativeSeparators(location.sslRootCert));
}

// The test server of scripts/test.sh, or why there is none.
struct TestServer
{
    QTemporaryDir dir;
    DatabaseLocation location;
    QString password = qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_PASSWORD");
    QString skipReason;

    TestServer()
    {
        const QString url = qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_URL");
        if (url.isEmpty()) {
            skipReason = QStringLiteral("PACKBENCH_TEST_POSTGRES_URL is not set (scripts/test.sh starts a server)");
            return;
        }
        if (!DatabaseLocation::parse(url, Profile::open(dir.path()), &location, &skipReason))
            return;
        skipReason.clear();
    }
};

#define REQUIRE_SERVER(server)                                                                                         \
    do {                                                                                                               \
        if (!(server).skipReason.isEmpty()) {                                                                          \
            if (TestDatabase::postgresRequired())                                                                      \
                QFAIL(qPrintable((server).skipReason));                                                                \
            QSKIP(qPrintable((server).skipReason));                                                                    \
        }                                                                                                              \
    } while (false)

SecretStore::Result readSecret(const QString &key)
{
    KeychainSecretStore keychain;
    std::optional<SecretStore::Result> answer;
    keychain.read(key, nullptr, [&answer](const SecretStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        qFatal("the keychain never answered");
    return *answer;
}

void removeSecret(const QString &key)
{
    KeychainSecretStore keychain;
    bool done = false;
    keychain.remove(key, nullptr, [&done](const SecretStore::Result &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        qWarning("the keychain did not answer the removal of %s", qPrintable(key));
}

void wheelDown(QWidget *widget)
{
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

// A main window that keeps itself open, as Packbench's does while a manual import runs and its question is open.
class StubbornWindow : public QMainWindow
{
public:
    int closeAttempts = 0;

protected:
    void closeEvent(QCloseEvent *event) override
    {
        ++closeAttempts;
        event->ignore();
    }
};

QMessageBox *restartQuestion()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->objectName() == QLatin1String("restartQuestion") && window->isVisible())
            return qobject_cast<QMessageBox *>(window);
    }
    return nullptr;
}

} // namespace

class TestDatabasePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void pageComesAfterPrinting()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        openPage(dialog);
        QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Database);
        auto *pages = child<QListWidget>(&dialog, "settingsPageList");
        QCOMPARE(pages->item(static_cast<int>(SettingsDialog::Page::Database))->text(), QStringLiteral("Database"));
        QCOMPARE(static_cast<int>(SettingsDialog::Page::Database),
                 static_cast<int>(SettingsDialog::Page::Printing) + 1);
    }

    void aNewStationKeepsItsDataInItsOwnFile()
    {
        TestStation station;
        station.database->watchGuiThread(true);
        SettingsDialog dialog(station.profile, *station.stores);
        DatabasePage *page = openPage(dialog);
        QVERIFY(child<QRadioButton>(&dialog, "localRadio")->isChecked());
        QVERIFY(!page->isShared());
        QVERIFY(!page->isModified());
        QVERIFY2(text(&dialog, "localPathLabel").contains(QDir::toNativeSeparators(station.profile.databasePath())),
                 qPrintable(text(&dialog, "localPathLabel")));
        // The server's fields and its buttons wait for "Shared PostgreSQL server".
        QVERIFY(!child<QLineEdit>(&dialog, "hostEdit")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "tlsCombo")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "testDatabaseButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "copyToServerButton")->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "stationNameEdit")->placeholderText(), QSysInfo::machineHostName());
        QVERIFY(!child<QLabel>(&dialog, "restartNote")->isVisible());

        choose(&dialog, "sharedRadio");
        QVERIFY(child<QLineEdit>(&dialog, "hostEdit")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "copyToServerButton")->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(&dialog, "tlsCombo")->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(page->isModified());
        // Back to this computer: nothing changed.
        choose(&dialog, "localRadio");
        QVERIFY(!page->isModified());
        QCOMPARE(station.database->guiThreadUses(), 0);
    }

    void badInputIsRefusedBesideItsFieldBeforeAnythingRuns()
    {
        TestStation station;
        QTemporaryDir certificates;
        SettingsDialog dialog(station.profile, *station.stores);
        DatabasePage *page = openPage(dialog);
        choose(&dialog, "sharedRadio");

        QVERIFY(!testConnection(&dialog, page));
        QVERIFY2(page->fieldMessage(DatabasePage::Field::Host).contains(QStringLiteral("host name or IP address")),
                 qPrintable(page->fieldMessage(DatabasePage::Field::Host)));
        QCOMPARE(text(&dialog, "hostStatus"), page->fieldMessage(DatabasePage::Field::Host));
        QVERIFY(child<QLineEdit>(&dialog, "hostEdit")->hasFocus() || !dialog.isActiveWindow());
        QVERIFY(page->testResult().startsWith(QStringLiteral("Not tested")));

        typeInto(&dialog, "hostEdit", QStringLiteral("postgresql://db.example.com"));
        QVERIFY(!testConnection(&dialog, page));
        QVERIFY(page->fieldMessage(DatabasePage::Field::Host).contains(QStringLiteral("without postgresql://")));
        typeInto(&dialog, "hostEdit", QStringLiteral("db.example.com"));
        QVERIFY(page->fieldMessage(DatabasePage::Field::Host).isEmpty()); // corrected: the message goes

        typeInto(&dialog, "portEdit", QStringLiteral("70000"));
        QVERIFY(!testConnection(&dialog, page));
        QVERIFY(page->fieldMessage(DatabasePage::Field::Port).contains(QStringLiteral("1 to 65535")));
        QVERIFY(text(&dialog, "hostStatus").contains(QStringLiteral("1 to 65535")));
        typeInto(&dialog, "portEdit", QStringLiteral("5433"));

        QVERIFY(!testConnection(&dialog, page));
        QVERIFY(page->fieldMessage(DatabasePage::Field::DatabaseName).contains(QStringLiteral("name of the database")));
        typeInto(&dialog, "databaseNameEdit", QStringLiteral("packbench"));
        QVERIFY(!testConnection(&dialog, page));
        QVERIFY(page->fieldMessage(DatabasePage::Field::User).contains(QStringLiteral("logs in as")));
        typeInto(&dialog, "userEdit", QStringLiteral("bench"));

        // verify-full (the default) without the certificate authority's file.
        QVERIFY(!testConnection(&dialog, page));
        QVERIFY2(page->fieldMessage(DatabasePage::Field::CaFile).contains(QStringLiteral("verify-full checks")),
                 qPrintable(page->fieldMessage(DatabasePage::Field::CaFile)));
        QCOMPARE(text(&dialog, "caFileStatus"), page->fieldMessage(DatabasePage::Field::CaFile));
        const QString missing = certificates.filePath(QStringLiteral("missing.crt"));
        typeInto(&dialog, "caFileEdit", QDir::toNativeSeparators(missing));
        QVERIFY(page->fieldMessage(DatabasePage::Field::CaFile).contains(QStringLiteral("does not exist")));
        QVERIFY(!testConnection(&dialog, page));
        typeInto(&dialog, "caFileEdit", QStringLiteral("ca.crt"));
        QVERIFY(!testConnection(&dialog, page));
        QVERIFY(page->fieldMessage(DatabasePage::Field::CaFile).contains(QStringLiteral("whole path")));
        // "require" does not check the certificate: no file needed.
        typeInto(&dialog, "caFileEdit", QString());
        chooseTls(&dialog, QStringLiteral("require"));
        QVERIFY(page->fieldMessage(DatabasePage::Field::CaFile).isEmpty());
        chooseTls(&dialog, QStringLiteral("verify-full"));

        // Apply refuses the same way, beside the field, and saves nothing.
        QVERIFY(!apply(dialog));
        QVERIFY(!page->fieldMessage(DatabasePage::Field::CaFile).isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible());
        QCOMPARE(page->checksRun(), 0);
        QVERIFY(AppSettings(station.profile).databaseUrl().isEmpty());
    }

    void testConnectionAgainstTheServer()
    {
        TestServer server;
        REQUIRE_SERVER(server);
        PACKBENCH_REQUIRE_KEYCHAIN();
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        DatabasePage *page = openPage(dialog);
        station.database->watchGuiThread(true);
        fillServer(&dialog, server.location, server.password);

        // The check runs on another thread: the click returns at once, and the page waits for the answer.
        QSignalSpy finished(page, &DatabasePage::testFinished);
        child<QPushButton>(&dialog, "testDatabaseButton")->click();
        QVERIFY(finished.isEmpty());
        QVERIFY(page->isBusy());
        QVERIFY(!child<QPushButton>(&dialog, "testDatabaseButton")->isEnabled());
        QVERIFY(page->testResult().startsWith(QStringLiteral("Testing the connection")));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(page->testResult()));
        QVERIFY(!page->isBusy());
        QCOMPARE(page->lastOutcome(), ConnectionCheck::Outcome::Ok);
        QVERIFY(!page->testResult().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "testDatabaseResult")->styleSheet().contains(QStringLiteral("#1b5e20")));
        QVERIFY(child<QPushButton>(&dialog, "testDatabaseButton")->isEnabled());

        if (server.password.isEmpty())
            QSKIP("the test server asks for no password: no password is wrong there");
        typeInto(&dialog, "passwordEdit", QStringLiteral("not-") + server.password);
        QVERIFY(!testConnection(&dialog, page));
        QCOMPARE(page->lastOutcome(), ConnectionCheck::Outcome::AuthenticationFailed);
        QVERIFY(child<QLabel>(&dialog, "testDatabaseResult")->styleSheet().contains(QStringLiteral("#b00020")));
        QVERIFY(!page->testResult().contains(server.password));
        QCOMPARE(station.database->guiThreadUses(), 0);
    }

    void applySavesTheServerAndThePasswordInTheKeychain()
    {
        TestServer server;
        REQUIRE_SERVER(server);
        PACKBENCH_REQUIRE_KEYCHAIN();
        TestStation station;
        removeSecret(server.location.passwordKey());
        station.database->watchGuiThread(true);
        {
            // The page alone: its load() too must leave the database to other threads.
            DatabasePage alone(station.profile, *station.database);
            alone.load();
            QCOMPARE(station.database->guiThreadUses(), 0);
        }
        {
            SettingsDialog dialog(station.profile, *station.stores);
            DatabasePage *page = openPage(dialog);
            fillServer(&dialog, server.location, server.password);
            typeInto(&dialog, "stationNameEdit", QStringLiteral("Bench 3"));
            // No Test connection clicked: Apply tests the server first.
            QVERIFY2(apply(dialog), qPrintable(page->testResult()));
            QCOMPARE(page->checksRun(), 1);
            QVERIFY(!page->isModified());
            // What the test said stays beside its button.
            QVERIFY(child<QLabel>(&dialog, "testDatabaseResult")->styleSheet().contains(QStringLiteral("#1b5e20")));
            QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
            QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->placeholderText(),
                     QStringLiteral("stored in the keychain"));
            // Switching takes effect at the next start, and the page says so.
            auto *note = child<QLabel>(&dialog, "restartNote");
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("uses the shared database")) &&
                         note->text().contains(QStringLiteral("from its next start")),
                     qPrintable(note->text()));
            QTest::qWait(50);
            QVERIFY(!restartQuestion()); // the page says it: no question over it after Apply
            QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
        }
        AppSettings settings(station.profile);
        DatabaseLocation saved;
        QString error;
        QVERIFY2(DatabaseLocation::parse(settings.databaseUrl(), station.profile, &saved, &error), qPrintable(error));
        QCOMPARE(saved.backend, DatabaseLocation::Backend::PostgreSQL);
        QCOMPARE(saved.host, server.location.host);
        QCOMPARE(saved.port, server.location.port);
        QCOMPARE(saved.databaseName, server.location.databaseName);
        QCOMPARE(saved.user, server.location.user);
        QCOMPARE(saved.sslMode, server.location.sslMode.isEmpty() ? QStringLiteral("prefer") : server.location.sslMode);
        QCOMPARE(saved.sslRootCert, server.location.sslRootCert);
        QCOMPARE(settings.stationName(), QStringLiteral("Bench 3"));
        if (!server.password.isEmpty()) {
            const SecretStore::Result stored = readSecret(server.location.passwordKey());
            QCOMPARE(stored.status, SecretStore::Status::Ok);
            QCOMPARE(stored.value, server.password);
            QCOMPARE(filesContaining(station.dir.path(), server.password), 0);
        }

        // Opened again: the server as saved, the password stored (never shown), and the test passes with it.
        {
            SettingsDialog dialog(station.profile, *station.stores);
            DatabasePage *page = openPage(dialog);
            QVERIFY(child<QRadioButton>(&dialog, "sharedRadio")->isChecked());
            QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), server.location.host);
            QCOMPARE(child<QLineEdit>(&dialog, "stationNameEdit")->text(), QStringLiteral("Bench 3"));
            QVERIFY(!page->isModified());
            if (!server.password.isEmpty()) {
                QTRY_COMPARE(page->passwordState(), DatabasePage::PasswordState::Stored);
                QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->placeholderText(),
                         QStringLiteral("stored in the keychain"));
            }
            QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
            QVERIFY(child<QLabel>(&dialog, "restartNote")->text().contains(QStringLiteral("next start")));
            QVERIFY2(testConnection(&dialog, page), qPrintable(page->testResult()));

            // Back to this computer only: no test needed, the URL is empty again.
            choose(&dialog, "localRadio");
            QVERIFY(apply(dialog));
            QVERIFY(AppSettings(station.profile).databaseUrl().isEmpty());
            QVERIFY(!child<QLabel>(&dialog, "restartNote")->text().contains(QStringLiteral("shared")));
        }
        QCOMPARE(station.database->guiThreadUses(), 0);
        removeSecret(server.location.passwordKey());
    }

    void aServerThatFailsItsTestIsNotSaved()
    {
        PACKBENCH_REQUIRE_KEYCHAIN();
        TestStation station;
        station.database->watchGuiThread(true);
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        DatabaseLocation location;
        location.backend = DatabaseLocation::Backend::PostgreSQL;
        location.host = QStringLiteral("127.0.0.1");
        location.port = closedPort;
        location.databaseName = QStringLiteral("packbench");
        location.user = QStringLiteral("bench");
        location.sslMode = QStringLiteral("disable");
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);

        SettingsDialog dialog(station.profile, *station.stores);
        DatabasePage *page = openPage(dialog);
        fillServer(&dialog, location, password);
        QVERIFY(!apply(dialog));
        QCOMPARE(page->checksRun(), 1);
        QVERIFY2(page->testResult().startsWith(QStringLiteral("Not saved")), qPrintable(page->testResult()));
        QVERIFY(child<QLabel>(&dialog, "testDatabaseResult")->styleSheet().contains(QStringLiteral("#b00020")));
        QVERIFY(!child<QLabel>(&dialog, "settingsErrorLabel")->isVisible()); // said on the page, not twice
        QVERIFY(page->isModified());
        QVERIFY(AppSettings(station.profile).databaseUrl().isEmpty());
        QCOMPARE(readSecret(location.passwordKey()).status, SecretStore::Status::NotFound);
        QCOMPARE(filesContaining(station.dir.path(), password), 0);
        QCOMPARE(station.database->guiThreadUses(), 0);
    }

    void copyThisStationToAnEmptyServerDatabase()
    {
        TestServer server;
        REQUIRE_SERVER(server);
        PACKBENCH_REQUIRE_KEYCHAIN();
        TestDatabase target(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(target);
        TestStation station;
        std::optional<StoreService::Result> added;
        station.stores->addStore(TestStores::bigCommerce(QStringLiteral("Main shop")), QStringLiteral("token-1"),
                                 QString(), nullptr, [&added](const StoreService::Result &result) { added = result; });
        QTRY_VERIFY(added);
        QVERIFY2(added->isOk(), qPrintable(added->message));
        station.database->watchGuiThread(true);

        DatabaseLocation location = target.location();
        location.sslMode = server.location.sslMode;
        location.sslRootCert = server.location.sslRootCert;
        SettingsDialog dialog(station.profile, *station.stores);
        DatabasePage *page = openPage(dialog);
        fillServer(&dialog, location, server.password);
        QSignalSpy copied(page, &DatabasePage::copyFinished);
        child<QPushButton>(&dialog, "copyToServerButton")->click();
        auto *question = dialog.findChild<QMessageBox *>(QStringLiteral("copyQuestion"));
        QVERIFY(question && question->isVisible());
        QVERIFY(question->informativeText().contains(QStringLiteral("must be empty")));
        child<QPushButton>(question, "confirmCopyButton")->click();
        QVERIFY(copied.wait(30000) || !copied.isEmpty());
        QVERIFY2(copied.constFirst().constFirst().toBool(), qPrintable(page->copyResult()));
        QVERIFY2(page->copyResult().contains(QStringLiteral("count matches")), qPrintable(page->copyResult()));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("copyProgress")) ||
                !dialog.findChild<QWidget *>(QStringLiteral("copyProgress"))->isVisible());

        // The store is on the server now.
        location.password = server.password;
        QString error;
        std::unique_ptr<Database> copy = Database::open(location, &error);
        QVERIFY2(copy, qPrintable(error));
        QSqlQuery stores(copy->connection());
        QVERIFY(stores.exec(QStringLiteral("SELECT name FROM stores")));
        QVERIFY(stores.next());
        QCOMPARE(stores.value(0).toString(), QStringLiteral("Main shop"));

        // The copy opened the server: Apply needs no other test.
        QVERIFY(apply(dialog));
        QCOMPARE(page->checksRun(), 0);
        QCOMPARE(station.database->guiThreadUses(), 0);
        removeSecret(location.passwordKey());
    }

    void copyIsOnlyForAStationOnItsOwnFile()
    {
        TestStation station(TestDatabase::Backend::PostgreSQL);
        PACKBENCH_REQUIRE_DATABASE(station.testDatabase);
        QVERIFY2(station.database, qPrintable(station.error));
        SettingsDialog dialog(station.profile, *station.stores);
        openPage(dialog);
        choose(&dialog, "sharedRadio");
        QVERIFY(!child<QPushButton>(&dialog, "copyToServerButton")->isEnabled());
        QVERIFY(text(&dialog, "copyResult").contains(QStringLiteral("already keeps its data on a server")));
        QVERIFY(text(&dialog, "runningDatabaseLabel").contains(station.testDatabase.location().databaseName));
    }

    void afterOkAQuestionOffersToRestartAndTheMainWindowDecides()
    {
        TestStation station;
        StubbornWindow window;
        window.show();
        auto *dialog = new SettingsDialog(station.profile, *station.stores, &window);
        DatabasePage *page = openPage(*dialog);
        QVERIFY(!child<QPushButton>(dialog, "restartButton")->isVisible());
        typeInto(dialog, "stationNameEdit", QStringLiteral("Bench 9"));
        QVERIFY(apply(*dialog));
        QCOMPARE(AppSettings(station.profile).stationName(), QStringLiteral("Bench 9"));
        auto *note = child<QLabel>(dialog, "restartNote");
        QVERIFY2(note->text().contains(QStringLiteral("\"Bench 9\" is used from the next start")),
                 qPrintable(note->text()));
        QVERIFY(child<QPushButton>(dialog, "restartButton")->isVisible());

        // Restart goes through the main window's own close, which may refuse: then nothing restarts.
        QTest::mouseClick(child<QPushButton>(dialog, "restartButton"), Qt::LeftButton);
        QCOMPARE(window.closeAttempts, 1);
        QVERIFY(dialog->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("did not close")), qPrintable(note->text()));

        // OK closes the dialog: the question comes over the main window instead.
        typeInto(dialog, "stationNameEdit", QStringLiteral("Bench 10"));
        QVERIFY(page->isModified());
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!applied.isEmpty());
        QVERIFY(!dialog->isVisible());
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("restartQuestion"))));
        QVERIFY2(question->text().contains(QStringLiteral("Bench 10")), qPrintable(question->text()));
        QVERIFY(question->informativeText().contains(QStringLiteral("Restart now?")));
        QVERIFY(question->findChild<QPushButton *>(QStringLiteral("restartNowButton")));
        question->reject();
        QCOMPARE(window.closeAttempts, 1);
        delete dialog;
    }

    void theWheelOverTheFormScrollsItAndChangesNoSetting()
    {
        TestStation station;
        SettingsDialog dialog(station.profile, *station.stores);
        dialog.resize(760, 420); // short enough for the form to scroll
        openPage(dialog);
        choose(&dialog, "sharedRadio");
        auto *tls = child<QComboBox>(&dialog, "tlsCombo");
        QCOMPARE(tls->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!tls->hasFocus());
        const int index = tls->currentIndex();
        QScrollBar *scrollBar = child<QScrollArea>(&dialog, "databaseScroll")->verticalScrollBar();
        QVERIFY(scrollBar->maximum() > 0);
        const int scrolled = scrollBar->value();
        wheelDown(tls);
        QCOMPARE(tls->currentIndex(), index);
        QVERIFY(scrollBar->value() > scrolled);
    }

    // The page at a small size, in English and in German: nothing sticks out to the right (the form only scrolls up
    // and down), and the pictures are written to PACKBENCH_SCREENSHOT_DIR when it is set.
    void fitsASmallWindowInEnglishAndGerman()
    {
        TestStation station;
        QTemporaryDir certificates;
        const QString ca = certificates.filePath(QStringLiteral("warehouse-ca.crt"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
        file.close();
        auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
        const QString outDir = qEnvironmentVariable("PACKBENCH_SCREENSHOT_DIR");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            Translations::install(app, language);
            SettingsDialog dialog(station.profile, *station.stores);
            dialog.resize(700, 500);
            openPage(dialog);
            DatabaseLocation location;
            location.backend = DatabaseLocation::Backend::PostgreSQL;
            location.host = QStringLiteral("db.warehouse.lan");
            location.port = 5432;
            location.databaseName = QStringLiteral("packbench");
            location.user = QStringLiteral("packbench");
            location.sslMode = QStringLiteral("verify-full");
            location.sslRootCert = ca;
            fillServer(&dialog, location, QStringLiteral("secret"));
            typeInto(&dialog, "stationNameEdit", QStringLiteral("Bench 3"));
            QTest::qWait(50);
            auto *scroll = child<QScrollArea>(&dialog, "databaseScroll");
            const int width = scroll->viewport()->width();
            const QList<QWidget *> widgets = scroll->widget()->findChildren<QWidget *>();
            for (const QWidget *widget : widgets) {
                if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                const QPoint right = widget->mapTo(scroll->widget(), QPoint(widget->width(), 0));
                QVERIFY2(
                    right.x() <= width + 1,
                    qPrintable(QStringLiteral("%1 (%2) ends at %3 of %4 in %5")
                                   .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                                   .arg(right.x())
                                   .arg(width)
                                   .arg(language)));
            }
            // With the test server: a passed Test connection, then Apply (the note about the next start).
            TestServer server;
            if (server.skipReason.isEmpty() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
                fillServer(&dialog, server.location, server.password);
                QVERIFY2(testConnection(&dialog, dialog.findChild<DatabasePage *>()),
                         qPrintable(text(&dialog, "testDatabaseResult")));
                QVERIFY(apply(dialog));
                QVERIFY(child<QLabel>(&dialog, "restartNote")->isVisible());
                removeSecret(server.location.passwordKey());
            }
            if (!outDir.isEmpty()) {
                QDir().mkpath(outDir);
                const QString name = QDir(outDir).filePath(QStringLiteral("database-%1.png").arg(language));
                QVERIFY(dialog.grab().save(name));
                qInfo("screenshot: %s", qPrintable(name));
                // Scrolled to the end: the buttons and their results.
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                const QString end = QDir(outDir).filePath(QStringLiteral("database-%1-end.png").arg(language));
                QVERIFY(dialog.grab().save(end));
                qInfo("screenshot: %s", qPrintable(end));
            }
        }
        Translations::install(app, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDatabasePage)
#include "tst_databasepage.moc"
