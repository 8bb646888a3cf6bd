#include "ui/settings/DatabasePage.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/FormParts.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace Packbench {

namespace {

using FormParts::fieldMessageLabel;
using FormParts::kErrorStyle;
using FormParts::kSuccessStyle;

constexpr int kDefaultPort = 5432;
const QString kVerifyCa = QStringLiteral("verify-ca");
const QString kVerifyFull = QStringLiteral("verify-full");

// Whether this Packbench was started with the command-line option (which overrides the saved setting).
bool startedWith(const QString &option)
{
    const QString name = QStringLiteral("--") + option;
    const QStringList arguments = QCoreApplication::arguments();
    return std::any_of(arguments.cbegin(), arguments.cend(), [&name](const QString &argument) {
        return argument == name || argument.startsWith(name + QLatin1Char('='));
    });
}

void showMessage(QLabel *label, const QString &problem, const QString &hint)
{
    label->setText(problem.isEmpty() ? hint : problem);
    label->setStyleSheet(problem.isEmpty() ? QString() : kErrorStyle);
}

} // namespace

DatabasePage::DatabasePage(const Profile &profile, Database &running, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
    , m_running(running)
    , m_secrets(new KeychainSecretStore(this))
    , m_lookUpTimer(new QTimer(this))
{
    auto *intro = new QLabel(tr("This station's name, and where it keeps its orders, shipments and settings. Several "
                                "packing stations can share one PostgreSQL server."),
                             this);
    intro->setWordWrap(true);

    auto *page = new QWidget;

    // The station's name.
    auto *stationBox = new QGroupBox(tr("Station"), page);
    m_station = FormParts::lineEdit(QStringLiteral("stationNameEdit"), stationBox);
    m_station->setPlaceholderText(QSysInfo::machineHostName());
    m_station->setAccessibleName(tr("Station name"));
    auto *stationLabel = new QLabel(tr("Station &name:"), stationBox);
    stationLabel->setBuddy(m_station);
    auto *stationHint = fieldMessageLabel(QStringLiteral("stationNameHint"), stationBox);
    stationHint->setText(tr("Shown in the grid's Printed column and in each shipment's history, so everyone sees "
                            "which station printed what. Empty: this computer's name (%1).")
                             .arg(QSysInfo::machineHostName()));
    auto *stationGrid = new QGridLayout(stationBox);
    stationGrid->setColumnStretch(1, 1);
    stationGrid->addWidget(stationLabel, 0, 0);
    stationGrid->addWidget(m_station, 0, 1);
    stationGrid->addWidget(stationHint, 1, 1);

    // Where the data lives.
    auto *whereBox = new QGroupBox(tr("Where this station keeps its data"), page);
    m_runningLabel = new QLabel(whereBox);
    m_runningLabel->setObjectName(QStringLiteral("runningDatabaseLabel"));
    m_runningLabel->setWordWrap(true);
    m_runningLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_local = new QRadioButton(tr("This &computer only"), whereBox);
    m_local->setObjectName(QStringLiteral("localRadio"));
    m_localPath = fieldMessageLabel(QStringLiteral("localPathLabel"), whereBox);
    m_shared = new QRadioButton(tr("&Shared PostgreSQL server"), whereBox);
    m_shared->setObjectName(QStringLiteral("sharedRadio"));

    m_serverFields = new QWidget(whereBox);
    m_host = FormParts::lineEdit(QStringLiteral("hostEdit"), m_serverFields);
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(tr("e.g. db.example.com or 192.168.1.20"));
    m_port = FormParts::lineEdit(QStringLiteral("portEdit"), m_serverFields);
    m_port->setAccessibleName(tr("Server port"));
    m_port->setPlaceholderText(QString::number(kDefaultPort));
    m_port->setMaxLength(6);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    auto *portLabel = new QLabel(tr("P&ort:"), m_serverFields);
    portLabel->setBuddy(m_port);
    m_hostStatus = fieldMessageLabel(QStringLiteral("hostStatus"), m_serverFields);
    m_databaseName = FormParts::lineEdit(QStringLiteral("databaseNameEdit"), m_serverFields);
    m_databaseName->setAccessibleName(tr("Database name"));
    m_databaseName->setPlaceholderText(tr("e.g. packbench"));
    m_databaseStatus = fieldMessageLabel(QStringLiteral("databaseNameStatus"), m_serverFields);
    m_user = FormParts::lineEdit(QStringLiteral("userEdit"), m_serverFields);
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("e.g. packbench"));
    m_userStatus = fieldMessageLabel(QStringLiteral("userStatus"), m_serverFields);
    m_password = FormParts::lineEdit(QStringLiteral("passwordEdit"), m_serverFields);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus = fieldMessageLabel(QStringLiteral("passwordStatus"), m_serverFields);
    m_tls = new QComboBox(m_serverFields);
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tls->setAccessibleName(tr("TLS"));
    m_tls->addItem(tr("disable"), QStringLiteral("disable"));
    m_tls->addItem(tr("prefer"), QStringLiteral("prefer"));
    m_tls->addItem(tr("require"), QStringLiteral("require"));
    m_tls->addItem(tr("verify-ca"), kVerifyCa);
    m_tls->addItem(tr("verify-full (recommended)"), kVerifyFull);
    m_tlsHint = fieldMessageLabel(QStringLiteral("tlsHint"), m_serverFields);
    m_caFile = FormParts::lineEdit(QStringLiteral("caFileEdit"), m_serverFields);
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("e.g. %1").arg(QDir::toNativeSeparators(QStringLiteral("/etc/packbench/ca.crt"))));
    m_browseCa = new QPushButton(tr("&Browse…"), m_serverFields);
    m_browseCa->setObjectName(QStringLiteral("browseCaButton"));
    m_caStatus = fieldMessageLabel(QStringLiteral("caFileStatus"), m_serverFields);

    auto addLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, m_serverFields);
        label->setBuddy(buddy);
        return label;
    };
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *serverGrid = new QGridLayout(m_serverFields);
    // Indented under its radio button: these fields belong to "Shared PostgreSQL server".
    serverGrid->setContentsMargins(m_shared->sizeHint().height() + 4, 0, 0, 0);
    serverGrid->setColumnStretch(1, 1);
    serverGrid->addWidget(addLabel(tr("&Host:"), m_host), 0, 0);
    serverGrid->addLayout(hostRow, 0, 1);
    serverGrid->addWidget(m_hostStatus, 1, 1);
    serverGrid->addWidget(addLabel(tr("&Database:"), m_databaseName), 2, 0);
    serverGrid->addWidget(m_databaseName, 2, 1);
    serverGrid->addWidget(m_databaseStatus, 3, 1);
    serverGrid->addWidget(addLabel(tr("&User:"), m_user), 4, 0);
    serverGrid->addWidget(m_user, 4, 1);
    serverGrid->addWidget(m_userStatus, 5, 1);
    serverGrid->addWidget(addLabel(tr("Pass&word:"), m_password), 6, 0);
    serverGrid->addWidget(m_password, 6, 1);
    serverGrid->addWidget(m_passwordStatus, 7, 1);
    serverGrid->addWidget(addLabel(tr("&TLS:"), m_tls), 8, 0);
    serverGrid->addWidget(m_tls, 8, 1, Qt::AlignLeft);
    serverGrid->addWidget(m_tlsHint, 9, 1);
    serverGrid->addWidget(addLabel(tr("CA cert&ificate:"), m_caFile), 10, 0);
    serverGrid->addLayout(caRow, 10, 1);
    serverGrid->addWidget(m_caStatus, 11, 1);

    auto *whereLayout = new QVBoxLayout(whereBox);
    whereLayout->addWidget(m_runningLabel);
    whereLayout->addWidget(m_local);
    auto *localRow = new QHBoxLayout;
    localRow->setContentsMargins(m_shared->sizeHint().height() + 4, 0, 0, 0);
    localRow->addWidget(m_localPath);
    whereLayout->addLayout(localRow);
    whereLayout->addWidget(m_shared);
    whereLayout->addWidget(m_serverFields);

    // Test connection and Copy: each result stays beside (or under) its button.
    m_testButton = new QPushButton(tr("T&est connection"), page);
    m_testButton->setObjectName(QStringLiteral("testDatabaseButton"));
    m_testResult = fieldMessageLabel(QStringLiteral("testDatabaseResult"), page);
    m_copyButton = new QPushButton(tr("Co&py this station's data to the shared server…"), page);
    m_copyButton->setObjectName(QStringLiteral("copyToServerButton"));
    m_copyResult = fieldMessageLabel(QStringLiteral("copyResult"), page);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    // The copy's button is long (longer still in German): its explanation and result go under it, full width.
    auto *copyRow = new QVBoxLayout;
    copyRow->addWidget(m_copyButton, 0, Qt::AlignLeft);
    copyRow->addWidget(m_copyResult);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(stationBox);
    pageLayout->addWidget(whereBox);
    pageLayout->addLayout(testRow);
    pageLayout->addLayout(copyRow);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("databaseScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    // What takes effect at the next start stays in view below the scrolling form.
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartButton = new QPushButton(tr("&Restart now"), this);
    m_restartButton->setObjectName(QStringLiteral("restartButton"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restartButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(restartRow);

    QWidget *order[] = {m_station,  m_local, m_shared, m_host,     m_port,       m_databaseName, m_user,
                        m_password, m_tls,   m_caFile, m_browseCa, m_testButton, m_copyButton,   m_restartButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_lookUpTimer->setSingleShot(true);
    m_lookUpTimer->setInterval(400);
    connect(m_lookUpTimer, &QTimer::timeout, this, &DatabasePage::lookUpPassword);

    connect(m_station, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        setErrorString(QString());
        Q_EMIT modifiedChanged();
    });
    for (QRadioButton *radio : {m_local, m_shared})
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked)
                return;
            formChanged();
            if (!m_loading)
                lookUpPassword();
        });
    connect(m_shared, &QRadioButton::clicked, m_host, [this] { m_host->setFocus(Qt::OtherFocusReason); });
    // A problem shown goes with its cause: the field is checked again as the user corrects it. The keychain is asked
    // again about the server the fields now name.
    auto recheck = [this](QLineEdit *edit, QString *problem, QString (DatabasePage::*check)() const, bool keyField) {
        connect(edit, &QLineEdit::textChanged, this, [this, problem, check, keyField] {
            if (m_loading)
                return;
            if (!problem->isEmpty())
                *problem = (this->*check)();
            if (keyField)
                m_lookUpTimer->start();
            formChanged();
        });
    };
    recheck(m_host, &m_hostProblem, &DatabasePage::hostProblem, true);
    recheck(m_port, &m_portProblem, &DatabasePage::portProblem, true);
    recheck(m_databaseName, &m_databaseProblem, &DatabasePage::databaseProblem, true);
    recheck(m_user, &m_userProblem, &DatabasePage::userProblem, true);
    recheck(m_caFile, &m_caProblem, &DatabasePage::caProblem, false);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_passwordProblem.clear();
        formChanged();
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        if (!m_caProblem.isEmpty())
            m_caProblem = caProblem();
        formChanged();
    });
    connect(m_browseCa, &QPushButton::clicked, this, &DatabasePage::chooseCaFile);
    connect(m_testButton, &QPushButton::clicked, this, &DatabasePage::testConnection);
    connect(m_copyButton, &QPushButton::clicked, this, &DatabasePage::copyToServer);
    connect(m_restartButton, &QPushButton::clicked, this, &DatabasePage::restartNow);

    QString error;
    DatabaseLocation::parse(QString(), m_profile, &m_localLocation, &error);
    m_local->setChecked(true);
    m_tls->setCurrentIndex(m_tls->findData(kVerifyFull));
}

// A copy under way is cancelled and waited for (it reads the running database, which must outlive it). A connection
// test under way is not waited for: its answer is dropped when it comes.
DatabasePage::~DatabasePage()
{
    if (m_cancelCopy)
        m_cancelCopy->store(true);
    m_copyWorker.reset();
}

QString DatabasePage::title() const
{
    return tr("Database");
}

void DatabasePage::load()
{
    m_loading = true;
    AppSettings settings(m_profile);
    QString error;
    DatabaseLocation::parse(QString(), m_profile, &m_localLocation, &error);
    DatabaseLocation saved = m_localLocation;
    QString settingProblem;
    if (!DatabaseLocation::parse(settings.databaseUrl(), m_profile, &saved, &settingProblem))
        saved = m_localLocation;
    else if (saved.backend == DatabaseLocation::Backend::SQLite)
        m_localLocation = saved; // a file of its own (sqlite:PATH) stays what "This computer only" means
    showLocation(saved);
    m_savedStation = settings.stationName().trimmed();
    m_station->setText(m_savedStation);
    m_password->clear();
    m_hostProblem.clear();
    m_portProblem.clear();
    m_databaseProblem.clear();
    m_userProblem.clear();
    m_caProblem.clear();
    m_passwordProblem.clear();
    m_passedFingerprint.clear();
    m_testShown = false;
    m_copyShown = false;
    m_loading = false;
    m_saved = formState();
    setErrorString(QString());
    updateControls();
    updateRunningNote();
    if (!settingProblem.isEmpty()) {
        m_restartNote->setText(
            tr("The saved database setting cannot be read: %1 Choose again above and apply.").arg(settingProblem));
        m_restartNote->setStyleSheet(kErrorStyle);
        m_restartNote->setVisible(true);
    }
    m_passwordKey.clear();
    setPasswordState(PasswordState::NotLooked);
    lookUpPassword();
    Q_EMIT modifiedChanged();
}

void DatabasePage::showLocation(const DatabaseLocation &location)
{
    m_localPath->setText(tr("In the file %1. Nothing to set up; no other station sees it.")
                             .arg(QDir::toNativeSeparators(m_localLocation.sqlitePath)));
    if (location.backend == DatabaseLocation::Backend::SQLite) {
        m_local->setChecked(true);
        m_host->clear();
        m_port->clear();
        m_databaseName->clear();
        m_user->clear();
        m_caFile->clear();
        m_tls->setCurrentIndex(m_tls->findData(kVerifyFull));
        return;
    }
    m_shared->setChecked(true);
    m_host->setText(location.host);
    m_port->setText(location.port == kDefaultPort ? QString() : QString::number(location.port));
    m_databaseName->setText(location.databaseName);
    m_user->setText(location.user);
    m_caFile->setText(QDir::toNativeSeparators(location.sslRootCert));
    // libpq's default, when the URL names none, is prefer.
    const QString mode = location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode;
    if (m_tls->findData(mode) < 0)
        m_tls->addItem(mode, mode); // "allow", from a URL typed by hand: kept as it is
    m_tls->setCurrentIndex(m_tls->findData(mode));
}

DatabasePage::FormState DatabasePage::formState() const
{
    FormState state;
    state.shared = m_shared->isChecked();
    if (!state.shared) {
        state.sqlitePath = m_localLocation.sqlitePath;
        return state;
    }
    state.host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    state.port = port.isEmpty() ? QString::number(kDefaultPort) : port; // the placeholder's port
    state.databaseName = m_databaseName->text().trimmed();
    state.user = m_user->text().trimmed();
    state.sslMode = m_tls->currentData().toString();
    const QString ca = m_caFile->text().trimmed();
    state.caFile = ca.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(ca));
    return state;
}

bool DatabasePage::isShared() const
{
    return m_shared->isChecked();
}

DatabaseLocation DatabasePage::formLocation() const
{
    const FormState state = formState();
    if (!state.shared)
        return m_localLocation;
    DatabaseLocation location;
    location.backend = DatabaseLocation::Backend::PostgreSQL;
    location.host = state.host;
    location.port = state.port.toInt();
    location.databaseName = state.databaseName;
    location.user = state.user;
    location.sslMode = state.sslMode;
    location.sslRootCert = state.caFile;
    return location;
}

bool DatabasePage::isModified() const
{
    return formState() != m_saved || m_station->text().trimmed() != m_savedStation ||
           (isShared() && !m_password->text().isEmpty());
}

bool DatabasePage::sharedFieldsChanged() const
{
    return isShared() && (formState() != m_saved || !m_password->text().isEmpty());
}

// What a passed test vouches for: the server as the form names it and the password typed. Kept as a hash, so the
// password is not held in one more place.
QString DatabasePage::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(formLocation().url(m_profile).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(m_password->text().toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void DatabasePage::formChanged()
{
    updateControls();
    if (m_loading)
        return;
    // What the buttons said was about the server as the form named it.
    if (!isBusy()) {
        m_testShown = false;
        m_copyShown = false;
        updateControls();
    }
    setErrorString(QString());
    Q_EMIT modifiedChanged();
}

void DatabasePage::updateControls()
{
    const bool shared = m_shared->isChecked();
    const bool busy = isBusy();
    const bool fromFile = m_running.backend() == DatabaseLocation::Backend::SQLite;
    m_station->setEnabled(!busy);
    m_local->setEnabled(!busy);
    m_shared->setEnabled(!busy);
    m_localPath->setEnabled(!shared);
    m_serverFields->setEnabled(shared && !busy);
    m_testButton->setEnabled(shared && !busy);
    m_copyButton->setEnabled(shared && fromFile && !busy);
    updateTlsHint();
    updateFieldMessages();

    // A result line with nothing to report says what its button is for.
    if (!m_testShown) {
        m_testResult->setStyleSheet(QString());
        m_testResult->setText(shared ? tr("Checks that this station reaches the server, logs in and can use the "
                                          "database. Changes nothing there.")
                                     : tr("This computer's own file needs no connection test."));
    }
    if (!m_copyShown) {
        m_copyResult->setStyleSheet(QString());
        if (!fromFile)
            m_copyResult->setText(tr("This station already keeps its data on a server: it has no file of its own "
                                     "to copy."));
        else if (!shared)
            m_copyResult->setText(tr("For a station moving from its own file to a shared server: choose Shared "
                                     "PostgreSQL server and fill it in first."));
        else
            m_copyResult->setText(tr("Copies everything in this station's file to the server, whose database must "
                                     "be empty, then compares the counts."));
    }
}

void DatabasePage::showTestResult(const QString &text, const QString &style)
{
    m_testShown = true;
    m_testResult->setText(text);
    m_testResult->setStyleSheet(style);
}

void DatabasePage::showCopyResult(const QString &text, const QString &style)
{
    m_copyShown = true;
    m_copyResult->setText(text);
    m_copyResult->setStyleSheet(style);
}

void DatabasePage::updateTlsHint()
{
    const QString mode = m_tls->currentData().toString();
    QString hint;
    if (mode == QLatin1String("disable"))
        hint = tr("No encryption: passwords and orders cross the network readable. Only for a server on this "
                  "computer or a network you trust completely.");
    else if (mode == QLatin1String("allow"))
        hint = tr("Encrypted only when the server insists. Choose verify-full on a network.");
    else if (mode == QLatin1String("prefer"))
        hint = tr("Encrypted when the server offers it, but the server is not checked: a machine posing as it would "
                  "not be noticed.");
    else if (mode == QLatin1String("require"))
        hint = tr("Always encrypted, but the server is not checked: a machine posing as it would not be noticed.");
    else if (mode == kVerifyCa)
        hint = tr("Encrypted, and the server's certificate must be signed by the CA certificate below.");
    else
        hint = tr("Encrypted, and the server's certificate must be signed by the CA certificate below and name the "
                  "host above. Recommended on a network.");
    m_tlsHint->setText(hint);
}

void DatabasePage::updateFieldMessages()
{
    showMessage(
        m_hostStatus, m_hostProblem.isEmpty() ? m_portProblem : m_hostProblem,
        tr("The server's name or IP address as this station reaches it; the port is usually %1.").arg(kDefaultPort));
    showMessage(m_databaseStatus, m_databaseProblem,
                tr("One database for all stations: Packbench creates its tables in it."));
    showMessage(m_userStatus, m_userProblem, tr("The user Packbench logs in as; it may create tables there."));
    showMessage(m_caStatus, m_caProblem,
                tr("The certificate authority that signed the server's certificate: the server's administrator has "
                   "it."));

    QString passwordHint;
    switch (m_passwordState) {
    case PasswordState::NotLooked:
    case PasswordState::NotStored:
        m_password->setPlaceholderText(QString());
        passwordHint = tr("Kept in this computer's keychain, never in a file. Leave it empty if the server asks for "
                          "none.");
        break;
    case PasswordState::Looking:
        m_password->setPlaceholderText(tr("looking in the keychain…"));
        passwordHint = tr("Kept in this computer's keychain, never in a file.");
        break;
    case PasswordState::Stored:
        m_password->setPlaceholderText(tr("stored in the keychain"));
        passwordHint = tr("A password for this server is in this computer's keychain; type another to replace it.");
        break;
    case PasswordState::KeychainProblem:
        m_password->setPlaceholderText(tr("keychain unavailable"));
        break;
    }
    QString problem = m_passwordProblem;
    if (problem.isEmpty() && m_passwordState == PasswordState::KeychainProblem)
        problem = m_passwordDetail;
    showMessage(m_passwordStatus, problem, passwordHint);
}

bool DatabasePage::updateRunningNote()
{
    const DatabaseLocation &running = m_running.location();
    m_runningLabel->setText(tr("In use now: %1")
                                .arg(running.backend == DatabaseLocation::Backend::SQLite ? tr("this computer's file")
                                                                                          : running.displayName()));
    DatabaseLocation saved = m_localLocation;
    if (m_saved.shared) {
        saved.backend = DatabaseLocation::Backend::PostgreSQL;
        saved.host = m_saved.host;
        saved.port = m_saved.port.toInt();
        saved.databaseName = m_saved.databaseName;
        saved.user = m_saved.user;
        saved.sslMode = m_saved.sslMode;
        saved.sslRootCert = m_saved.caFile;
    }
    const bool databasePending = saved.url(m_profile) != running.url(m_profile);
    const QString savedName = m_savedStation.isEmpty() ? QSysInfo::machineHostName() : m_savedStation;
    const bool namePending = savedName != m_running.stationName();
    const bool databaseOverridden = startedWith(QStringLiteral("database"));
    const bool nameOverridden = startedWith(QStringLiteral("station"));

    QStringList sentences;
    bool restart = false;
    if (databasePending && databaseOverridden) {
        sentences.append(tr("This Packbench was started with --database and uses %1: the choice above applies when "
                            "it starts without it.")
                             .arg(running.displayName()));
    } else if (databasePending) {
        sentences.append(saved.backend == DatabaseLocation::Backend::PostgreSQL
                             ? tr("Packbench uses the shared database %1 from its next start.").arg(saved.displayName())
                             : tr("Packbench uses this computer's own file from its next start."));
        restart = true;
    }
    if (namePending && nameOverridden) {
        sentences.append(tr("This Packbench was started with --station \"%1\": the name above applies when it "
                            "starts without it.")
                             .arg(m_running.stationName()));
    } else if (namePending) {
        sentences.append(tr("The station name \"%1\" is used from the next start.").arg(savedName));
        restart = true;
    }
    const bool canRestart = restart && mainWindow() != nullptr;
    if (restart && !canRestart)
        sentences.append(tr("Restart Packbench to switch."));
    m_restartNote->setText(sentences.join(QLatin1Char(' ')));
    m_restartNote->setStyleSheet(QString());
    m_restartNote->setVisible(!sentences.isEmpty());
    m_restartButton->setVisible(canRestart);
    return restart;
}

QString DatabasePage::fieldMessage(Field field) const
{
    switch (field) {
    case Field::Host:
        return m_hostProblem;
    case Field::Port:
        return m_portProblem;
    case Field::DatabaseName:
        return m_databaseProblem;
    case Field::User:
        return m_userProblem;
    case Field::Password:
        return m_passwordProblem.isEmpty() && m_passwordState == PasswordState::KeychainProblem ? m_passwordDetail
                                                                                                : m_passwordProblem;
    case Field::CaFile:
        return m_caProblem;
    }
    return QString();
}

QString DatabasePage::hostProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Write the server's host name or IP address, e.g. db.example.com or 192.168.1.20.");
    // A host name (letters, digits, "-", "_" and dots) or an IP address; never a URL, a user or a port.
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"));
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress().setAddress(bare) && !hostName.match(host).hasMatch())
        return tr("\"%1\" is not a host name or IP address: write it as db.example.com or 192.168.1.20, without "
                  "postgresql://, a user or a port (the port has its own field).")
            .arg(host);
    return QString();
}

QString DatabasePage::portProblem() const
{
    const QString text = m_port->text().trimmed();
    if (text.isEmpty())
        return QString();
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return tr("The port is a number from 1 to 65535; PostgreSQL's usual port is %1.").arg(kDefaultPort);
    return QString();
}

QString DatabasePage::databaseProblem() const
{
    const QString name = m_databaseName->text().trimmed();
    if (name.isEmpty())
        return tr("Write the name of the database on the server, e.g. packbench.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('?')) || name.contains(QLatin1Char('#')))
        return tr("Write only the database's name, without \"/\", \"?\" or \"#\".");
    return QString();
}

QString DatabasePage::userProblem() const
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty())
        return tr("Write the user Packbench logs in as (the server's administrator gives it with the password).");
    if (user.contains(QLatin1Char('@')) || user.contains(QLatin1Char(':')) || user.contains(QLatin1Char('/')))
        return tr("Write only the user's name, without \"@\", \":\" or \"/\".");
    return QString();
}

QString DatabasePage::caProblem() const
{
    const QString mode = m_tls->currentData().toString();
    const QString text = m_caFile->text().trimmed();
    if (text.isEmpty()) {
        if (mode == kVerifyCa || mode == kVerifyFull)
            return tr("%1 checks the server's certificate: choose the file of the certificate authority that signed "
                      "it (the server's administrator has it).")
                .arg(mode);
        return QString();
    }
    const QString path = QDir::fromNativeSeparators(text);
    if (!QDir::isAbsolutePath(path))
        return tr("Give the whole path of the CA certificate file, or choose it with Browse.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The file %1 does not exist: choose the CA certificate file again.").arg(text);
    if (!info.isFile())
        return tr("%1 is a folder, not a certificate file.").arg(text);
    if (!info.isReadable())
        return tr("Packbench may not read %1: choose a copy it can read.").arg(text);
    return QString();
}

bool DatabasePage::checkFields()
{
    m_hostProblem = hostProblem();
    m_portProblem = portProblem();
    m_databaseProblem = databaseProblem();
    m_userProblem = userProblem();
    m_caProblem = caProblem();
    updateFieldMessages();
    const std::pair<const QString *, QWidget *> fields[] = {{&m_hostProblem, m_host},
                                                            {&m_portProblem, m_port},
                                                            {&m_databaseProblem, m_databaseName},
                                                            {&m_userProblem, m_user},
                                                            {&m_caProblem, m_caFile}};
    for (const auto &[problem, field] : fields) {
        if (!problem->isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            setErrorString(*problem, true);
            return false;
        }
    }
    return true;
}

void DatabasePage::lookUpPassword()
{
    if (!isShared()) {
        m_passwordKey.clear();
        setPasswordState(PasswordState::NotLooked);
        return;
    }
    const QString key = formLocation().passwordKey();
    if (key == m_passwordKey && m_passwordState != PasswordState::NotLooked)
        return;
    m_passwordKey = key;
    setPasswordState(PasswordState::Looking);
    m_secrets->read(key, this, [this, key](const SecretStore::Result &result) {
        if (key != m_passwordKey)
            return; // the fields name another server by now
        switch (result.status) {
        case SecretStore::Status::Ok:
            setPasswordState(PasswordState::Stored);
            break;
        case SecretStore::Status::NotFound:
            setPasswordState(PasswordState::NotStored);
            break;
        default:
            setPasswordState(PasswordState::KeychainProblem, result.errorString);
            break;
        }
    });
}

void DatabasePage::setPasswordState(PasswordState state, const QString &detail)
{
    m_passwordState = state;
    m_passwordDetail = detail;
    updateFieldMessages();
    Q_EMIT passwordStateChanged();
}

void DatabasePage::withPassword(const std::function<void(bool, const QString &, const QString &)> &then)
{
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        then(true, typed, QString());
        return;
    }
    m_secrets->read(formLocation().passwordKey(), this, [then](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok)
            then(true, result.value, QString());
        else if (result.status == SecretStore::Status::NotFound)
            then(true, QString(), QString()); // a server that asks for none
        else
            then(false, QString(),
                 tr("The password could not be read from the keychain: %1 Type the password instead.")
                     .arg(result.errorString));
    });
}

void DatabasePage::runCheck(const std::function<void(bool)> &then)
{
    const QString checked = fingerprint();
    const DatabaseLocation location = formLocation();
    showTestResult(tr("Testing the connection to %1…").arg(location.displayName()));
    withPassword([this, location, checked, then](bool ok, const QString &password, const QString &problem) {
        if (!ok) {
            m_lastOutcome = ConnectionCheck::Outcome::Failed;
            finishTest(false, problem);
            then(false);
            return;
        }
        DatabaseLocation connectTo = location;
        connectTo.password = password;
        ++m_checksRun;
        // A pool thread, not the page's: closing the page never waits for a server that does not answer (the check
        // gives up after its connect timeout; the application waits for the pool when it quits).
        QPointer<DatabasePage> page(this);
        QThreadPool::globalInstance()->start([page, connectTo, checked, then] {
            const ConnectionCheck check = ConnectionCheck::run(connectTo);
            QMetaObject::invokeMethod(
                qApp,
                [page, check, checked, then] {
                    if (!page)
                        return;
                    page->m_lastOutcome = check.outcome;
                    const bool passed = check.outcome == ConnectionCheck::Outcome::Ok;
                    if (passed)
                        page->m_passedFingerprint = checked;
                    else if (page->m_passedFingerprint == checked)
                        page->m_passedFingerprint.clear();
                    QString text = check.message;
                    if (text.isEmpty())
                        text = passed ? tr("Connected.") : tr("The connection test failed.");
                    page->finishTest(passed, text);
                    then(passed);
                },
                Qt::QueuedConnection);
        });
    });
}

void DatabasePage::finishTest(bool ok, const QString &text)
{
    showTestResult(text, ok ? kSuccessStyle : kErrorStyle);
}

void DatabasePage::testConnection()
{
    if (isBusy() || !isShared())
        return;
    if (!checkFields()) {
        finishTest(false, tr("Not tested: correct the field marked in red first."));
        Q_EMIT testFinished(false);
        return;
    }
    setErrorString(QString());
    m_testing = true;
    updateControls();
    runCheck([this](bool ok) {
        m_testing = false;
        updateControls();
        Q_EMIT testFinished(ok);
    });
}

void DatabasePage::copyToServer()
{
    if (isBusy() || !isShared() || m_running.backend() != DatabaseLocation::Backend::SQLite)
        return;
    if (!checkFields()) {
        showCopyResult(tr("Not copied: correct the field marked in red first."), kErrorStyle);
        Q_EMIT copyFinished(false);
        return;
    }
    const DatabaseLocation target = formLocation();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Copy to the shared server"),
                        tr("Copy everything this station keeps in %1 to %2?")
                            .arg(QDir::toNativeSeparators(m_running.location().displayName()), target.displayName()),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("copyQuestion"));
    box->setInformativeText(
        tr("Stores, orders, shipments, labels, rules and accounts are copied in one step, then the rows of every "
           "table are counted on both sides. The database on the server must be empty. Nothing changes at this "
           "station; print nothing here until the copy is done, because what changes here afterwards stays in this "
           "computer's file."));
    QPushButton *copy = box->addButton(tr("&Copy"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("confirmCopyButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(copy, &QPushButton::clicked, this, &DatabasePage::startCopy);
    box->open();
}

void DatabasePage::startCopy()
{
    if (isBusy())
        return;
    m_copying = true;
    updateControls();
    const QString checked = fingerprint();
    const DatabaseLocation target = formLocation();
    showCopyResult(tr("Copying to %1…").arg(target.displayName()));
    withPassword([this, target, checked](bool ok, const QString &password, const QString &problem) {
        if (!ok) {
            finishCopy(false, {}, problem);
            return;
        }
        DatabaseLocation server = target;
        server.password = password;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        m_cancelCopy = cancel;
        m_progress = new QProgressDialog(tr("Connecting to %1…").arg(target.displayName()), tr("Cancel"), 0, 0, this);
        m_progress->setObjectName(QStringLiteral("copyProgress"));
        m_progress->setWindowTitle(tr("Copying to the shared server"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
            cancel->store(true);
            if (m_progress) {
                m_progress->setLabelText(tr("Cancelling: nothing is kept on the server…"));
                m_progress->show(); // canceled() hides it; it stays until the copy has stopped
            }
        });
        m_progress->show();
        if (!m_copyWorker)
            m_copyWorker = std::make_unique<DatabaseWorker>(QStringLiteral("database-copy"));
        Database *source = &m_running;
        // The worker is joined by ~DatabasePage (after cancelling), so `this` outlives the job; its answers are
        // queued to the page and dropped with it.
        m_copyWorker->run([this, source, server, cancel, checked] {
            QString error;
            DatabaseCopy::Report report;
            bool copied = false;
            if (!cancel->load()) {
                std::unique_ptr<Database> opened = Database::open(server, &error);
                if (opened) {
                    auto sinceShown = std::make_shared<QElapsedTimer>();
                    sinceShown->start();
                    const DatabaseCopy::Progress progress = [this, cancel, sinceShown](const QString &table,
                                                                                       qint64 done, qint64 total) {
                        // A few updates a second, whatever the number of rows.
                        if (done == 0 || done == total || sinceShown->elapsed() >= 100) {
                            sinceShown->restart();
                            QMetaObject::invokeMethod(
                                this, [this, table, done, total] { copyProgress(table, done, total); },
                                Qt::QueuedConnection);
                        }
                        return !cancel->load();
                    };
                    copied = DatabaseCopy::copy(*source, *opened, progress, &report, &error);
                }
            }
            if (!copied && cancel->load())
                error = tr("cancelled; nothing was kept on the server.");
            QMetaObject::invokeMethod(
                this,
                [this, copied, report, error, checked] {
                    if (copied)
                        m_passedFingerprint = checked; // the server was opened and written: it works
                    finishCopy(copied, report, error);
                },
                Qt::QueuedConnection);
        });
    });
}

void DatabasePage::copyProgress(const QString &table, qint64 done, qint64 total)
{
    if (!m_progress || (m_cancelCopy && m_cancelCopy->load()))
        return;
    const QLocale locale;
    m_progress->setLabelText(
        tr("Copying %1: %2 of %3 rows…").arg(table, locale.toString(done), locale.toString(total)));
    m_progress->setMaximum(total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
}

void DatabasePage::finishCopy(bool ok, const DatabaseCopy::Report &report, const QString &error)
{
    m_copying = false;
    m_cancelCopy.reset();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (ok) {
        const QLocale locale;
        QStringList tables;
        for (const DatabaseCopy::TableCount &count : report.tables)
            tables.append(
                count.source == count.target
                    ? QStringLiteral("%1 %2").arg(count.table, locale.toString(count.target))
                    : tr("%1 %2 of %3").arg(count.table, locale.toString(count.target), locale.toString(count.source)));
        QString text =
            tr("Copied %1 rows to %2; every table's count matches: %3.")
                .arg(locale.toString(report.rows), formLocation().displayName(), tables.join(QStringLiteral(", ")));
        if (isModified())
            text += QLatin1Char(' ') + tr("Apply to switch this station to the shared server at its next start.");
        showCopyResult(text, kSuccessStyle);
    } else {
        showCopyResult(tr("Not copied: %1").arg(error), kErrorStyle);
    }
    updateControls();
    Q_EMIT copyFinished(ok);
}

void DatabasePage::save()
{
    if (!isModified()) {
        Q_EMIT saveFinished(true);
        return;
    }
    if (isBusy()) {
        setErrorString(tr("Wait until the connection test or the copy has finished, then apply again."));
        Q_EMIT saveFinished(false);
        return;
    }
    if (isShared() && !checkFields()) {
        Q_EMIT saveFinished(false);
        return;
    }
    m_saving = true;
    updateControls();
    // A server not tested as the form names it is tested now: Packbench could not even open its window at the next
    // start if it cannot reach its database.
    if (sharedFieldsChanged() && m_passedFingerprint != fingerprint()) {
        runCheck([this](bool ok) {
            if (!ok) {
                failSave(tr("Not saved: %1").arg(m_testResult->text()));
                return;
            }
            continueSave();
        });
        return;
    }
    continueSave();
}

void DatabasePage::failSave(const QString &message)
{
    m_saving = false;
    showTestResult(message, kErrorStyle);
    setErrorString(message, true);
    updateControls();
    Q_EMIT saveFinished(false);
}

void DatabasePage::continueSave()
{
    const QString password = isShared() ? m_password->text() : QString();
    if (password.isEmpty()) {
        writeSettings(false);
        return;
    }
    // The password first: when the keychain refuses it, nothing is saved.
    m_secrets->write(formLocation().passwordKey(), password, this, [this](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok) {
            m_passwordProblem =
                tr("Not saved: the password could not be stored in the keychain. %1").arg(result.errorString);
            updateFieldMessages();
            m_saving = false;
            setErrorString(m_passwordProblem, true);
            updateControls();
            Q_EMIT saveFinished(false);
            return;
        }
        writeSettings(true);
    });
}

void DatabasePage::writeSettings(bool passwordWritten)
{
    const FormState before = m_saved;
    const QString stationBefore = m_savedStation;
    const QString station = m_station->text().trimmed();
    AppSettings settings(m_profile);
    settings.setDatabaseUrl(formLocation().url(m_profile));
    settings.setStationName(station);
    if (settings.sync() != QSettings::NoError) {
        m_saving = false;
        setErrorString(tr("Could not write the settings file %1. Check that the disk is not full and that you may "
                          "write to the profile folder.")
                           .arg(m_profile.settingsPath()));
        updateControls();
        Q_EMIT saveFinished(false);
        return;
    }
    m_saving = false;
    m_saved = formState();
    m_savedStation = station;
    if (passwordWritten) {
        // Back to its placeholder: no edit of the form, so the results beside the buttons stay.
        m_loading = true;
        m_password->clear();
        m_loading = false;
        m_passwordKey = formLocation().passwordKey();
        setPasswordState(PasswordState::Stored);
    }
    setErrorString(QString());
    updateControls();
    if (updateRunningNote() && (before != m_saved || stationBefore != m_savedStation))
        offerRestart(m_restartNote->text());
    Q_EMIT modifiedChanged();
    Q_EMIT saveFinished(true);
}

void DatabasePage::offerRestart(const QString &what)
{
    QPointer<DatabasePage> page(this);
    QPointer<QWidget> main = mainWindow();
    const int offer = ++m_restartOffers;
    // After Apply the page itself says so. After OK the dialog is closed (not yet deleted when this runs): a
    // question over the main window says it instead.
    QMetaObject::invokeMethod(
        qApp,
        [page, main, what, offer] {
            // Gone with its window (not closed by OK, destroyed): nothing to say to anyone. Saved again since: that
            // save's offer speaks.
            if (!page || page->window()->isVisible() || page->m_restartOffers != offer)
                return;
            auto *box = new QMessageBox(QMessageBox::Information, tr("Restart Packbench"), what, QMessageBox::NoButton,
                                        main.data());
            box->setObjectName(QStringLiteral("restartQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            if (main) {
                box->setInformativeText(tr("Restart now?"));
                QPushButton *restart = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
                restart->setObjectName(QStringLiteral("restartNowButton"));
                QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
                box->setDefaultButton(later);
                QObject::connect(restart, &QPushButton::clicked, main, [main] {
                    QString problem;
                    if (main && !restartPackbench(main, &problem))
                        QMessageBox::information(main, tr("Restart Packbench"), problem);
                });
            } else {
                box->addButton(QMessageBox::Ok);
            }
            box->open();
        },
        Qt::QueuedConnection);
}

QWidget *DatabasePage::mainWindow() const
{
    QWidget *dialogParent = window()->parentWidget();
    return dialogParent ? qobject_cast<QMainWindow *>(dialogParent->window()) : nullptr;
}

void DatabasePage::restartNow()
{
    QWidget *main = mainWindow();
    if (!main)
        return;
    // Unsaved changes (of any page) would go with the window: ask first.
    const QList<SettingsPage *> pages = window()->findChildren<SettingsPage *>();
    if (std::any_of(pages.cbegin(), pages.cend(), [](const SettingsPage *page) { return page->isModified(); }) &&
        QMessageBox::question(this, tr("Restart Packbench"),
                              tr("Some settings have changes that are not applied yet. Restart anyway and lose "
                                 "them?"),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString problem;
    if (!restartPackbench(main, &problem)) {
        m_restartNote->setText(problem);
        m_restartNote->setStyleSheet(kErrorStyle);
        m_restartNote->setVisible(true);
    }
}

bool DatabasePage::restartPackbench(QWidget *mainWindow, QString *problem)
{
    const QString program = QCoreApplication::applicationFilePath();
    if (!QFileInfo(program).isExecutable()) {
        *problem = tr("Packbench cannot find its own program (%1) to start it again: close it and start it yourself.")
                       .arg(QDir::toNativeSeparators(program));
        return false;
    }
    // The main window's own close: it saves its state, and may ask about an import under way (and stay open).
    if (!mainWindow->close()) {
        *problem = tr("Packbench did not close, so it was not restarted. Close it and start it again yourself when "
                      "it is done.");
        return false;
    }
    if (!QProcess::startDetached(program, QCoreApplication::arguments().mid(1), QDir::currentPath()))
        qWarning("Packbench: could not start %s again; start it yourself", qPrintable(program));
    QCoreApplication::quit();
    return true;
}

QString DatabasePage::testResult() const
{
    return m_testResult->text();
}

QString DatabasePage::copyResult() const
{
    return m_copyResult->text();
}

void DatabasePage::chooseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate of the server"),
                                                      current.isEmpty() ? QDir::homePath() : QFileInfo(current).path(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFile->setText(QDir::toNativeSeparators(file));
    m_caProblem = caProblem();
    updateFieldMessages();
}

} // namespace Packbench
