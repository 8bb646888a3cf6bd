#include "core/storage/AccountRepository.h"

#include "core/shipping/Carrier.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/util/FindNamed.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

namespace {

const QString kColumns = QStringLiteral("id, name, sender_name, sender_company, sender_street_1, sender_street_2, "
                                        "sender_city, sender_region, sender_zip, sender_country, sender_phone, "
                                        "sender_email, carrier_id");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// QtSql binds a null QString as NULL; the columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

Account fromRow(const QSqlQuery &query)
{
    Account account;
    account.id = QUuid::fromString(query.value(0).toString());
    account.name = query.value(1).toString();
    SenderAddress &sender = account.sender;
    sender.name = query.value(2).toString();
    sender.company = query.value(3).toString();
    sender.street1 = query.value(4).toString();
    sender.street2 = query.value(5).toString();
    sender.city = query.value(6).toString();
    sender.region = query.value(7).toString();
    sender.zip = query.value(8).toString();
    sender.countryIso2 = query.value(9).toString();
    sender.phone = query.value(10).toString();
    sender.email = query.value(11).toString();
    account.carrierId = QUuid::fromString(query.value(12).toString());
    return account;
}

// Name, then the sender columns in kColumns order.
void bindAccount(QSqlQuery &query, const Account &account)
{
    const SenderAddress &sender = account.sender;
    for (const QString &value :
         {account.name.trimmed(), sender.name, sender.company, sender.street1, sender.street2, sender.city,
          sender.region, sender.zip, sender.countryIso2, sender.phone, sender.email})
        query.addBindValue(text(value));
    query.addBindValue(idText(account.carrierId.isNull() ? Carrier::ownSequenceId() : account.carrierId));
}

// Names compared by Qt rather than SQL: SQLite's lower() folds ASCII only. There are a handful of accounts.
bool nameTaken(QSqlDatabase &db, const QString &name, const QUuid &exceptId, bool *taken, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT id, name FROM accounts"), error))
        return false;
    *taken = false;
    while (query.next()) {
        if (QUuid::fromString(query.value(0).toString()) != exceptId &&
            query.value(1).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            *taken = true;
    }
    return true;
}

// The rule column of a shipment without one rule's name ("A, B, C" without "B").
QString withoutRuleName(const QString &joined, const QString &name)
{
    const QString separator = QStringLiteral(", ");
    if (joined == name)
        return QString();
    if (joined.startsWith(name + separator))
        return joined.mid(name.size() + separator.size());
    if (joined.endsWith(separator + name))
        return joined.left(joined.size() - name.size() - separator.size());
    QString rest = joined;
    rest.replace(separator + name + separator, separator);
    return rest;
}

} // namespace

AccountRepository::AccountRepository(Database &database)
    : m_database(database)
{
}

QList<Account> AccountRepository::list(QString *error)
{
    QList<Account> accounts;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM accounts ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, lower(name), name")
            .arg(kColumns));
    query.addBindValue(idText(Account::defaultId()));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return accounts;
    }
    while (query.next())
        accounts.append(fromRow(query));
    return accounts;
}

std::optional<Account> AccountRepository::findByName(const QString &name, QString *error)
{
    QString message;
    const QList<Account> accounts = list(&message);
    if (!message.isEmpty()) {
        setError(error, message);
        return std::nullopt;
    }
    return findNamed(accounts, name);
}

std::optional<Account> AccountRepository::findById(const QUuid &id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kColumns));
    query.addBindValue(idText(id));
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

AccountRepository::Outcome AccountRepository::add(const Account &account, QString *error)
{
    if (account.id.isNull() || account.name.trimmed().isEmpty()) {
        *error = account.id.isNull() ? tr("The new account has no id.") : tr("An account needs a name.");
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!RuleRepository::lockInTransaction(db, stepError))
                return false;
            bool taken = false;
            if (!nameTaken(db, account.name, account.id, &taken, stepError))
                return false;
            if (taken) {
                *stepError = tr("An account named \"%1\" already exists.").arg(account.name.trimmed());
                outcome = Outcome::NameTaken;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO accounts (name, sender_name, sender_company, sender_street_1, "
                                         "sender_street_2, sender_city, sender_region, sender_zip, sender_country, "
                                         "sender_phone, sender_email, carrier_id, id, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            bindAccount(query, account);
            query.addBindValue(idText(account.id));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!execQuery(query, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed; // the commit failed
    return outcome;
}

AccountRepository::Outcome AccountRepository::update(const Account &account, QString *error)
{
    if (account.name.trimmed().isEmpty()) {
        *error = tr("An account needs a name.");
        return Outcome::Invalid;
    }
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!RuleRepository::lockInTransaction(db, stepError))
                return false;
            bool taken = false;
            if (!nameTaken(db, account.name, account.id, &taken, stepError))
                return false;
            if (taken) {
                *stepError = tr("An account named \"%1\" already exists.").arg(account.name.trimmed());
                outcome = Outcome::NameTaken;
                return false;
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE accounts SET name = ?, sender_name = ?, sender_company = ?, "
                                         "sender_street_1 = ?, sender_street_2 = ?, sender_city = ?, "
                                         "sender_region = ?, sender_zip = ?, sender_country = ?, sender_phone = ?, "
                                         "sender_email = ?, carrier_id = ? WHERE id = ?"));
            bindAccount(query, account);
            query.addBindValue(idText(account.id));
            if (!execQuery(query, stepError))
                return false;
            if (query.numRowsAffected() != 1) {
                *stepError = tr("The account \"%1\" no longer exists.").arg(account.name.trimmed());
                outcome = Outcome::NotFound;
                return false;
            }
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed;
    return outcome;
}

AccountRepository::Outcome AccountRepository::remove(const QUuid &id, QString *error, Removal *removal)
{
    if (id == Account::defaultId()) {
        *error = tr("The Default account cannot be removed: shipments that no rule routes elsewhere are in it.");
        return Outcome::IsDefault;
    }
    Outcome outcome = Outcome::Failed;
    Removal done;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!RuleRepository::lockInTransaction(db, stepError))
                return false;
            const QString accountId = idText(id);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;
            if (!query.next() || query.value(0).toInt() == 0) {
                *stepError = tr("The account no longer exists.");
                outcome = Outcome::NotFound;
                return false;
            }

            // The rules that route to it go with it; the shipments they routed name them no more.
            query.prepare(QStringLiteral("SELECT name FROM rules WHERE action = ? AND action_value = ? "
                                         "ORDER BY position"));
            query.addBindValue(ruleActionToString(RuleAction::Account));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;
            while (query.next())
                done.removedRules.append(query.value(0).toString());

            QStringList openKeys;
            QList<std::pair<QString, QString>> renamed; // printed and the like: key, rule column without the rules
            query.prepare(QStringLiteral("SELECT shipment_key, state, rule FROM shipments WHERE account_id = ?"));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;
            while (query.next()) {
                ++done.movedShipments;
                const QString key = query.value(0).toString();
                const QString state = query.value(1).toString();
                if (state == QLatin1String("to-ship") || state == QLatin1String("on-hold")) {
                    openKeys.append(key);
                    continue;
                }
                const QString before = query.value(2).toString();
                QString after = before;
                for (const QString &name : std::as_const(done.removedRules))
                    after = withoutRuleName(after, name);
                if (after != before)
                    renamed.append({key, after});
            }

            query.prepare(QStringLiteral("UPDATE shipments SET account_id = ? WHERE account_id = ?"));
            query.addBindValue(idText(Account::defaultId()));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;
            query.prepare(QStringLiteral("UPDATE shipments SET rule = ? WHERE shipment_key = ?"));
            for (const auto &[key, rule] : std::as_const(renamed)) {
                query.addBindValue(text(rule));
                query.addBindValue(key);
                if (!execQuery(query, stepError))
                    return false;
            }
            query.prepare(QStringLiteral("DELETE FROM rules WHERE action = ? AND action_value = ?"));
            query.addBindValue(ruleActionToString(RuleAction::Account));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;
            if (!RuleRepository::renumberInTransaction(db, stepError))
                return false;
            query.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
            query.addBindValue(accountId);
            if (!execQuery(query, stepError))
                return false;

            // What an import would make of the open ones now: Default, unless another account rule matches.
            int changed = 0;
            if (!RuleRepository::applyInTransaction(db, openKeys, &changed, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed;
    if (written && removal)
        *removal = done;
    return outcome;
}

} // namespace Packbench
