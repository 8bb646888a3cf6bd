#pragma once

#include "core/storage/SavedViewRepository.h"
#include "core/storage/ShipmentFilter.h"

#include <QCollator>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QToolButton;

namespace Packbench {

// The panel beside the shipments grid: the views (one per shipment state, All, then the saved views) and the
// storefront tags of the shown stores with their counts. Pure UI: the shipments view owns it, feeds it (saved views,
// tag counts, what is selected) and turns its signals into filters. Signals report the user's choices only; none is
// emitted for what the owner sets.
class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewsPanel(QWidget *parent = nullptr);
    ~ViewsPanel() override;

    // Views. The saved views follow the built-in ones in the order given; the selected saved view stays selected
    // when it is still among them (by name, case-insensitively), else nothing is selected.
    void setSavedViews(const QList<SavedView> &views);
    void selectBuiltIn(std::optional<ShipmentState> state);
    // By name, case-insensitively; a name that is not a saved view (or an empty one) selects nothing, for filters
    // that match no view.
    void selectSaved(const QString &name);

    // Storefronts. The counts as ShipmentFacets::tagCounts gives them (sorted by label). Texts are updated in place;
    // the checks, the current line and the scroll position stay, and tagsChanged is not emitted. A checked tag
    // missing from the counts stays listed with (0) so that it can be unchecked; an unchecked one leaves at the next
    // call.
    void setTagCounts(const QList<TagCount> &counts);
    // The checked tags in the order listed.
    QStringList checkedTags() const;
    // Checks exactly these tags (a tag not counted yet is listed with (0)).
    void setCheckedTags(const QStringList &tags);
    // When the counts are empty because the other filters hide every tagged shipment, the hint says so instead of
    // pointing to the setting that imports storefront tags.
    void setTagsHiddenByFilters(bool hidden);

    // For the owner's tab order and focus shortcuts, and for tests.
    QListWidget *viewsList() const { return m_viewsList; }
    QListWidget *tagsList() const { return m_tagsList; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void builtInViewChosen(std::optional<ShipmentState> state);
    void savedViewChosen(const QString &name);
    // The owner asks for a name and saves the current filters under it.
    void saveViewRequested();
    void deleteViewRequested(const QString &name);
    // Any of these tags (empty: storefronts do not filter).
    void tagsChanged(const QStringList &tags);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createViewsSection();
    void createTagsSection();
    void retranslate();

    // Views
    void selectViewItem(QListWidgetItem *item);
    void viewSelectionChanged();
    void showViewsMenu(const QPoint &position);
    void deleteCurrentView();
    QListWidgetItem *savedViewItem(const QString &name) const;

    // Storefronts
    void applyTagRows(const QList<TagCount> &counts, const QSet<QString> &checked);
    void tagItemChanged(QListWidgetItem *item);
    void clearTags();
    void updateTagsState();

    QLabel *m_viewsTitle = nullptr;
    QListWidget *m_viewsList = nullptr;
    QToolButton *m_saveViewButton = nullptr;
    QAction *m_deleteViewAction = nullptr;
    QLabel *m_tagsTitle = nullptr;
    QToolButton *m_clearTagsButton = nullptr;
    QStackedWidget *m_tagsStack = nullptr;
    QListWidget *m_tagsList = nullptr;
    QLabel *m_noTagsHint = nullptr;

    QString m_chosenViewKey; // the selected view ("b:to-ship", "s:Kids to ship"); empty = none
    QList<TagCount> m_counts;
    QCollator m_collator;
    bool m_updatingViews = false;
    bool m_updatingTags = false;
    bool m_tagsHiddenByFilters = false;
};

} // namespace Packbench
