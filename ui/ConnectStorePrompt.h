#pragma once

#include <QWidget>

class QPushButton;

namespace Packbench {

// The main window's empty state: what Packbench does and one clear call to action.
class ConnectStorePrompt : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectStorePrompt(QWidget *parent = nullptr);

    QPushButton *connectButton() const { return m_connectButton; }

Q_SIGNALS:
    void connectRequested();

private:
    QPushButton *m_connectButton = nullptr;
};

} // namespace Packbench
