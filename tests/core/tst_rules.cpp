// Rule conditions and the rule engine: pure functions, no database.
#include "core/rules/RuleEngine.h"

#include <QTest>

using namespace Packbench;

namespace {

RuleCondition condition(const QString &text)
{
    RuleCondition parsed;
    QString error;
    if (!RuleCondition::parse(text, &parsed, &error))
        qFatal("bad condition in the test: %s", qPrintable(error));
    return parsed;
}

Rule rule(const QString &name, const QStringList &conditions, RuleAction action, const QString &value)
{
    Rule made;
    made.id = QUuid::createUuid();
    made.name = name;
    for (const QString &text : conditions)
        made.conditions.append(condition(text));
    made.action = action;
    made.actionValue = value;
    return made;
}

Rule accountRule(const QString &name, const QStringList &conditions, const QUuid &account)
{
    return rule(name, conditions, RuleAction::Account, account.toString(QUuid::WithoutBraces));
}

Rule tagRule(const QString &name, const QStringList &conditions, const QString &tag)
{
    return rule(name, conditions, RuleAction::Tag, tag);
}

// A parcel to New Zealand from "Main Store": tags 2 and Gift, 2.5 kg, two items MUG-RED and TEE-M, authority to leave.
RuleFacts sampleFacts()
{
    RuleFacts facts;
    facts.tags = {QStringLiteral("2"), QStringLiteral("Gift")};
    facts.storeName = QStringLiteral("Main Store");
    facts.countryIso2 = QStringLiteral("NZ");
    facts.weight = 2.5;
    facts.skus = {QStringLiteral("MUG-RED"), QStringLiteral("TEE-M")};
    facts.atl = AuthorityToLeave::AuthorityToLeave;
    facts.itemCount = 2;
    return facts;
}

QStringList tagsOf(const RuleOutcome &outcome)
{
    QStringList tags;
    for (const auto &[tag, ruleId] : outcome.tags)
        tags << tag;
    return tags;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesConditions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, const char *text, RuleField field, RuleOp op, const char *value,
                      const char *canonical) {
            QTest::newRow(name) << QString::fromUtf8(text) << int(field) << int(op) << QString::fromUtf8(value)
                                << QString::fromUtf8(canonical);
        };
        row("tag =", "tag=2", RuleField::Tag, RuleOp::Equal, "2", "tag=2");
        row("tag == is =", "tag==2", RuleField::Tag, RuleOp::Equal, "2", "tag=2");
        row("weight >", "weight>2.5", RuleField::Weight, RuleOp::Greater, "2.5", "weight>2.5");
        row("weight >=", "weight>=2.5", RuleField::Weight, RuleOp::GreaterOrEqual, "2.5", "weight>=2.5");
        row("weight <", "weight<1", RuleField::Weight, RuleOp::Less, "1", "weight<1");
        row("weight <=", "weight<=1", RuleField::Weight, RuleOp::LessOrEqual, "1", "weight<=1");
        row("country != in capitals", "country!=nz", RuleField::Country, RuleOp::NotEqual, "NZ", "country!=NZ");
        row("country ~ as typed", "country~z", RuleField::Country, RuleOp::Contains, "z", "country~z");
        row("sku ~", "sku~MUG", RuleField::Sku, RuleOp::Contains, "MUG", "sku~MUG");
        row("spaces around the operator", "  weight  >=  2.5 ", RuleField::Weight, RuleOp::GreaterOrEqual, "2.5",
            "weight>=2.5");
        row("field in any case", "STORE=Main Store", RuleField::Store, RuleOp::Equal, "Main Store", "store=Main Store");
        row("value with an operator in it", "sku=A=B", RuleField::Sku, RuleOp::Equal, "A=B", "sku=A=B");
        row("items", "items>=3", RuleField::ItemCount, RuleOp::GreaterOrEqual, "3", "items>=3");
        row("atl yes", "atl=YES", RuleField::Atl, RuleOp::Equal, "yes", "atl=yes");
        row("atl no", "atl!=no", RuleField::Atl, RuleOp::NotEqual, "no", "atl!=no");
        row("atl signature", "atl = signature", RuleField::Atl, RuleOp::Equal, "signature", "atl=signature");
        row("unicode tag", "tag~Zoë", RuleField::Tag, RuleOp::Contains, "Zoë", "tag~Zoë");
    }

    void parsesConditions()
    {
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(int, op);
        QFETCH(QString, value);
        QFETCH(QString, canonical);
        RuleCondition parsed;
        QString error;
        QVERIFY2(RuleCondition::parse(text, &parsed, &error), qPrintable(error));
        QCOMPARE(int(parsed.field), field);
        QCOMPARE(int(parsed.op), op);
        QCOMPARE(parsed.value, value);
        QCOMPARE(parsed.toText(), canonical);
        RuleCondition again;
        QVERIFY(RuleCondition::parse(parsed.toText(), &again, &error));
        QCOMPARE(again, parsed);
    }

    void refusesBadConditions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << "colour=red"
                                       << "Unknown field \"colour\" in \"colour=red\": use tag, store, country, "
                                          "weight, sku, atl or items.";
        QTest::newRow("plural field") << "tags=2"
                                      << "Unknown field \"tags\" in \"tags=2\": use tag, store, country, weight, sku, "
                                         "atl or items.";
        QTest::newRow("empty") << "   "
                               << "A condition is empty";
        QTest::newRow("no field") << "=2"
                                  << "\"=2\" does not start with a field";
        QTest::newRow("no operator") << "tag 2"
                                     << "No operator in \"tag 2\"";
        QTest::newRow("no value") << "tag="
                                  << "No value in \"tag=\"";
        QTest::newRow("weight not a number") << "weight>heavy"
                                             << "weight takes a number";
        QTest::newRow("weight with a comma") << "weight>2,5"
                                             << "weight takes a number";
        QTest::newRow("weight infinite") << "weight<inf"
                                         << "weight takes a number";
        QTest::newRow("items not whole") << "items>2.5"
                                         << "items takes a whole number in \"items>2.5\"";
        QTest::newRow("contains on a number") << "weight~2"
                                              << "\"~\" (contains) looks for text";
        QTest::newRow("less on text") << "country<NZ"
                                      << "\"<\" compares numbers: use it with weight or items, not with country in "
                                         "\"country<NZ\".";
        QTest::newRow("greater or equal on a tag") << "tag>=2"
                                                   << "\">=\" compares numbers";
        QTest::newRow("atl value") << "atl=maybe"
                                   << "atl takes yes, no or signature in \"atl=maybe\".";
        QTest::newRow("atl contains") << "atl~yes"
                                      << "atl takes = or != in \"atl~yes\"";
        QTest::newRow("country name") << "country=New Zealand"
                                      << "country takes a two-letter country code";
    }

    void refusesBadConditions()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        RuleCondition parsed;
        parsed.value = QStringLiteral("untouched");
        QString error;
        QVERIFY(!RuleCondition::parse(text, &parsed, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(parsed.value, QStringLiteral("untouched"));
    }

    void conditionsRoundTripThroughJson()
    {
        const QList<RuleCondition> conditions = {condition(QStringLiteral("tag=2")),
                                                 condition(QStringLiteral("weight>2.5")),
                                                 condition(QStringLiteral("sku~\"quoted\" \\ Zoë"))};
        const QString json = Rule::conditionsToJson(conditions);
        QList<RuleCondition> loaded;
        QString error;
        QVERIFY2(Rule::conditionsFromJson(json, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, conditions);

        QVERIFY(Rule::conditionsFromJson(QStringLiteral("[]"), &loaded, &error));
        QVERIFY(loaded.isEmpty());
        QVERIFY(!Rule::conditionsFromJson(QStringLiteral("{\"field\":\"tag\"}"), &loaded, &error));
        QVERIFY(!Rule::conditionsFromJson(QStringLiteral("[{\"field\":\"colour\",\"op\":\"=\",\"value\":\"red\"}]"),
                                          &loaded, &error));
        QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
    }

    // Every field with every operator it takes, against sampleFacts().
    void conditionsMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        auto row = [](const char *text, bool expected) {
            QTest::newRow(text) << QString::fromUtf8(text) << expected;
        };
        row("tag=2", true);
        row("tag=gift", true); // any case
        row("tag=3", false);
        row("tag!=3", true);
        row("tag!=GIFT", false);
        row("tag~if", true);
        row("tag~kids", false);
        row("store=main store", true);
        row("store=Main", false);
        row("store!=Other", true);
        row("store!=MAIN STORE", false);
        row("store~main", true);
        row("store~kids", false);
        row("country=nz", true);
        row("country=AU", false);
        row("country!=AU", true);
        row("country!=NZ", false);
        row("country~Z", true);
        row("country~A", false);
        row("weight=2.5", true);
        row("weight=2.4", false);
        row("weight!=2.4", true);
        row("weight!=2.5", false);
        row("weight<3", true);
        row("weight<2.5", false);
        row("weight<=2.5", true);
        row("weight<=2.4", false);
        row("weight>2", true);
        row("weight>2.5", false);
        row("weight>=2.5", true);
        row("weight>=2.6", false);
        row("sku=tee-m", true);
        row("sku=TEE", false);
        row("sku!=TEE", true);
        row("sku!=MUG-RED", false);
        row("sku~mug", true);
        row("sku~CAP", false);
        row("atl=yes", true);
        row("atl=no", false);
        row("atl=signature", false);
        row("atl!=no", true);
        row("atl!=yes", false);
        row("items=2", true);
        row("items!=2", false);
        row("items<3", true);
        row("items<2", false);
        row("items<=2", true);
        row("items>1", true);
        row("items>2", false);
        row("items>=2", true);
        row("items>=3", false);
    }

    void conditionsMatch()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(RuleEngine::matches(condition(text), sampleFacts()), expected);
    }

    void deliveryOptionsAreToldApart()
    {
        RuleFacts facts;
        facts.atl = AuthorityToLeave::SignatureRequired;
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("atl=signature")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("atl=yes")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("atl=no")), facts));
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("atl!=no")), facts));
        facts.atl = AuthorityToLeave::Unspecified;
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("atl=no")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("atl!=no")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("atl=signature")), facts));
    }

    void weightsAreComparedAsTheSumsTheyAre()
    {
        RuleFacts facts;
        facts.weight = 0.1 + 0.2; // 0.30000000000000004
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("weight=0.3")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("weight>0.3")), facts));
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("weight<=0.3")), facts));
    }

    void aShipmentWithoutTagsOrSkus()
    {
        const RuleFacts facts; // nothing known
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("tag!=2")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("tag~2")), facts));
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("sku!=MUG")), facts));
        QVERIFY(!RuleEngine::matches(condition(QStringLiteral("sku=MUG")), facts));
        QVERIFY(RuleEngine::matches(condition(QStringLiteral("atl=no")), facts));
    }

    void allConditionsOfARuleMustHold()
    {
        const RuleFacts facts = sampleFacts();
        const QUuid account = QUuid::createUuid();
        QVERIFY(RuleEngine::matches(
            accountRule(QStringLiteral("r"), {QStringLiteral("tag=2"), QStringLiteral("country=NZ")}, account), facts));
        QVERIFY(!RuleEngine::matches(
            accountRule(QStringLiteral("r"), {QStringLiteral("tag=2"), QStringLiteral("country=AU")}, account), facts));
        QVERIFY(RuleEngine::matches(accountRule(QStringLiteral("everything"), {}, account), facts));
    }

    void theFirstMatchingAccountRuleWins()
    {
        const QUuid kids = QUuid::createUuid();
        const QUuid export_ = QUuid::createUuid();
        const QUuid never = QUuid::createUuid();
        const QList<Rule> rules = {
            accountRule(QStringLiteral("Australia"), {QStringLiteral("country=AU")}, never), // does not match
            accountRule(QStringLiteral("Kids"), {QStringLiteral("tag=2")}, kids),
            accountRule(QStringLiteral("Export"), {QStringLiteral("country!=US")}, export_), // matches too: too late
        };
        const RuleOutcome outcome = RuleEngine::evaluate(rules, sampleFacts());
        QCOMPARE(outcome.accountId, std::optional<QUuid>(kids));
        QCOMPARE(outcome.accountRuleName, QStringLiteral("Kids"));
        QCOMPARE(outcome.matchedRuleNames, QStringList{QStringLiteral("Kids")});
        QVERIFY(outcome.tags.isEmpty());

        // The same rules the other way round: order decides.
        const RuleOutcome reversed = RuleEngine::evaluate({rules.at(2), rules.at(1), rules.at(0)}, sampleFacts());
        QCOMPARE(reversed.accountId, std::optional<QUuid>(export_));
        QCOMPARE(reversed.matchedRuleNames, QStringList{QStringLiteral("Export")});
    }

    void tagsAddedByEarlierRulesAreSeenByLaterOnes()
    {
        const QUuid heavyAccount = QUuid::createUuid();
        const Rule heavy = tagRule(QStringLiteral("Heavy"), {QStringLiteral("weight>2")}, QStringLiteral("heavy"));
        const Rule heavyToNz =
            tagRule(QStringLiteral("Heavy NZ"), {QStringLiteral("tag=HEAVY"), QStringLiteral("country=NZ")},
                    QStringLiteral("freight"));
        const Rule freightAccount =
            accountRule(QStringLiteral("Freight"), {QStringLiteral("tag=freight")}, heavyAccount);
        const RuleOutcome outcome = RuleEngine::evaluate({heavy, heavyToNz, freightAccount}, sampleFacts());
        QCOMPARE(tagsOf(outcome), (QStringList{QStringLiteral("heavy"), QStringLiteral("freight")}));
        QCOMPARE(outcome.tags.at(0).second, heavy.id);
        QCOMPARE(outcome.tags.at(1).second, heavyToNz.id);
        QCOMPARE(outcome.accountId, std::optional<QUuid>(heavyAccount));
        QCOMPARE(outcome.matchedRuleNames,
                 (QStringList{QStringLiteral("Heavy"), QStringLiteral("Heavy NZ"), QStringLiteral("Freight")}));

        // A rule that runs before the tag is added does not see it.
        const RuleOutcome early = RuleEngine::evaluate({freightAccount, heavy, heavyToNz}, sampleFacts());
        QVERIFY(!early.accountId);
        QCOMPARE(early.matchedRuleNames, (QStringList{QStringLiteral("Heavy"), QStringLiteral("Heavy NZ")}));
    }

    void eachTagIsAddedOnceByTheFirstRuleThatAddsIt()
    {
        const Rule first = tagRule(QStringLiteral("First"), {QStringLiteral("items>=1")}, QStringLiteral("check"));
        const Rule second = tagRule(QStringLiteral("Second"), {QStringLiteral("country=NZ")}, QStringLiteral("CHECK"));
        const Rule imported = tagRule(QStringLiteral("Gift again"), {}, QStringLiteral("gift"));
        const RuleOutcome outcome = RuleEngine::evaluate({first, second, imported}, sampleFacts());
        QCOMPARE(tagsOf(outcome), QStringList{QStringLiteral("check")});
        QCOMPARE(outcome.tags.at(0).second, first.id);
        // The second and the third changed nothing: they are not named.
        QCOMPARE(outcome.matchedRuleNames, QStringList{QStringLiteral("First")});
    }

    void aRuleNamedTwiceIsNamedOnce()
    {
        const QUuid account = QUuid::createUuid();
        const Rule both = tagRule(QStringLiteral("Kids"), {QStringLiteral("tag=2")}, QStringLiteral("kids"));
        Rule route = accountRule(QStringLiteral("Kids"), {QStringLiteral("tag=kids")}, account);
        const RuleOutcome outcome = RuleEngine::evaluate({both, route}, sampleFacts());
        QCOMPARE(outcome.matchedRuleNames, QStringList{QStringLiteral("Kids")});
        QCOMPARE(outcome.accountId, std::optional<QUuid>(account));
    }

    void nothingMatches()
    {
        const QList<Rule> rules = {
            accountRule(QStringLiteral("US"), {QStringLiteral("country=US")}, QUuid::createUuid()),
            tagRule(QStringLiteral("Light"), {QStringLiteral("weight<1")}, QStringLiteral("light")),
        };
        const RuleOutcome outcome = RuleEngine::evaluate(rules, sampleFacts());
        QVERIFY(!outcome.accountId);
        QVERIFY(outcome.accountRuleName.isEmpty());
        QVERIFY(outcome.tags.isEmpty());
        QVERIFY(outcome.matchedRuleNames.isEmpty());
        QVERIFY(RuleEngine::evaluate({}, sampleFacts()).matchedRuleNames.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
