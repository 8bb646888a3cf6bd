#include "ui/settings/StoreForm.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/domain/OrderStatus.h"
#include "core/integrations/StoreService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Packbench {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

void setMessageStyle(QLabel *label, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}
} // namespace

StoreForm::StoreForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("storeNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main shop"));
    m_apiPath = new QLineEdit(this);
    m_apiPath->setObjectName(QStringLiteral("apiPathEdit"));
    m_apiPath->setPlaceholderText(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
    m_apiPathStatus = new QLabel(this);
    m_apiPathStatus->setObjectName(QStringLiteral("apiPathStatus"));
    m_apiPathStatus->setWordWrap(true);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_accessToken = new QLineEdit(this);
    m_accessToken->setObjectName(QStringLiteral("accessTokenEdit"));
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_tokenStatus = new QLabel(this);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatusLabel"));
    m_tokenStatus->setWordWrap(true);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connection);
    connectionForm->addRow(tr("Store &name:"), m_name);
    connectionForm->addRow(tr("&API Path:"), m_apiPath);
    connectionForm->addRow(QString(), m_apiPathStatus);
    connectionForm->addRow(tr("&Client ID:"), m_clientId);
    connectionForm->addRow(tr("Access &Token:"), m_accessToken);
    connectionForm->addRow(QString(), m_tokenStatus);
    connectionForm->addRow(tr("Client &Secret (optional):"), m_clientSecret);
    connectionForm->addRow(QString(), explanation(tr("Secrets are kept in this station's keychain, never in a file "
                                                     "or the database. No username is needed."),
                                                  connection));

    auto *statuses = new QGroupBox(tr("Order statuses"), this);
    auto *statusesLayout = new QVBoxLayout(statuses);
    statusesLayout->addWidget(explanation(tr("Import orders in these statuses (usually Awaiting Fulfillment and "
                                             "Awaiting Shipment):"),
                                          statuses));
    statusesLayout->addWidget(createStatusGrid(QStringLiteral("importStatus"), &m_importStatuses));
    statusesLayout->addWidget(explanation(tr("Orders that reach these statuses in BigCommerce were fulfilled "
                                             "elsewhere and leave the list to ship:"),
                                          statuses));
    statusesLayout->addWidget(createStatusGrid(QStringLiteral("updateStatus"), &m_updateStatuses));

    m_pickupInStore = new QCheckBox(tr("Enable Pickup in Store"), this);
    m_pickupInStore->setObjectName(QStringLiteral("pickupInStoreCheck"));
    m_channelTags = new QCheckBox(tr("Import Channel ID as a tag"), this);
    m_channelTags->setObjectName(QStringLiteral("channelTagsCheck"));
    m_channelsLabel = explanation(QString(), this);
    m_channelsLabel->setObjectName(QStringLiteral("channelsLabel"));
    m_writeback = new QComboBox(this);
    m_writeback->setObjectName(QStringLiteral("writebackCombo"));
    m_writeback->addItem(tr("When the label is printed"), static_cast<int>(WritebackMode::OnPrint));
    m_writeback->addItem(tr("When the parcel is dispatched"), static_cast<int>(WritebackMode::OnDispatch));
    m_writeback->addItem(tr("Off"), static_cast<int>(WritebackMode::Off));
    m_autoImport = new QSpinBox(this);
    m_autoImport->setObjectName(QStringLiteral("autoImportSpin"));
    m_autoImport->setRange(0, 1440);
    m_autoImport->setSpecialValueText(tr("Off"));
    m_autoImport->setSuffix(tr(" min"));
    m_defaultChannel = new QSpinBox(this);
    m_defaultChannel->setObjectName(QStringLiteral("defaultChannelSpin"));
    m_defaultChannel->setRange(1, 1000000);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(options);
    optionsForm->addRow(m_pickupInStore);
    optionsForm->addRow(explanation(tr("Orders to be collected in store get the \"Pickup in store\" carrier and "
                                       "become Awaiting Pickup in BigCommerce when their label is printed."),
                                    options));
    optionsForm->addRow(m_channelTags);
    optionsForm->addRow(explanation(tr("Tags each shipment with its storefront's channel id (e.g. 2), so rules and "
                                       "filters can tell storefronts apart."),
                                    options));
    optionsForm->addRow(m_channelsLabel);
    optionsForm->addRow(tr("&Write tracking back:"), m_writeback);
    optionsForm->addRow(explanation(tr("Creates the shipment with its tracking number in BigCommerce, which marks "
                                       "the order Shipped and emails the customer."),
                                    options));
    optionsForm->addRow(tr("Automatic &import every:"), m_autoImport);
    optionsForm->addRow(explanation(tr("Fetches new and changed orders in the background; Off imports only when you "
                                       "ask."),
                                    options));
    optionsForm->addRow(tr("Default c&hannel id:"), m_defaultChannel);
    optionsForm->addRow(explanation(tr("The storefront assumed for orders that name none (1 is the main "
                                       "storefront)."),
                                    options));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(connection);
    layout->addWidget(statuses);
    layout->addWidget(options);
    layout->addStretch();

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_name, m_apiPath, m_clientId, m_accessToken, m_clientSecret})
        connect(edit, &QLineEdit::textEdited, this, notify);
    connect(m_apiPath, &QLineEdit::textChanged, this, &StoreForm::updateApiPathStatus);
    for (QCheckBox *box : {m_pickupInStore, m_channelTags})
        connect(box, &QCheckBox::toggled, this, notify);
    for (const auto *boxes : {&m_importStatuses, &m_updateStatuses}) {
        for (QCheckBox *box : *boxes)
            connect(box, &QCheckBox::toggled, this, notify);
    }
    connect(m_writeback, &QComboBox::currentIndexChanged, this, notify);
    connect(m_autoImport, &QSpinBox::valueChanged, this, notify);
    connect(m_defaultChannel, &QSpinBox::valueChanged, this, notify);
    updateApiPathStatus();
}

QWidget *StoreForm::createStatusGrid(const QString &prefix, QMap<int, QCheckBox *> *boxes)
{
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<int> ids = OrderStatus::allIds();
    for (int id : ids) {
        auto *box = new QCheckBox(OrderStatus::displayName(id), grid);
        box->setObjectName(QStringLiteral("%1-%2").arg(prefix).arg(id));
        layout->addWidget(box, id % 5, id / 5);
        boxes->insert(id, box);
    }
    return grid;
}

void StoreForm::setStore(const StoreConfig &store, bool isNew, const QList<ChannelInfo> &channels,
                         const QList<StatusLabel> &statusLabels)
{
    m_loading = true;
    m_store = store;
    m_isNew = isNew;
    m_name->setText(store.name);
    m_apiPath->setText(store.apiPath);
    m_clientId->setText(store.clientId);
    clearSecrets();
    for (auto it = m_importStatuses.cbegin(); it != m_importStatuses.cend(); ++it)
        it.value()->setChecked(store.importStatuses.contains(it.key()));
    for (auto it = m_updateStatuses.cbegin(); it != m_updateStatuses.cend(); ++it)
        it.value()->setChecked(store.updateStatuses.contains(it.key()));
    m_pickupInStore->setChecked(store.pickupInStore);
    m_channelTags->setChecked(store.channelTags);
    m_writeback->setCurrentIndex(m_writeback->findData(static_cast<int>(store.writeback)));
    m_autoImport->setValue(store.autoImportMinutes);
    m_defaultChannel->setValue(store.defaultChannelId);
    setChannels(channels);
    setStatusLabels(statusLabels);
    setTokenState(isNew ? TokenState::New : TokenState::Unknown);
    m_loading = false;
}

StoreConfig StoreForm::store() const
{
    StoreConfig store = m_store;
    store.name = m_name->text().trimmed();
    store.apiPath = m_apiPath->text().trimmed();
    store.clientId = m_clientId->text().trimmed();
    store.importStatuses = checkedStatuses(m_importStatuses);
    store.updateStatuses = checkedStatuses(m_updateStatuses);
    store.pickupInStore = m_pickupInStore->isChecked();
    store.channelTags = m_channelTags->isChecked();
    store.writeback = static_cast<WritebackMode>(m_writeback->currentData().toInt());
    store.autoImportMinutes = m_autoImport->value();
    store.defaultChannelId = m_defaultChannel->value();
    return store;
}

QList<int> StoreForm::checkedStatuses(const QMap<int, QCheckBox *> &boxes) const
{
    QList<int> ids;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value()->isChecked())
            ids.append(it.key());
    }
    return ids;
}

QString StoreForm::accessToken() const
{
    return m_accessToken->text();
}

QString StoreForm::clientSecret() const
{
    return m_clientSecret->text();
}

void StoreForm::clearSecrets()
{
    m_accessToken->clear();
    m_clientSecret->clear();
}

void StoreForm::setTokenState(TokenState state, const QString &detail)
{
    m_accessToken->setPlaceholderText(
        state == TokenState::Stored ? tr("stored in keychain; type a new token to replace it") : QString());
    m_clientSecret->setPlaceholderText(state == TokenState::Stored ? tr("type a new secret to replace it") : QString());
    switch (state) {
    case TokenState::Unknown:
    case TokenState::New:
        m_tokenStatus->clear();
        m_tokenStatus->setVisible(false);
        return;
    case TokenState::Stored:
        m_tokenStatus->setText(tr("The token is stored in this station's keychain."));
        setMessageStyle(m_tokenStatus, false);
        break;
    case TokenState::Missing:
        m_tokenStatus->setText(tr("Token missing on this station: it was entered at another station or the keychain "
                                  "was reset. Enter the access token here and save."));
        setMessageStyle(m_tokenStatus, true);
        break;
    case TokenState::KeychainUnavailable:
        m_tokenStatus->setText(detail);
        setMessageStyle(m_tokenStatus, true);
        break;
    }
    m_tokenStatus->setVisible(true);
}

void StoreForm::setChannels(const QList<ChannelInfo> &channels)
{
    if (channels.isEmpty()) {
        m_channelsLabel->setText(tr("Storefronts: test the connection to list them."));
        return;
    }
    QStringList names;
    for (const ChannelInfo &channel : channels)
        names.append(tr("%1 (%2)").arg(channel.name).arg(channel.id));
    m_channelsLabel->setText(tr("Storefronts: %1").arg(names.join(QStringLiteral(", "))));
}

void StoreForm::setStatusLabels(const QList<StatusLabel> &labels)
{
    QMap<int, QString> custom;
    for (const StatusLabel &label : labels)
        custom.insert(label.id, label.label);
    for (const auto *boxes : {&m_importStatuses, &m_updateStatuses}) {
        for (auto it = boxes->cbegin(); it != boxes->cend(); ++it) {
            // The store's own label is what the owner sees in BigCommerce; the system name stays in the tooltip.
            const QString name = OrderStatus::displayName(it.key());
            it.value()->setText(custom.value(it.key(), name));
            it.value()->setToolTip(tr("BigCommerce status %1: %2").arg(it.key()).arg(name));
        }
    }
}

void StoreForm::updateApiPathStatus()
{
    const QString text = m_apiPath->text().trimmed();
    if (text.isEmpty()) {
        m_apiPathStatus->setText(tr("Copy it from the API account in BigCommerce (Settings > Store-level API "
                                    "accounts)."));
        m_apiPathStatus->setStyleSheet(QString());
        return;
    }
    const ApiPath path = ApiPath::parse(text);
    if (path.isValid()) {
        m_apiPathStatus->setText(
            path.isLocal() ? tr("Store hash: %1 (a store on this computer, e.g. the sandbox)").arg(path.storeHash())
                           : tr("Store hash: %1").arg(path.storeHash()));
        setMessageStyle(m_apiPathStatus, false);
    } else {
        m_apiPathStatus->setText(path.errorString());
        setMessageStyle(m_apiPathStatus, true);
    }
}

QString StoreForm::validationError() const
{
    const StoreConfig current = store();
    QString message = StoreService::validateName(current.name);
    if (message.isEmpty()) {
        const ApiPath path = ApiPath::parse(current.apiPath);
        if (!path.isValid())
            message = path.errorString();
    }
    if (message.isEmpty() && m_isNew)
        message = StoreService::validateToken(accessToken(), tr("access token"));
    return message;
}

} // namespace Packbench
