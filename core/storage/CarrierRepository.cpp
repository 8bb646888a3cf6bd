#include "core/storage/CarrierRepository.h"

#include "core/storage/Database.h"
#include "core/util/FindNamed.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

namespace {

const QString kColumns = QStringLiteral("id, name, kind, prefix, country, tracking_link, shipping_provider, "
                                        "tracking_carrier");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Carrier fromRow(const QSqlQuery &query)
{
    Carrier carrier;
    carrier.id = QUuid::fromString(query.value(0).toString());
    carrier.name = query.value(1).toString();
    Carrier::kindFromString(query.value(2).toString(), &carrier.kind);
    carrier.prefix = query.value(3).toString();
    carrier.country = query.value(4).toString();
    carrier.trackingLink = query.value(5).toString();
    carrier.shippingProvider = query.value(6).toString();
    carrier.trackingCarrier = query.value(7).toString();
    return carrier;
}

void bindCarrier(QSqlQuery &query, const Carrier &carrier)
{
    query.addBindValue(text(carrier.name.trimmed()));
    query.addBindValue(Carrier::kindToString(carrier.kind));
    query.addBindValue(text(carrier.prefix.toUpper()));
    query.addBindValue(text(carrier.country.toUpper()));
    query.addBindValue(text(carrier.trackingLink));
    query.addBindValue(text(carrier.shippingProvider));
    query.addBindValue(text(carrier.trackingCarrier));
}

bool isBuiltIn(const QUuid &id)
{
    return id == Carrier::ownSequenceId() || id == Carrier::pickupId();
}

bool nameTaken(QSqlDatabase &db, const Carrier &carrier, bool *taken, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT id, name FROM carriers"), error))
        return false;
    *taken = false;
    while (query.next()) {
        if (QUuid::fromString(query.value(0).toString()) != carrier.id &&
            query.value(1).toString().compare(carrier.name.trimmed(), Qt::CaseInsensitive) == 0)
            *taken = true;
    }
    return true;
}

} // namespace

CarrierRepository::CarrierRepository(Database &database)
    : m_database(database)
{
}

QList<Carrier> CarrierRepository::list(QString *error)
{
    QList<Carrier> carriers;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM carriers ORDER BY CASE id WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END, "
                                 "lower(name), name")
                      .arg(kColumns));
    query.addBindValue(idText(Carrier::ownSequenceId()));
    query.addBindValue(idText(Carrier::pickupId()));
    QString message;
    if (!execQuery(query, &message)) {
        if (error)
            *error = message;
        return carriers;
    }
    while (query.next())
        carriers.append(fromRow(query));
    return carriers;
}

std::optional<Carrier> CarrierRepository::findInTransaction(QSqlDatabase &db, const QUuid &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM carriers WHERE id = ?").arg(kColumns));
    query.addBindValue(idText(id));
    if (!execQuery(query, error) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<Carrier> CarrierRepository::findById(const QUuid &id, QString *error)
{
    QSqlDatabase db = m_database.connection();
    return findInTransaction(db, id, error);
}

std::optional<Carrier> CarrierRepository::findByName(const QString &name, QString *error)
{
    return findNamed(list(error), name);
}

CarrierRepository::Outcome CarrierRepository::add(const Carrier &carrier, QString *error)
{
    if (const QString problem = carrier.validate(); !problem.isEmpty() || carrier.id.isNull()) {
        *error = problem.isEmpty() ? tr("A new carrier needs an id.") : problem;
        return Outcome::Invalid;
    }
    if (carrier.kind == Carrier::Kind::Pickup) {
        *error = tr("There is one \"Pickup in store\" carrier already; add manual or own-sequence carriers.");
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            bool taken = false;
            if (!nameTaken(db, carrier, &taken, stepError))
                return false;
            if (taken) {
                *stepError = tr("A carrier named \"%1\" already exists.").arg(carrier.name.trimmed());
                outcome = Outcome::NameTaken;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO carriers (name, kind, prefix, country, tracking_link, "
                                         "shipping_provider, tracking_carrier, id, created_at) VALUES (?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?)"));
            bindCarrier(query, carrier);
            query.addBindValue(idText(carrier.id));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!execQuery(query, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    return written ? Outcome::Ok : (outcome == Outcome::Ok ? Outcome::Failed : outcome);
}

CarrierRepository::Outcome CarrierRepository::update(const Carrier &carrier, QString *error)
{
    if (const QString problem = carrier.validate(); !problem.isEmpty()) {
        *error = problem;
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            const std::optional<Carrier> stored = findInTransaction(db, carrier.id, stepError);
            if (!stored) {
                if (stepError->isEmpty())
                    *stepError = tr("The carrier \"%1\" no longer exists.").arg(carrier.name);
                outcome = Outcome::NotFound;
                return false;
            }
            if (stored->kind != carrier.kind && isBuiltIn(carrier.id)) {
                *stepError = tr("\"%1\" is built in: its kind cannot change.").arg(stored->name);
                outcome = Outcome::BuiltIn;
                return false;
            }
            bool taken = false;
            if (!nameTaken(db, carrier, &taken, stepError))
                return false;
            if (taken) {
                *stepError = tr("A carrier named \"%1\" already exists.").arg(carrier.name.trimmed());
                outcome = Outcome::NameTaken;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("UPDATE carriers SET name = ?, kind = ?, prefix = ?, country = ?, "
                               "tracking_link = ?, shipping_provider = ?, tracking_carrier = ? WHERE id = ?"));
            bindCarrier(query, carrier);
            query.addBindValue(idText(carrier.id));
            return execQuery(query, stepError);
        },
        error);
    return written ? Outcome::Ok : (outcome == Outcome::Ok ? Outcome::Failed : outcome);
}

CarrierRepository::Outcome CarrierRepository::remove(const QUuid &id, QString *error)
{
    if (isBuiltIn(id)) {
        *error = tr("The own sequence and \"Pickup in store\" are built in and cannot be removed.");
        return Outcome::BuiltIn;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery users(db);
            users.prepare(QStringLiteral("SELECT name FROM accounts WHERE carrier_id = ? ORDER BY name"));
            users.addBindValue(idText(id));
            if (!execQuery(users, stepError))
                return false;
            QStringList names;
            while (users.next())
                names << users.value(0).toString();
            if (!names.isEmpty()) {
                *stepError = tr("The account(s) %1 use this carrier: give them another carrier first.")
                                 .arg(names.join(QStringLiteral(", ")));
                outcome = Outcome::InUse;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM carriers WHERE id = ?"));
            query.addBindValue(idText(id));
            if (!execQuery(query, stepError))
                return false;
            if (query.numRowsAffected() != 1) {
                *stepError = tr("The carrier no longer exists.");
                outcome = Outcome::NotFound;
                return false;
            }
            return true;
        },
        error);
    return written ? Outcome::Ok : (outcome == Outcome::Ok ? Outcome::Failed : outcome);
}

bool CarrierRepository::takeNumbers(QSqlDatabase &db, const QUuid &carrierId, int count, quint32 *first, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE carriers SET next_number = next_number + ? WHERE id = ? AND kind = "
                                 "'own-sequence' RETURNING next_number"));
    query.addBindValue(count);
    query.addBindValue(idText(carrierId));
    if (!execQuery(query, error))
        return false;
    if (!query.next()) {
        *error = tr("The carrier has no number sequence.");
        return false;
    }
    const qint64 next = query.value(0).toLongLong();
    if (next - 1 > 99999999) {
        *error = tr("The carrier's number sequence is used up (99,999,999 numbers): add a carrier with another "
                    "prefix in Settings > Carriers.");
        return false;
    }
    *first = static_cast<quint32>(next - count);
    return true;
}

} // namespace Packbench
