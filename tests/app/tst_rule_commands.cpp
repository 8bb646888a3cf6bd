// `packbench account ...` and `packbench rule ...` as scripts run them: the real binary on a real SQLite profile.
#include "core/domain/Account.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/StoreRepository.h"
#include "support/ImportedRows.h"
#include "support/PackbenchRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
using Run = PackbenchRun;
} // namespace

class TestRuleCommands : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_profile;

    Run run(const QStringList &arguments) { return runPackbench(m_profile->path(), arguments); }

    Run account(const QStringList &arguments) { return run(QStringList{QStringLiteral("account")} + arguments); }
    Run rule(const QStringList &arguments) { return run(QStringList{QStringLiteral("rule")} + arguments); }

    QJsonArray listJson(const QString &command)
    {
        const Run listed = run({command, QStringLiteral("list"), QStringLiteral("--json")});
        if (listed.exitCode != 0)
            qWarning("%s list failed: %s", qPrintable(command), qPrintable(listed.err));
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // The profile's own database, as the binary opens it.
    std::unique_ptr<Database> openProfileDatabase(QString *error)
    {
        const Profile profile = Profile::open(m_profile->path());
        DatabaseLocation location;
        if (!DatabaseLocation::parse(QString(), profile, &location, error))
            return nullptr;
        return Database::open(location, error);
    }

private Q_SLOTS:
    void init() { m_profile = std::make_unique<QTemporaryDir>(); }

    void helpExitsZeroAndOpensNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("account") << QStringList{"account", "--help"} << "account remove NAME";
        QTest::newRow("account add") << QStringList{"account", "add", "--help"} << "--sender-country";
        QTest::newRow("account list") << QStringList{"account", "list", "--help"} << "--json";
        QTest::newRow("account remove") << QStringList{"account", "remove", "--help"} << "account remove NAME";
        QTest::newRow("rule") << QStringList{"rule", "--help"} << "rule apply";
        QTest::newRow("rule add") << QStringList{"rule", "add", "--help"} << "--then";
        QTest::newRow("rule add, mistyped") << QStringList{"rule", "add", "--iff", "x", "--help"} << "--position";
        QTest::newRow("rule list") << QStringList{"rule", "list", "--help"} << "--json";
        QTest::newRow("rule remove") << QStringList{"rule", "remove", "--help"} << "rule remove NAME";
        QTest::newRow("rule apply") << QStringList{"rule", "apply", "--help"} << "--store";
        QTest::newRow("everything") << QStringList{"--help"} << "rule add --name NAME";
    }

    void helpExitsZeroAndOpensNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());
        QVERIFY2(QDir(m_profile->path()).isEmpty(), "--help created something in the profile");
    }

    void accountsAddListRemove()
    {
        Run result = account({QStringLiteral("add"),
                              QStringLiteral("--name"),
                              QStringLiteral("Kids Warehouse"),
                              QStringLiteral("--sender-name"),
                              QStringLiteral("Jane Doe"),
                              QStringLiteral("--sender-company"),
                              QStringLiteral("Kids Ltd"),
                              QStringLiteral("--sender-street"),
                              QStringLiteral("1 Queen St"),
                              QStringLiteral("--sender-street2"),
                              QStringLiteral("Unit 2"),
                              QStringLiteral("--sender-city"),
                              QStringLiteral("Auckland"),
                              QStringLiteral("--sender-region"),
                              QStringLiteral("Auckland"),
                              QStringLiteral("--sender-zip"),
                              QStringLiteral("1010"),
                              QStringLiteral("--sender-country"),
                              QStringLiteral("nz"),
                              QStringLiteral("--sender-phone"),
                              QStringLiteral("+64 9 123"),
                              QStringLiteral("--sender-email"),
                              QStringLiteral("kids@example.com")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Kids Warehouse")));

        QJsonArray accounts = listJson(QStringLiteral("account"));
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0)[QLatin1String("name")].toString(), QStringLiteral("Default"));
        QCOMPARE(accounts.at(0)[QLatin1String("id")].toString(), Account::defaultId().toString(QUuid::WithoutBraces));
        const QJsonObject kids = accounts.at(1).toObject();
        QCOMPARE(kids[QLatin1String("name")].toString(), QStringLiteral("Kids Warehouse"));
        QVERIFY(!QUuid::fromString(kids[QLatin1String("id")].toString()).isNull());
        const QJsonObject sender = kids[QLatin1String("sender")].toObject();
        QCOMPARE(sender[QLatin1String("name")].toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(sender[QLatin1String("company")].toString(), QStringLiteral("Kids Ltd"));
        QCOMPARE(sender[QLatin1String("street_1")].toString(), QStringLiteral("1 Queen St"));
        QCOMPARE(sender[QLatin1String("street_2")].toString(), QStringLiteral("Unit 2"));
        QCOMPARE(sender[QLatin1String("city")].toString(), QStringLiteral("Auckland"));
        QCOMPARE(sender[QLatin1String("region")].toString(), QStringLiteral("Auckland"));
        QCOMPARE(sender[QLatin1String("zip")].toString(), QStringLiteral("1010"));
        QCOMPARE(sender[QLatin1String("country_iso2")].toString(), QStringLiteral("NZ"));
        QCOMPARE(sender[QLatin1String("phone")].toString(), QStringLiteral("+64 9 123"));
        QCOMPARE(sender[QLatin1String("email")].toString(), QStringLiteral("kids@example.com"));

        result = account({QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Kids Warehouse\tJane Doe, Kids Ltd, 1 Queen St")),
                 qPrintable(result.out));

        result = account({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("KIDS warehouse")});
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);

        result = account({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                          QStringLiteral("--sender-country"), QStringLiteral("New Zealand")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("two-letter")), qPrintable(result.err));
        result = account({QStringLiteral("add")});
        QCOMPARE(result.exitCode, 2);

        result = account({QStringLiteral("set"), QStringLiteral("kids warehouse"), QStringLiteral("--sender-city"),
                          QStringLiteral("Hamilton")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(listJson(QStringLiteral("account")).at(1)[QLatin1String("sender")][QLatin1String("city")].toString(),
                 QStringLiteral("Hamilton"));

        result = account({QStringLiteral("remove"), QStringLiteral("Default")});
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("Default account cannot be removed")), qPrintable(result.err));
        result = account({QStringLiteral("remove"), QStringLiteral("Nowhere")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("no account named \"Nowhere\"")), qPrintable(result.err));

        result = account({QStringLiteral("remove"), QStringLiteral("kids warehouse")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(listJson(QStringLiteral("account")).size(), 1);
    }

    void rulesAddListRemove()
    {
        QCOMPARE(account({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kids Warehouse")}).exitCode,
                 0);
        Run result =
            rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kids"), QStringLiteral("--if"),
                  QStringLiteral("tag=2"), QStringLiteral("--if"), QStringLiteral("weight > 2.5"),
                  QStringLiteral("--then"), QStringLiteral("account=kids warehouse")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Fragile"),
                       QStringLiteral("--if"), QStringLiteral("sku~MUG"), QStringLiteral("--then"),
                       QStringLiteral("tag=fragile"), QStringLiteral("--position"), QStringLiteral("1")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("position 1")), qPrintable(result.out));

        const QJsonArray rules = listJson(QStringLiteral("rule"));
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("Fragile")},
                                                      {QStringLiteral("position"), 1},
                                                      {QStringLiteral("if"), QJsonArray{QStringLiteral("sku~MUG")}},
                                                      {QStringLiteral("then"), QStringLiteral("tag=fragile")}}));
        QCOMPARE(rules.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Kids")},
                              {QStringLiteral("position"), 2},
                              {QStringLiteral("if"), QJsonArray{QStringLiteral("tag=2"), QStringLiteral("weight>2.5")}},
                              {QStringLiteral("then"), QStringLiteral("account=Kids Warehouse")}}));
        result = rule({QStringLiteral("list")});
        QVERIFY2(result.out.contains(QStringLiteral("2\tKids\tif tag=2 and weight>2.5\tthen account=Kids Warehouse")),
                 qPrintable(result.out));

        // Name taken, whatever the case.
        result = rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("KIDS"), QStringLiteral("--if"),
                       QStringLiteral("tag=3"), QStringLiteral("--then"), QStringLiteral("tag=x")});
        QCOMPARE(result.exitCode, 8);
        QVERIFY2(result.err.contains(QStringLiteral("already exists")), qPrintable(result.err));
        // An account that does not exist.
        result = rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ghost"), QStringLiteral("--if"),
                       QStringLiteral("tag=3"), QStringLiteral("--then"), QStringLiteral("account=Ghost Warehouse")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("no account named \"Ghost Warehouse\"")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(listJson(QStringLiteral("rule")).size(), 2);

        result = rule({QStringLiteral("remove"), QStringLiteral("fragile")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray left = listJson(QStringLiteral("rule"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0)[QLatin1String("position")].toInt(), 1);
        result = rule({QStringLiteral("remove"), QStringLiteral("fragile")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("no rule named \"fragile\"")), qPrintable(result.err));
    }

    void badRulesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList start{"rule", "add", "--name", "R"};
        QTest::newRow("unknown field")
            << start + QStringList{"--if", "colour=red", "--then", "tag=x"}
            << "Unknown field \"colour\" in \"colour=red\": use tag, store, country, weight, sku, atl or items.";
        QTest::newRow("not a number") << start + QStringList{"--if", "weight>heavy", "--then", "tag=x"}
                                      << "weight takes a number";
        QTest::newRow("ordering text") << start + QStringList{"--if", "country<NZ", "--then", "tag=x"}
                                       << "compares numbers";
        QTest::newRow("atl") << start + QStringList{"--if", "atl=maybe", "--then", "tag=x"}
                             << "atl takes yes, no or signature";
        QTest::newRow("second condition bad")
            << start + QStringList{"--if", "tag=2", "--if", "tag", "--then", "tag=x"} << "No operator in \"tag\"";
        QTest::newRow("bad then") << start + QStringList{"--if", "tag=2", "--then", "warehouse=Kids"}
                                  << "--then takes account=NAME or tag=TEXT";
        QTest::newRow("empty tag") << start + QStringList{"--if", "tag=2", "--then", "tag="}
                                   << "--then takes account=NAME or tag=TEXT";
        QTest::newRow("no condition") << start + QStringList{"--then", "tag=x"} << "Usage: packbench rule add";
        QTest::newRow("no action") << start + QStringList{"--if", "tag=2"} << "Usage: packbench rule add";
        QTest::newRow("bad position") << start + QStringList{"--if", "tag=2", "--then", "tag=x", "--position", "0"}
                                      << "--position takes a number from 1";
        QTest::newRow("unknown subcommand") << QStringList{"rule", "frobnicate"} << "unknown rule command";
        QTest::newRow("apply with a word") << QStringList{"rule", "apply", "now"} << "Usage: packbench rule apply";
    }

    void badRulesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(QDir(m_profile->path()).isEmpty(), "a usage error opened the profile");
    }

    void applyRoutesWaitingShipments()
    {
        // A store and its imported shipments, written into the profile's database as an import leaves them.
        QString error;
        std::unique_ptr<Database> db = openProfileDatabase(&error);
        QVERIFY2(db, qPrintable(error));
        StoreConfig store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        store.storeHash = QStringLiteral("abc123");
        store.clientId = QStringLiteral("client-1");
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        const QString storeId = store.id.toString(QUuid::WithoutBraces);
        QVERIFY2(ImportedRows::insert(db->connection(), storeId, {100, 101}, &error), qPrintable(error));
        // Order 101's shipping shipment is printed: apply leaves it alone.
        const QString printedKey = ImportedRows::shipmentKey(storeId, 101, QStringLiteral("shipping"));
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ?"));
        query.addBindValue(printedKey);
        QVERIFY(query.exec());

        QCOMPARE(account({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kids Warehouse")}).exitCode,
                 0);
        Run result =
            rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kids"), QStringLiteral("--if"),
                  QStringLiteral("tag=2"), QStringLiteral("--then"), QStringLiteral("account=Kids Warehouse")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = rule({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Mugs"), QStringLiteral("--if"),
                       QStringLiteral("sku~sku"), QStringLiteral("--then"), QStringLiteral("tag=mug")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        result = rule({QStringLiteral("apply"), QStringLiteral("--store"), QStringLiteral("Elsewhere")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("no store named \"Elsewhere\"")), qPrintable(result.err));

        // Three open shipments (two pickups without tags, one tagged shipping shipment); all three get "mug".
        result = rule({QStringLiteral("apply"), QStringLiteral("--store"), QStringLiteral("main")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Rules applied to 3 shipment(s) waiting to ship or on hold; "
                                                    "3 changed.")),
                 qPrintable(result.out));
        result = rule({QStringLiteral("apply"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("shipments"), 3}, {QStringLiteral("changed"), 0}}));

        const QString kidsId = listJson(QStringLiteral("account")).at(1)[QLatin1String("id")].toString();
        auto accountOf = [&](const QString &key) {
            QSqlQuery read(db->connection());
            read.prepare(QStringLiteral("SELECT account_id FROM shipments WHERE shipment_key = ?"));
            read.addBindValue(key);
            return read.exec() && read.next() ? read.value(0).toString() : QStringLiteral("none");
        };
        QCOMPARE(accountOf(ImportedRows::shipmentKey(storeId, 100, QStringLiteral("shipping"))), kidsId);
        QCOMPARE(accountOf(ImportedRows::shipmentKey(storeId, 100, QStringLiteral("pickup"))),
                 Account::defaultId().toString(QUuid::WithoutBraces));
        QCOMPARE(accountOf(printedKey), Account::defaultId().toString(QUuid::WithoutBraces));

        // Removing the account takes its rule with it and moves its shipment back.
        result = account({QStringLiteral("remove"), QStringLiteral("Kids Warehouse")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("1 shipment(s)")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Rules that routed to it, removed: Kids.")),
                 qPrintable(result.out));
        QCOMPARE(accountOf(ImportedRows::shipmentKey(storeId, 100, QStringLiteral("shipping"))),
                 Account::defaultId().toString(QUuid::WithoutBraces));
        QCOMPARE(listJson(QStringLiteral("rule")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRuleCommands)
#include "tst_rule_commands.moc"
