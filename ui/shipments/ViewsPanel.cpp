#include "ui/shipments/ViewsPanel.h"

#include "ui/shipments/ShipmentsModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {

enum ItemRole
{
    // Views: what a line is.
    KindRole = Qt::UserRole + 1,
    // Views: "b:<word>" for a built-in view, "s:<name>" for a saved one.
    ViewKeyRole,
    // Views: the saved view's name.
    NameRole,
    // Storefronts: the tag, its label and its count.
    TagRole,
    LabelRole,
    CountRole,
    // Storefronts: the check state last reported, to tell a user's check from other changes.
    ReportedCheckRole,
};

enum ViewKind
{
    BuiltInLine,
    SavedLine,
    HeadingLine,
};

QString builtInKey(const BuiltInView &view)
{
    return QStringLiteral("b:") + view.word;
}

QString savedKey(const QString &name)
{
    return QStringLiteral("s:") + name;
}

// A bookmark ribbon in a soft text colour, for saved views when the icon theme has none.
QIcon drawnBookmarkIcon(QColor color)
{
    color.setAlphaF(0.7f);
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        QPainterPath ribbon;
        ribbon.moveTo(4 * unit, 2 * unit);
        ribbon.lineTo(12 * unit, 2 * unit);
        ribbon.lineTo(12 * unit, 14 * unit);
        ribbon.lineTo(8 * unit, 10.5 * unit);
        ribbon.lineTo(4 * unit, 14 * unit);
        ribbon.closeSubpath();
        painter.fillPath(ribbon, color);
        icon.addPixmap(pixmap);
    }
    return icon;
}

// A list as tall as its lines (the views: a handful, and no scroll bar to trap the wheel), at least a few lines when
// space is short.
class FittedListWidget : public QListWidget
{
public:
    using QListWidget::QListWidget;

    QSize sizeHint() const override
    {
        int height = 2 * frameWidth();
        for (int row = 0; row < count(); ++row)
            height += sizeHintForRow(row);
        return {QListWidget::sizeHint().width(), height};
    }

    QSize minimumSizeHint() const override
    {
        const int rows = std::min(count(), 4);
        int height = 2 * frameWidth();
        for (int row = 0; row < rows; ++row)
            height += sizeHintForRow(row);
        return {QListWidget::minimumSizeHint().width(), height};
    }
};

// Lines a little taller than the text: easier to hit at a packing bench, and even whether or not a line has an icon.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int lineHeight = option.fontMetrics.height() + option.fontMetrics.height() / 3;
        size.setHeight(std::max(size.height(), lineHeight));
        return size;
    }
};

// A click anywhere on a storefront line checks or unchecks it, not only on its small box; Space does too (the base
// delegate).
class CheckOnClickDelegate : public PaddedDelegate
{
public:
    using PaddedDelegate::PaddedDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        const Qt::ItemFlags flags = index.flags();
        if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled))
            return PaddedDelegate::editorEvent(event, model, option, index);
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            // Eaten so that the base delegate does not toggle a second time on the box.
            return static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
                return false;
            const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
        default:
            return PaddedDelegate::editorEvent(event, model, option, index);
        }
    }
};

} // namespace

ViewsPanel::ViewsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createViewsSection();
    createTagsSection();

    layout->addWidget(m_viewsTitle);
    layout->addWidget(m_viewsList);
    layout->addWidget(m_saveViewButton, 0, Qt::AlignLeft);
    layout->addSpacing(fontMetrics().height() / 2);
    auto *tagsHeader = new QHBoxLayout;
    tagsHeader->addWidget(m_tagsTitle, 1);
    tagsHeader->addWidget(m_clearTagsButton);
    layout->addLayout(tagsHeader);
    layout->addWidget(m_tagsStack, 1);

    // The narrowest that stays readable (longer names elide); sizeHint() asks for room for every view's name.
    setMinimumWidth(fontMetrics().averageCharWidth() * 18);

    retranslate();
    updateTagsState();
}

ViewsPanel::~ViewsPanel() = default;

void ViewsPanel::createViewsSection()
{
    m_viewsTitle = new QLabel(this);
    QFont titleFont = m_viewsTitle->font();
    titleFont.setBold(true);
    m_viewsTitle->setFont(titleFont);

    m_viewsList = new FittedListWidget(this);
    m_viewsList->setObjectName(QStringLiteral("viewsList"));
    m_viewsList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_viewsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewsList->setTextElideMode(Qt::ElideRight);
    // Scrolling over the panel must not pull the focus away from the scan field.
    m_viewsList->setFocusPolicy(Qt::StrongFocus);
    m_viewsList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_viewsList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_viewsList->setItemDelegate(new PaddedDelegate(m_viewsList));
    // The bookmarks of saved views no taller than the text, so that every line has the same height.
    const int iconSide = m_viewsList->fontMetrics().ascent();
    m_viewsList->setIconSize(QSize(iconSide, iconSide));
    m_viewsTitle->setBuddy(m_viewsList);

    for (const BuiltInView &view : SavedViewRepository::builtInViews()) {
        auto *item = new QListWidgetItem(m_viewsList);
        item->setData(KindRole, BuiltInLine);
        item->setData(ViewKeyRole, builtInKey(view));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }

    connect(m_viewsList, &QListWidget::itemSelectionChanged, this, &ViewsPanel::viewSelectionChanged);
    connect(m_viewsList, &QWidget::customContextMenuRequested, this, &ViewsPanel::showViewsMenu);

    m_deleteViewAction = new QAction(this);
    m_deleteViewAction->setShortcut(QKeySequence::Delete);
    m_deleteViewAction->setShortcutContext(Qt::WidgetShortcut);
    m_viewsList->addAction(m_deleteViewAction);
    connect(m_deleteViewAction, &QAction::triggered, this, &ViewsPanel::deleteCurrentView);

    m_saveViewButton = new QToolButton(this);
    m_saveViewButton->setObjectName(QStringLiteral("saveViewButton"));
    m_saveViewButton->setAutoRaise(true);
    m_saveViewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveViewButton->setFocusPolicy(Qt::StrongFocus);
    m_saveViewButton->setIcon(
        QIcon::fromTheme(QStringLiteral("bookmark-new"), drawnBookmarkIcon(palette().color(QPalette::Text))));
    connect(m_saveViewButton, &QToolButton::clicked, this, &ViewsPanel::saveViewRequested);
}

void ViewsPanel::createTagsSection()
{
    m_tagsTitle = new QLabel(this);
    QFont titleFont = m_tagsTitle->font();
    titleFont.setBold(true);
    m_tagsTitle->setFont(titleFont);

    m_clearTagsButton = new QToolButton(this);
    m_clearTagsButton->setObjectName(QStringLiteral("clearTagsButton"));
    m_clearTagsButton->setAutoRaise(true);
    m_clearTagsButton->setFocusPolicy(Qt::StrongFocus);
    // Showing and hiding it must not move the list.
    QSizePolicy clearPolicy = m_clearTagsButton->sizePolicy();
    clearPolicy.setRetainSizeWhenHidden(true);
    m_clearTagsButton->setSizePolicy(clearPolicy);
    connect(m_clearTagsButton, &QToolButton::clicked, this, &ViewsPanel::clearTags);

    m_tagsStack = new QStackedWidget(this);

    m_tagsList = new QListWidget(m_tagsStack);
    m_tagsList->setObjectName(QStringLiteral("tagsList"));
    // The checks are the choice; a selection beside them would only confuse.
    m_tagsList->setSelectionMode(QAbstractItemView::NoSelection);
    m_tagsList->setUniformItemSizes(true);
    m_tagsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tagsList->setTextElideMode(Qt::ElideRight);
    m_tagsList->setFocusPolicy(Qt::StrongFocus);
    m_tagsList->setItemDelegate(new CheckOnClickDelegate(m_tagsList));
    m_tagsTitle->setBuddy(m_tagsList);
    connect(m_tagsList, &QListWidget::itemChanged, this, &ViewsPanel::tagItemChanged);

    auto *hintPage = new QWidget(m_tagsStack);
    auto *hintLayout = new QVBoxLayout(hintPage);
    hintLayout->setContentsMargins(0, 0, 0, 0);
    m_noTagsHint = new QLabel(hintPage);
    m_noTagsHint->setObjectName(QStringLiteral("noTagsHint"));
    m_noTagsHint->setWordWrap(true);
    m_noTagsHint->setForegroundRole(QPalette::PlaceholderText);
    hintLayout->addWidget(m_noTagsHint);
    hintLayout->addStretch(1);

    m_tagsStack->addWidget(m_tagsList);
    m_tagsStack->addWidget(hintPage);
}

void ViewsPanel::retranslate()
{
    m_viewsTitle->setText(tr("&Views"));
    m_tagsTitle->setText(tr("St&orefronts"));
    m_saveViewButton->setText(tr("S&ave view…"));
    m_saveViewButton->setToolTip(tr("Save the current filters as a view of their own"));
    m_deleteViewAction->setText(tr("Delete view"));
    m_clearTagsButton->setText(tr("C&lear"));
    m_clearTagsButton->setToolTip(tr("Show every storefront again"));

    const QList<BuiltInView> builtIn = SavedViewRepository::builtInViews();
    for (int row = 0; row < m_viewsList->count(); ++row) {
        QListWidgetItem *item = m_viewsList->item(row);
        switch (item->data(KindRole).toInt()) {
        case BuiltInLine:
            if (row < builtIn.size()) {
                const std::optional<ShipmentState> state = builtIn.at(row).state;
                item->setText(state ? ShipmentsModel::stateText(*state) : tr("All"));
            }
            break;
        case HeadingLine:
            item->setText(tr("Saved views"));
            break;
        default:
            break;
        }
    }
    m_viewsList->updateGeometry();

    m_noTagsHint->setText(m_tagsHiddenByFilters
                              ? tr("No storefront tags among the shipments these filters show.")
                              : tr("No storefront tags. Turn on “Import Channel ID as a tag” in Settings > "
                                   "Integrations."));
    for (int row = 0; row < m_tagsList->count(); ++row)
        m_tagsList->item(row)->setToolTip(tr("Tag %1").arg(m_tagsList->item(row)->data(TagRole).toString()));
    updateGeometry();
}

void ViewsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The counts' texts follow the locale's digits.
        const QStringList checked = checkedTags();
        applyTagRows(m_counts, QSet<QString>(checked.cbegin(), checked.cend()));
    }
    QWidget::changeEvent(event);
}

QSize ViewsPanel::sizeHint() const
{
    // The widest view name without eliding, within reason.
    const QFontMetrics metrics = m_viewsList->fontMetrics();
    int widest = m_tagsTitle->sizeHint().width() + m_clearTagsButton->sizeHint().width();
    for (int row = 0; row < m_viewsList->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_viewsList->item(row)->text()) +
                                      m_viewsList->iconSize().width() + 2 * metrics.averageCharWidth());
    widest = std::min(widest, metrics.averageCharWidth() * 32);
    const int frame = 2 * m_viewsList->frameWidth() + m_tagsList->verticalScrollBar()->sizeHint().width() +
                      2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    return {std::max(minimumWidth(), widest + frame), QWidget::sizeHint().height()};
}

// ---- Views ----

void ViewsPanel::setSavedViews(const QList<SavedView> &views)
{
    m_updatingViews = true;
    const QString current =
        m_viewsList->currentItem() ? m_viewsList->currentItem()->data(ViewKeyRole).toString() : QString();
    const int builtInCount = int(SavedViewRepository::builtInViews().size());
    while (m_viewsList->count() > builtInCount)
        delete m_viewsList->takeItem(m_viewsList->count() - 1);

    if (!views.isEmpty()) {
        auto *heading = new QListWidgetItem(tr("Saved views"), m_viewsList);
        heading->setData(KindRole, HeadingLine);
        // Not a view: skipped by the keys and the mouse, drawn as a quiet heading.
        heading->setFlags(Qt::NoItemFlags);
        QFont headingFont = m_viewsList->font();
        if (headingFont.pointSizeF() > 0)
            headingFont.setPointSizeF(headingFont.pointSizeF() * 0.9);
        heading->setFont(headingFont);
        const QIcon bookmark =
            QIcon::fromTheme(QStringLiteral("bookmark"), drawnBookmarkIcon(palette().color(QPalette::Text)));
        for (const SavedView &view : views) {
            auto *item = new QListWidgetItem(bookmark, view.name, m_viewsList);
            item->setData(KindRole, SavedLine);
            item->setData(ViewKeyRole, savedKey(view.name));
            item->setData(NameRole, view.name);
            item->setToolTip(view.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }

    // The chosen view stays chosen when it is still there; a saved view that is gone leaves nothing selected.
    QListWidgetItem *chosen = nullptr;
    for (int row = 0; row < m_viewsList->count() && !m_chosenViewKey.isEmpty(); ++row) {
        if (m_viewsList->item(row)->data(ViewKeyRole).toString().compare(m_chosenViewKey, Qt::CaseInsensitive) == 0)
            chosen = m_viewsList->item(row);
    }
    m_updatingViews = false;
    selectViewItem(chosen);
    if (!chosen && !current.isEmpty()) {
        for (int row = 0; row < m_viewsList->count(); ++row) {
            if (m_viewsList->item(row)->data(ViewKeyRole).toString() == current)
                m_viewsList->selectionModel()->setCurrentIndex(m_viewsList->model()->index(row, 0),
                                                               QItemSelectionModel::NoUpdate);
        }
    }
    m_viewsList->updateGeometry();
    updateGeometry();
}

void ViewsPanel::selectBuiltIn(std::optional<ShipmentState> state)
{
    const QList<BuiltInView> builtIn = SavedViewRepository::builtInViews();
    for (int row = 0; row < builtIn.size() && row < m_viewsList->count(); ++row) {
        if (builtIn.at(row).state == state) {
            selectViewItem(m_viewsList->item(row));
            return;
        }
    }
    selectViewItem(nullptr);
}

void ViewsPanel::selectSaved(const QString &name)
{
    selectViewItem(savedViewItem(name));
}

QListWidgetItem *ViewsPanel::savedViewItem(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    for (int row = 0; row < m_viewsList->count(); ++row) {
        QListWidgetItem *item = m_viewsList->item(row);
        if (item->data(KindRole).toInt() == SavedLine &&
            item->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
}

void ViewsPanel::selectViewItem(QListWidgetItem *item)
{
    m_updatingViews = true;
    if (item) {
        m_viewsList->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
        m_viewsList->scrollToItem(item);
    } else {
        m_viewsList->clearSelection();
    }
    m_chosenViewKey = item ? item->data(ViewKeyRole).toString() : QString();
    m_updatingViews = false;
}

void ViewsPanel::viewSelectionChanged()
{
    if (m_updatingViews)
        return;
    const QList<QListWidgetItem *> selected = m_viewsList->selectedItems();
    if (selected.isEmpty()) {
        // A view is always chosen by the user's hand (Ctrl+click or a click beside the lines would deselect it).
        if (!m_chosenViewKey.isEmpty()) {
            for (int row = 0; row < m_viewsList->count(); ++row) {
                if (m_viewsList->item(row)->data(ViewKeyRole).toString() == m_chosenViewKey) {
                    selectViewItem(m_viewsList->item(row));
                    break;
                }
            }
        }
        return;
    }
    QListWidgetItem *item = selected.constFirst();
    const QString key = item->data(ViewKeyRole).toString();
    if (key == m_chosenViewKey)
        return;
    m_chosenViewKey = key;
    if (item->data(KindRole).toInt() == SavedLine) {
        emit savedViewChosen(item->data(NameRole).toString());
        return;
    }
    const QList<BuiltInView> builtIn = SavedViewRepository::builtInViews();
    const int row = m_viewsList->row(item);
    if (row >= 0 && row < builtIn.size())
        emit builtInViewChosen(builtIn.at(row).state);
}

void ViewsPanel::showViewsMenu(const QPoint &position)
{
    QListWidgetItem *item = m_viewsList->itemAt(position);
    QMenu menu(this);
    if (item && item->data(KindRole).toInt() == SavedLine) {
        const QString name = item->data(NameRole).toString();
        QAction *deleteAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete view"));
        deleteAction->setShortcut(QKeySequence::Delete);
        deleteAction->setShortcutContext(Qt::WidgetShortcut);
        connect(deleteAction, &QAction::triggered, this, [this, name] { emit deleteViewRequested(name); });
        menu.addSeparator();
    }
    menu.addAction(m_saveViewButton->icon(), tr("Save view…"), this, &ViewsPanel::saveViewRequested);
    menu.exec(m_viewsList->viewport()->mapToGlobal(position));
}

void ViewsPanel::deleteCurrentView()
{
    QListWidgetItem *item = m_viewsList->currentItem();
    if (item && item->data(KindRole).toInt() == SavedLine)
        emit deleteViewRequested(item->data(NameRole).toString());
}

// ---- Storefronts ----

void ViewsPanel::setTagCounts(const QList<TagCount> &counts)
{
    m_counts = counts;
    const QStringList checked = checkedTags();
    applyTagRows(counts, QSet<QString>(checked.cbegin(), checked.cend()));
}

QStringList ViewsPanel::checkedTags() const
{
    QStringList tags;
    for (int row = 0; row < m_tagsList->count(); ++row) {
        const QListWidgetItem *item = m_tagsList->item(row);
        if (item->checkState() == Qt::Checked)
            tags.append(item->data(TagRole).toString());
    }
    return tags;
}

void ViewsPanel::setCheckedTags(const QStringList &tags)
{
    applyTagRows(m_counts, QSet<QString>(tags.cbegin(), tags.cend()));
}

void ViewsPanel::setTagsHiddenByFilters(bool hidden)
{
    if (m_tagsHiddenByFilters == hidden)
        return;
    m_tagsHiddenByFilters = hidden;
    retranslate();
}

void ViewsPanel::applyTagRows(const QList<TagCount> &counts, const QSet<QString> &checked)
{
    // What to list: the counts, and every checked tag they lack with (0), in label order.
    QList<TagCount> rows;
    rows.reserve(counts.size() + checked.size());
    QSet<QString> listed;
    for (const TagCount &count : counts) {
        if (!count.tag.isEmpty() && !listed.contains(count.tag)) {
            listed.insert(count.tag);
            rows.append(count);
        }
    }
    QStringList missing;
    for (const QString &tag : checked) {
        if (!tag.isEmpty() && !listed.contains(tag))
            missing.append(tag);
    }
    if (!missing.isEmpty()) {
        // The name it was listed under, while it had shipments.
        QHash<QString, QString> knownLabels;
        for (int row = 0; row < m_tagsList->count(); ++row) {
            const QListWidgetItem *item = m_tagsList->item(row);
            knownLabels.insert(item->data(TagRole).toString(), item->data(LabelRole).toString());
        }
        const auto before = [this](const TagCount &a, const TagCount &b) {
            const int order = m_collator.compare(a.label, b.label);
            return order != 0 ? order < 0 : a.tag < b.tag;
        };
        std::sort(missing.begin(), missing.end());
        for (const QString &tag : std::as_const(missing)) {
            const TagCount zero{tag, knownLabels.value(tag, tag), 0};
            rows.insert(std::upper_bound(rows.begin(), rows.end(), zero, before), zero);
        }
    }

    m_updatingTags = true;
    bool sameLines = m_tagsList->count() == rows.size();
    for (int row = 0; sameLines && row < rows.size(); ++row)
        sameLines = m_tagsList->item(row)->data(TagRole).toString() == rows.at(row).tag;

    if (!sameLines) {
        // Lines came or went: the items move (keeping their checks), the current line and the scroll position stay.
        QScrollBar *scrollBar = m_tagsList->verticalScrollBar();
        const int scrollValue = scrollBar->value();
        const QString currentTag =
            m_tagsList->currentItem() ? m_tagsList->currentItem()->data(TagRole).toString() : QString();
        QHash<QString, QListWidgetItem *> items;
        while (m_tagsList->count() > 0) {
            QListWidgetItem *item = m_tagsList->takeItem(m_tagsList->count() - 1);
            items.insert(item->data(TagRole).toString(), item);
        }
        QListWidgetItem *current = nullptr;
        for (const TagCount &count : std::as_const(rows)) {
            QListWidgetItem *item = items.take(count.tag);
            if (!item) {
                item = new QListWidgetItem;
                item->setData(TagRole, count.tag);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setData(ReportedCheckRole, false);
                item->setToolTip(tr("Tag %1").arg(count.tag));
            }
            m_tagsList->addItem(item);
            if (count.tag == currentTag)
                current = item;
        }
        qDeleteAll(items);
        if (current)
            m_tagsList->selectionModel()->setCurrentIndex(m_tagsList->indexFromItem(current),
                                                          QItemSelectionModel::NoUpdate);
        // Lay the lines out now, so that the scroll bar has its range before its value comes back.
        m_tagsList->doItemsLayout();
        scrollBar->setValue(scrollValue);
    }

    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const TagCount &count = rows.at(row);
        QListWidgetItem *item = m_tagsList->item(row);
        const QString label = count.label.isEmpty() ? count.tag : count.label;
        //: A storefront (or tag) and how many shown shipments carry it: "Kids (124)"
        const QString text = tr("%1 (%2)").arg(label, locale.toString(count.count));
        if (item->text() != text)
            item->setText(text);
        if (item->data(LabelRole).toString() != label)
            item->setData(LabelRole, label);
        if (item->data(CountRole).toInt() != count.count)
            item->setData(CountRole, count.count);
        const bool isChecked = checked.contains(count.tag);
        const Qt::CheckState state = isChecked ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state) {
            item->setCheckState(state);
            item->setData(ReportedCheckRole, isChecked);
        }
    }
    m_updatingTags = false;
    updateTagsState();
}

void ViewsPanel::tagItemChanged(QListWidgetItem *item)
{
    if (m_updatingTags)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == item->data(ReportedCheckRole).toBool())
        return;
    m_updatingTags = true;
    item->setData(ReportedCheckRole, checked);
    m_updatingTags = false;
    updateTagsState();
    emit tagsChanged(checkedTags());
}

void ViewsPanel::clearTags()
{
    if (checkedTags().isEmpty())
        return;
    const bool hadFocus = m_clearTagsButton->hasFocus();
    applyTagRows(m_counts, {});
    // The button hides: the focus goes to the list rather than to whatever comes next.
    if (hadFocus)
        m_tagsList->setFocus(Qt::OtherFocusReason);
    emit tagsChanged({});
}

void ViewsPanel::updateTagsState()
{
    bool anyChecked = false;
    for (int row = 0; row < m_tagsList->count() && !anyChecked; ++row)
        anyChecked = m_tagsList->item(row)->checkState() == Qt::Checked;
    m_clearTagsButton->setVisible(anyChecked);
    m_tagsStack->setCurrentIndex(m_tagsList->count() > 0 ? 0 : 1);
}

} // namespace Packbench
