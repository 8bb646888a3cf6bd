#pragma once

#include <QLabel>

namespace Packbench {

// A one-line label that may be narrower than its text: it then shows the text cut short with "…" instead of
// clipping it mid-word, and its full text as tool tip unless one was set. text() stays the full text. For the status
// bar, so that a narrow window keeps the permanent fields (pending write-backs, the station) whole.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace Packbench
