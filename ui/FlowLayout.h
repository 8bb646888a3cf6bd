#pragma once

#include <QLayout>
#include <QList>

namespace Packbench {

// Lays its items out left to right and starts a new line when the next one does not fit, like words in a paragraph.
// A row of filters in it keeps the window usable when narrow (a half-screen window, longer German labels) instead of
// setting the window's minimum width. Hidden widgets take no room. Reports its height for a width, so the widget it
// sits in grows by a line when it wraps.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int spacing(Qt::Orientation orientation) const;
    // Places the items in `rect` (or only measures, with `move` false) and returns the height they take.
    int arrange(const QRect &rect, bool move) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace Packbench
