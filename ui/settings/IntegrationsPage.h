#pragma once

#include "core/bigcommerce/ConnectionTester.h"
#include "ui/settings/SettingsPage.h"

#include <QUuid>

class QLabel;
class QListWidget;
class QPushButton;

namespace Packbench {

class StoreForm;
class StoreService;

// Settings > Integrations: the connected BigCommerce stores. Add, edit (one store at a time), remove, and test the
// connection with what the form holds.
class IntegrationsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit IntegrationsPage(StoreService &stores, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    StoreForm *form() const { return m_form; }
    QUuid currentStoreId() const { return m_currentId; }

public Q_SLOTS:
    void addStore();
    void removeStore();
    void testConnection();
    void discardChanges();

Q_SIGNALS:
    void storesChanged();
    void connectionTested(const Packbench::ConnectionReport &report);

private:
    void reloadList(const QUuid &select);
    void showStore(const QUuid &id);
    void refreshTokenState();
    void setEdited(bool edited);
    void showMessage(const QString &text, bool error);
    void updateControls();

    StoreService &m_stores;
    QListWidget *m_storeList = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_formArea = nullptr;
    StoreForm *m_form = nullptr;
    QUuid m_currentId;
    bool m_isNew = false;
    bool m_edited = false;
    bool m_busy = false;
};

} // namespace Packbench
