#include "ui/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace Packbench {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = qMax(height, hint.height());
        ++visible;
    }
    if (visible > 1)
        width += (visible - 1) * spacing(Qt::Horizontal);
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacing(Qt::Orientation orientation) const
{
    const int own = orientation == Qt::Horizontal ? m_horizontalSpacing : m_verticalSpacing;
    if (own >= 0)
        return own;
    const QWidget *parent = parentWidget();
    if (!parent)
        return 6;
    return parent->style()->pixelMetric(orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing
                                                                      : QStyle::PM_LayoutVerticalSpacing,
                                        nullptr, parent);
}

int FlowLayout::arrange(const QRect &rect, bool move) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int horizontal = qMax(0, spacing(Qt::Horizontal));
    const int vertical = qMax(0, spacing(Qt::Vertical));
    // One line at a time: its items and its height, so that items of different heights share a centre line.
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    int lineHeight = 0;
    int y = area.y();
    auto place = [&] {
        int x = area.x();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize size = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
            if (move)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - size.height()) / 2), size));
            x += size.width() + horizontal;
        }
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        const int width = qMin(size.width(), qMax(0, area.width()));
        if (!line.isEmpty() && lineWidth + horizontal + width > area.width()) {
            place();
            y += lineHeight + vertical;
            line.clear();
            lineWidth = 0;
            lineHeight = 0;
        }
        lineWidth += (line.isEmpty() ? 0 : horizontal) + width;
        lineHeight = qMax(lineHeight, size.height());
        line.append(item);
    }
    if (!line.isEmpty())
        place();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace Packbench
