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
class StoreService;

// Settings: Integrations, Accounts, Carriers, Rules, Printing, Database, Language. Apply is enabled only
// while a page has unsaved changes; OK saves every page and closes only when all saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Integrations,
        Accounts,
        Carriers,
        Rules,
        Printing,
        Database,
        Language
    };

    SettingsDialog(const Profile &profile, StoreService &stores, QWidget *parent = nullptr);

    void showPage(Page page);
    // Settings > Integrations with the form of a new store ready to fill (unless a store is being edited).
    void startAddingStore();
    Page currentPage() const;
    bool isModified() const;

    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    // Saves every modified page, one after the other; stops at the first failure and shows it.
    void apply();
    // Saves, then closes once everything saved.
    void accept() override;

Q_SIGNALS:
    void applied(bool ok);

private:
    void addPage(SettingsPage *page);
    void saveNextPage();
    void finishSaving(bool ok);
    void updateButtons();

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_settingsPages;
    QList<SettingsPage *> m_pagesToSave;
    bool m_saving = false;
    bool m_closeWhenSaved = false;
};

} // namespace Packbench
