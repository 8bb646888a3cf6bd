#pragma once

#include "core/rules/Rule.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Packbench {

class Database;

// The ordered rules, and running them over shipments. Positions are always 1..n without gaps; names are unique
// whatever their case. Rules run through RuleEngine; what they decide is kept on the shipment: shipments.account_id
// (Default when no account rule matches), shipments.rule (the names of the rules that did something, ", " between
// them) and the rows of shipment_tags whose source is the id of the rule that added them (the import's own tags have
// source '' and are never touched here).
class RuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(RuleRepository)

public:
    enum class Outcome
    {
        Ok,
        NameTaken,
        NotFound,
        AccountNotFound, // an account rule names an account that does not exist
        Invalid,         // no name, no tag text, a position below 1
        Failed           // a database error
    };

    struct ApplyResult
    {
        int shipments = 0; // looked at
        int changed = 0;   // whose account, rule or rule tags changed
        QStringList changedKeys;
    };

    explicit RuleRepository(Database &database);

    // In position order.
    QList<Rule> list(QString *error = nullptr);
    std::optional<Rule> findByName(const QString &name, QString *error = nullptr);

    // Inserts the rule at `position` (1-based; 0 or past the end: last), moving the rules from there on down one.
    // The caller gives it its id (QUuid::createUuid()); rule.position is ignored.
    Outcome add(const Rule &rule, int position, QString *error);
    // Saves name, conditions and action of the rule with this id; its position stays.
    Outcome update(const Rule &rule, QString *error);
    Outcome remove(const QString &name, QString *error);
    // Moves the rule to `newPosition` (1-based; past the end: last); the others close up around it.
    Outcome move(const QString &name, int newPosition, QString *error);

    // Runs the rules over these shipments inside the caller's write transaction (ShipmentRepository::writePage for
    // new shipments), whatever their state. Reads in batches, writes only the shipments whose outcome differs from
    // what they have. *changed (and *changedKeys, when given) say which.
    static bool applyInTransaction(QSqlDatabase &db, const QStringList &shipmentKeys, int *changed, QString *error,
                                   QStringList *changedKeys = nullptr);
    // "Apply rules" on demand, in its own transaction: the shipments still to ship or on hold, of one store or all,
    // and of those only `keys` when it is not empty. Printed shipments keep their account.
    bool apply(const std::optional<QUuid> &storeId, const QStringList &keys, ApplyResult *result, QString *error);

    // Inside a write transaction that changes rules or accounts: on PostgreSQL such writers take turns, so positions
    // and "the account exists" checks hold at commit. Nothing to do on SQLite (BEGIN IMMEDIATE).
    static bool lockInTransaction(QSqlDatabase &db, QString *error);
    // Inside a write transaction: gives the rules positions 1..n in their current order.
    static bool renumberInTransaction(QSqlDatabase &db, QString *error);

private:
    // Checks the rule (name free, account there, tag text) inside a write transaction; Ok when it may be saved.
    static Outcome check(QSqlDatabase &db, const Rule &rule, QString *error);

    Database &m_database;
};

} // namespace Packbench
