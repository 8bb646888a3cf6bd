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
    // The page itself shows why, beside the field concerned: the dialog need not repeat it.
    bool errorShownOnPage() const { return m_errorShownOnPage; }

Q_SIGNALS:
    void modifiedChanged();
    void saveFinished(bool ok);

protected:
    void setErrorString(const QString &message, bool shownOnPage = false)
    {
        m_errorString = message;
        m_errorShownOnPage = shownOnPage;
    }

private:
    QString m_errorString;
    bool m_errorShownOnPage = false;
};

} // namespace Packbench
