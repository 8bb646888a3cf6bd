#pragma once

#include "core/storage/ShipmentFilter.h"

#include <QList>
#include <QString>
#include <optional>

namespace Packbench {

class Database;

// A named set of grid filters ("Kids to ship"), shown in the views panel and used by `packbench shipments --view`.
struct SavedView
{
    QString name;
    ShipmentFilter filter;
};

// The views Packbench has by itself: one per shipment state and All.
struct BuiltInView
{
    QString word; // the command-line word: "to-ship", ..., "all"
    std::optional<ShipmentState> state;
};

// Saved views live in the database, so every station and the command line see the same ones.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(Database &database);

    static QList<BuiltInView> builtInViews();

    QList<SavedView> list(QString *error = nullptr);
    // By name, case-insensitively.
    std::optional<SavedView> find(const QString &name, QString *error = nullptr);
    // Saves under this name, replacing a view of the same name (whatever its case).
    bool save(const SavedView &view, QString *error);
    // False with an empty *error when there is no view of that name.
    bool remove(const QString &name, QString *error);

    // `packbench shipments --view NAME`: a saved view by name, else a built-in view by its word ("to-ship", "all").
    std::optional<ShipmentFilter> resolve(const QString &name, QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace Packbench
