// AccountRepository and RuleRepository on both backends: accounts, ordered rules, and rules applied to shipments that
// an import wrote (account, rule column and rule tags; the import's own tags untouched).
#include "core/domain/Account.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Packbench;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

StoreConfig sampleStore(const QString &name, const QString &storeHash)
{
    StoreConfig store = TestStores::bigCommerce(name, storeHash);
    store.channelTags = true; // the import tags each shipment with its channel id
    return store;
}

struct OrderSpec
{
    qint64 orderId = 0;
    QString countryIso2;
    QStringList skus;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    int channelId = 1;
};

ImportedOrder makeOrder(const OrderSpec &spec)
{
    ImportedOrder order;
    order.orderId = spec.orderId;
    order.statusId = 11; // Awaiting Fulfillment: imported, to ship
    order.channelId = spec.channelId;
    order.atl = spec.atl;
    order.billing.firstName = QStringLiteral("Ada");
    Shipment shipment;
    shipment.consignmentId = spec.orderId * 10;
    shipment.address.firstName = QStringLiteral("Ada");
    shipment.address.countryIso2 = spec.countryIso2;
    qint64 productId = 1;
    for (const QString &sku : spec.skus) {
        LineItem item;
        item.orderProductId = spec.orderId * 100 + productId++;
        item.sku = sku;
        item.quantity = 1;
        shipment.items.append(item);
    }
    order.shipments.append(shipment);
    return order;
}

// Writes the orders as an import does and returns their shipment keys, in order.
QStringList importOrders(Database &db, const StoreConfig &store, const QList<OrderSpec> &specs, QString *error)
{
    QList<ImportedOrder> orders;
    QStringList keys;
    for (const OrderSpec &spec : specs) {
        orders.append(makeOrder(spec));
        keys.append(ShipmentRepository::shipmentKey(store.id, spec.orderId, orders.constLast().shipments.first()));
    }
    PageWriteResult written;
    if (!ShipmentRepository(db).writePage(store, SyncScope::import(), orders, {}, &written, error))
        return {};
    return keys;
}

bool exec(Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    // PostgreSQL cannot prepare DDL: statements without values run as they are.
    if (values.isEmpty() ? query.exec(statement) : query.prepare(statement)) {
        if (values.isEmpty())
            return true;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    return false;
}

// What the rules left on one shipment.
struct Routed
{
    QString accountId;
    QString rule;
    QStringList importTags; // source ''
    QStringList ruleTags;   // "tag@source"
};

Routed routed(Database &db, const QString &key)
{
    Routed result;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT account_id, rule FROM shipments WHERE shipment_key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        result.accountId = query.value(0).toString();
        result.rule = query.value(1).toString();
    }
    query.prepare(QStringLiteral("SELECT tag, source FROM shipment_tags WHERE shipment_key = ? ORDER BY tag"));
    query.addBindValue(key);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(1).toString().isEmpty())
                result.importTags << query.value(0).toString();
            else
                result.ruleTags << query.value(0).toString() + QLatin1Char('@') + query.value(1).toString();
        }
    }
    // In Qt's order, whatever the database's collation.
    result.importTags.sort();
    result.ruleTags.sort();
    return result;
}

Rule makeRule(const QString &name, const QStringList &conditions, RuleAction action, const QString &value)
{
    Rule rule;
    rule.id = QUuid::createUuid();
    rule.name = name;
    for (const QString &text : conditions) {
        RuleCondition condition;
        QString error;
        if (!RuleCondition::parse(text, &condition, &error))
            qFatal("bad condition in the test: %s", qPrintable(error));
        rule.conditions.append(condition);
    }
    rule.action = action;
    rule.actionValue = value;
    return rule;
}

Rule tagRule(const QString &name, const QStringList &conditions, const QString &tag)
{
    return makeRule(name, conditions, RuleAction::Tag, tag);
}

Rule accountRule(const QString &name, const QStringList &conditions, const QUuid &account)
{
    return makeRule(name, conditions, RuleAction::Account, idText(account));
}

Account makeAccount(const QString &name)
{
    Account account;
    account.id = QUuid::createUuid();
    account.name = name;
    return account;
}

QStringList namesInOrder(RuleRepository &rules)
{
    QStringList names;
    const QList<Rule> list = rules.list();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).position != i + 1)
            return {QStringLiteral("position %1 at index %2").arg(list.at(i).position).arg(i)};
        names << list.at(i).name;
    }
    return names;
}

bool applyInTransaction(Database &db, const QStringList &keys, int *changed, QString *error)
{
    return db.write(
        [&](QSqlDatabase &connection, QString *stepError) {
            return RuleRepository::applyInTransaction(connection, keys, changed, stepError);
        },
        error);
}

} // namespace

class TestAccountsRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewDatabaseHasTheDefaultAccount_data() { TestDatabase::addBackendRows(); }
    void aNewDatabaseHasTheDefaultAccount()
    {
        OPEN_TEST_DATABASE();
        const QList<Account> accounts = AccountRepository(*db).list(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).id, Account::defaultId());
        QCOMPARE(accounts.at(0).name, QStringLiteral("Default"));
        QVERIFY(accounts.at(0).isDefault());
        QVERIFY(RuleRepository(*db).list(&error).isEmpty());
    }

    void accountsRoundTripWithUniqueNames_data() { TestDatabase::addBackendRows(); }
    void accountsRoundTripWithUniqueNames()
    {
        OPEN_TEST_DATABASE();
        AccountRepository accounts(*db);
        Account kids = makeAccount(QStringLiteral("  Kids Warehouse "));
        kids.sender = {QStringLiteral("Jane Doe"),   QStringLiteral("Kids Ltd"),
                       QStringLiteral("1 Queen St"), QStringLiteral("Unit 2"),
                       QStringLiteral("Auckland"),   QStringLiteral("Auckland"),
                       QStringLiteral("1010"),       QStringLiteral("NZ"),
                       QStringLiteral("+64 9 123"),  QStringLiteral("kids@example.com")};
        QCOMPARE(accounts.add(kids, &error), AccountRepository::Outcome::Ok);
        const std::optional<Account> loaded = accounts.findByName(QStringLiteral("kids warehouse"));
        QVERIFY(loaded);
        QCOMPARE(loaded->id, kids.id);
        QCOMPARE(loaded->name, QStringLiteral("Kids Warehouse"));
        QCOMPARE(loaded->sender, kids.sender);
        QCOMPARE(accounts.findById(kids.id)->name, QStringLiteral("Kids Warehouse"));

        QCOMPARE(accounts.add(makeAccount(QStringLiteral("KIDS WAREHOUSE")), &error),
                 AccountRepository::Outcome::NameTaken);
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(accounts.add(makeAccount(QStringLiteral("default")), &error), AccountRepository::Outcome::NameTaken);
        // Beyond ASCII too, which SQLite's lower() would not fold.
        QCOMPARE(accounts.add(makeAccount(QStringLiteral("Zoë")), &error), AccountRepository::Outcome::Ok);
        QCOMPARE(accounts.add(makeAccount(QStringLiteral("ZOË")), &error), AccountRepository::Outcome::NameTaken);
        QCOMPARE(accounts.add(makeAccount(QStringLiteral(" ")), &error), AccountRepository::Outcome::Invalid);
        QCOMPARE(accounts.add(makeAccount(QStringLiteral("Auckland")), &error), AccountRepository::Outcome::Ok);

        // Default first, then by name.
        QStringList names;
        for (const Account &account : accounts.list())
            names << account.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Default"), QStringLiteral("Auckland"),
                                     QStringLiteral("Kids Warehouse"), QStringLiteral("Zoë")}));

        Account renamed = *loaded;
        renamed.name = QStringLiteral("AUCKLAND");
        QCOMPARE(accounts.update(renamed, &error), AccountRepository::Outcome::NameTaken);
        renamed.name = QStringLiteral("Kids Warehouse (North)");
        renamed.sender.city = QStringLiteral("Whangārei");
        QCOMPARE(accounts.update(renamed, &error), AccountRepository::Outcome::Ok);
        QCOMPARE(*accounts.findById(kids.id), renamed);
        // Its own name in another case is not "taken".
        renamed.name = renamed.name.toUpper();
        QCOMPARE(accounts.update(renamed, &error), AccountRepository::Outcome::Ok);
        QCOMPARE(accounts.update(makeAccount(QStringLiteral("Ghost")), &error), AccountRepository::Outcome::NotFound);
    }

    void theDefaultAccountStays_data() { TestDatabase::addBackendRows(); }
    void theDefaultAccountStays()
    {
        OPEN_TEST_DATABASE();
        AccountRepository accounts(*db);
        QCOMPARE(accounts.remove(Account::defaultId(), &error), AccountRepository::Outcome::IsDefault);
        QVERIFY2(error.contains(QStringLiteral("Default account cannot be removed")), qPrintable(error));
        QVERIFY(accounts.findById(Account::defaultId()));
        QCOMPARE(accounts.remove(QUuid::createUuid(), &error), AccountRepository::Outcome::NotFound);
    }

    void removingAnAccountMovesItsShipmentsToDefault_data() { TestDatabase::addBackendRows(); }
    void removingAnAccountMovesItsShipmentsToDefault()
    {
        OPEN_TEST_DATABASE();
        StoreConfig store = sampleStore(QStringLiteral("Main"), QStringLiteral("abc123"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        const QStringList keys = importOrders(*db, store,
                                              {{1, QStringLiteral("NZ"), {QStringLiteral("MUG")}},
                                               {2, QStringLiteral("NZ"), {QStringLiteral("CAP")}},
                                               {3, QStringLiteral("AU"), {QStringLiteral("MUG")}}},
                                              &error);
        QVERIFY2(keys.size() == 3, qPrintable(error));

        AccountRepository accounts(*db);
        RuleRepository rules(*db);
        const Account kids = makeAccount(QStringLiteral("Kids Warehouse"));
        const Account other = makeAccount(QStringLiteral("Other"));
        QCOMPARE(accounts.add(kids, &error), AccountRepository::Outcome::Ok);
        QCOMPARE(accounts.add(other, &error), AccountRepository::Outcome::Ok);
        QCOMPARE(rules.add(accountRule(QStringLiteral("Kids"), {QStringLiteral("country=NZ")}, kids.id), 0, &error),
                 RuleRepository::Outcome::Ok);
        QCOMPARE(rules.add(tagRule(QStringLiteral("Mugs"), {QStringLiteral("sku=MUG")}, QStringLiteral("fragile")), 0,
                           &error),
                 RuleRepository::Outcome::Ok);
        QCOMPARE(rules.add(accountRule(QStringLiteral("Other NZ"), {QStringLiteral("sku=CAP")}, other.id), 0, &error),
                 RuleRepository::Outcome::Ok);
        RuleRepository::ApplyResult applied;
        QVERIFY2(rules.apply(std::nullopt, {}, &applied, &error), qPrintable(error));
        QCOMPARE(routed(*db, keys.at(0)).accountId, idText(kids.id));
        QCOMPARE(routed(*db, keys.at(0)).rule, QStringLiteral("Kids, Mugs"));
        QCOMPARE(routed(*db, keys.at(1)).accountId, idText(kids.id));
        QCOMPARE(routed(*db, keys.at(1)).rule, QStringLiteral("Kids"));
        // Shipment 1 is printed under Kids Warehouse.
        QVERIFY(
            exec(*db, QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ?"), {keys.at(0)}));

        AccountRepository::Removal removal;
        QCOMPARE(accounts.remove(kids.id, &error, &removal), AccountRepository::Outcome::Ok);
        QCOMPARE(removal.movedShipments, 2);
        QCOMPARE(removal.removedRules, QStringList{QStringLiteral("Kids")});
        QVERIFY(!accounts.findById(kids.id));
        QCOMPARE(namesInOrder(rules), (QStringList{QStringLiteral("Mugs"), QStringLiteral("Other NZ")}));
        // The printed one is in Default and its rule column no longer names the rule that went.
        const Routed printed = routed(*db, keys.at(0));
        QCOMPARE(printed.accountId, idText(Account::defaultId()));
        QCOMPARE(printed.rule, QStringLiteral("Mugs"));
        QCOMPARE(printed.ruleTags.size(), 1);
        // The open one went through the remaining rules: "Other NZ" routes it now.
        QCOMPARE(routed(*db, keys.at(1)).accountId, idText(other.id));
        QCOMPARE(routed(*db, keys.at(1)).rule, QStringLiteral("Other NZ"));
        // No shipment points to an account that is gone.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM shipments WHERE account_id NOT IN (SELECT id FROM "
                                          "accounts)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aRemovalThatFailsHalfWayLeavesEverything_data() { TestDatabase::addBackendRows(); }
    void aRemovalThatFailsHalfWayLeavesEverything()
    {
        OPEN_TEST_DATABASE();
        StoreConfig store = sampleStore(QStringLiteral("Main"), QStringLiteral("abc123"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        const QStringList keys = importOrders(*db, store, {{1, QStringLiteral("NZ"), {QStringLiteral("MUG")}}}, &error);
        QVERIFY2(keys.size() == 1, qPrintable(error));
        AccountRepository accounts(*db);
        RuleRepository rules(*db);
        const Account kids = makeAccount(QStringLiteral("Kids Warehouse"));
        QCOMPARE(accounts.add(kids, &error), AccountRepository::Outcome::Ok);
        QCOMPARE(rules.add(accountRule(QStringLiteral("Kids"), {QStringLiteral("country=NZ")}, kids.id), 0, &error),
                 RuleRepository::Outcome::Ok);
        QVERIFY2(rules.apply(std::nullopt, {}, nullptr, &error), qPrintable(error));
        QCOMPARE(routed(*db, keys.at(0)).accountId, idText(kids.id));

        // Running the rules over the open shipments is the removal's last step: when it fails, the shipments moved,
        // the rule deleted and the account deleted before it must all come back.
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE shipment_items")));
        QCOMPARE(accounts.remove(kids.id, &error), AccountRepository::Outcome::Failed);
        QVERIFY(!error.isEmpty());
        QVERIFY(accounts.findById(kids.id));
        QCOMPARE(namesInOrder(rules), QStringList{QStringLiteral("Kids")});
        QCOMPARE(routed(*db, keys.at(0)).accountId, idText(kids.id));
    }

    void rulePositionsStayContiguous_data() { TestDatabase::addBackendRows(); }
    void rulePositionsStayContiguous()
    {
        OPEN_TEST_DATABASE();
        RuleRepository rules(*db);
        auto add = [&](const QString &name, int position) {
            return rules.add(tagRule(name, {QStringLiteral("tag=2")}, name.toLower()), position, &error);
        };
        QCOMPARE(add(QStringLiteral("A"), 0), RuleRepository::Outcome::Ok);
        QCOMPARE(add(QStringLiteral("B"), 0), RuleRepository::Outcome::Ok);
        QCOMPARE(add(QStringLiteral("C"), 0), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"A", "B", "C"}));
        QCOMPARE(add(QStringLiteral("D"), 1), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"D", "A", "B", "C"}));
        QCOMPARE(add(QStringLiteral("E"), 3), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"D", "A", "E", "B", "C"}));
        QCOMPARE(add(QStringLiteral("F"), 99), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"D", "A", "E", "B", "C", "F"}));
        QCOMPARE(add(QStringLiteral("e"), 0), RuleRepository::Outcome::NameTaken);
        QCOMPARE(add(QStringLiteral("G"), -1), RuleRepository::Outcome::Invalid);

        QCOMPARE(rules.remove(QStringLiteral("a"), &error), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"D", "E", "B", "C", "F"}));
        QCOMPARE(rules.remove(QStringLiteral("A"), &error), RuleRepository::Outcome::NotFound);
        QCOMPARE(rules.move(QStringLiteral("c"), 1, &error), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"C", "D", "E", "B", "F"}));
        QCOMPARE(rules.move(QStringLiteral("D"), 99, &error), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"C", "E", "B", "F", "D"}));
        QCOMPARE(rules.move(QStringLiteral("B"), 2, &error), RuleRepository::Outcome::Ok);
        QCOMPARE(namesInOrder(rules), (QStringList{"C", "B", "E", "F", "D"}));
        QCOMPARE(rules.move(QStringLiteral("Nope"), 1, &error), RuleRepository::Outcome::NotFound);
        QCOMPARE(rules.move(QStringLiteral("B"), 0, &error), RuleRepository::Outcome::Invalid);

        // Update keeps the position and saves conditions and action.
        Rule edited = *rules.findByName(QStringLiteral("E"));
        edited.name = QStringLiteral("Heavy NZ");
        edited.conditions = makeRule(QString(), {QStringLiteral("weight>=2.5"), QStringLiteral("country!=nz")},
                                     RuleAction::Tag, QString())
                                .conditions;
        edited.actionValue = QStringLiteral("heavy");
        QCOMPARE(rules.update(edited, &error), RuleRepository::Outcome::Ok);
        const std::optional<Rule> saved = rules.findByName(QStringLiteral("heavy nz"));
        QVERIFY(saved);
        QCOMPARE(*saved, edited);
        QCOMPARE(saved->position, 3);
        edited.name = QStringLiteral("b");
        QCOMPARE(rules.update(edited, &error), RuleRepository::Outcome::NameTaken);
    }

    void accountRulesNeedTheirAccount_data() { TestDatabase::addBackendRows(); }
    void accountRulesNeedTheirAccount()
    {
        OPEN_TEST_DATABASE();
        RuleRepository rules(*db);
        QCOMPARE(rules.add(accountRule(QStringLiteral("Ghost"), {}, QUuid::createUuid()), 0, &error),
                 RuleRepository::Outcome::AccountNotFound);
        QCOMPARE(rules.add(tagRule(QStringLiteral("Empty"), {}, QStringLiteral("  ")), 0, &error),
                 RuleRepository::Outcome::Invalid);
        Rule bad = tagRule(QStringLiteral("Bad"), {}, QStringLiteral("x"));
        bad.conditions.append({RuleField::Weight, RuleOp::Contains, QStringLiteral("2")});
        QCOMPARE(rules.add(bad, 0, &error), RuleRepository::Outcome::Invalid);
        QCOMPARE(rules.add(accountRule(QStringLiteral("Default"), {}, Account::defaultId()), 0, &error),
                 RuleRepository::Outcome::Ok);
        QVERIFY(rules.list().size() == 1);
    }

    void rulesReadWhatTheImportWrote_data() { TestDatabase::addBackendRows(); }
    void rulesReadWhatTheImportWrote()
    {
        OPEN_TEST_DATABASE();
        StoreConfig store = sampleStore(QStringLiteral("Main Store"), QStringLiteral("abc123"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        const QStringList keys =
            importOrders(*db, store,
                         {{1,
                           QStringLiteral("NZ"),
                           {QStringLiteral("MUG-RED"), QStringLiteral("TEE")},
                           AuthorityToLeave::AuthorityToLeave,
                           2},
                          {2, QStringLiteral("AU"), {QStringLiteral("CAP")}, AuthorityToLeave::SignatureRequired, 1}},
                         &error);
        QVERIFY2(keys.size() == 2, qPrintable(error));
        QVERIFY(exec(*db, QStringLiteral("UPDATE shipments SET weight = 3.5 WHERE shipment_key = ?"), {keys.at(0)}));

        // One rule per fact, each adding its own tag: a fact read wrongly loses its tag.
        RuleRepository rules(*db);
        const QList<Rule> perFact = {
            tagRule(QStringLiteral("store"), {QStringLiteral("store=main store")}, QStringLiteral("t-store")),
            tagRule(QStringLiteral("country"), {QStringLiteral("country=NZ")}, QStringLiteral("t-country")),
            tagRule(QStringLiteral("weight"), {QStringLiteral("weight>3")}, QStringLiteral("t-weight")),
            tagRule(QStringLiteral("sku"), {QStringLiteral("sku=tee")}, QStringLiteral("t-sku")),
            tagRule(QStringLiteral("atl"), {QStringLiteral("atl=yes")}, QStringLiteral("t-atl")),
            tagRule(QStringLiteral("items"), {QStringLiteral("items=2")}, QStringLiteral("t-items")),
            tagRule(QStringLiteral("tag"), {QStringLiteral("tag=2")}, QStringLiteral("t-tag")),
        };
        for (const Rule &rule : perFact)
            QCOMPARE(rules.add(rule, 0, &error), RuleRepository::Outcome::Ok);
        int changed = -1;
        QVERIFY2(applyInTransaction(*db, keys, &changed, &error), qPrintable(error));
        QCOMPARE(changed, 2);
        const Routed first = routed(*db, keys.at(0));
        QStringList expected;
        for (const Rule &rule : perFact)
            expected << rule.actionValue + QLatin1Char('@') + idText(rule.id);
        expected.sort();
        QCOMPARE(first.ruleTags, expected);
        QCOMPARE(first.importTags, QStringList{QStringLiteral("2")});
        QCOMPARE(first.rule, QStringLiteral("store, country, weight, sku, atl, items, tag"));
        QCOMPARE(first.accountId, idText(Account::defaultId()));
        const Routed second = routed(*db, keys.at(1));
        QCOMPARE(second.ruleTags, QStringList{QStringLiteral("t-store@") + idText(perFact.at(0).id)});
        QCOMPARE(second.importTags, QStringList{QStringLiteral("1")});
    }

    void applyingWritesAccountRuleAndTagsAndLeavesImportTags_data() { TestDatabase::addBackendRows(); }
    void applyingWritesAccountRuleAndTagsAndLeavesImportTags()
    {
        OPEN_TEST_DATABASE();
        StoreConfig store = sampleStore(QStringLiteral("Main"), QStringLiteral("abc123"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        const QStringList keys = importOrders(*db, store,
                                              {{1, QStringLiteral("NZ"), {QStringLiteral("MUG")}, {}, 2},
                                               {2, QStringLiteral("AU"), {QStringLiteral("MUG")}, {}, 2},
                                               {3, QStringLiteral("NZ"), {QStringLiteral("CAP")}, {}, 1}},
                                              &error);
        QVERIFY2(keys.size() == 3, qPrintable(error));
        QVERIFY(exec(*db, QStringLiteral("UPDATE shipments SET weight = 2.5")));

        AccountRepository accounts(*db);
        const Account kids = makeAccount(QStringLiteral("Kids Warehouse"));
        QCOMPARE(accounts.add(kids, &error), AccountRepository::Outcome::Ok);
        RuleRepository rules(*db);
        const Rule heavy = tagRule(QStringLiteral("Heavy"), {QStringLiteral("weight>2")}, QStringLiteral("heavy"));
        const Rule channel = tagRule(QStringLiteral("Channel"), {}, QStringLiteral("2")); // the import's tag on 1, 2
        const Rule route =
            accountRule(QStringLiteral("Kids heavy NZ"),
                        {QStringLiteral("tag=heavy"), QStringLiteral("tag=2"), QStringLiteral("country=NZ")}, kids.id);
        for (const Rule &rule : {heavy, channel, route})
            QCOMPARE(rules.add(rule, 0, &error), RuleRepository::Outcome::Ok);

        int changed = -1;
        QVERIFY2(applyInTransaction(*db, keys, &changed, &error), qPrintable(error));
        QCOMPARE(changed, 3);
        Routed one = routed(*db, keys.at(0));
        QCOMPARE(one.accountId, idText(kids.id));
        QCOMPARE(one.rule, QStringLiteral("Heavy, Kids heavy NZ"));
        QCOMPARE(one.ruleTags, QStringList{QStringLiteral("heavy@") + idText(heavy.id)});
        QCOMPARE(one.importTags, QStringList{QStringLiteral("2")});
        const Routed two = routed(*db, keys.at(1));
        QCOMPARE(two.accountId, idText(Account::defaultId()));
        QCOMPARE(two.rule, QStringLiteral("Heavy"));
        // Shipment 3 came with tag 1; "Channel" adds 2 to it, and then the account rule matches.
        const Routed three = routed(*db, keys.at(2));
        QCOMPARE(three.ruleTags,
                 (QStringList{QStringLiteral("2@") + idText(channel.id), QStringLiteral("heavy@") + idText(heavy.id)}));
        QCOMPARE(three.importTags, QStringList{QStringLiteral("1")});
        QCOMPARE(three.accountId, idText(kids.id));
        QCOMPARE(three.rule, QStringLiteral("Heavy, Channel, Kids heavy NZ"));

        // Again: nothing to change, nothing written.
        QVERIFY2(applyInTransaction(*db, keys + keys, &changed, &error), qPrintable(error));
        QCOMPARE(changed, 0);

        // Without "Heavy" nothing is heavy: its tags go, the account rule no longer matches. The import's tags stay.
        QCOMPARE(rules.remove(QStringLiteral("Heavy"), &error), RuleRepository::Outcome::Ok);
        QVERIFY2(applyInTransaction(*db, keys, &changed, &error), qPrintable(error));
        QCOMPARE(changed, 3);
        one = routed(*db, keys.at(0));
        QCOMPARE(one.accountId, idText(Account::defaultId()));
        QCOMPARE(one.rule, QString());
        QVERIFY(one.ruleTags.isEmpty());
        QCOMPARE(one.importTags, QStringList{QStringLiteral("2")});
        QCOMPARE(routed(*db, keys.at(2)).ruleTags, QStringList{QStringLiteral("2@") + idText(channel.id)});
        QCOMPARE(routed(*db, keys.at(2)).rule, QStringLiteral("Channel"));
        QCOMPARE(routed(*db, keys.at(2)).importTags, QStringList{QStringLiteral("1")});

        // A key that is not there is passed over.
        QVERIFY2(applyInTransaction(*db, {QStringLiteral("no/such/key")}, &changed, &error), qPrintable(error));
        QCOMPARE(changed, 0);
    }

    void applyLeavesPrintedShipmentsAlone_data() { TestDatabase::addBackendRows(); }
    void applyLeavesPrintedShipmentsAlone()
    {
        OPEN_TEST_DATABASE();
        StoreConfig main = sampleStore(QStringLiteral("Main"), QStringLiteral("abc123"));
        StoreConfig other = sampleStore(QStringLiteral("Other"), QStringLiteral("xyz9"));
        QCOMPARE(StoreRepository(*db).insert(main, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(StoreRepository(*db).insert(other, &error), StoreRepository::Outcome::Ok);
        QList<OrderSpec> specs;
        for (qint64 id = 1; id <= 5; ++id)
            specs.append({id, QStringLiteral("NZ"), {QStringLiteral("MUG")}});
        const QStringList keys = importOrders(*db, main, specs, &error);
        QVERIFY2(keys.size() == 5, qPrintable(error));
        const QStringList otherKeys =
            importOrders(*db, other, {{1, QStringLiteral("NZ"), {QStringLiteral("CAP")}}}, &error);
        QVERIFY2(otherKeys.size() == 1, qPrintable(error));
        const QStringList states = {QStringLiteral("to-ship"), QStringLiteral("on-hold"), QStringLiteral("printed"),
                                    QStringLiteral("written-back"), QStringLiteral("cancelled")};
        for (int i = 0; i < 5; ++i)
            QVERIFY(exec(*db, QStringLiteral("UPDATE shipments SET state = ? WHERE shipment_key = ?"),
                         {states.at(i), keys.at(i)}));

        const Account kids = makeAccount(QStringLiteral("Kids Warehouse"));
        QCOMPARE(AccountRepository(*db).add(kids, &error), AccountRepository::Outcome::Ok);
        RuleRepository rules(*db);
        const Rule route = accountRule(QStringLiteral("NZ"), {QStringLiteral("country=NZ")}, kids.id);
        QCOMPARE(rules.add(route, 0, &error), RuleRepository::Outcome::Ok);

        RuleRepository::ApplyResult result;
        QVERIFY2(rules.apply(main.id, {}, &result, &error), qPrintable(error));
        QCOMPARE(result.shipments, 2);
        QCOMPARE(result.changed, 2);
        QCOMPARE(result.changedKeys, (QStringList{keys.at(0), keys.at(1)}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(routed(*db, keys.at(i)).accountId, idText(i < 2 ? kids.id : Account::defaultId()));
        QCOMPARE(routed(*db, otherKeys.at(0)).accountId, idText(Account::defaultId())); // another store

        // The selection: only the keys given, and of those only the open ones.
        QVERIFY2(rules.apply(std::nullopt, {otherKeys.at(0), keys.at(2)}, &result, &error), qPrintable(error));
        QCOMPARE(result.shipments, 1);
        QCOMPARE(result.changedKeys, otherKeys);
        QCOMPARE(routed(*db, keys.at(2)).accountId, idText(Account::defaultId()));

        // All stores, nothing left to change.
        QVERIFY2(rules.apply(std::nullopt, {}, &result, &error), qPrintable(error));
        QCOMPARE(result.shipments, 3);
        QCOMPARE(result.changed, 0);
    }

    // More shipments than one batch of reads holds: every one of them is routed.
    void applyCoversManyShipments_data() { TestDatabase::addBackendRows(); }
    void applyCoversManyShipments()
    {
        OPEN_TEST_DATABASE();
        StoreConfig store = sampleStore(QStringLiteral("Main"), QStringLiteral("abc123"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        QList<OrderSpec> specs;
        for (qint64 id = 1; id <= 1234; ++id)
            specs.append(
                {id, id % 2 ? QStringLiteral("NZ") : QStringLiteral("AU"), {QStringLiteral("SKU-%1").arg(id)}});
        const QStringList keys = importOrders(*db, store, specs, &error);
        QVERIFY2(keys.size() == 1234, qPrintable(error));
        const Account kids = makeAccount(QStringLiteral("Kids Warehouse"));
        QCOMPARE(AccountRepository(*db).add(kids, &error), AccountRepository::Outcome::Ok);
        RuleRepository rules(*db);
        QCOMPARE(rules.add(accountRule(QStringLiteral("NZ"), {QStringLiteral("country=NZ")}, kids.id), 0, &error),
                 RuleRepository::Outcome::Ok);
        QCOMPARE(rules.add(tagRule(QStringLiteral("Last"), {QStringLiteral("sku=SKU-1234")}, QStringLiteral("last")), 0,
                           &error),
                 RuleRepository::Outcome::Ok);

        RuleRepository::ApplyResult result;
        QVERIFY2(rules.apply(std::nullopt, keys, &result, &error), qPrintable(error));
        QCOMPARE(result.shipments, 1234);
        QCOMPARE(result.changed, 618);
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM shipments WHERE account_id = ?"));
        query.addBindValue(idText(kids.id));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 617);
        QCOMPARE(routed(*db, keys.constLast()).ruleTags.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountsRules)
#include "tst_accountsrules.moc"
