#pragma once

#include "core/domain/StoreConfig.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Packbench {

// The fields of one store in Settings > Integrations. Checks the API Path as the user types and shows the store
// hash it finds. Secrets are write-only: the token fields start empty, and are read only to replace what the
// keychain holds.
class StoreForm : public QWidget
{
    Q_OBJECT
public:
    explicit StoreForm(QWidget *parent = nullptr);

    // Shows a store (isNew: not saved yet). Channel names and status labels come from the last test connection.
    void setStore(const StoreConfig &store, bool isNew, const QList<ChannelInfo> &channels,
                  const QList<StatusLabel> &statusLabels);
    // The store as the form now describes it (same id).
    StoreConfig store() const;
    QString accessToken() const;
    QString clientSecret() const;
    void clearSecrets();

    enum class TokenState
    {
        Unknown,
        Stored,
        Missing,
        KeychainUnavailable,
        New
    };
    void setTokenState(TokenState state, const QString &detail = QString());
    void setChannels(const QList<ChannelInfo> &channels);
    void setStatusLabels(const QList<StatusLabel> &labels);

    // What is wrong with the form as typed, or empty.
    QString validationError() const;

Q_SIGNALS:
    void edited();

private:
    void updateApiPathStatus();
    QWidget *createStatusGrid(const QString &prefix, QMap<int, QCheckBox *> *boxes);
    QList<int> checkedStatuses(const QMap<int, QCheckBox *> &boxes) const;

    StoreConfig m_store;
    bool m_isNew = true;
    bool m_loading = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_apiPath = nullptr;
    QLabel *m_apiPathStatus = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QMap<int, QCheckBox *> m_importStatuses;
    QMap<int, QCheckBox *> m_updateStatuses;
    QCheckBox *m_pickupInStore = nullptr;
    QCheckBox *m_channelTags = nullptr;
    QLabel *m_channelsLabel = nullptr;
    QComboBox *m_writeback = nullptr;
    QSpinBox *m_autoImport = nullptr;
    QSpinBox *m_defaultChannel = nullptr;
};

} // namespace Packbench
