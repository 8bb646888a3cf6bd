#pragma once

#include <QObject>

class QApplication;

namespace Packbench {

// Combo boxes and spin boxes take the mouse wheel only when they have focus. Without this, scrolling a long form
// changes whatever setting passes under the pointer ("Write tracking back" silently became Off). Installed once on
// the application; every combo box and spin box, present and future, gets Qt::StrongFocus (the wheel no longer
// gives it focus), and a wheel event over an unfocused one goes on to its parent, so the surrounding scroll area
// scrolls instead.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard as an event filter of the application (which owns it).
    static WheelGuard *install(QApplication &app);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace Packbench
