#pragma once

#include "core/shipping/Carrier.h"
#include "core/storage/CarrierRepository.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/SettingsPage.h"

#include <QList>
#include <QStringList>
#include <QUuid>
#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QWidget;

namespace Packbench {

class Database;

// Settings > Carriers: who carries the parcels and where their tracking numbers come from. The own sequence (labels
// can be printed before anything is set up) and "Pickup in store" are built in; manual carriers (the packer types or
// scans the carrier's number) and more own sequences can be added. Each carrier also says how BigCommerce links the
// tracking number for the customer: a tracking link of its own, a shipping provider BigCommerce knows, or an AfterShip
// tracking carrier.
//
// Saving follows the Accounts page and the dialog's Apply/OK: what the form holds is saved by Apply or OK (Cancel
// throws it away), and also by the form's own Add carrier / Save carrier button, as on the Rules page. Removing is an
// action of its own, done at once after one question; a carrier an account prints with cannot be removed, and the
// page says which account before asking anything.
//
// Every read and write of the carriers runs on a worker thread with its own database connection (a write may wait for
// another station's lock): the page shows what it has and disables its controls meanwhile.
class CarriersPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit CarriersPage(Database &database, QWidget *parent = nullptr);
    ~CarriersPage() override;

    QString title() const override;
    void load() override;
    void save() override;
    bool isModified() const override;

    enum class Field
    {
        Name,
        Prefix,
        Country,
        TrackingLink,
        Provider, // the shipping provider or the tracking carrier, whichever is chosen
        Remove    // why the selected carrier cannot be removed
    };
    // The problem shown beside the field (in red), or empty.
    QString fieldMessage(Field field) const;
    // The last result or failure shown below the form.
    QString message() const;
    QUuid currentCarrierId() const { return m_currentId; }
    // A read, a write or a removal is running on the worker thread.
    bool isBusy() const { return m_busy != Busy::No; }
    QList<Carrier> carriers() const { return m_carriers; }

public Q_SLOTS:
    // Shows an empty form for a new manual carrier (saved by Apply, OK or Add carrier).
    void addCarrier();
    // Says which accounts use the carrier if any do; otherwise asks once and removes it.
    void removeCarrier();
    void discardChanges();

Q_SIGNALS:
    // Carriers were added, changed or removed.
    void carriersChanged();
    // A read of the carriers finished (load(), or after a save or a removal).
    void carriersLoaded();
    // removeCarrier() is done: removed (true), or refused, cancelled or failed (false; the reason is on the page).
    void removalFinished(bool removed);

private:
    enum class Busy
    {
        No,
        Loading,
        Saving,
        Removing
    };
    // What a worker job hands back: the outcome of its write (if any), then the carriers as they are now.
    struct Result
    {
        CarrierRepository::Outcome outcome = CarrierRepository::Outcome::Ok;
        QString error;
        QStringList users; // the accounts that print with the carrier (before a removal)
        QList<Carrier> carriers;
        QString listError;
    };
    using Job = std::function<Result(Database &)>;
    enum class Via
    {
        LinkOnly,
        Provider,
        TrackingCarrier
    };

    void runJob(Busy busy, Job job, std::function<void(const Result &)> done);
    void setCarriers(const Result &result, const QUuid &select);
    void showCarrier(const Carrier &carrier);
    Carrier carrierFromForm() const;
    Carrier::Kind formKind() const;
    Via formVia() const;
    void formEdited();
    void setEdited(bool edited);
    void updateControls();
    void updateKindWidgets();
    void updateExample();
    void updateFieldMessages();
    void showMessage(const QString &text, bool error);
    QString nameProblem() const;
    QString prefixProblem() const;
    QString countryProblem() const;
    QString sequenceProblem() const;
    QString linkProblem() const;
    QString providerProblem() const;
    bool checkForm();
    void askAndRemove(const Carrier &carrier);
    const Carrier *storedCarrier(const QUuid &id) const;

    Database &m_database;
    QList<Carrier> m_carriers;
    QUuid m_currentId;
    Carrier::Kind m_currentKind = Carrier::Kind::Manual;
    bool m_isNew = false;
    bool m_edited = false;
    bool m_loading = false;
    Busy m_busy = Busy::No;
    // Problems shown beside their field: each stays until its field is edited (then the field is checked again).
    QString m_nameProblem;
    QString m_prefixProblem;
    QString m_countryProblem;
    QString m_linkProblem;
    QString m_providerProblem;
    QString m_removeProblem;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_removeStatus = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_formArea = nullptr;
    QGroupBox *m_carrierBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameStatus = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindReadOnly = nullptr;
    QLabel *m_kindHint = nullptr;
    QGroupBox *m_sequenceBox = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_prefixStatus = nullptr;
    QLineEdit *m_country = nullptr;
    QLabel *m_countryStatus = nullptr;
    QLabel *m_example = nullptr;
    QGroupBox *m_linkBox = nullptr;
    QLineEdit *m_trackingLink = nullptr;
    QLabel *m_trackingLinkStatus = nullptr;
    QRadioButton *m_viaLinkOnly = nullptr;
    QRadioButton *m_viaProvider = nullptr;
    QRadioButton *m_viaTrackingCarrier = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_trackingCarrier = nullptr;
    QLabel *m_providerStatus = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_messageLabel = nullptr;

    // Every statement runs here, one at a time; last, so it is destroyed first.
    DatabaseWorker m_worker{QStringLiteral("carriers-worker")};
};

} // namespace Packbench
