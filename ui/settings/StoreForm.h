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
    // Puts what is wrong beside each field it concerns and moves the focus to the first such field; returns the
    // first problem, or empty. Each message goes away as soon as its field is corrected.
    QString showValidation();

    enum class Field
    {
        Name,
        ApiPath,
        AccessToken
    };
    // A problem found elsewhere (the name or store already taken, the token that Test connection needs) shown beside
    // its field until the field is edited.
    void showFieldProblem(Field field, const QString &message);
    QString fieldMessage(Field field) const;

Q_SIGNALS:
    void edited();

private:
    void updateApiPathStatus();
    void updateNameStatus();
    void updateTokenStatus();
    QString nameProblem() const;
    QString apiPathProblem() const;
    QString tokenProblem() const;
    QWidget *createStatusGrid(const QString &prefix, QMap<int, QCheckBox *> *boxes);
    QList<int> checkedStatuses(const QMap<int, QCheckBox *> &boxes) const;

    StoreConfig m_store;
    bool m_isNew = true;
    bool m_loading = false;
    // Problems shown beside their field: each stays until its field is edited (then the field is checked again).
    QString m_nameProblem;
    QString m_apiPathProblem;
    QString m_tokenProblem;
    TokenState m_tokenState = TokenState::New;
    QString m_tokenDetail;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameStatus = nullptr;
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
