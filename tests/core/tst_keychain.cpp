// The real OS keychain through QtKeychain: a Secret Service (gnome-keyring) on the session bus. scripts/test.sh
// starts one in a private D-Bus session; CI requires it (PACKBENCH_REQUIRE_KEYCHAIN=1).
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Profile.h"
#include "support/TestSecrets.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> result;
    call([&](const SecretStore::Result &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    }();
    return result.value_or(SecretStore::Result{});
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { PACKBENCH_REQUIRE_KEYCHAIN(); }

    void writeReadRemove()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::open(dir.path());
        KeychainSecretStore store;
        const QString key = SecretStore::accessTokenKey(profile, QUuid::createUuid());
        const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128);

        SecretStore::Result result = waitFor([&](auto cb) { store.read(key, nullptr, cb); });
        QCOMPARE(result.status, SecretStore::Status::NotFound);

        result = waitFor([&](auto cb) { store.write(key, token, nullptr, cb); });
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.errorString));

        result = waitFor([&](auto cb) { store.read(key, nullptr, cb); });
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QCOMPARE(result.value, token);

        result = waitFor([&](auto cb) { store.remove(key, nullptr, cb); });
        QCOMPARE(result.status, SecretStore::Status::Ok);
        result = waitFor([&](auto cb) { store.read(key, nullptr, cb); });
        QCOMPARE(result.status, SecretStore::Status::NotFound);
        // Removing what is not there is fine: the wanted state holds.
        result = waitFor([&](auto cb) { store.remove(key, nullptr, cb); });
        QCOMPARE(result.status, SecretStore::Status::Ok);
    }

    void profilesDoNotShareSecrets()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const QUuid storeId = QUuid::createUuid();
        const QString keyA = SecretStore::accessTokenKey(Profile::open(a.path()), storeId);
        const QString keyB = SecretStore::accessTokenKey(Profile::open(b.path()), storeId);
        QVERIFY(keyA != keyB);
        KeychainSecretStore store;
        QCOMPARE(waitFor([&](auto cb) { store.write(keyA, QStringLiteral("a"), nullptr, cb); }).status,
                 SecretStore::Status::Ok);
        QCOMPARE(waitFor([&](auto cb) { store.read(keyB, nullptr, cb); }).status, SecretStore::Status::NotFound);
        waitFor([&](auto cb) { store.remove(keyA, nullptr, cb); });
    }

    void aDeadContextGetsNoCallback()
    {
        QTemporaryDir dir;
        KeychainSecretStore store;
        auto *context = new QObject;
        bool called = false;
        store.read(SecretStore::accessTokenKey(Profile::open(dir.path()), QUuid::createUuid()), context,
                   [&called](const SecretStore::Result &) { called = true; });
        // The keychain job is the store's child; it deletes itself once it has finished and its callback ran (or
        // was dropped). Waiting for that, not for a second, makes "no callback" a fact and not a guess.
        const QList<QObject *> jobs = store.children();
        QVERIFY(!jobs.isEmpty());
        const QPointer<QObject> job = jobs.constLast();
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 20000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
