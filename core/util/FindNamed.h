#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Packbench {

// The item whose `name` is `name`, whatever its case and surrounding spaces (accounts, rules: names are unique in
// any case). Compared in C++ because SQLite's lower() folds ASCII only.
template <typename T> std::optional<T> findNamed(const QList<T> &items, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const T &item : items) {
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

} // namespace Packbench
