#pragma once

#include "core/settings/Profile.h"
#include "core/storage/ConnectionCheck.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/DatabaseLocation.h"
#include "ui/settings/SettingsPage.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QTimer;

namespace Packbench {

class Database;
class DatabaseWorker;
class SecretStore;

// Settings > Database: this station's name, and where it keeps its data: the profile's own SQLite file ("this
// computer only") or a PostgreSQL server that several packing stations share. The server's password lives in the OS
// keychain (DatabaseLocation::passwordKey()), never in the settings file.
//
// Nothing here waits on the GUI thread: the keychain answers asynchronously, Test connection (ConnectionCheck) runs on
// a pool thread, and Copy (Database::open of the server, then DatabaseCopy from the running database) on a worker
// thread of the page, with a progress dialog that can cancel.
//
// A shared server is saved only once it passed a connection test as the form holds it (Apply runs the test itself
// when none passed since the fields changed): a station that cannot open its database at the next start would not
// even show its window to correct the setting. The database and the station name take effect at the next start.
class DatabasePage : public SettingsPage
{
    Q_OBJECT
public:
    // `running` is the database this Packbench works on now: the source of Copy, and what the page compares the
    // saved choice with.
    DatabasePage(const Profile &profile, Database &running, QWidget *parent = nullptr);
    ~DatabasePage() override;

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    enum class Field
    {
        Host,
        Port,
        DatabaseName,
        User,
        Password,
        CaFile
    };
    // The problem shown beside the field (in red), or empty.
    QString fieldMessage(Field field) const;
    bool isShared() const;
    // The shared server as the form holds it (no password); the profile's own file when "This computer only".
    DatabaseLocation formLocation() const;
    // What the last Test connection (or Copy) said, beside its button.
    QString testResult() const;
    QString copyResult() const;
    // The outcome of the last connection check that ran (Failed when none ran yet).
    ConnectionCheck::Outcome lastOutcome() const { return m_lastOutcome; }
    // How many connection checks reached the server (tests: bad input never gets that far).
    int checksRun() const { return m_checksRun; }
    bool isBusy() const { return m_testing || m_copying || m_saving; }
    // Whether a password for the server as the form holds it is in the keychain (after the asynchronous look-up).
    enum class PasswordState
    {
        NotLooked,
        Looking,
        Stored,
        NotStored,
        KeychainProblem
    };
    PasswordState passwordState() const { return m_passwordState; }

    // Closes the main window the normal way (it may ask about work under way, and refuse), then starts Packbench
    // again with the same arguments. False, with *problem, when nothing was closed.
    static bool restartPackbench(QWidget *mainWindow, QString *problem);

public Q_SLOTS:
    void testConnection();
    // Asks, then copies the running database to the server as the form holds it.
    void copyToServer();
    void restartNow();

Q_SIGNALS:
    void testFinished(bool ok);
    void copyFinished(bool ok);
    void passwordStateChanged();

private:
    // The form's fields as typed: what isModified() and "tested since the fields changed" compare.
    struct FormState
    {
        bool shared = false;
        QString sqlitePath;
        QString host;
        QString port;
        QString databaseName;
        QString user;
        QString sslMode;
        QString caFile;
        bool operator==(const FormState &) const = default;
    };
    FormState formState() const;
    void showLocation(const DatabaseLocation &location);
    void formChanged();
    void updateControls();
    void updateFieldMessages();
    // Says what takes effect at the next start (and offers Restart); true when something does.
    bool updateRunningNote();
    void showTestResult(const QString &text, const QString &style = QString());
    void showCopyResult(const QString &text, const QString &style = QString());
    void updateTlsHint();
    // Checks the server's fields; shows each problem beside its field and focuses the first. True when fine.
    bool checkFields();
    QString hostProblem() const;
    QString portProblem() const;
    QString databaseProblem() const;
    QString userProblem() const;
    QString caProblem() const;
    QString fingerprint() const;
    bool sharedFieldsChanged() const;
    void lookUpPassword();
    void setPasswordState(PasswordState state, const QString &detail = QString());
    // The password to connect with: the one typed, or the keychain's (asynchronously). `ok` false: *problem says why.
    void withPassword(const std::function<void(bool ok, const QString &password, const QString &problem)> &then);
    // Runs a connection check of the form's server on a pool thread; `then` gets whether it passed.
    void runCheck(const std::function<void(bool ok)> &then);
    void finishTest(bool ok, const QString &text);
    void startCopy();
    void copyProgress(const QString &table, qint64 done, qint64 total);
    void finishCopy(bool ok, const DatabaseCopy::Report &report, const QString &error);
    void continueSave();
    void writeSettings(bool passwordWritten);
    void failSave(const QString &message);
    void chooseCaFile();
    void offerRestart(const QString &what);
    QWidget *mainWindow() const;

    Profile m_profile;
    Database &m_running;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<DatabaseWorker> m_copyWorker;
    std::shared_ptr<std::atomic<bool>> m_cancelCopy;

    FormState m_saved;
    QString m_savedStation;
    DatabaseLocation m_localLocation; // the SQLite file "This computer only" means
    bool m_loading = false;
    bool m_testing = false;
    bool m_copying = false;
    bool m_saving = false;
    bool m_testShown = false; // the line beside Test connection holds a result (or "Testing…"), not its hint
    bool m_copyShown = false;
    int m_checksRun = 0;
    int m_restartOffers = 0; // saves that offered a restart: only the latest one's question is shown
    ConnectionCheck::Outcome m_lastOutcome = ConnectionCheck::Outcome::Failed;
    QString m_passedFingerprint; // the form (and password) of the last test that passed
    PasswordState m_passwordState = PasswordState::NotLooked;
    QString m_passwordKey; // the keychain entry m_passwordState is about
    QString m_passwordDetail;
    QString m_hostProblem;
    QString m_portProblem;
    QString m_databaseProblem;
    QString m_userProblem;
    QString m_caProblem;
    QString m_passwordProblem;

    QLabel *m_runningLabel = nullptr;
    QLineEdit *m_station = nullptr;
    QRadioButton *m_local = nullptr;
    QLabel *m_localPath = nullptr;
    QRadioButton *m_shared = nullptr;
    QWidget *m_serverFields = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_hostStatus = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userStatus = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordStatus = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_tlsHint = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLabel *m_caStatus = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copyResult = nullptr;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_restartButton = nullptr;
    QTimer *m_lookUpTimer = nullptr;
};

} // namespace Packbench
