#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Packbench {

class Profile;
class SettingsPage;

// Settings: Integrations, Language (and later Carriers, Rules, Database). Apply is enabled only while a page has
// unsaved changes; OK saves every page and closes only when all saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Integrations,
        Language
    };

    explicit SettingsDialog(const Profile &profile, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    bool isModified() const;

public Q_SLOTS:
    bool apply();
    void accept() override;

private:
    void addPage(SettingsPage *page);
    void updateButtons();

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_settingsPages;
};

} // namespace Packbench
