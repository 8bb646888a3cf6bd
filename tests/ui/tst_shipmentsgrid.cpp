// The packer's grid as a whole: every filter and their combination, the storefront counts, saved views, sorting by
// value, the details pane, the rules' results and scan to find, over shipments written the way an import writes them
// (on SQLite and on PostgreSQL).
// And the promise behind `packbench shipments`: for the same filters it prints exactly the rows the grid shows.
#include "core/domain/Account.h"
#include "core/rules/Rule.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/SavedViewRepository.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/TestStation.h"
#include "ui/shipments/ShipmentDetailsPane.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ShipmentsView.h"
#include "ui/shipments/ViewsPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Packbench;

namespace {

// One order of the test shop: which storefront, where to, how heavy, which SKUs, when.
struct Spec
{
    qint64 orderId = 0;
    int channel = 1;
    QString country = QStringLiteral("NZ");
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    QList<std::pair<QString, double>> items; // SKU, weight (quantity 1)
    int day = 20;                            // of November 2026
    QString city = QStringLiteral("Auckland");
};

ImportedOrder orderOf(const Spec &spec)
{
    ImportedOrder o;
    o.orderId = spec.orderId;
    o.statusId = 11;
    o.channelId = spec.channel;
    o.dateCreated = QDateTime(QDate(2026, 11, spec.day), QTime(12, 0));
    o.dateModified = o.dateCreated;
    o.atl = spec.atl;
    o.customerMessage = QStringLiteral("Message for %1").arg(spec.orderId);
    Shipment shipment;
    shipment.consignmentId = spec.orderId * 10;
    shipment.address.firstName = QStringLiteral("Customer");
    shipment.address.lastName = QString::number(spec.orderId);
    shipment.address.street1 = QStringLiteral("%1 Queen St").arg(spec.orderId);
    shipment.address.city = spec.city;
    shipment.address.country = spec.country;
    shipment.address.countryIso2 = spec.country;
    qint64 line = spec.orderId * 100;
    for (const auto &[sku, weight] : spec.items) {
        LineItem item;
        item.orderProductId = ++line;
        item.productId = line;
        item.sku = sku;
        item.name = sku.isEmpty() ? QStringLiteral("Gift wrap") : QStringLiteral("Product ") + sku;
        item.quantity = 1;
        item.weight = weight;
        shipment.items << item;
    }
    o.shipments = {shipment};
    return o;
}

// The shop: storefronts 1 Main, 2 Kids, 3 Outlet; twelve orders over them.
const QList<Spec> &shop()
{
    static const QList<Spec> specs = [] {
        QList<Spec> list;
        auto add = [&list](qint64 id, int channel, const QString &country, AuthorityToLeave atl,
                           QList<std::pair<QString, double>> items, int day) {
            Spec spec;
            spec.orderId = id;
            spec.channel = channel;
            spec.country = country;
            spec.atl = atl;
            spec.items = std::move(items);
            spec.day = day;
            list << spec;
        };
        const auto atl = AuthorityToLeave::AuthorityToLeave;
        const auto none = AuthorityToLeave::Unspecified;
        const auto signature = AuthorityToLeave::SignatureRequired;
        add(101, 1, QStringLiteral("NZ"), atl, {{QStringLiteral("MUG-1"), 0.5}}, 18);
        add(102, 2, QStringLiteral("NZ"), none, {{QStringLiteral("TOY-1"), 2.5}}, 19);
        add(103, 2, QStringLiteral("AU"), atl, {{QStringLiteral("TOY-2"), 10}}, 20);
        add(104, 3, QStringLiteral("DE"), signature, {{QStringLiteral("MUG-1"), 0.5}, {QStringLiteral("CAP"), 0.2}},
            20);
        add(105, 1, QStringLiteral("AU"), none, {{QStringLiteral("CAP"), 0.2}}, 21);
        add(106, 2, QStringLiteral("NZ"), atl, {{QStringLiteral("MUG-1"), 0.5}}, 15);
        add(107, 3, QStringLiteral("NZ"), none, {{QString(), 0.1}}, 22);
        add(108, 1, QStringLiteral("DE"), atl, {{QStringLiteral("TOY-1"), 2.5}}, 23);
        add(109, 2, QStringLiteral("AU"), none, {{QStringLiteral("CAP"), 0.2}}, 24);
        add(110, 1, QStringLiteral("NZ"), none, {{QStringLiteral("TOY-2"), 10}}, 25);
        add(111, 3, QStringLiteral("AU"), atl, {{QStringLiteral("MUG-2"), 0.6}}, 26);
        add(112, 2, QStringLiteral("DE"), none, {{QStringLiteral("TOY-1"), 2.5}}, 27);
        return list;
    }();
    return specs;
}

QList<qint64> ordersWhere(const std::function<bool(const Spec &)> &predicate)
{
    QList<qint64> ids;
    for (const Spec &spec : shop()) {
        if (predicate(spec))
            ids << spec.orderId;
    }
    return ids;
}

QList<qint64> shownOrders(ShipmentsView *view)
{
    QList<qint64> ids;
    for (const QString &key : view->shownKeys())
        ids << key.section(QLatin1Char('/'), 1, 1).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

struct Shop
{
    TestStation station;
    StoreConfig store;
    Account kids;

    explicit Shop(TestDatabase::Backend backend = TestDatabase::Backend::SQLite)
        : station(backend)
    {
        if (!station.database)
            return;
        store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        store.storeHash = QStringLiteral("abc123");
        store.clientId = QStringLiteral("client-1");
        store.channelTags = true;
        QString error;
        if (StoreRepository(*station.database).insert(store, &error) != StoreRepository::Outcome::Ok)
            qWarning("store: %s", qPrintable(error));
        QSqlQuery channels(station.database->connection());
        for (const auto &[id, name] : {std::pair{1, "Main"}, std::pair{2, "Kids"}, std::pair{3, "Outlet"}}) {
            channels.prepare(
                QStringLiteral("INSERT INTO store_channels (store_id, channel_id, name) VALUES (?, ?, ?)"));
            channels.addBindValue(store.id.toString(QUuid::WithoutBraces));
            channels.addBindValue(id);
            channels.addBindValue(QString::fromLatin1(name));
            if (!channels.exec())
                qWarning("channel: %s", qPrintable(channels.lastError().text()));
        }
        kids.id = QUuid::createUuid();
        kids.name = QStringLiteral("Kids Warehouse");
        if (AccountRepository(*station.database).add(kids, &error) != AccountRepository::Outcome::Ok)
            qWarning("account: %s", qPrintable(error));
        // The seeds' example: If Tag = 2, assign to account Kids Warehouse; and a tag for heavy parcels.
        addRule(QStringLiteral("Kids storefront"), QStringLiteral("tag=2"), RuleAction::Account,
                kids.id.toString(QUuid::WithoutBraces));
        addRule(QStringLiteral("Heavy"), QStringLiteral("weight>5"), RuleAction::Tag, QStringLiteral("heavy"));
    }

    void addRule(const QString &name, const QString &condition, RuleAction action, const QString &value)
    {
        Rule rule;
        rule.id = QUuid::createUuid();
        rule.name = name;
        RuleCondition parsed;
        QString error;
        if (!RuleCondition::parse(condition, &parsed, &error))
            qWarning("rule: %s", qPrintable(error));
        rule.conditions = {parsed};
        rule.action = action;
        rule.actionValue = value;
        if (RuleRepository(*station.database).add(rule, 0, &error) != RuleRepository::Outcome::Ok)
            qWarning("rule: %s", qPrintable(error));
    }

    bool import(const QList<Spec> &specs)
    {
        QList<ImportedOrder> orders;
        for (const Spec &spec : specs)
            orders << orderOf(spec);
        PageWriteResult result;
        QString error;
        const bool ok =
            ShipmentRepository(*station.database).writePage(store, SyncScope::import(), orders, {}, &result, &error);
        if (!ok)
            qWarning("import: %s", qPrintable(error));
        return ok;
    }

    QString keyOf(qint64 orderId) const
    {
        return QStringLiteral("%1/%2/shipping:%3")
            .arg(store.id.toString(QUuid::WithoutBraces))
            .arg(orderId)
            .arg(orderId * 10);
    }
};

} // namespace

// A data-driven test body (its _data() calls TestDatabase::addBackendRows()) starts with the shop on the row's
// backend: `s` is in scope after it.
#define OPEN_SHOP()                                                                                                    \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    Shop s(backend);                                                                                                   \
    PACKBENCH_REQUIRE_DATABASE(s.station.testDatabase);                                                                \
    QVERIFY2(s.station.database, qPrintable(s.station.error))

class TestShipmentsGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheModelTester_data() { TestDatabase::addBackendRows(); }
    void modelPassesTheModelTester()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QAbstractItemModelTester modelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.sortModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.model()->rowCount(), 12);
        view.setTagFilter({QStringLiteral("2")});
        view.setSearchText(QStringLiteral("toy"));
        view.table()->sortByColumn(ShipmentsModel::Weight, Qt::DescendingOrder);
        // A change at BigCommerce: one row changes, a new one arrives, with filters and sorting on.
        Spec changed = shop().at(1);
        changed.city = QStringLiteral("Wellington");
        Spec added;
        added.orderId = 113;
        added.channel = 2;
        added.items = {{QStringLiteral("TOY-9"), 4}};
        QVERIFY(s.import({changed, added}));
        QSignalSpy refreshed(&view, &ShipmentsView::keysRefreshed);
        view.refreshKeys({s.keyOf(102), s.keyOf(113)});
        QVERIFY(refreshed.wait());
        QCOMPARE(view.model()->rowCount(), 13);
        view.setStateFilter(std::nullopt);
        QTRY_VERIFY(!view.isLoading());
    }

    // An empty grid shows its first screenful (a quick query in the grid's order) before the whole set is read.
    void firstRowsComeBeforeTheWholeSet_data() { TestDatabase::addBackendRows(); }
    void firstRowsComeBeforeTheWholeSet()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QSignalSpy shown(&view, &ShipmentsView::rowsShown);
        QSignalSpy loaded(&view, &ShipmentsView::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).at(1).toBool(), false);
        QCOMPARE(shown.at(0).at(0).toInt(), 12);
        QCOMPARE(shown.at(1).at(1).toBool(), true);
        QCOMPARE(shown.at(1).at(0).toInt(), 12);
        // Not for a refill of a grid that has rows: those stay until the new set is read.
        shown.clear();
        view.reload();
        QVERIFY(loaded.wait());
        QCOMPARE(shown.size(), 1);
    }

    // In a narrow window (half a laptop's screen, longer German labels) the filters wrap onto more lines instead of
    // keeping the window wide: every filter stays whole and inside the window, and the grid gets the room below them.
    void theFiltersWrapInANarrowWindow()
    {
        Shop s(TestDatabase::Backend::SQLite);
        PACKBENCH_REQUIRE_DATABASE(s.station.testDatabase);
        QVERIFY2(s.station.database, qPrintable(s.station.error));
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        auto *date = view.findChild<QComboBox *>(QStringLiteral("shipmentsDateCombo"));
        QVERIFY(date);
        // The widest row there is: a date range (the last choice) shows two more fields.
        date->setCurrentIndex(date->count() - 1);
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList filters{QStringLiteral("shipmentsStoreCombo"),   QStringLiteral("shipmentsAccountCombo"),
                                  QStringLiteral("shipmentsCountryCombo"), QStringLiteral("shipmentsDateCombo"),
                                  QStringLiteral("shipmentsFromEdit"),     QStringLiteral("shipmentsToEdit"),
                                  QStringLiteral("shipmentsAtlCheck")};
        auto lowestFilter = [&view, &filters] {
            int bottom = 0;
            for (const QString &name : filters) {
                const QWidget *widget = view.findChild<QWidget *>(name);
                const QRect area(widget->mapTo(&view, QPoint(0, 0)), widget->size());
                if (!widget->isVisible() || area.right() >= view.width() ||
                    widget->width() < widget->minimumSizeHint().width())
                    return -1;
                bottom = qMax(bottom, area.bottom());
            }
            return bottom;
        };
        const int wide = lowestFilter();
        QVERIFY(wide > 0);
        qInfo("the narrowest the grid can be: %d px", view.minimumSizeHint().width());
        QVERIFY2(view.minimumSizeHint().width() <= 560, qPrintable(QString::number(view.minimumSizeHint().width())));
        view.resize(560, 600);
        QTRY_VERIFY(view.width() == 560 && lowestFilter() > wide);
        QVERIFY(view.table()->mapTo(&view, QPoint(0, 0)).y() > lowestFilter());
    }

    void everyFilterAndTheirCombination_data() { TestDatabase::addBackendRows(); }
    void everyFilterAndTheirCombination()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &) { return true; }));
        // The views from the keyboard: Ctrl+2 Printed (none yet), Ctrl+8 All, Ctrl+1 back to To ship.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(view.filter().state, std::optional<ShipmentState>(ShipmentState::Printed));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.sortModel()->rowCount(), 0);
        QTest::keyClick(view.table(), Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(view.filter().state, std::nullopt);
        QTest::keyClick(view.table(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(view.filter().state, std::optional<ShipmentState>(ShipmentState::ToShip));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.sortModel()->rowCount(), 12);

        // Storefront tags: any of them.
        view.setTagFilter({QStringLiteral("2")});
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel == 2; }));
        view.setTagFilter({QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel != 1; }));
        view.setTagFilter({});

        // Account (set by the rule "tag=2").
        view.setAccountFilter(s.kids.id);
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel == 2; }));
        view.setAccountFilter(Account::defaultId());
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel != 2; }));
        view.setAccountFilter(std::nullopt);

        // ATL, through its check box.
        view.findChild<QCheckBox *>(QStringLiteral("shipmentsAtlCheck"))->setChecked(true);
        QVERIFY(view.filter().atlOnly);
        QCOMPARE(shownOrders(&view),
                 ordersWhere([](const Spec &o) { return o.atl == AuthorityToLeave::AuthorityToLeave; }));
        view.setAtlFilter(false);

        // Destination country.
        view.setCountryFilter(QStringLiteral("de"));
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.country == QLatin1String("DE"); }));
        view.setCountryFilter(QString());

        // Date range (inclusive).
        view.setDateFilter(QDate(2026, 11, 20), QDate(2026, 11, 22));
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.day >= 20 && o.day <= 22; }));
        view.setDateFilter({}, {});

        // Search: SKU, storefront name, order number start.
        view.setSearchText(QStringLiteral("mug"));
        QCOMPARE(shownOrders(&view), (QList<qint64>{101, 104, 106, 111}));
        view.setSearchText(QStringLiteral("outlet"));
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel == 3; }));
        view.setSearchText(QStringLiteral("#11"));
        QCOMPARE(shownOrders(&view), (QList<qint64>{110, 111, 112}));
        view.setSearchText(QString());

        // Everything at once: all must hold.
        view.setTagFilter({QStringLiteral("2"), QStringLiteral("1")});
        view.setCountryFilter(QStringLiteral("NZ"));
        view.setAtlFilter(true);
        view.setDateFilter(QDate(2026, 11, 1), QDate(2026, 11, 19));
        QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) {
                     return o.channel != 3 && o.country == QLatin1String("NZ") &&
                            o.atl == AuthorityToLeave::AuthorityToLeave && o.day <= 19;
                 }));
        QCOMPARE(shownOrders(&view), (QList<qint64>{101, 106}));
        auto *count = view.findChild<QLabel *>(QStringLiteral("shipmentsCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("2 shipments of 12"));
        view.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(view.sortModel()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("shipmentsEmptyLabel"))
                    ->text()
                    .startsWith(QStringLiteral("No shipments match these filters.")));
    }

    void storefrontCountsFollowTheOtherFilters_data() { TestDatabase::addBackendRows(); }
    void storefrontCountsFollowTheOtherFilters()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        QListWidget *tags = view.viewsPanel()->tagsList();
        auto texts = [tags] {
            QStringList list;
            for (int i = 0; i < tags->count(); ++i)
                list << tags->item(i)->text();
            return list;
        };
        QCOMPARE(texts(), (QStringList{QStringLiteral("heavy (2)"), QStringLiteral("Kids (5)"),
                                       QStringLiteral("Main (4)"), QStringLiteral("Outlet (3)")}));
        view.setCountryFilter(QStringLiteral("AU"));
        QCOMPARE(texts(), (QStringList{QStringLiteral("heavy (1)"), QStringLiteral("Kids (2)"),
                                       QStringLiteral("Main (1)"), QStringLiteral("Outlet (1)")}));
        // Checking a storefront in the panel filters the grid (any of the checked ones).
        QSignalSpy changed(view.viewsPanel(), &ViewsPanel::tagsChanged);
        for (int i = 0; i < tags->count(); ++i) {
            if (tags->item(i)->text().startsWith(QStringLiteral("Kids")))
                tags->item(i)->setCheckState(Qt::Checked);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.filter().tags, QStringList{QStringLiteral("2")});
        QCOMPARE(shownOrders(&view), (QList<qint64>{103, 109}));
        // The counts of the tags themselves do not shrink to the checked one.
        QCOMPARE(texts().size(), 4);
    }

    void savedViewsNameTheFilters_data() { TestDatabase::addBackendRows(); }
    void savedViewsNameTheFilters()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        ShipmentFilter kidsToShip;
        kidsToShip.state = ShipmentState::ToShip;
        kidsToShip.tags = {QStringLiteral("2")};
        kidsToShip.countryIso2 = QStringLiteral("NZ");
        QString error;
        QVERIFY(SavedViewRepository(*s.station.database).save({QStringLiteral("Kids to ship"), kidsToShip}, &error));
        view.reloadStores();
        // The panel lists it (read on the worker thread) and choosing it applies its filters.
        QListWidget *views = view.viewsPanel()->viewsList();
        QListWidgetItem *saved = nullptr;
        QTRY_VERIFY((saved = [views] {
                        for (int i = 0; i < views->count(); ++i) {
                            if (views->item(i)->text() == QLatin1String("Kids to ship"))
                                return views->item(i);
                        }
                        return static_cast<QListWidgetItem *>(nullptr);
                    }()) != nullptr);
        Q_EMIT view.viewsPanel()->savedViewChosen(QStringLiteral("Kids to ship"));
        QTRY_COMPARE(view.filter().tags, QStringList{QStringLiteral("2")});
        QCOMPARE(view.filter().countryIso2, QStringLiteral("NZ"));
        QCOMPARE(shownOrders(&view), (QList<qint64>{102, 106}));
    }

    void everyColumnSortsByValue()
    {
        Shop s;
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        auto shownWeights = [&view] {
            QList<double> weights;
            for (int row = 0; row < view.sortModel()->rowCount(); ++row)
                weights << view.model()
                               ->rowAt(view.sortModel()->mapToSource(view.sortModel()->index(row, 0)).row())
                               .summary.weight;
            return weights;
        };
        view.table()->sortByColumn(ShipmentsModel::Weight, Qt::AscendingOrder);
        const QList<double> weights = shownWeights();
        QVERIFY(std::is_sorted(weights.cbegin(), weights.cend()));
        // 2.5 before 10 (as numbers, not as text "10" < "2.5").
        QCOMPARE(weights.constLast(), 10.0);
        view.table()->sortByColumn(ShipmentsModel::Date, Qt::DescendingOrder);
        QCOMPARE(view.sortModel()->index(0, ShipmentsModel::Order).data().toString(), QStringLiteral("112"));
        QCOMPARE(view.sortModel()->index(11, ShipmentsModel::Order).data().toString(), QStringLiteral("106"));
        // Every column sorts without complaint and puts equal values in order-number order.
        for (int section = 0; section < ShipmentsModel::ColumnCount; ++section) {
            view.table()->sortByColumn(section, Qt::AscendingOrder);
            QCOMPARE(view.sortModel()->rowCount(), 12);
        }
        view.table()->sortByColumn(ShipmentsModel::Skus, Qt::AscendingOrder);
        QCOMPARE(view.sortModel()->index(0, ShipmentsModel::Skus).data().toString(), QStringLiteral("CAP"));
        // The one row without SKU comes last, not first.
        QCOMPARE(view.sortModel()->index(11, ShipmentsModel::Order).data().toString(), QStringLiteral("107"));
    }

    void detailsPaneShowsTheCurrentShipment()
    {
        Shop s;
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.detailsPane()->isHidden());
        const int row =
            view.sortModel()->mapFromSource(view.model()->index(view.model()->rowOfKey(s.keyOf(107)), 0)).row();
        view.table()->setCurrentIndex(view.sortModel()->index(row, 0));
        view.table()->setFocus();
        QSignalSpy shown(&view, &ShipmentsView::detailsShown);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QVERIFY(view.detailsPane()->isVisible());
        QVERIFY(shown.wait());
        QCOMPARE(shown.constLast().at(0).toString(), s.keyOf(107));
        QStringList labels;
        for (QLabel *label : view.detailsPane()->findChildren<QLabel *>())
            labels << label->text();
        const QString text = labels.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("107 Queen St")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Message for 107")), qPrintable(text));
    }

    void rulesRouteAndTheGridSaysWhich_data() { TestDatabase::addBackendRows(); }
    void rulesRouteAndTheGridSaysWhich()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        auto cell = [&view, &s](qint64 orderId, int column) {
            return view.model()->index(view.model()->rowOfKey(s.keyOf(orderId)), column).data().toString();
        };
        QCOMPARE(cell(102, ShipmentsModel::Account), QStringLiteral("Kids Warehouse"));
        QCOMPARE(cell(102, ShipmentsModel::Rule), QStringLiteral("Kids storefront"));
        QCOMPARE(cell(101, ShipmentsModel::Account), QStringLiteral("Default"));
        QCOMPARE(cell(101, ShipmentsModel::Rule), QString());
        // Both rules on a heavy Kids parcel, in rule order.
        QCOMPARE(cell(103, ShipmentsModel::Rule), QStringLiteral("Kids storefront, Heavy"));
        QVERIFY(view.model()->rowAt(view.model()->rowOfKey(s.keyOf(110))).tags.contains(QStringLiteral("heavy")));

        // A change at BigCommerce re-imports the order: the tags and the account the rules gave stay.
        Spec moved = shop().at(2);
        moved.city = QStringLiteral("Perth");
        QVERIFY(s.import({moved}));
        {
            QSignalSpy refreshed(&view, &ShipmentsView::keysRefreshed);
            view.refreshKeys({s.keyOf(103)});
            QVERIFY(refreshed.wait());
        }
        const ShipmentRow &reimported = view.model()->rowAt(view.model()->rowOfKey(s.keyOf(103)));
        QCOMPARE(reimported.city, QStringLiteral("Perth"));
        QCOMPARE(reimported.tags, (QStringList{QStringLiteral("2"), QStringLiteral("heavy")}));
        QCOMPARE(reimported.accountName, QStringLiteral("Kids Warehouse"));

        // A new rule applies on demand to the selection only.
        s.addRule(QStringLiteral("Germany"), QStringLiteral("country=DE"), RuleAction::Tag, QStringLiteral("eu"));
        const QModelIndex row104 =
            view.sortModel()->mapFromSource(view.model()->index(view.model()->rowOfKey(s.keyOf(104)), 0));
        view.table()->selectionModel()->select(row104, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy refreshed(&view, &ShipmentsView::keysRefreshed);
        view.applyRulesToSelection();
        QVERIFY(refreshed.wait());
        QCOMPARE(cell(104, ShipmentsModel::Rule), QStringLiteral("Germany"));
        QVERIFY(view.model()->rowAt(view.model()->rowOfKey(s.keyOf(104))).tags.contains(QStringLiteral("eu")));
        QVERIFY(!view.model()->rowAt(view.model()->rowOfKey(s.keyOf(108))).tags.contains(QStringLiteral("eu")));
    }

    // The filter bar's stores and accounts, the saved views, the rows, the details, the rules and a scan looked up
    // elsewhere are all read on the view's worker thread: the GUI thread never asks the database anything.
    void theGuiThreadNeverWaitsOnTheDatabase()
    {
        Shop s;
        QVERIFY(s.import(shop()));
        s.station.database->watchGuiThread(true);
        ShipmentsView view(*s.station.database, *s.station.stores);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *stores = view.findChild<QComboBox *>(QStringLiteral("shipmentsStoreCombo"));
        auto *accounts = view.findChild<QComboBox *>(QStringLiteral("shipmentsAccountCombo"));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(stores->count(), 2);
        QCOMPARE(accounts->count(), 3);
        QCOMPARE(view.model()->rowCount(), 12);

        // Settings changed: read again; the filter bar keeps its choice meanwhile.
        view.setAccountFilter(s.kids.id);
        view.reloadStores();
        QCOMPARE(accounts->currentText(), QStringLiteral("Kids Warehouse"));
        view.setStoreFilter(s.store.id);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(stores->currentText(), QStringLiteral("Main"));
        QCOMPARE(accounts->currentText(), QStringLiteral("Kids Warehouse"));
        view.setAccountFilter(std::nullopt);
        view.setStateFilter(std::nullopt);
        QTRY_VERIFY(!view.isLoading());

        const int row =
            view.sortModel()->mapFromSource(view.model()->index(view.model()->rowOfKey(s.keyOf(107)), 0)).row();
        view.table()->setCurrentIndex(view.sortModel()->index(row, 0));
        QSignalSpy shown(&view, &ShipmentsView::detailsShown);
        view.showDetails();
        QVERIFY(shown.wait());

        QSignalSpy refreshed(&view, &ShipmentsView::keysRefreshed);
        view.table()->selectAll();
        view.applyRulesToSelection();
        QVERIFY(refreshed.wait());

        // A scan of an order in another view is looked up on the worker too.
        s.station.database->watchGuiThread(false); // the test's own write
        QSqlQuery printed(s.station.database->connection());
        printed.prepare(QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ?"));
        printed.addBindValue(s.keyOf(112));
        QVERIFY(printed.exec());
        s.station.database->watchGuiThread(true);
        view.setStateFilter(ShipmentState::ToShip);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.findCode(QStringLiteral("112")), 0);
        QTRY_VERIFY2(view.scanMessage()->text().contains(QStringLiteral("order 112 is Printed in Main")),
                     qPrintable(view.scanMessage()->text()));

        QCOMPARE(s.station.database->guiThreadUses(), 0);
        s.station.database->watchGuiThread(false);
    }

    // A store and account chosen at the last close are taken before the stores are read (the read runs on the worker
    // thread); their answer drops whichever is gone since.
    void aRestoredStoreWaitsForTheStoresToBeRead()
    {
        Shop s;
        QVERIFY(s.import(shop()));
        ShipmentsFilterChoice choice;
        choice.storeId = s.store.id.toString(QUuid::WithoutBraces);
        choice.state = QStringLiteral("all");
        ShipmentFilter more;
        more.accountId = s.kids.id;
        choice.more = QString::fromUtf8(QJsonDocument(more.toJson()).toJson(QJsonDocument::Compact));
        {
            ShipmentsView view(*s.station.database, *s.station.stores);
            view.restoreState(choice, QByteArray());
            QCOMPARE(view.filter().storeId, std::optional<QUuid>(s.store.id));
            QCOMPARE(view.filter().accountId, std::optional<QUuid>(s.kids.id));
            QTRY_VERIFY(!view.isLoading());
            QCOMPARE(view.filter().storeId, std::optional<QUuid>(s.store.id));
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("shipmentsStoreCombo"))->currentText(),
                     QStringLiteral("Main"));
            QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("shipmentsAccountCombo"))->currentText(),
                     QStringLiteral("Kids Warehouse"));
            QCOMPARE(shownOrders(&view), ordersWhere([](const Spec &o) { return o.channel == 2; }));
        }
        // Gone: all stores, all accounts, once the stores are read.
        choice.storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        more.accountId = QUuid::createUuid();
        choice.more = QString::fromUtf8(QJsonDocument(more.toJson()).toJson(QJsonDocument::Compact));
        ShipmentsView view(*s.station.database, *s.station.stores);
        view.restoreState(choice, QByteArray());
        QTRY_VERIFY(!view.filter().storeId);
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(!view.filter().accountId);
        QCOMPARE(view.model()->rowCount(), 12);
    }

    void scanFindsOrderTrackingAndSku_data() { TestDatabase::addBackendRows(); }
    void scanFindsOrderTrackingAndSku()
    {
        OPEN_SHOP();
        QVERIFY(s.import(shop()));
        QSqlQuery tracking(s.station.database->connection());
        tracking.prepare(
            QStringLiteral("UPDATE shipments SET tracking_number = 'RR123456785NZ' WHERE shipment_key = ?"));
        tracking.addBindValue(s.keyOf(105));
        QVERIFY(tracking.exec());
        ShipmentsView view(*s.station.database, *s.station.stores);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isLoading());
        auto currentOrder = [&view] {
            return view.table()
                ->currentIndex()
                .sibling(view.table()->currentIndex().row(), ShipmentsModel::Order)
                .data()
                .toString();
        };
        QLineEdit *scan = view.scanEdit();
        // A keyboard-wedge scanner types the code and presses Enter.
        scan->setFocus();
        QTest::keyClicks(scan, QStringLiteral("#108"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(currentOrder(), QStringLiteral("108"));
        QCOMPARE(view.selectedKeys(), QStringList{s.keyOf(108)});
        QVERIFY(scan->text().isEmpty()); // ready for the next scan
        QVERIFY(scan->hasFocus());

        QTest::keyClicks(scan, QStringLiteral("rr123456785nz"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(currentOrder(), QStringLiteral("105"));

        // A SKU on several rows: all selected, the oldest order current.
        QTest::keyClicks(scan, QStringLiteral("MUG-1"));
        QTest::keyClick(scan, Qt::Key_Return);
        QStringList selected = view.selectedKeys();
        std::sort(selected.begin(), selected.end());
        QStringList expected{s.keyOf(101), s.keyOf(104), s.keyOf(106)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
        QCOMPARE(currentOrder(), QStringLiteral("106")); // 15 November: the oldest
        QVERIFY(view.scanMessage()->text().contains(QStringLiteral("3")));
        // MUG-2 is not MUG-1: no partial matches.
        QVERIFY(!selected.contains(s.keyOf(111)));

        // Unknown: a clear message, nothing selected changes, ready again.
        QCOMPARE(view.findCode(QStringLiteral("NOPE-42")), 0);
        QVERIFY(view.scanMessage()->text().contains(QStringLiteral("NOPE-42")));
        QVERIFY(view.scanMessage()->styleSheet().contains(QStringLiteral("#c62828")));
        // An order of another view: said where it is.
        QSqlQuery printed(s.station.database->connection());
        printed.prepare(QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ?"));
        printed.addBindValue(s.keyOf(112));
        QVERIFY(printed.exec());
        view.reload();
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.findCode(QStringLiteral("112")), 0);
        QTRY_VERIFY2(view.scanMessage()->text().contains(QStringLiteral("order 112 is Printed in Main")),
                     qPrintable(view.scanMessage()->text()));
        // Hidden by a filter: said so.
        view.setCountryFilter(QStringLiteral("AU"));
        QCOMPARE(view.findCode(QStringLiteral("108")), 0);
        QVERIFY(view.scanMessage()->text().contains(QStringLiteral("hidden by the filters")));
        // A long message is cut short in a narrow window ("…", whole on hover): it does not make the grid wider (a
        // narrow window grew to 919 px in German).
        QVERIFY2(view.scanMessage()->minimumSizeHint().width() < 100,
                 qPrintable(QString::number(view.scanMessage()->minimumSizeHint().width())));
        // Once the filters change, what it said of them no longer holds: it goes.
        view.setCountryFilter(QString());
        QCOMPARE(view.scanMessage()->text(), QString());
    }

    // Bad filters on the command line: one clear line and the exit status of DESIGN.md, nothing printed.
    void commandLineRefusesBadFilters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")} << 2
                              << QStringLiteral("is not a date");
        QTest::newRow("country") << QStringList{QStringLiteral("--country"), QStringLiteral("Germany")} << 2
                                 << QStringLiteral("is not a country code");
        QTest::newRow("state") << QStringList{QStringLiteral("--state"), QStringLiteral("shipped")} << 2
                               << QStringLiteral("unknown state");
        QTest::newRow("account") << QStringList{QStringLiteral("--account"), QStringLiteral("Nobody")} << 3
                                 << QStringLiteral("no account named");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("Nope")} << 3
                              << QStringLiteral("no view named");
    }

    void commandLineRefusesBadFilters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Shop s;
        QVERIFY(s.import(shop()));
        QProcess process;
        process.start(QStringLiteral(PACKBENCH_EXECUTABLE),
                      QStringList{QStringLiteral("--profile"), s.station.dir.path(), QStringLiteral("shipments")} +
                          arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), exitCode);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void commandLineListsExactlyWhatTheGridShows_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("all") << QStringList{};
        QTest::newRow("tags any") << QStringList{QStringLiteral("--tag"), QStringLiteral("2"), QStringLiteral("--tag"),
                                                 QStringLiteral("3")};
        QTest::newRow("account") << QStringList{QStringLiteral("--account"), QStringLiteral("Kids Warehouse")};
        QTest::newRow("atl country") << QStringList{QStringLiteral("--atl"), QStringLiteral("--country"),
                                                    QStringLiteral("nz")};
        QTest::newRow("dates search") << QStringList{QStringLiteral("--from"),   QStringLiteral("2026-11-19"),
                                                     QStringLiteral("--to"),     QStringLiteral("2026-11-24"),
                                                     QStringLiteral("--search"), QStringLiteral("toy")};
        QTest::newRow("everything") << QStringList{QStringLiteral("--tag"),     QStringLiteral("1"),
                                                   QStringLiteral("--tag"),     QStringLiteral("heavy"),
                                                   QStringLiteral("--country"), QStringLiteral("NZ"),
                                                   QStringLiteral("--account"), QStringLiteral("Default"),
                                                   QStringLiteral("--state"),   QStringLiteral("to-ship")};
        QTest::newRow("saved view") << QStringList{QStringLiteral("--view"), QStringLiteral("kids to ship")};
    }

    void commandLineListsExactlyWhatTheGridShows()
    {
        QFETCH(QStringList, arguments);
        Shop s;
        QVERIFY(s.import(shop()));
        ShipmentFilter saved;
        saved.state = ShipmentState::ToShip;
        saved.tags = {QStringLiteral("2")};
        saved.countryIso2 = QStringLiteral("NZ");
        QString error;
        QVERIFY(SavedViewRepository(*s.station.database).save({QStringLiteral("Kids to ship"), saved}, &error));

        // The grid, with the same filters set through its own API.
        ShipmentsView view(*s.station.database, *s.station.stores);
        QTRY_VERIFY(!view.isLoading());
        ShipmentFilter filter;
        filter.state = std::nullopt;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString option = arguments.at(i);
            const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            if (option == QLatin1String("--tag"))
                filter.tags << value;
            else if (option == QLatin1String("--account"))
                filter.accountId = AccountRepository(*s.station.database).findByName(value)->id;
            else if (option == QLatin1String("--atl"))
                filter.atlOnly = true;
            else if (option == QLatin1String("--country"))
                filter.countryIso2 = value;
            else if (option == QLatin1String("--from"))
                filter.from = QDate::fromString(value, Qt::ISODate);
            else if (option == QLatin1String("--to"))
                filter.to = QDate::fromString(value, Qt::ISODate);
            else if (option == QLatin1String("--search"))
                filter.search = value;
            else if (option == QLatin1String("--state"))
                filter.state = ShipmentState::ToShip;
            else if (option == QLatin1String("--view"))
                filter = *SavedViewRepository(*s.station.database).resolve(value);
        }
        view.setFilter(filter);
        QTRY_VERIFY(!view.isLoading());
        view.table()->sortByColumn(ShipmentsModel::Order, Qt::AscendingOrder);
        const QStringList grid = view.shownKeys();

        QProcess process;
        process.start(QStringLiteral(PACKBENCH_EXECUTABLE),
                      QStringList{QStringLiteral("--profile"), s.station.dir.path(), QStringLiteral("shipments")} +
                          arguments + QStringList{QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QStringList printed;
        const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        for (const QJsonValue &row : rows)
            printed << row.toObject().value(QStringLiteral("shipment_id")).toString();
        QVERIFY(!grid.isEmpty());
        QCOMPARE(printed, grid);
        // And the JSON says which account and rule.
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            QVERIFY(object.contains(QStringLiteral("account")));
            QVERIFY(object.contains(QStringLiteral("rule")));
        }
    }
};

QTEST_MAIN(TestShipmentsGrid)
#include "tst_shipmentsgrid.moc"
