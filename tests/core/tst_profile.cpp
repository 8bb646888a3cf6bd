#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTheProfileFolder()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("nested/profile"));
        const Profile profile = Profile::open(dir);
        QVERIFY2(profile.isValid(), qPrintable(profile.errorString()));
        QVERIFY(QDir(dir).exists());
        QCOMPARE(profile.directory(), dir);
        QVERIFY(profile.settingsPath().startsWith(dir + QLatin1Char('/')));
        QVERIFY(profile.databasePath().startsWith(dir + QLatin1Char('/')));
    }

    void profilesHaveDistinctKeychainNamespaces()
    {
        QTemporaryDir root;
        const Profile a = Profile::open(root.filePath(QStringLiteral("a")));
        const Profile b = Profile::open(root.filePath(QStringLiteral("b")));
        QVERIFY(!a.keychainNamespace().isEmpty());
        QVERIFY(a.keychainNamespace() != b.keychainNamespace());
        QCOMPARE(Profile::open(root.filePath(QStringLiteral("a"))).keychainNamespace(), a.keychainNamespace());
    }

    void unwritableLocationIsExplained()
    {
        QTemporaryDir root;
        // A regular file where the folder should be: mkpath must fail.
        const QString blocker = root.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Profile profile = Profile::open(blocker + QStringLiteral("/profile"));
        QVERIFY(!profile.isValid());
        QVERIFY(profile.errorString().contains(QStringLiteral("--profile")));
    }

    void languageSettingRoundTripsThroughTheProfileFile()
    {
        QTemporaryDir root;
        const Profile profile = Profile::open(root.path());
        {
            AppSettings settings(profile);
            QCOMPARE(settings.language(), QString());
            settings.setLanguage(QStringLiteral("de"));
            QCOMPARE(settings.sync(), QSettings::NoError);
        }
        QCOMPARE(AppSettings(profile).language(), QStringLiteral("de"));
        {
            AppSettings settings(profile);
            settings.setLanguage(QString());
            QCOMPARE(settings.sync(), QSettings::NoError);
        }
        QCOMPARE(AppSettings(profile).language(), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
