#pragma once

#include "core/shipping/Carrier.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Packbench {

class Database;

// Carriers (Settings > Carriers, `packbench carrier`). The own sequence and "Pickup in store" that schema
// step 5 inserts are always there; names are unique whatever their case.
class CarrierRepository
{
    Q_DECLARE_TR_FUNCTIONS(CarrierRepository)

public:
    enum class Outcome
    {
        Ok,
        NameTaken,
        NotFound,
        Invalid,
        BuiltIn, // the own sequence and pickup in store cannot be removed
        InUse,   // an account uses it
        Failed
    };

    explicit CarrierRepository(Database &database);

    // The own sequence first, then pickup in store, then by name.
    QList<Carrier> list(QString *error = nullptr);
    std::optional<Carrier> findById(const QUuid &id, QString *error = nullptr);
    std::optional<Carrier> findByName(const QString &name, QString *error = nullptr);

    Outcome add(const Carrier &carrier, QString *error);
    Outcome update(const Carrier &carrier, QString *error);
    Outcome remove(const QUuid &id, QString *error);

    // Inside a write transaction: `count` consecutive serial numbers of an own-sequence carrier, taken by one
    // conditional update of its counter row, so two stations can never get the same number.
    static bool takeNumbers(QSqlDatabase &db, const QUuid &carrierId, int count, quint32 *first, QString *error);
    static std::optional<Carrier> findInTransaction(QSqlDatabase &db, const QUuid &id, QString *error);

private:
    Database &m_database;
};

} // namespace Packbench
