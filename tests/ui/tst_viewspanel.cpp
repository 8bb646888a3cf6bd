// ViewsPanel: the views and storefront tags beside the shipments grid, driven by mouse and keys as a packer drives
// it; the owner's calls never emit, and new counts keep what the user checked, the current line and the scroll.
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ViewsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Packbench;

namespace {
using OptionalState = std::optional<ShipmentState>;

QStringList texts(const QListWidget *list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result << list->item(row)->text();
    return result;
}

QListWidgetItem *itemWithText(const QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text)
            return list->item(row);
    }
    return nullptr;
}

void click(QListWidget *list, QListWidgetItem *item, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualItemRect(item).center());
}

QList<TagCount> storefronts(int kids, int main, int rush)
{
    return {{QStringLiteral("2"), QStringLiteral("Kids"), kids},
            {QStringLiteral("1"), QStringLiteral("Main"), main},
            {QStringLiteral("rush"), QStringLiteral("rush"), rush}};
}

QList<SavedView> savedViews(const QStringList &names)
{
    QList<SavedView> views;
    for (const QString &name : names) {
        SavedView view;
        view.name = name;
        views.append(view);
    }
    return views;
}

bool isHintShown(const ViewsPanel &panel)
{
    const auto *hint = panel.findChild<QLabel *>(QStringLiteral("noTagsHint"));
    return hint && hint->isVisible() && !panel.tagsList()->isVisible();
}
} // namespace

class TestViewsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheBuiltInViewsAndReportsTheChosenState()
    {
        ViewsPanel panel;
        panel.resize(240, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &ViewsPanel::builtInViewChosen);
        QSignalSpy savedChosen(&panel, &ViewsPanel::savedViewChosen);
        QListWidget *views = panel.viewsList();

        QCOMPARE(texts(views), (QStringList{ShipmentsModel::stateText(ShipmentState::ToShip),
                                            ShipmentsModel::stateText(ShipmentState::Printed),
                                            ShipmentsModel::stateText(ShipmentState::WrittenBack),
                                            ShipmentsModel::stateText(ShipmentState::WritebackFailed),
                                            ShipmentsModel::stateText(ShipmentState::Elsewhere),
                                            ShipmentsModel::stateText(ShipmentState::Cancelled),
                                            ShipmentsModel::stateText(ShipmentState::OnHold), QStringLiteral("All")}));

        // The owner's selection: shown, not reported.
        panel.selectBuiltIn(ShipmentState::ToShip);
        QCOMPARE(views->selectedItems().size(), 1);
        QCOMPARE(views->selectedItems().constFirst()->text(), ShipmentsModel::stateText(ShipmentState::ToShip));
        QCOMPARE(chosen.count(), 0);

        click(views, views->item(3));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<OptionalState>(), OptionalState(ShipmentState::WritebackFailed));

        // Keys: the next view down, then All at the end.
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Down);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.at(1).at(0).value<OptionalState>(), OptionalState(ShipmentState::Elsewhere));
        QTest::keyClick(views, Qt::Key_End);
        QCOMPARE(chosen.count(), 3);
        QCOMPARE(chosen.at(2).at(0).value<OptionalState>(), OptionalState());

        // Clicking the chosen view again, or Ctrl+clicking it, changes nothing: one view stays chosen.
        click(views, views->item(7));
        click(views, views->item(7), Qt::ControlModifier);
        QCOMPARE(chosen.count(), 3);
        QCOMPARE(views->selectedItems().size(), 1);
        QCOMPARE(views->selectedItems().constFirst(), views->item(7));

        panel.selectBuiltIn(std::nullopt);
        panel.selectBuiltIn(ShipmentState::OnHold);
        QCOMPARE(views->selectedItems().constFirst(), views->item(6));
        QCOMPARE(chosen.count(), 3);
        QCOMPARE(savedChosen.count(), 0);
    }

    void savedViewsAreListedChosenAndDeleted()
    {
        ViewsPanel panel;
        panel.resize(240, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy builtInChosen(&panel, &ViewsPanel::builtInViewChosen);
        QSignalSpy savedChosen(&panel, &ViewsPanel::savedViewChosen);
        QSignalSpy deleteRequested(&panel, &ViewsPanel::deleteViewRequested);
        QSignalSpy saveRequested(&panel, &ViewsPanel::saveViewRequested);
        QListWidget *views = panel.viewsList();

        panel.setSavedViews(savedViews({QStringLiteral("Kids to ship"), QStringLiteral("Rush")}));
        QListWidgetItem *kids = itemWithText(views, QStringLiteral("Kids to ship"));
        QListWidgetItem *rush = itemWithText(views, QStringLiteral("Rush"));
        QVERIFY(kids);
        QVERIFY(rush);
        // After the built-in views, under a heading that cannot be chosen, each with its mark.
        QVERIFY(views->row(kids) > 8);
        QVERIFY(views->row(rush) > views->row(kids));
        QVERIFY(!(views->item(8)->flags() & Qt::ItemIsSelectable));
        QVERIFY(!kids->icon().isNull());
        QVERIFY(views->item(0)->icon().isNull());

        // The owner's selection, by name whatever its case: shown, not reported.
        panel.selectSaved(QStringLiteral("kids TO SHIP"));
        QCOMPARE(views->selectedItems(), QList<QListWidgetItem *>{kids});
        QCOMPARE(savedChosen.count(), 0);
        panel.selectSaved(QStringLiteral("no such view"));
        QVERIFY(views->selectedItems().isEmpty());

        click(views, rush);
        QCOMPARE(savedChosen.count(), 1);
        QCOMPARE(savedChosen.at(0).at(0).toString(), QStringLiteral("Rush"));
        QCOMPARE(builtInChosen.count(), 0);

        // Up from the first saved view skips the heading to All.
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Up);
        QTest::keyClick(views, Qt::Key_Up);
        QCOMPARE(views->currentItem(), views->item(7));
        QCOMPARE(builtInChosen.count(), 1);
        QCOMPARE(builtInChosen.at(0).at(0).value<OptionalState>(), OptionalState());
        QCOMPARE(savedChosen.count(), 2);
        QCOMPARE(savedChosen.at(1).at(0).toString(), QStringLiteral("Kids to ship"));

        // Delete asks the owner to delete a saved view, and does nothing on a built-in one.
        QTest::keyClick(views, Qt::Key_Delete);
        QCOMPARE(deleteRequested.count(), 0);
        click(views, kids);
        QTest::keyClick(views, Qt::Key_Delete);
        QCOMPARE(deleteRequested.count(), 1);
        QCOMPARE(deleteRequested.at(0).at(0).toString(), QStringLiteral("Kids to ship"));
        QVERIFY(itemWithText(views, QStringLiteral("Kids to ship"))); // the owner removes it

        // New saved views keep the chosen one selected (by name); without it nothing is selected, and nothing is
        // reported either way.
        const int chosenBefore = savedChosen.count() + builtInChosen.count();
        panel.setSavedViews(savedViews({QStringLiteral("Another"), QStringLiteral("Kids to ship")}));
        QCOMPARE(views->selectedItems().size(), 1);
        QCOMPARE(views->selectedItems().constFirst()->text(), QStringLiteral("Kids to ship"));
        panel.setSavedViews(savedViews({QStringLiteral("Another")}));
        QVERIFY(views->selectedItems().isEmpty());
        panel.setSavedViews({});
        QCOMPARE(views->count(), 8);
        QCOMPARE(savedChosen.count() + builtInChosen.count(), chosenBefore);

        auto *saveButton = panel.findChild<QToolButton *>(QStringLiteral("saveViewButton"));
        QVERIFY(saveButton);
        QVERIFY(saveButton->isVisible());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(saveRequested.count(), 1);
    }

    void showsEachTagByNameWithItsCount()
    {
        ViewsPanel panel;
        panel.setTagCounts({{QStringLiteral("2"), QStringLiteral("Kids"), 124},
                            {QStringLiteral("rush"), QStringLiteral("rush"), 3},
                            {QStringLiteral("7"), QString(), 5}});
        QListWidget *tags = panel.tagsList();
        QCOMPARE(texts(tags),
                 (QStringList{QStringLiteral("Kids (124)"), QStringLiteral("rush (3)"), QStringLiteral("7 (5)")}));
        QCOMPARE(tags->item(0)->toolTip(), QStringLiteral("Tag 2"));
        QCOMPARE(tags->item(1)->toolTip(), QStringLiteral("Tag rush"));
        QVERIFY(tags->item(0)->flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(tags->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(panel.checkedTags().isEmpty());
    }

    void checkingSeveralTagsReportsAllOfThem()
    {
        ViewsPanel panel;
        panel.resize(240, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &ViewsPanel::tagsChanged);
        panel.setTagCounts(storefronts(124, 210, 3));
        QListWidget *tags = panel.tagsList();
        auto *clearButton = panel.findChild<QToolButton *>(QStringLiteral("clearTagsButton"));
        QVERIFY(clearButton);
        QVERIFY(!clearButton->isVisible());

        // A click anywhere on the line checks it.
        click(tags, tags->item(2));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("rush")});
        QVERIFY(clearButton->isVisible());
        click(tags, tags->item(0));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toStringList(), (QStringList{QStringLiteral("2"), QStringLiteral("rush")}));
        QCOMPARE(panel.checkedTags(), (QStringList{QStringLiteral("2"), QStringLiteral("rush")}));

        // Space on the current line unchecks it.
        tags->setFocus();
        tags->setCurrentRow(0);
        QTest::keyClick(tags, Qt::Key_Space);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(2).at(0).toStringList(), QStringList{QStringLiteral("rush")});
        QCOMPARE(tags->item(0)->checkState(), Qt::Unchecked);

        // Clear unchecks them all at once.
        click(tags, tags->item(1));
        QCOMPARE(changed.count(), 4);
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QCOMPARE(changed.count(), 5);
        QVERIFY(changed.at(4).at(0).toStringList().isEmpty());
        QVERIFY(panel.checkedTags().isEmpty());
        QVERIFY(!clearButton->isVisible());

        // The owner's checks are shown, not reported; a tag not counted yet is listed with (0).
        panel.setCheckedTags({QStringLiteral("1"), QStringLiteral("9")});
        QCOMPARE(texts(tags), (QStringList{QStringLiteral("9 (0)"), QStringLiteral("Kids (124)"),
                                           QStringLiteral("Main (210)"), QStringLiteral("rush (3)")}));
        QCOMPARE(panel.checkedTags(), (QStringList{QStringLiteral("9"), QStringLiteral("1")}));
        QVERIFY(clearButton->isVisible());
        QCOMPARE(changed.count(), 5);
    }

    void newCountsKeepChecksCurrentLineAndScrollAndEmitNothing()
    {
        ViewsPanel panel;
        panel.resize(240, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &ViewsPanel::tagsChanged);
        QList<TagCount> counts;
        for (int channel = 1; channel <= 40; ++channel)
            counts.append({QString::number(channel), QStringLiteral("Storefront %1").arg(channel), channel});
        panel.setTagCounts(counts);
        QListWidget *tags = panel.tagsList();
        QCOMPARE(tags->count(), 40);
        click(tags, tags->item(20));
        click(tags, tags->item(30));
        QCOMPARE(changed.count(), 2);
        const QStringList checked = panel.checkedTags();
        QCOMPARE(checked, (QStringList{QStringLiteral("21"), QStringLiteral("31")}));
        tags->setCurrentRow(30);
        QScrollBar *scrollBar = tags->verticalScrollBar();
        QVERIFY(scrollBar->maximum() > 0);
        scrollBar->setValue(scrollBar->maximum() / 2);
        const int scroll = scrollBar->value();
        QVERIFY(scroll > 0);
        QListWidgetItem *item30 = tags->item(30);

        // Other counts, the same lines: texts change in place.
        for (TagCount &count : counts)
            count.count += 1000;
        panel.setTagCounts(counts);
        QCOMPARE(tags->item(30), item30);
        QCOMPARE(tags->item(30)->text(), QStringLiteral("Storefront 31 (%1)").arg(QLocale().toString(1031)));
        QCOMPARE(panel.checkedTags(), checked);
        QCOMPARE(tags->currentRow(), 30);
        QCOMPARE(scrollBar->value(), scroll);

        // Lines come and go: the checks and the current line follow their tags, the scroll stays.
        counts.removeAt(0);
        counts.insert(5, {QStringLiteral("new"), QStringLiteral("Storefront 5a"), 1});
        panel.setTagCounts(counts);
        QCOMPARE(tags->count(), 40);
        QCOMPARE(panel.checkedTags(), checked);
        QVERIFY(tags->currentItem());
        QCOMPARE(tags->currentItem()->data(Qt::DisplayRole).toString().section(QLatin1Char(' '), 0, 1),
                 QStringLiteral("Storefront 31"));
        QCOMPARE(scrollBar->value(), scroll);
        QCOMPARE(changed.count(), 2);
    }

    void aCheckedTagWithoutShipmentsStaysWithZero()
    {
        ViewsPanel panel;
        panel.resize(240, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &ViewsPanel::tagsChanged);
        panel.setTagCounts(storefronts(124, 210, 3));
        QListWidget *tags = panel.tagsList();
        click(tags, tags->item(0)); // Kids
        QCOMPARE(panel.checkedTags(), QStringList{QStringLiteral("2")});

        // Another filter leaves no Kids shipment: Kids stays, checked, with its name and (0).
        panel.setTagCounts({{QStringLiteral("1"), QStringLiteral("Main"), 17}});
        QCOMPARE(texts(tags), (QStringList{QStringLiteral("Kids (0)"), QStringLiteral("Main (17)")}));
        QCOMPARE(panel.checkedTags(), QStringList{QStringLiteral("2")});
        QCOMPARE(changed.count(), 1);

        // Unchecked, it leaves with the next counts.
        click(tags, itemWithText(tags, QStringLiteral("Kids (0)")));
        QCOMPARE(changed.count(), 2);
        QVERIFY(changed.at(1).at(0).toStringList().isEmpty());
        panel.setTagCounts({{QStringLiteral("1"), QStringLiteral("Main"), 17}});
        QCOMPARE(texts(tags), QStringList{QStringLiteral("Main (17)")});
    }

    void withoutTagsAHintShowsTheSetting()
    {
        ViewsPanel panel;
        panel.resize(240, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto *hint = panel.findChild<QLabel *>(QStringLiteral("noTagsHint"));
        QVERIFY(hint);
        QVERIFY(isHintShown(panel));
        QVERIFY(hint->text().contains(QStringLiteral("Import Channel ID as a tag")));

        panel.setTagCounts(storefronts(1, 2, 3));
        QVERIFY(!isHintShown(panel));
        QVERIFY(panel.tagsList()->isVisible());

        panel.setTagCounts({});
        QVERIFY(isHintShown(panel));
        panel.setTagsHiddenByFilters(true);
        QVERIFY(!hint->text().contains(QStringLiteral("Import Channel ID as a tag")));
        QVERIFY(hint->text().contains(QStringLiteral("filters")));

        // A checked tag is never hidden behind the hint.
        panel.setCheckedTags({QStringLiteral("2")});
        QVERIFY(!isHintShown(panel));
        QCOMPARE(texts(panel.tagsList()), QStringList{QStringLiteral("2 (0)")});
    }

    void fitsANarrowPanel()
    {
        ViewsPanel panel;
        panel.setSavedViews(savedViews({QStringLiteral("Kids to ship")}));
        panel.setTagCounts(storefronts(124, 210, 3));
        QVERIFY(panel.minimumSizeHint().width() <= 220);
        QVERIFY(panel.sizeHint().width() <= 320);
        // The views are shown whole, without a scroll bar, at the height a 1120x660 window leaves.
        QVERIFY(panel.minimumSizeHint().height() <= 480);
        panel.resize(panel.sizeHint().width(), 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.viewsList()->verticalScrollBar()->isVisible());
        QVERIFY(panel.tagsList()->isVisible());
        QVERIFY(panel.tagsList()->height() >= 3 * panel.tagsList()->sizeHintForRow(0));
        QVERIFY(panel.viewsList()->focusPolicy() != Qt::WheelFocus);
        QVERIFY(panel.tagsList()->focusPolicy() != Qt::WheelFocus);
    }
};

QTEST_MAIN(TestViewsPanel)
#include "tst_viewspanel.moc"
