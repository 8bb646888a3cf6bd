#include "core/storage/SavedViewRepository.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

namespace {

SavedView readView(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            ShipmentFilter::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object())};
}

} // namespace

SavedViewRepository::SavedViewRepository(Database &database)
    : m_database(database)
{
}

QList<BuiltInView> SavedViewRepository::builtInViews()
{
    QList<BuiltInView> views;
    for (ShipmentState state :
         {ShipmentState::ToShip, ShipmentState::Printed, ShipmentState::WrittenBack, ShipmentState::WritebackFailed,
          ShipmentState::Elsewhere, ShipmentState::Cancelled, ShipmentState::OnHold})
        views.append({shipmentStateToString(state), state});
    views.append({QStringLiteral("all"), std::nullopt});
    return views;
}

QList<SavedView> SavedViewRepository::list(QString *error)
{
    QList<SavedView> views;
    QSqlQuery query(m_database.connection());
    QString message;
    if (!execQuery(query, QStringLiteral("SELECT name, filter FROM saved_views ORDER BY lower(name)"), &message)) {
        if (error)
            *error = message;
        return views;
    }
    while (query.next())
        views.append(readView(query));
    return views;
}

std::optional<SavedView> SavedViewRepository::find(const QString &name, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, filter FROM saved_views WHERE lower(name) = lower(?)"));
    query.addBindValue(name.trimmed());
    QString message;
    if (!execQuery(query, &message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readView(query);
}

bool SavedViewRepository::save(const SavedView &view, QString *error)
{
    return m_database.write(
        [&view](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM saved_views WHERE lower(name) = lower(?)"));
            query.addBindValue(view.name.trimmed());
            if (!execQuery(query, stepError))
                return false;
            query.prepare(QStringLiteral("INSERT INTO saved_views (name, filter, created_at) VALUES (?, ?, ?)"));
            query.addBindValue(view.name.trimmed());
            query.addBindValue(QString::fromUtf8(QJsonDocument(view.filter.toJson()).toJson(QJsonDocument::Compact)));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            return execQuery(query, stepError);
        },
        error);
}

bool SavedViewRepository::remove(const QString &name, QString *error)
{
    bool removed = false;
    const bool ok = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM saved_views WHERE lower(name) = lower(?)"));
            query.addBindValue(name.trimmed());
            if (!execQuery(query, stepError))
                return false;
            removed = query.numRowsAffected() > 0;
            return true;
        },
        error);
    return ok && removed;
}

std::optional<ShipmentFilter> SavedViewRepository::resolve(const QString &name, QString *error)
{
    if (const std::optional<SavedView> saved = find(name, error))
        return saved->filter;
    for (const BuiltInView &view : builtInViews()) {
        if (view.word.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            ShipmentFilter filter;
            filter.state = view.state;
            return filter;
        }
    }
    return std::nullopt;
}

} // namespace Packbench
