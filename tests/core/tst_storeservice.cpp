// StoreService: keeps database rows and keychain entries in step, and diagnoses connections, against a real
// database (SQLite and PostgreSQL where rows are written), an in-memory keychain and the sandbox store over real HTTP.
#include "core/integrations/StoreService.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "support/FakeSecretStore.h"
#include "support/ImportedRows.h"
#include "support/SandboxFixture.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
struct Harness
{
    QTemporaryDir dir;
    Profile profile = Profile::open(dir.path());
    TestDatabase testDatabase;
    std::unique_ptr<Database> database;
    FakeSecretStore secrets;
    std::unique_ptr<StoreService> service;
    QString error; // why `database` is null

    explicit Harness(TestDatabase::Backend backend = TestDatabase::Backend::SQLite)
        : testDatabase(backend)
    {
        if (!testDatabase.isAvailable())
            return;
        database = testDatabase.open(&error);
        if (database)
            service = std::make_unique<StoreService>(profile, *database, secrets);
    }

    StoreService::Result add(const StoreConfig &store, const QString &token, const QString &secret = QString())
    {
        std::optional<StoreService::Result> result;
        service->addStore(store, token, secret, nullptr, [&](const StoreService::Result &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(StoreService::Result{StoreService::Outcome::Database, QStringLiteral("no answer")});
    }

    StoreService::Result update(const StoreConfig &store)
    {
        std::optional<StoreService::Result> result;
        service->updateStore(store, QString(), QString(), nullptr, [&](const StoreService::Result &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(StoreService::Result{StoreService::Outcome::Database, QStringLiteral("no answer")});
    }

    StoreService::Result remove(const QUuid &id, bool force)
    {
        std::optional<StoreService::Result> result;
        service->removeStore(id, force, nullptr, [&](const StoreService::Result &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(StoreService::Result{StoreService::Outcome::Database, QStringLiteral("no answer")});
    }

    std::pair<ConnectionReport, StoreService::Outcome> test(const StoreConfig &store, const QString &token = {})
    {
        std::optional<std::pair<ConnectionReport, StoreService::Outcome>> result;
        service->testConnection(store, token, nullptr, [&](const ConnectionReport &report, StoreService::Outcome o) {
            result = std::make_pair(report, o);
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        }();
        return result.value_or(std::make_pair(ConnectionReport(), StoreService::Outcome::Database));
    }
};

StoreConfig storeFor(const QString &apiPath, const QString &name = QStringLiteral("Main"))
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = name;
    store.apiPath = apiPath;
    store.clientId = QStringLiteral("client-id-1");
    return store;
}
} // namespace

// A data-driven test body (its _data() has the "backend" column) starts with a harness on the row's backend: `h`.
#define OPEN_HARNESS()                                                                                                 \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    Harness h(backend);                                                                                                \
    PACKBENCH_REQUIRE_DATABASE(h.testDatabase);                                                                        \
    QVERIFY2(h.database, qPrintable(h.error))

class TestStoreService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addStoresTokenInKeychainAndRowInDatabase_data() { TestDatabase::addBackendRows(); }
    void addStoresTokenInKeychainAndRowInDatabase()
    {
        OPEN_HARNESS();
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3"));
        const StoreService::Result result = h.add(store, QStringLiteral("  tok-123\n"), QStringLiteral("sec-9"));
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(h.secrets.entries.value(SecretStore::accessTokenKey(h.profile, store.id)), QStringLiteral("tok-123"));
        QCOMPARE(h.secrets.entries.value(SecretStore::clientSecretKey(h.profile, store.id)), QStringLiteral("sec-9"));
        const std::optional<StoreConfig> saved = h.service->store(QStringLiteral("Main"));
        QVERIFY(saved);
        QCOMPARE(saved->storeHash, QStringLiteral("abc123"));
        QCOMPARE(saved->apiPath, QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
    }

    void badInputIsRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("apiPath");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("mentions");
        const QString path = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        QTest::newRow("empty name") << "  " << path << "tok"
                                    << "store name";
        QTest::newRow("bad path") << "Main"
                                  << "https://mystore.mybigcommerce.com"
                                  << "tok"
                                  << "api.bigcommerce.com";
        QTest::newRow("empty token") << "Main" << path << " \n"
                                     << "access token";
        QTest::newRow("token with space") << "Main" << path << "abc def"
                                          << "spaces or line breaks";
        QTest::newRow("token with newline") << "Main" << path << "abc\ndef"
                                            << "spaces or line breaks";
    }

    void badInputIsRefusedAndNothingIsStored()
    {
        QFETCH(QString, name);
        QFETCH(QString, apiPath);
        QFETCH(QString, token);
        QFETCH(QString, mentions);
        Harness h;
        StoreConfig store = storeFor(apiPath, name);
        const StoreService::Result result = h.add(store, token);
        QCOMPARE(result.outcome, StoreService::Outcome::Invalid);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QCOMPARE(h.secrets.writes, 0);
        QVERIFY(h.service->stores().isEmpty());
    }

    void duplicateNameIsAConflict_data() { TestDatabase::addBackendRows(); }
    void duplicateNameIsAConflict()
    {
        OPEN_HARNESS();
        const QString path = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        QVERIFY(h.add(storeFor(path), QStringLiteral("tok")).isOk());
        const StoreService::Result second = h.add(storeFor(path, QStringLiteral("main")), QStringLiteral("tok2"));
        QCOMPARE(second.outcome, StoreService::Outcome::NameTaken);
        QCOMPARE(h.secrets.entries.size(), 1);
    }

    // The store hash is compared whatever its case by the database's query: that row runs on both backends (the
    // others differ only in how the API path is read).
    void sameStoreIsRefusedNamingTheStoreItIsConnectedAs_data()
    {
        QTest::addColumn<TestDatabase::Backend>("backend");
        QTest::addColumn<QString>("apiPath");
        const auto sqlite = TestDatabase::Backend::SQLite;
        QTest::newRow("sqlite same path") << sqlite << "https://api.bigcommerce.com/stores/abc123/v3/";
        QTest::newRow("sqlite hash in capitals") << sqlite << "https://api.bigcommerce.com/stores/ABC123/v3/";
        QTest::newRow("postgresql hash in capitals")
            << TestDatabase::Backend::PostgreSQL << "https://api.bigcommerce.com/stores/ABC123/v3/";
        QTest::newRow("sqlite v2, no slash, spaces") << sqlite << "  https://API.bigcommerce.com/stores/Abc123/v2  ";
        QTest::newRow("sqlite port 443") << sqlite << "https://api.bigcommerce.com:443/stores/abc123/v3";
    }

    void sameStoreIsRefusedNamingTheStoreItIsConnectedAs()
    {
        QFETCH(QString, apiPath);
        OPEN_HARNESS();
        QVERIFY(h.add(storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/")), QStringLiteral("tok"))
                    .isOk());
        const StoreService::Result second = h.add(storeFor(apiPath, QStringLiteral("Second")), QStringLiteral("tok2"));
        QCOMPARE(second.outcome, StoreService::Outcome::StoreTaken);
        QVERIFY2(second.message.contains(QStringLiteral("Store hash \"abc123\" is already connected as \"Main\"")),
                 qPrintable(second.message));
        QCOMPARE(h.secrets.writes, 1); // refused before the keychain is touched
        QCOMPARE(h.service->stores().size(), 1);
    }

    void aStoreConnectedMeanwhileIsCaughtWhenTheRowIsWritten_data() { TestDatabase::addBackendRows(); }
    void aStoreConnectedMeanwhileIsCaughtWhenTheRowIsWritten()
    {
        OPEN_HARNESS();
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        // Another station connects the same store, under another name, while our token is being written.
        h.secrets.onWrite = [&h](const QString &) {
            StoreRepository repository(*h.database);
            StoreConfig rival =
                storeFor(QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v3/"), QStringLiteral("Bench 2's"));
            rival.storeHash = QStringLiteral("ABC123");
            QString error;
            repository.insert(rival, &error);
            h.secrets.onWrite = nullptr;
        };
        const StoreService::Result result = h.add(store, QStringLiteral("tok"));
        QCOMPARE(result.outcome, StoreService::Outcome::StoreTaken);
        QVERIFY2(result.message.contains(QStringLiteral("\"Bench 2's\"")), qPrintable(result.message));
        QVERIFY2(h.secrets.entries.isEmpty(), "the token of a store that was not saved must not stay in the keychain");
        QCOMPARE(h.service->stores().size(), 1); // only the rival
    }

    void changingTheApiPathToAConnectedStoreIsRefused_data() { TestDatabase::addBackendRows(); }
    void changingTheApiPathToAConnectedStoreIsRefused()
    {
        OPEN_HARNESS();
        StoreConfig main = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        StoreConfig other =
            storeFor(QStringLiteral("https://api.bigcommerce.com/stores/xyz9/v3/"), QStringLiteral("Other"));
        QVERIFY(h.add(main, QStringLiteral("tok")).isOk());
        QVERIFY(h.add(other, QStringLiteral("tok2")).isOk());

        other.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v2");
        const StoreService::Result refused = h.update(other);
        QCOMPARE(refused.outcome, StoreService::Outcome::StoreTaken);
        QVERIFY2(refused.message.contains(QStringLiteral("already connected as \"Main\"")),
                 qPrintable(refused.message));
        QCOMPARE(h.service->store(other.id)->storeHash, QStringLiteral("xyz9"));

        // Its own store hash, written differently, is fine.
        main.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/ABC123/v2");
        const StoreService::Result kept = h.update(main);
        QVERIFY2(kept.isOk(), qPrintable(kept.message));
        QCOMPARE(h.service->store(main.id)->storeHash, QStringLiteral("ABC123"));
    }

    void keychainFailureStoresNothing()
    {
        Harness h;
        h.secrets.failWith = SecretStore::Status::Unavailable;
        const StoreService::Result result =
            h.add(storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/")), QStringLiteral("tok"));
        QCOMPARE(result.outcome, StoreService::Outcome::Keychain);
        QVERIFY(result.message.contains(QStringLiteral("keychain")));
        QVERIFY(h.service->stores().isEmpty());
        QVERIFY(h.secrets.entries.isEmpty());
    }

    void failedRowWriteTakesTheTokenBackOut_data() { TestDatabase::addBackendRows(); }
    void failedRowWriteTakesTheTokenBackOut()
    {
        OPEN_HARNESS();
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        // Another station takes the name while our token is being written.
        h.secrets.onWrite = [&h](const QString &) {
            StoreRepository repository(*h.database);
            StoreConfig rival = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/zzz/v3/"));
            rival.storeHash = QStringLiteral("zzz");
            QString error;
            repository.insert(rival, &error);
            h.secrets.onWrite = nullptr;
        };
        const StoreService::Result result = h.add(store, QStringLiteral("tok"));
        QCOMPARE(result.outcome, StoreService::Outcome::NameTaken);
        QVERIFY2(h.secrets.entries.isEmpty(), "the token of a store that was not saved must not stay in the keychain");
        QCOMPARE(h.service->stores().size(), 1); // only the rival
    }

    void updateKeepsTheTokenUnlessANewOneIsGiven()
    {
        Harness h;
        StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        QVERIFY(h.add(store, QStringLiteral("tok-old")).isOk());
        store.writeback = WritebackMode::Off;
        std::optional<StoreService::Result> result;
        h.service->updateStore(store, QString(), QString(), nullptr, [&](const auto &r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(h.secrets.entries.value(SecretStore::accessTokenKey(h.profile, store.id)), QStringLiteral("tok-old"));
        QCOMPARE(h.service->store(store.id)->writeback, WritebackMode::Off);

        result.reset();
        h.service->updateStore(store, QStringLiteral("tok-new"), QString(), nullptr,
                               [&](const auto &r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(result->isOk());
        QCOMPARE(h.secrets.entries.value(SecretStore::accessTokenKey(h.profile, store.id)), QStringLiteral("tok-new"));
    }

    void removeDeletesTheTokenAndKeepsTheRow_data() { TestDatabase::addBackendRows(); }
    void removeDeletesTheTokenAndKeepsTheRow()
    {
        OPEN_HARNESS();
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        QVERIFY(h.add(store, QStringLiteral("tok"), QStringLiteral("sec")).isOk());
        const StoreService::Result result = h.remove(store.id, false);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QVERIFY(h.secrets.entries.isEmpty());
        QVERIFY(h.service->stores().isEmpty());
        QVERIFY(h.service->store(store.id)); // the row stays, marked removed
        QCOMPARE(h.remove(store.id, true).outcome, StoreService::Outcome::NotFound);
        // The same store can be connected again.
        QVERIFY(h.add(storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/")), QStringLiteral("tok"))
                    .isOk());
    }

    void removeTakesTheStoresShipmentsWithIt_data() { TestDatabase::addBackendRows(); }
    void removeTakesTheStoresShipmentsWithIt()
    {
        OPEN_HARNESS();
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        QVERIFY(h.add(store, QStringLiteral("tok")).isOk());
        const QString storeId = store.id.toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY2(ImportedRows::insert(h.database->connection(), storeId, {100, 101}, &error), qPrintable(error));
        QCOMPARE(h.service->unshippedCount(store.id), 4);

        const StoreService::Result asked = h.remove(store.id, false);
        QCOMPARE(asked.outcome, StoreService::Outcome::HasUnshipped);
        QVERIFY2(asked.message.contains(QStringLiteral("deletes them")), qPrintable(asked.message));
        QCOMPARE(ImportedRows::count(h.database->connection(), storeId).shipments, 4);

        const StoreService::Result removed = h.remove(store.id, true);
        QVERIFY2(removed.isOk(), qPrintable(removed.message));
        const ImportedRows::Counts left = ImportedRows::count(h.database->connection(), storeId);
        QVERIFY2(left.isEmpty(), qPrintable(left.toString()));
        QCOMPARE(h.service->unshippedCount(store.id), 0);
    }

    void tokenStateTellsMissingFromStored()
    {
        Harness h;
        const StoreConfig store = storeFor(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
        QVERIFY(h.add(store, QStringLiteral("tok")).isOk());
        std::optional<StoreService::TokenState> state;
        h.service->tokenState(store.id, nullptr, [&](StoreService::TokenState s, const QString &) { state = s; });
        QTRY_VERIFY(state);
        QCOMPARE(*state, StoreService::TokenState::Stored);
        h.secrets.entries.clear(); // another station: the database row is shared, the keychain is not
        state.reset();
        h.service->tokenState(store.id, nullptr, [&](StoreService::TokenState s, const QString &) { state = s; });
        QTRY_VERIFY(state);
        QCOMPARE(*state, StoreService::TokenState::Missing);
    }

    void connectionTestReportsStoreAndChannelsAndSavesThem_data() { TestDatabase::addBackendRows(); }
    void connectionTestReportsStoreAndChannelsAndSavesThem()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        OPEN_HARNESS();
        const StoreConfig store = storeFor(sandbox.apiPath());
        QVERIFY(h.add(store, sandbox.token()).isOk());
        const auto [report, outcome] = h.test(store);
        QVERIFY2(report.isOk(), qPrintable(report.summary()));
        QCOMPARE(outcome, StoreService::Outcome::Ok);
        QVERIFY(!report.storeName.isEmpty());
        QVERIFY(report.channels.size() >= 3);
        QVERIFY(report.summary().contains(report.storeName));
        QVERIFY(report.summary().contains(QStringLiteral("write access is confirmed at the first write-back")));
        QCOMPARE(h.service->channels(store.id).size(), report.channels.size());
        QVERIFY(!h.service->statusLabels(store.id).isEmpty()); // the sandbox relabels some statuses
    }

    void connectionTestDiagnosesEachFailure_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("wrong token") << "wrong-token" << int(StoreService::Outcome::Refused)
                                     << QStringList{QStringLiteral("401"), QStringLiteral("access token")};
        QTest::newRow("wrong store hash")
            << "wrong-hash" << int(StoreService::Outcome::Refused)
            << QStringList{QStringLiteral("403"), QStringLiteral("scope"), QStringLiteral("otherhash"),
                           QStringLiteral("Orders: modify"), QStringLiteral("Channel settings: read-only")};
        QTest::newRow("server down") << "down" << int(StoreService::Outcome::Network)
                                     << QStringList{QStringLiteral("refused the connection")};
        QTest::newRow("read-only token passes reads")
            << "read-only" << int(StoreService::Outcome::Ok)
            << QStringList{QStringLiteral("Read access confirmed; write access is confirmed at the first write-back")};
        QTest::newRow("token missing on this station") << "missing" << int(StoreService::Outcome::Keychain)
                                                       << QStringList{QStringLiteral("missing on this station")};
    }

    void connectionTestDiagnosesEachFailure()
    {
        QFETCH(QString, mode);
        QFETCH(int, outcome);
        QFETCH(QStringList, mentions);
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Harness h;
        QString apiPath = sandbox.apiPath();
        QString token = sandbox.token();
        if (mode == QLatin1String("wrong-token"))
            token = QStringLiteral("not-the-token");
        else if (mode == QLatin1String("wrong-hash"))
            apiPath.replace(QStringLiteral("/sandbox1/"), QStringLiteral("/otherhash/"));
        else if (mode == QLatin1String("down"))
            apiPath = unreachableApiPath();
        else if (mode == QLatin1String("read-only"))
            token = sandbox.readOnlyToken();
        const StoreConfig store = storeFor(apiPath);
        QVERIFY(h.add(store, token).isOk());
        if (mode == QLatin1String("missing"))
            h.secrets.entries.clear();

        const auto [report, actual] = h.test(store);
        QCOMPARE(int(actual), outcome);
        for (const QString &word : std::as_const(mentions))
            QVERIFY2(report.summary().contains(word), qPrintable(report.summary()));
        QVERIFY2(!report.summary().contains(token), "a diagnosis never repeats the token");
    }

    // A refused connection is reported at once: Test connection does not retry a host that cannot be reached
    // (six retries with backoff used to take 21 s).
    void aRefusedConnectionFailsFast()
    {
        qunsetenv("PACKBENCH_RETRY_BASE_MS"); // the real backoff, as a user meets it
        Harness h;
        const StoreConfig store = storeFor(unreachableApiPath());
        QVERIFY(h.add(store, QStringLiteral("token")).isOk());
        QElapsedTimer clock;
        clock.start();
        const auto [report, outcome] = h.test(store);
        QCOMPARE(outcome, StoreService::Outcome::Network);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(report.summary().contains(QStringLiteral("refused")), qPrintable(report.summary()));
    }

    // As a window has it: the database steps of add, update, test and remove run on the service's worker thread,
    // never on the calling one, and the answers come back on the calling thread. An operation whose caller is gone
    // meanwhile still ends (its token is not left without its store); only its answer is dropped.
    void databaseStepsRunOnTheWorkerThread_data() { TestDatabase::addBackendRows(); }
    void databaseStepsRunOnTheWorkerThread()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        OPEN_HARNESS();
        h.service->runDatabaseWorkOnWorkerThread();
        h.database->watchGuiThread(true);
        StoreConfig store = storeFor(sandbox.apiPath());
        QVERIFY(h.add(store, sandbox.token()).isOk());
        QCOMPARE(h.add(storeFor(QStringLiteral("https://api.bigcommerce.com/stores/x7/v3/"), QStringLiteral("MAIN")),
                       QStringLiteral("tok-2"))
                     .outcome,
                 StoreService::Outcome::NameTaken);
        store.autoImportMinutes = 15;
        QVERIFY(h.update(store).isOk());
        const auto [report, outcome] = h.test(store);
        QCOMPARE(outcome, StoreService::Outcome::Ok);
        h.database->watchGuiThread(false); // the test's own read
        QCOMPARE(h.service->channels(store.id).size(), report.channels.size());
        h.database->watchGuiThread(true);

        // The caller goes before the first step answers.
        const StoreConfig other =
            storeFor(QStringLiteral("https://api.bigcommerce.com/stores/other9/v3/"), QStringLiteral("Other"));
        bool answered = false;
        auto *caller = new QObject;
        h.service->addStore(other, QStringLiteral("tok-9"), QString(), caller,
                            [&answered](const StoreService::Result &) { answered = true; });
        delete caller;
        QTRY_VERIFY(h.secrets.entries.contains(SecretStore::accessTokenKey(h.profile, other.id)));

        std::optional<StoreService::Result> removed;
        h.service->removeStore(store.id, false, nullptr, [&removed](const StoreService::Result &r) { removed = r; });
        QTRY_VERIFY(removed);
        QVERIFY2(removed->isOk(), qPrintable(removed->message));
        QCOMPARE(h.database->guiThreadUses(), 0);
        h.database->watchGuiThread(false);

        QTRY_VERIFY(h.service->store(QStringLiteral("Other"))); // its row followed its token
        QVERIFY(!answered);
        QCOMPARE(h.service->stores().size(), 1);
        QVERIFY(!h.secrets.entries.contains(SecretStore::accessTokenKey(h.profile, store.id)));
    }

    void unsavedTokenFromTheFormIsUsedForTheTest()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Harness h;
        const StoreConfig store = storeFor(sandbox.apiPath()); // never saved
        const auto [report, outcome] = h.test(store, sandbox.token());
        QVERIFY2(report.isOk(), qPrintable(report.summary()));
        QCOMPARE(h.secrets.writes, 0);
        QVERIFY(h.service->channels(store.id).isEmpty()); // nothing saved for a store that does not exist
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
