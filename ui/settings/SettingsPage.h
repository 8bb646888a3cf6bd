#pragma once

#include <QWidget>

namespace Packbench {

// One page of the Settings dialog: a load/save pair. The dialog enables Apply only while some page isModified().
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load() = 0;
    // Saves the page, now or later (the keychain answers asynchronously), and then emits saveFinished(). On failure
    // errorString() says why; nothing is half-saved.
    virtual void save() = 0;
    virtual bool isModified() const = 0;

    // Why the last save() failed, in words the user can act on.
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void modifiedChanged();
    void saveFinished(bool ok);

protected:
    void setErrorString(const QString &message) { m_errorString = message; }

private:
    QString m_errorString;
};

} // namespace Packbench
