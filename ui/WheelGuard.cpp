#include "ui/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QWheelEvent>

namespace Packbench {

namespace {
bool isGuarded(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

// The combo box or spin box the object is, or whose own line edit it is (the line edit is what lies under the
// pointer in a spin box or an editable combo box).
QWidget *guardedWidget(QObject *object)
{
    if (!object->isWidgetType())
        return nullptr;
    if (isGuarded(object))
        return static_cast<QWidget *>(object);
    if (qobject_cast<QLineEdit *>(object) && object->parent() && isGuarded(object->parent()))
        return static_cast<QWidget *>(object->parent());
    return nullptr;
}

void removeWheelFocus(QWidget *widget)
{
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

QAbstractScrollArea *enclosingScrollArea(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent))
            return area;
        if (parent->isWindow())
            break;
    }
    return nullptr;
}
} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

WheelGuard *WheelGuard::install(QApplication &app)
{
    auto *guard = new WheelGuard(&app);
    const QList<QWidget *> existing = QApplication::allWidgets();
    for (QWidget *widget : existing) {
        if (isGuarded(widget))
            removeWheelFocus(widget);
    }
    app.installEventFilter(guard);
    return guard;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::Show:
        if (isGuarded(watched))
            removeWheelFocus(static_cast<QWidget *>(watched));
        break;
    case QEvent::Wheel: {
        QWidget *widget = guardedWidget(watched);
        if (!widget)
            break;
        removeWheelFocus(widget);
        if (widget->hasFocus())
            break;
        // Not for this widget: the scroll area around it scrolls instead, as if the widget were not there.
        if (QAbstractScrollArea *area = enclosingScrollArea(widget)) {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            QWidget *viewport = area->viewport();
            QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                  wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                  wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
            QCoreApplication::sendEvent(viewport, &forwarded);
            return true;
        }
        // No scroll area: handled here but not accepted, so that a window-system event goes on to the parents.
        event->ignore();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Packbench
