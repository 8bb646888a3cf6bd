#include "ui/settings/CarriersPage.h"

#include "core/domain/Account.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "ui/settings/FormParts.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <iterator>

namespace Packbench {

namespace {

using FormParts::fieldMessageLabel;
using FormParts::kErrorStyle;
using FormParts::kSuccessStyle;
using FormParts::lineEdit;

// The values POST /v2/orders/{id}/shipments takes for shipping_provider (besides "", which is "Only my tracking
// link" here); carrier_{id} names a third-party shipping provider by its id.
const char *const kShippingProviders[] = {"auspost",   "canadapost", "endicia",  "usps",      "fedex",
                                          "royalmail", "ups",        "upsready", "shipperhq", "carrier_{id}"};
const QString kCarrierIdPlaceholder = QStringLiteral("{id}");

// A label and its field in the grid; the label's mnemonic moves the focus to the field.
QLabel *addField(QGridLayout *grid, int row, const QString &labelText, QWidget *field, Qt::Alignment alignment = {})
{
    auto *label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field);
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row, 1, alignment);
    return label;
}

bool isBuiltIn(const QUuid &id)
{
    return id == Carrier::ownSequenceId() || id == Carrier::pickupId();
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QStringLiteral("\"%1\"").arg(name));
    return quoted.join(QStringLiteral(", "));
}

// "PB000000014XX" as "PB00000001 4 XX": the serial, its check digit and the country apart, as a person reads it.
QString spacedS10(const QString &identifier)
{
    if (identifier.size() != 13)
        return identifier;
    return QStringLiteral("%1 %2 %3").arg(identifier.left(10), identifier.mid(10, 1), identifier.mid(11));
}

// A carrier that differs from a valid one in one value only: Carrier::validate() then speaks about that value.
Carrier probe(Carrier::Kind kind)
{
    Carrier carrier;
    carrier.name = QStringLiteral("probe");
    carrier.kind = kind;
    carrier.prefix = QStringLiteral("PB");
    carrier.country = QStringLiteral("XX");
    return carrier;
}

} // namespace

CarriersPage::CarriersPage(Database &database, QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("carrierList"));
    m_list->setMaximumWidth(210);
    m_addButton = new QPushButton(tr("Ne&w carrier"), this);
    m_addButton->setObjectName(QStringLiteral("addCarrierButton"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeCarrierButton"));
    m_removeStatus = fieldMessageLabel(QStringLiteral("carrierRemoveStatus"), this);
    m_removeStatus->setMaximumWidth(210);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listColumn->addLayout(listButtons);
    listColumn->addWidget(m_removeStatus);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("noCarrierLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QWidget;

    // The carrier: name and kind.
    m_carrierBox = new QGroupBox(tr("Carrier"), form);
    m_name = lineEdit(QStringLiteral("carrierNameEdit"), m_carrierBox);
    m_name->setPlaceholderText(tr("e.g. DHL Express"));
    m_nameStatus = fieldMessageLabel(QStringLiteral("carrierNameStatus"), m_carrierBox);
    m_kind = new QComboBox(m_carrierBox);
    m_kind->setObjectName(QStringLiteral("carrierKindCombo"));
    m_kind->addItem(tr("Own sequence"), static_cast<int>(Carrier::Kind::OwnSequence));
    m_kind->addItem(tr("Manual"), static_cast<int>(Carrier::Kind::Manual));
    m_kindReadOnly = new QLabel(tr("Pickup in store (built in)"), m_carrierBox);
    m_kindReadOnly->setObjectName(QStringLiteral("carrierKindReadOnly"));
    m_kindHint = fieldMessageLabel(QStringLiteral("carrierKindHint"), m_carrierBox);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_kindReadOnly);
    kindRow->addStretch();
    auto *carrierGrid = new QGridLayout(m_carrierBox);
    carrierGrid->setColumnStretch(1, 1);
    addField(carrierGrid, 0, tr("&Name:"), m_name);
    carrierGrid->addWidget(m_nameStatus, 1, 1);
    auto *kindLabel = new QLabel(tr("&Kind:"), m_carrierBox);
    kindLabel->setBuddy(m_kind);
    carrierGrid->addWidget(kindLabel, 2, 0);
    carrierGrid->addLayout(kindRow, 2, 1);
    carrierGrid->addWidget(m_kindHint, 3, 1);

    // Own sequence: the S10 prefix and country, with an example number.
    m_sequenceBox = new QGroupBox(tr("Own tracking numbers"), form);
    m_sequenceBox->setObjectName(QStringLiteral("sequenceBox"));
    const int codeWidth = fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW"));
    m_prefix = lineEdit(QStringLiteral("carrierPrefixEdit"), m_sequenceBox);
    m_prefix->setPlaceholderText(tr("e.g. PB"));
    m_prefix->setFixedWidth(codeWidth);
    m_prefixStatus = fieldMessageLabel(QStringLiteral("carrierPrefixStatus"), m_sequenceBox);
    m_country = lineEdit(QStringLiteral("carrierCountryEdit"), m_sequenceBox);
    m_country->setPlaceholderText(tr("e.g. NZ"));
    m_country->setFixedWidth(codeWidth);
    m_countryStatus = fieldMessageLabel(QStringLiteral("carrierCountryStatus"), m_sequenceBox);
    m_example = fieldMessageLabel(QStringLiteral("sequenceExampleLabel"), m_sequenceBox);
    auto *sequenceGrid = new QGridLayout(m_sequenceBox);
    sequenceGrid->setColumnStretch(1, 1);
    addField(sequenceGrid, 0, tr("&Prefix:"), m_prefix, Qt::AlignLeft);
    sequenceGrid->addWidget(m_prefixStatus, 1, 1);
    addField(sequenceGrid, 2, tr("C&ountry code:"), m_country, Qt::AlignLeft);
    sequenceGrid->addWidget(m_countryStatus, 3, 1);
    sequenceGrid->addWidget(m_example, 4, 0, 1, 2);

    // The tracking link and how BigCommerce sends it (POST /v2/orders/{id}/shipments: tracking_link, or
    // shipping_provider / tracking_carrier from which BigCommerce makes a link itself).
    m_linkBox = new QGroupBox(tr("Tracking link for the customer"), form);
    m_linkBox->setObjectName(QStringLiteral("trackingLinkBox"));
    m_trackingLink = lineEdit(QStringLiteral("trackingLinkEdit"), m_linkBox);
    m_trackingLink->setPlaceholderText(QStringLiteral("https://track.example.com/{tracking}"));
    m_trackingLinkStatus = fieldMessageLabel(QStringLiteral("trackingLinkStatus"), m_linkBox);
    auto *viaLabel = new QLabel(tr("BigCommerce sends the link as:"), m_linkBox);
    m_viaLinkOnly = new QRadioButton(tr("Only &my tracking link"), m_linkBox);
    m_viaLinkOnly->setObjectName(QStringLiteral("linkOnlyRadio"));
    auto *linkOnlyHint = new QLabel(tr("The link above as it is, or no link when it is empty."), m_linkBox);
    linkOnlyHint->setWordWrap(true);
    linkOnlyHint->setEnabled(false); // greyed: a hint, not a control
    m_viaProvider = new QRadioButton(tr("Shipping pro&vider:"), m_linkBox);
    m_viaProvider->setObjectName(QStringLiteral("shippingProviderRadio"));
    m_provider = new QComboBox(m_linkBox);
    m_provider->setObjectName(QStringLiteral("shippingProviderCombo"));
    m_provider->setAccessibleName(tr("Shipping provider"));
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const char *provider : kShippingProviders)
        m_provider->addItem(QString::fromLatin1(provider));
    m_provider->setToolTip(tr("carrier_{id}: a third-party shipping provider of the store; write its id for {id}."));
    auto *providerHint =
        new QLabel(tr("BigCommerce makes the link to a provider it integrates from the number (an AfterShip link "
                      "when the store has not set the provider up)."),
                   m_linkBox);
    providerHint->setWordWrap(true);
    providerHint->setEnabled(false);
    m_viaTrackingCarrier = new QRadioButton(tr("Tracking &carrier:"), m_linkBox);
    m_viaTrackingCarrier->setObjectName(QStringLiteral("trackingCarrierRadio"));
    m_trackingCarrier = lineEdit(QStringLiteral("trackingCarrierEdit"), m_linkBox);
    m_trackingCarrier->setAccessibleName(tr("Tracking carrier"));
    m_trackingCarrier->setPlaceholderText(tr("e.g. dhl or nzpost"));
    auto *trackingCarrierHint = new QLabel(
        tr("An AfterShip courier code: BigCommerce links to that courier's tracking through AfterShip."), m_linkBox);
    trackingCarrierHint->setWordWrap(true);
    trackingCarrierHint->setEnabled(false);
    m_providerStatus = fieldMessageLabel(QStringLiteral("providerStatus"), m_linkBox);
    auto *linkGrid = new QGridLayout(m_linkBox);
    linkGrid->setColumnStretch(1, 1);
    addField(linkGrid, 0, tr("&Tracking link:"), m_trackingLink);
    linkGrid->addWidget(m_trackingLinkStatus, 1, 1);
    linkGrid->addWidget(viaLabel, 2, 0, 1, 2);
    linkGrid->addWidget(m_viaLinkOnly, 3, 0);
    linkGrid->addWidget(linkOnlyHint, 3, 1);
    linkGrid->addWidget(m_viaProvider, 4, 0);
    linkGrid->addWidget(m_provider, 4, 1);
    linkGrid->addWidget(providerHint, 5, 1);
    linkGrid->addWidget(m_viaTrackingCarrier, 6, 0);
    linkGrid->addWidget(m_trackingCarrier, 6, 1);
    linkGrid->addWidget(trackingCarrierHint, 7, 1);
    linkGrid->addWidget(m_providerStatus, 8, 1);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_carrierBox);
    formLayout->addWidget(m_sequenceBox);
    formLayout->addWidget(m_linkBox);
    formLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("carrierFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    m_saveButton = new QPushButton(tr("&Save carrier"), this);
    m_saveButton->setObjectName(QStringLiteral("saveCarrierButton"));
    m_discardButton = new QPushButton(tr("Discard c&hanges"), this);
    m_discardButton->setObjectName(QStringLiteral("discardCarrierButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    auto *saveHint = new QLabel(tr("Apply or OK saves it too."), this);
    saveHint->setEnabled(false);
    actions->addWidget(saveHint);
    actions->addStretch();
    actions->addWidget(m_discardButton);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("carrierMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setVisible(false);

    m_formArea = new QWidget(this);
    auto *formAreaLayout = new QVBoxLayout(m_formArea);
    formAreaLayout->setContentsMargins(0, 0, 0, 0);
    formAreaLayout->addWidget(scroll, 1);
    formAreaLayout->addLayout(actions);

    auto *right = new QVBoxLayout;
    right->addWidget(m_emptyLabel);
    right->addWidget(m_formArea, 1);
    right->addWidget(m_messageLabel);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn);
    layout->addLayout(right, 1);

    // List first, then the form in reading order, then what acts on it.
    QWidget *order[] = {m_list,
                        m_addButton,
                        m_removeButton,
                        m_name,
                        m_kind,
                        m_prefix,
                        m_country,
                        m_trackingLink,
                        m_viaLinkOnly,
                        m_viaProvider,
                        m_provider,
                        m_viaTrackingCarrier,
                        m_trackingCarrier,
                        m_saveButton,
                        m_discardButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_addButton, &QPushButton::clicked, this, &CarriersPage::addCarrier);
    connect(m_removeButton, &QPushButton::clicked, this, &CarriersPage::removeCarrier);
    connect(m_saveButton, &QPushButton::clicked, this, &CarriersPage::save);
    connect(m_discardButton, &QPushButton::clicked, this, &CarriersPage::discardChanges);

    // A problem shown goes with its cause: the field is checked again as the user corrects it.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        formEdited();
        if (!m_nameProblem.isEmpty()) {
            m_nameProblem = nameProblem();
            updateFieldMessages();
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindWidgets();
        updateExample();
        if (m_loading)
            return;
        m_prefixProblem.clear();
        m_countryProblem.clear();
        formEdited();
    });
    for (QLineEdit *code : {m_prefix, m_country}) {
        connect(code, &QLineEdit::textEdited, this, [this] {
            updateExample();
            formEdited();
            if (!m_prefixProblem.isEmpty())
                m_prefixProblem = prefixProblem().isEmpty() ? sequenceProblem() : prefixProblem();
            if (!m_countryProblem.isEmpty())
                m_countryProblem = countryProblem();
            updateFieldMessages();
        });
    }
    connect(m_trackingLink, &QLineEdit::textEdited, this, [this] {
        formEdited();
        if (!m_linkProblem.isEmpty()) {
            m_linkProblem = linkProblem();
            updateFieldMessages();
        }
    });
    auto viaChanged = [this] {
        m_provider->setEnabled(m_viaProvider->isChecked());
        m_trackingCarrier->setEnabled(m_viaTrackingCarrier->isChecked());
        if (m_loading)
            return;
        formEdited();
        m_providerProblem.clear();
        updateFieldMessages();
    };
    for (QRadioButton *radio : {m_viaLinkOnly, m_viaProvider, m_viaTrackingCarrier})
        connect(radio, &QRadioButton::toggled, this, viaChanged);
    // Choosing how BigCommerce sends the link with the mouse or a mnemonic goes on to its value.
    connect(m_viaProvider, &QRadioButton::clicked, m_provider, [this] { m_provider->setFocus(Qt::OtherFocusReason); });
    connect(m_viaTrackingCarrier, &QRadioButton::clicked, m_trackingCarrier,
            [this] { m_trackingCarrier->setFocus(Qt::OtherFocusReason); });
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        formEdited();
        if (!m_providerProblem.isEmpty()) {
            m_providerProblem = providerProblem();
            updateFieldMessages();
        }
    });
    // carrier_{id}: the id is what the user has to write, so it is selected, ready to type over.
    connect(m_provider, &QComboBox::activated, this, [this] {
        const QString text = m_provider->currentText();
        const qsizetype at = text.indexOf(kCarrierIdPlaceholder);
        if (at >= 0)
            m_provider->lineEdit()->setSelection(static_cast<int>(at), static_cast<int>(kCarrierIdPlaceholder.size()));
    });
    connect(m_trackingCarrier, &QLineEdit::textEdited, this, [this] {
        formEdited();
        if (!m_providerProblem.isEmpty()) {
            m_providerProblem = providerProblem();
            updateFieldMessages();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_carriers.size() || m_edited)
            return;
        showCarrier(m_carriers.at(row));
    });

    updateControls();
}

// The worker (the last member, so destroyed first) lets a statement under way finish; its answer dies with this
// page's pending events.
CarriersPage::~CarriersPage() = default;

QString CarriersPage::title() const
{
    return tr("Carriers");
}

void CarriersPage::load()
{
    if (m_busy != Busy::No)
        return;
    const QUuid select = m_isNew ? QUuid() : m_currentId;
    runJob(Busy::Loading, Job(), [this, select](const Result &result) { setCarriers(result, select); });
}

void CarriersPage::runJob(Busy busy, Job job, std::function<void(const Result &)> done)
{
    // The focus stays where it was: disabling the form meanwhile would otherwise send it elsewhere.
    QPointer<QWidget> focused = focusWidget();
    m_busy = busy;
    updateControls();
    Database *database = &m_database;
    m_worker.run([this, database, job, done, focused] {
        // Constructed here: the repositories use this thread's own database connection.
        Result result = job ? job(*database) : Result();
        result.carriers = CarrierRepository(*database).list(&result.listError);
        // The page waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the page goes first.
        QMetaObject::invokeMethod(
            this,
            [this, result, done, focused] {
                m_busy = Busy::No;
                updateControls();
                if (focused && focused->isEnabled() && focused->isVisible())
                    focused->setFocus(Qt::OtherFocusReason);
                done(result);
                updateControls();
            },
            Qt::QueuedConnection);
    });
}

void CarriersPage::setCarriers(const Result &result, const QUuid &select)
{
    if (result.listError.isEmpty())
        m_carriers = result.carriers;
    else
        showMessage(tr("The carriers could not be read: %1").arg(result.listError), true);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Carrier &carrier : std::as_const(m_carriers)) {
            auto *item = new QListWidgetItem(carrier.name, m_list);
            item->setData(Qt::UserRole, carrier.id.toString(QUuid::WithoutBraces));
            switch (carrier.kind) {
            case Carrier::Kind::OwnSequence:
                item->setToolTip(
                    tr("Own sequence: %1").arg(spacedS10(S10::format(carrier.prefix, 1, carrier.country))));
                break;
            case Carrier::Kind::Manual:
                item->setToolTip(tr("Manual: the packer types or scans the number"));
                break;
            case Carrier::Kind::Pickup:
                item->setToolTip(tr("Pickup in store (built in)"));
                break;
            }
        }
    }
    int selectRow = m_carriers.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_carriers.size(); ++i) {
        if (m_carriers.at(i).id == select)
            selectRow = static_cast<int>(i);
    }
    m_isNew = false;
    m_edited = false;
    if (selectRow >= 0) {
        {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(selectRow);
        }
        showCarrier(m_carriers.at(selectRow));
    } else {
        m_currentId = QUuid();
    }
    updateControls();
    Q_EMIT modifiedChanged();
    Q_EMIT carriersLoaded();
}

void CarriersPage::showCarrier(const Carrier &carrier)
{
    m_loading = true;
    m_currentId = carrier.id;
    m_currentKind = carrier.kind;
    m_name->setText(carrier.name);
    if (carrier.kind != Carrier::Kind::Pickup)
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(carrier.kind)));
    m_prefix->setText(carrier.prefix);
    m_country->setText(carrier.country);
    m_trackingLink->setText(carrier.trackingLink);
    m_provider->setCurrentIndex(-1);
    m_provider->setEditText(carrier.shippingProvider);
    m_trackingCarrier->setText(carrier.trackingCarrier);
    if (!carrier.shippingProvider.isEmpty())
        m_viaProvider->setChecked(true);
    else if (!carrier.trackingCarrier.isEmpty())
        m_viaTrackingCarrier->setChecked(true);
    else
        m_viaLinkOnly->setChecked(true);
    m_provider->setEnabled(m_viaProvider->isChecked());
    m_trackingCarrier->setEnabled(m_viaTrackingCarrier->isChecked());
    m_nameProblem.clear();
    m_prefixProblem.clear();
    m_countryProblem.clear();
    m_linkProblem.clear();
    m_providerProblem.clear();
    m_removeProblem.clear();
    m_loading = false;
    updateKindWidgets();
    updateExample();
    setEdited(false);
}

Carrier::Kind CarriersPage::formKind() const
{
    if (m_currentKind == Carrier::Kind::Pickup && !m_isNew)
        return Carrier::Kind::Pickup;
    return static_cast<Carrier::Kind>(m_kind->currentData().toInt());
}

CarriersPage::Via CarriersPage::formVia() const
{
    if (m_viaProvider->isChecked())
        return Via::Provider;
    if (m_viaTrackingCarrier->isChecked())
        return Via::TrackingCarrier;
    return Via::LinkOnly;
}

Carrier CarriersPage::carrierFromForm() const
{
    Carrier carrier;
    carrier.id = m_currentId;
    carrier.name = m_name->text().trimmed();
    carrier.kind = formKind();
    if (carrier.kind == Carrier::Kind::Pickup) {
        // Built in and shown read-only: what is stored stays as it is.
        if (const Carrier *stored = storedCarrier(m_currentId))
            return *stored;
        return carrier;
    }
    if (carrier.kind == Carrier::Kind::OwnSequence) {
        carrier.prefix = m_prefix->text().trimmed().toUpper();
        carrier.country = m_country->text().trimmed().toUpper();
    }
    carrier.trackingLink = m_trackingLink->text().trimmed();
    // Both are codes in lower case; what the user typed in capitals means the same code.
    if (formVia() == Via::Provider)
        carrier.shippingProvider = m_provider->currentText().trimmed().toLower();
    else if (formVia() == Via::TrackingCarrier)
        carrier.trackingCarrier = m_trackingCarrier->text().trimmed().toLower();
    return carrier;
}

const Carrier *CarriersPage::storedCarrier(const QUuid &id) const
{
    for (const Carrier &carrier : m_carriers) {
        if (carrier.id == id)
            return &carrier;
    }
    return nullptr;
}

void CarriersPage::addCarrier()
{
    if (m_busy != Busy::No || m_edited)
        return;
    Carrier carrier;
    carrier.id = QUuid::createUuid();
    carrier.kind = Carrier::Kind::Manual;
    showCarrier(carrier);
    m_isNew = true;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_messageLabel->setVisible(false);
    setErrorString(QString());
    setEdited(true);
    m_name->setFocus(Qt::OtherFocusReason);
}

void CarriersPage::discardChanges()
{
    if (m_busy != Busy::No)
        return;
    setErrorString(QString());
    m_messageLabel->setVisible(false);
    // What was stored is still in memory: nothing to read again.
    Result kept;
    kept.carriers = m_carriers;
    setCarriers(kept, m_isNew ? QUuid() : m_currentId);
}

void CarriersPage::formEdited()
{
    if (m_loading)
        return;
    m_messageLabel->setVisible(false);
    setErrorString(QString());
    setEdited(true);
}

bool CarriersPage::isModified() const
{
    return m_edited;
}

void CarriersPage::setEdited(bool edited)
{
    if (m_edited == edited) {
        updateControls();
        return;
    }
    m_edited = edited;
    updateControls();
    Q_EMIT modifiedChanged();
}

void CarriersPage::updateKindWidgets()
{
    const Carrier::Kind kind = formKind();
    const bool pickup = kind == Carrier::Kind::Pickup;
    m_kind->setVisible(!pickup);
    m_kindReadOnly->setVisible(pickup);
    m_name->setReadOnly(pickup);
    m_sequenceBox->setVisible(kind == Carrier::Kind::OwnSequence);
    m_linkBox->setVisible(!pickup);
    // The own sequence every profile has stays one; other carriers may change their kind.
    const bool kindFixed = !m_isNew && m_currentId == Carrier::ownSequenceId();
    m_kind->setEnabled(!kindFixed);
    m_kind->setToolTip(kindFixed ? tr("The built-in own sequence stays an own sequence; add a manual carrier with "
                                      "New carrier.")
                                 : QString());
}

void CarriersPage::updateExample()
{
    const QString sample = S10::format(m_prefix->text().trimmed(), 1, m_country->text().trimmed());
    if (sample.isEmpty())
        m_example->setText(tr("With a two-letter prefix and country code, the numbers look like PB00000001 4 XX."));
    else
        m_example->setText(tr("Numbers look like %1: the prefix, a serial that counts up, a check digit and the "
                              "country code (the S10 form of postal items).")
                               .arg(spacedS10(sample)));
}

void CarriersPage::updateControls()
{
    const bool busy = m_busy != Busy::No;
    const bool hasForm = m_isNew || !m_currentId.isNull();
    m_emptyLabel->setText(m_busy == Busy::Loading && m_carriers.isEmpty()
                              ? tr("Reading the carriers…")
                              : tr("Select a carrier, or click New carrier."));
    m_emptyLabel->setVisible(!hasForm);
    m_formArea->setVisible(hasForm);
    // One carrier at a time: while the form holds unsaved changes, the list waits (Save, Apply, or Discard changes).
    m_list->setEnabled(!m_edited && !busy);
    m_addButton->setEnabled(!m_edited && !busy);
    const bool builtIn = !m_isNew && isBuiltIn(m_currentId);
    m_removeButton->setEnabled(hasForm && !m_isNew && !builtIn && !m_edited && !busy);
    if (builtIn)
        m_removeButton->setToolTip(m_currentId == Carrier::ownSequenceId()
                                       ? tr("The own sequence is built in and cannot be removed: labels can always be "
                                            "printed with it.")
                                       : tr("\"Pickup in store\" is built in and cannot be removed: pickup "
                                            "shipments use it."));
    else if (m_isNew)
        m_removeButton->setToolTip(tr("The new carrier is not saved yet: Discard changes drops it."));
    else if (m_edited)
        m_removeButton->setToolTip(tr("Save or discard the changes to the carrier first."));
    else
        m_removeButton->setToolTip(tr("Remove the carrier (not while an account prints with it)."));
    m_saveButton->setText(m_isNew ? tr("A&dd carrier") : tr("&Save carrier"));
    m_saveButton->setEnabled(m_edited && !busy);
    m_discardButton->setEnabled(m_edited && !busy);
    m_formArea->setEnabled(!busy);
    updateFieldMessages();
}

void CarriersPage::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? kErrorStyle : kSuccessStyle);
    m_messageLabel->setVisible(true);
}

QString CarriersPage::message() const
{
    return m_messageLabel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

QString CarriersPage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    Carrier carrier = probe(Carrier::Kind::Manual);
    carrier.name = name;
    if (const QString problem = carrier.validate(); !problem.isEmpty())
        return problem;
    for (const Carrier &other : std::as_const(m_carriers)) {
        if (other.id != m_currentId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A carrier named \"%1\" already exists.").arg(name);
    }
    return QString();
}

QString CarriersPage::prefixProblem() const
{
    if (formKind() != Carrier::Kind::OwnSequence)
        return QString();
    Carrier carrier = probe(Carrier::Kind::OwnSequence);
    carrier.prefix = m_prefix->text().trimmed();
    return carrier.validate();
}

QString CarriersPage::countryProblem() const
{
    if (formKind() != Carrier::Kind::OwnSequence)
        return QString();
    Carrier carrier = probe(Carrier::Kind::OwnSequence);
    carrier.country = m_country->text().trimmed();
    return carrier.validate();
}

// Two own sequences with the same prefix and country would count the same numbers from their own counters.
QString CarriersPage::sequenceProblem() const
{
    if (formKind() != Carrier::Kind::OwnSequence)
        return QString();
    const QString prefix = m_prefix->text().trimmed().toUpper();
    const QString country = m_country->text().trimmed().toUpper();
    for (const Carrier &other : std::as_const(m_carriers)) {
        if (other.id != m_currentId && other.kind == Carrier::Kind::OwnSequence && other.prefix == prefix &&
            other.country == country)
            return tr("\"%1\" already numbers %2…%3: two carriers with the same prefix and country code would print "
                      "the same tracking numbers. Choose another prefix.")
                .arg(other.name, prefix, country);
    }
    return QString();
}

QString CarriersPage::linkProblem() const
{
    if (formKind() == Carrier::Kind::Pickup)
        return QString();
    Carrier carrier = probe(Carrier::Kind::Manual);
    carrier.trackingLink = m_trackingLink->text().trimmed();
    return carrier.validate();
}

QString CarriersPage::providerProblem() const
{
    if (formKind() == Carrier::Kind::Pickup)
        return QString();
    Carrier carrier = probe(Carrier::Kind::Manual);
    switch (formVia()) {
    case Via::LinkOnly:
        return QString();
    case Via::Provider:
        carrier.shippingProvider = m_provider->currentText().trimmed().toLower();
        if (carrier.shippingProvider.isEmpty())
            return tr("Choose the shipping provider, or Only my tracking link.");
        if (carrier.shippingProvider.contains(kCarrierIdPlaceholder))
            return tr("Write the third-party shipping provider's id in place of {id}, e.g. carrier_12.");
        break;
    case Via::TrackingCarrier:
        carrier.trackingCarrier = m_trackingCarrier->text().trimmed().toLower();
        if (carrier.trackingCarrier.isEmpty())
            return tr("Write the AfterShip courier code, e.g. dhl, or choose Only my tracking link.");
        break;
    }
    return carrier.validate();
}

void CarriersPage::updateFieldMessages()
{
    // A problem in red; otherwise what the field is for, so the line under it is never an unexplained gap.
    auto show = [](QLabel *label, const QString &problem, const QString &hint) {
        label->setText(problem.isEmpty() ? hint : problem);
        label->setStyleSheet(problem.isEmpty() ? QString() : kErrorStyle);
    };
    const bool builtIn = !m_isNew && isBuiltIn(m_currentId);
    QString nameHint = tr("Accounts choose the carrier their labels use on the Accounts page.");
    if (builtIn && m_currentId == Carrier::ownSequenceId())
        nameHint = tr("Built in: labels can be printed with it before anything is set up. It cannot be removed.");
    else if (builtIn)
        nameHint = tr("Built in: shipments the customer collects. It cannot be removed.");
    show(m_nameStatus, m_nameProblem, nameHint);
    QString kindHint;
    switch (formKind()) {
    case Carrier::Kind::OwnSequence:
        kindHint = tr("Packbench numbers the parcels itself, from a counter that all stations share.");
        break;
    case Carrier::Kind::Manual:
        kindHint = tr("The packer types or scans the carrier's tracking number when printing.");
        break;
    case Carrier::Kind::Pickup:
        kindHint = tr("No tracking number: printing sets the order to Awaiting Pickup in BigCommerce.");
        break;
    }
    show(m_kindHint, QString(), kindHint);
    show(m_prefixStatus, m_prefixProblem, tr("Two letters before the number, e.g. PB."));
    show(m_countryStatus, m_countryProblem, tr("Two letters after the number: the issuing country, e.g. NZ, or XX."));
    show(m_trackingLinkStatus, m_linkProblem,
         tr("Optional. {tracking} is replaced by the number; customers find the link in BigCommerce's shipping "
            "email."));
    show(m_providerStatus, m_providerProblem, QString());
    QString removeHint;
    if (builtIn)
        removeHint = tr("Built in: cannot be removed.");
    show(m_removeStatus, m_removeProblem, removeHint);
}

QString CarriersPage::fieldMessage(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameProblem;
    case Field::Prefix:
        return m_prefixProblem;
    case Field::Country:
        return m_countryProblem;
    case Field::TrackingLink:
        return m_linkProblem;
    case Field::Provider:
        return m_providerProblem;
    case Field::Remove:
        return m_removeProblem;
    }
    return QString();
}

bool CarriersPage::checkForm()
{
    m_nameProblem = nameProblem();
    m_prefixProblem = prefixProblem();
    m_countryProblem = countryProblem();
    if (m_prefixProblem.isEmpty() && m_countryProblem.isEmpty())
        m_prefixProblem = sequenceProblem();
    m_linkProblem = linkProblem();
    m_providerProblem = providerProblem();
    updateFieldMessages();
    QWidget *providerField = formVia() == Via::TrackingCarrier ? static_cast<QWidget *>(m_trackingCarrier) : m_provider;
    const QList<std::pair<QString, QWidget *>> problems = {{m_nameProblem, m_name},
                                                           {m_prefixProblem, m_prefix},
                                                           {m_countryProblem, m_country},
                                                           {m_linkProblem, m_trackingLink},
                                                           {m_providerProblem, providerField}};
    for (const auto &[problem, field] : problems) {
        if (!problem.isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            setErrorString(problem, true);
            return false;
        }
    }
    // Whatever else the carrier's own check finds (nothing the fields above leave out, today).
    if (const QString problem = carrierFromForm().validate(); !problem.isEmpty()) {
        showMessage(problem, true);
        setErrorString(problem, true);
        return false;
    }
    return true;
}

void CarriersPage::save()
{
    if (m_busy == Busy::Saving)
        return; // the save under way answers with saveFinished()
    if (!m_edited) {
        Q_EMIT saveFinished(true);
        return;
    }
    if (m_busy != Busy::No) {
        const QString wait = tr("Wait until the carriers have been read, then save again.");
        showMessage(wait, true);
        setErrorString(wait, true);
        Q_EMIT saveFinished(false);
        return;
    }
    if (!checkForm()) {
        Q_EMIT saveFinished(false);
        return;
    }
    const Carrier carrier = carrierFromForm();
    const bool isNew = m_isNew;
    runJob(
        Busy::Saving,
        [carrier, isNew](Database &database) {
            Result result;
            CarrierRepository repository(database);
            result.outcome = isNew ? repository.add(carrier, &result.error) : repository.update(carrier, &result.error);
            return result;
        },
        [this, carrier, isNew](const Result &result) {
            using Outcome = CarrierRepository::Outcome;
            if (result.outcome != Outcome::Ok) {
                switch (result.outcome) {
                case Outcome::NameTaken:
                    m_nameProblem = result.error;
                    m_name->setFocus(Qt::OtherFocusReason);
                    break;
                case Outcome::NotFound:
                    // Another station removed it meanwhile: what the form holds can be added again as new.
                    m_isNew = true;
                    showMessage(result.error + QLatin1Char(' ') + tr("Add carrier saves the form as a new carrier."),
                                true);
                    break;
                default:
                    showMessage(result.error, true);
                    break;
                }
                updateFieldMessages();
                setErrorString(result.error, true);
                Q_EMIT saveFinished(false);
                return;
            }
            setErrorString(QString());
            setCarriers(result, carrier.id);
            showMessage(isNew ? tr("Carrier \"%1\" added. Accounts can print with it now (Settings > Accounts).")
                                    .arg(carrier.name)
                              : tr("Carrier \"%1\" saved.").arg(carrier.name),
                        false);
            Q_EMIT carriersChanged();
            Q_EMIT saveFinished(true);
        });
}

void CarriersPage::removeCarrier()
{
    if (m_busy != Busy::No || m_isNew || m_edited || m_currentId.isNull())
        return;
    const Carrier *stored = storedCarrier(m_currentId);
    if (!stored)
        return;
    const Carrier carrier = *stored;
    if (isBuiltIn(carrier.id)) {
        m_removeProblem = tr("\"%1\" is built in and cannot be removed.").arg(carrier.name);
        updateFieldMessages();
        Q_EMIT removalFinished(false);
        return;
    }
    m_removeProblem.clear();
    m_messageLabel->setVisible(false);
    // First which accounts print with it: then there is nothing to ask.
    runJob(
        Busy::Removing,
        [carrier](Database &database) {
            Result result;
            const QList<Account> accounts = AccountRepository(database).list(&result.error);
            for (const Account &account : accounts) {
                if (account.carrierId == carrier.id)
                    result.users.append(account.name);
            }
            return result;
        },
        [this, carrier](const Result &result) {
            if (!result.error.isEmpty()) {
                showMessage(result.error, true);
                Q_EMIT removalFinished(false);
                return;
            }
            if (!result.users.isEmpty()) {
                m_removeProblem =
                    result.users.size() == 1
                        ? tr("The account \"%1\" prints its labels with \"%2\": choose another carrier for it on the "
                             "Accounts page first.")
                              .arg(result.users.first(), carrier.name)
                        : tr("The accounts %1 print their labels with \"%2\": choose another carrier for them on the "
                             "Accounts page first.")
                              .arg(quotedList(result.users), carrier.name);
                updateFieldMessages();
                Q_EMIT removalFinished(false);
                return;
            }
            askAndRemove(carrier);
        });
}

void CarriersPage::askAndRemove(const Carrier &carrier)
{
    // Nothing else happens on the page while the question is open.
    m_busy = Busy::Removing;
    updateControls();
    QMessageBox box(QMessageBox::Question, tr("Remove carrier"), tr("Remove the carrier \"%1\"?").arg(carrier.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeCarrierQuestion"));
    box.setInformativeText(tr("No account prints with it. Labels already printed with it keep their tracking "
                              "numbers."));
    QPushButton *remove = box.addButton(tr("&Remove carrier"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    m_busy = Busy::No;
    if (box.clickedButton() != remove) {
        updateControls();
        Q_EMIT removalFinished(false);
        return;
    }
    showMessage(tr("Removing \"%1\"…").arg(carrier.name), false);
    runJob(
        Busy::Removing,
        [carrier](Database &database) {
            Result result;
            result.outcome = CarrierRepository(database).remove(carrier.id, &result.error);
            return result;
        },
        [this, carrier](const Result &result) {
            using Outcome = CarrierRepository::Outcome;
            if (result.outcome != Outcome::Ok) {
                // Another station may have given an account this carrier meanwhile (InUse), or removed it.
                setCarriers(result, carrier.id);
                m_messageLabel->setVisible(false);
                if (result.outcome == Outcome::InUse || result.outcome == Outcome::BuiltIn)
                    m_removeProblem = result.error;
                else
                    showMessage(result.error, true);
                updateFieldMessages();
                Q_EMIT removalFinished(false);
                return;
            }
            // The next carrier in the list is selected, else the one before.
            QUuid next;
            for (qsizetype i = 0; i < m_carriers.size(); ++i) {
                if (m_carriers.at(i).id == carrier.id)
                    next = i + 1 < m_carriers.size() ? m_carriers.at(i + 1).id
                                                     : (i > 0 ? m_carriers.at(i - 1).id : QUuid());
            }
            setCarriers(result, next);
            showMessage(tr("Carrier \"%1\" removed.").arg(carrier.name), false);
            Q_EMIT carriersChanged();
            Q_EMIT removalFinished(true);
        });
}

} // namespace Packbench
