#include "ui/settings/StoreForm.h"

#include "core/bigcommerce/ApiPath.h"
#include "core/domain/OrderStatus.h"
#include "core/integrations/StoreService.h"

#include <QCheckBox>
#include <QComboBox>
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

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    setMessageStyle(label, error);
}

// The line under a field where its hint or problem appears. Its height is reserved (`lines` lines, the longest of
// the messages at the form's default width), so that a message appearing or going never moves the fields below
// while the user is about to click one of them.
QLabel *fieldMessageLabel(const QString &objectName, int lines, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumHeight(lines * label->fontMetrics().lineSpacing());
    return label;
}

// A grid rather than a QFormLayout: QFormLayout gave the word-wrapped hints far more height than they need at the
// width they have, which left gaps under them. Column 0: labels; column 1: fields and their messages.
void addFieldRow(QGridLayout *grid, const QString &labelText, QWidget *field, Qt::Alignment alignment = {})
{
    const int row = grid->rowCount();
    if (!labelText.isEmpty()) {
        auto *label = new QLabel(labelText, field->parentWidget());
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
    }
    grid->addWidget(field, row, 1, alignment);
}

void addSpanRow(QGridLayout *grid, QWidget *widget)
{
    grid->addWidget(widget, grid->rowCount(), 0, 1, 2);
}
} // namespace

StoreForm::StoreForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("storeNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main shop"));
    m_nameStatus = fieldMessageLabel(QStringLiteral("storeNameStatus"), 1, this);
    m_apiPath = new QLineEdit(this);
    m_apiPath->setObjectName(QStringLiteral("apiPathEdit"));
    m_apiPath->setPlaceholderText(QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/"));
    m_apiPathStatus = fieldMessageLabel(QStringLiteral("apiPathStatus"), 2, this);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_accessToken = new QLineEdit(this);
    m_accessToken->setObjectName(QStringLiteral("accessTokenEdit"));
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_tokenStatus = fieldMessageLabel(QStringLiteral("tokenStatusLabel"), 2, this);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionGrid = new QGridLayout(connection);
    connectionGrid->setColumnStretch(1, 1);
    addFieldRow(connectionGrid, tr("Store &name:"), m_name);
    addFieldRow(connectionGrid, QString(), m_nameStatus);
    addFieldRow(connectionGrid, tr("&API Path:"), m_apiPath);
    addFieldRow(connectionGrid, QString(), m_apiPathStatus);
    addFieldRow(connectionGrid, tr("&Client ID:"), m_clientId);
    addFieldRow(connectionGrid, tr("Access &Token:"), m_accessToken);
    addFieldRow(connectionGrid, QString(), m_tokenStatus);
    addFieldRow(connectionGrid, tr("Client &Secret (optional):"), m_clientSecret);
    addFieldRow(connectionGrid, QString(),
                explanation(tr("Secrets are kept in this station's keychain, never in a file or the database. No "
                               "username is needed."),
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
    auto *optionsGrid = new QGridLayout(options);
    optionsGrid->setColumnStretch(1, 1);
    addSpanRow(optionsGrid, m_pickupInStore);
    addSpanRow(optionsGrid, explanation(tr("Orders to be collected in store get the \"Pickup in store\" carrier and "
                                           "become Awaiting Pickup in BigCommerce when their label is printed."),
                                        options));
    addSpanRow(optionsGrid, m_channelTags);
    addSpanRow(optionsGrid, explanation(tr("Tags each shipment with its storefront's channel id (e.g. 2), so rules and "
                                           "filters can tell storefronts apart."),
                                        options));
    addSpanRow(optionsGrid, m_channelsLabel);
    addFieldRow(optionsGrid, tr("&Write tracking back:"), m_writeback, Qt::AlignLeft);
    addSpanRow(optionsGrid, explanation(tr("Creates the shipment with its tracking number in BigCommerce, which marks "
                                           "the order Shipped and emails the customer."),
                                        options));
    addFieldRow(optionsGrid, tr("Automatic &import every:"), m_autoImport, Qt::AlignLeft);
    addSpanRow(optionsGrid,
               explanation(tr("Fetches new and changed orders in the background; Off imports only when you "
                              "ask."),
                           options));
    addFieldRow(optionsGrid, tr("Default c&hannel id:"), m_defaultChannel, Qt::AlignLeft);
    addSpanRow(optionsGrid, explanation(tr("The storefront assumed for orders that name none (1 is the main "
                                           "storefront)."),
                                        options));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(connection);
    layout->addWidget(statuses);
    layout->addWidget(options);
    layout->addStretch();
    // The scroll area gives the form the larger of its minimum height and its height for the width it has. The
    // layout's minimum counts every word-wrapped hint at its narrowest (many lines), which left gaps under them;
    // an explicit minimum lets the height for the actual width decide.
    setMinimumHeight(1);

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_name, m_apiPath, m_clientId, m_accessToken, m_clientSecret})
        connect(edit, &QLineEdit::textEdited, this, notify);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        // A problem shown goes with its cause: checked again as the user corrects the field.
        if (!m_nameProblem.isEmpty()) {
            m_nameProblem = nameProblem();
            updateNameStatus();
        }
    });
    connect(m_apiPath, &QLineEdit::textEdited, this, [this] {
        m_apiPathProblem.clear();
        updateApiPathStatus();
    });
    connect(m_apiPath, &QLineEdit::textChanged, this, &StoreForm::updateApiPathStatus);
    connect(m_accessToken, &QLineEdit::textEdited, this, [this] {
        if (!m_tokenProblem.isEmpty()) {
            m_tokenProblem = tokenProblem();
            updateTokenStatus();
        }
    });
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
    m_nameProblem.clear();
    m_apiPathProblem.clear();
    m_tokenProblem.clear();
    updateNameStatus();
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
    m_tokenState = state;
    m_tokenDetail = detail;
    m_accessToken->setPlaceholderText(
        state == TokenState::Stored ? tr("stored in keychain; type a new token to replace it") : QString());
    m_clientSecret->setPlaceholderText(state == TokenState::Stored ? tr("type a new secret to replace it") : QString());
    updateTokenStatus();
}

void StoreForm::updateTokenStatus()
{
    if (!m_tokenProblem.isEmpty()) {
        showMessage(m_tokenStatus, m_tokenProblem, true);
        return;
    }
    switch (m_tokenState) {
    case TokenState::Unknown:
        m_tokenStatus->clear();
        break;
    case TokenState::New:
        showMessage(m_tokenStatus,
                    tr("Paste the access token of the API account; it is shown only once in "
                       "BigCommerce."),
                    false);
        m_tokenStatus->setStyleSheet(QString());
        break;
    case TokenState::Stored:
        showMessage(m_tokenStatus, tr("The token is stored in this station's keychain."), false);
        break;
    case TokenState::Missing:
        showMessage(m_tokenStatus,
                    tr("Token missing on this station: it was entered at another station or the keychain was "
                       "reset. Enter the access token here and save."),
                    true);
        break;
    case TokenState::KeychainUnavailable:
        showMessage(m_tokenStatus, m_tokenDetail, true);
        break;
    }
}

void StoreForm::updateNameStatus()
{
    if (m_nameProblem.isEmpty())
        m_nameStatus->clear();
    else
        showMessage(m_nameStatus, m_nameProblem, true);
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
    if (!m_apiPathProblem.isEmpty()) {
        showMessage(m_apiPathStatus, m_apiPathProblem, true);
        return;
    }
    const QString text = m_apiPath->text().trimmed();
    if (text.isEmpty()) {
        m_apiPathStatus->setText(tr("Copy it from the API account in BigCommerce (Settings > Store-level API "
                                    "accounts)."));
        m_apiPathStatus->setStyleSheet(QString());
        return;
    }
    const ApiPath path = ApiPath::parse(text);
    if (path.isValid()) {
        showMessage(m_apiPathStatus,
                    path.isLocal()
                        ? tr("Store hash: %1 (a store on this computer, e.g. the sandbox)").arg(path.storeHash())
                        : tr("Store hash: %1").arg(path.storeHash()),
                    false);
    } else {
        showMessage(m_apiPathStatus, path.errorString(), true);
    }
}

QString StoreForm::nameProblem() const
{
    return StoreService::validateName(m_name->text().trimmed());
}

QString StoreForm::apiPathProblem() const
{
    return ApiPath::parse(m_apiPath->text().trimmed()).errorString();
}

QString StoreForm::tokenProblem() const
{
    // A saved store keeps its stored token when the field stays empty.
    if (!m_isNew && accessToken().trimmed().isEmpty())
        return QString();
    return StoreService::validateToken(accessToken(), tr("access token"));
}

QString StoreForm::validationError() const
{
    for (const QString &problem : {nameProblem(), apiPathProblem(), tokenProblem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString StoreForm::showValidation()
{
    m_nameProblem = nameProblem();
    m_apiPathProblem = apiPathProblem();
    m_tokenProblem = tokenProblem();
    updateNameStatus();
    updateApiPathStatus();
    updateTokenStatus();
    const QList<QPair<QString, QLineEdit *>> fields = {
        {m_nameProblem, m_name}, {m_apiPathProblem, m_apiPath}, {m_tokenProblem, m_accessToken}};
    for (const auto &[problem, edit] : fields) {
        if (!problem.isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return problem;
        }
    }
    return QString();
}

void StoreForm::showFieldProblem(Field field, const QString &message)
{
    switch (field) {
    case Field::Name:
        m_nameProblem = message;
        updateNameStatus();
        m_name->setFocus(Qt::OtherFocusReason);
        break;
    case Field::ApiPath:
        m_apiPathProblem = message;
        updateApiPathStatus();
        m_apiPath->setFocus(Qt::OtherFocusReason);
        break;
    case Field::AccessToken:
        m_tokenProblem = message;
        updateTokenStatus();
        m_accessToken->setFocus(Qt::OtherFocusReason);
        break;
    }
}

QString StoreForm::fieldMessage(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameStatus->text();
    case Field::ApiPath:
        return m_apiPathStatus->text();
    case Field::AccessToken:
        return m_tokenStatus->text();
    }
    return QString();
}

} // namespace Packbench
