#pragma once

#include "core/domain/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Packbench {

class Database;

// Sending accounts. Names are unique whatever their case (compared by Qt, so "Zoë" and "ZOË" clash on SQLite too).
// The "Default" account is always there: shipments no rule routes elsewhere are in it.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    enum class Outcome
    {
        Ok,
        NameTaken,
        NotFound,
        Invalid,   // no name, or no id
        IsDefault, // the Default account cannot be removed
        Failed     // a database error
    };

    // What removing an account did.
    struct Removal
    {
        int movedShipments = 0;   // shipments that were in the account, now in Default (or where the rules put them)
        QStringList removedRules; // the rules that routed shipments to it, by name
    };

    explicit AccountRepository(Database &database);

    // Default first, then by name.
    QList<Account> list(QString *error = nullptr);
    std::optional<Account> findByName(const QString &name, QString *error = nullptr);
    std::optional<Account> findById(const QUuid &id, QString *error = nullptr);

    // The caller gives the new account its id (QUuid::createUuid()). The name is trimmed.
    Outcome add(const Account &account, QString *error);
    // Saves the name and the sender address of the account with this id.
    Outcome update(const Account &account, QString *error);
    // In one transaction: every shipment of the account moves to Default, the rules that route to it are deleted (the
    // others close up their positions) and the account goes. Shipments still to ship or on hold are then run through
    // the remaining rules (RuleRepository::applyInTransaction), as an import would; printed ones stay in Default.
    Outcome remove(const QUuid &id, QString *error, Removal *removal = nullptr);

private:
    Database &m_database;
};

} // namespace Packbench
