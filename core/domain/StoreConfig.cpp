#include "core/domain/StoreConfig.h"

#include "core/domain/OrderStatus.h"

#include <algorithm>

namespace Packbench {

QString writebackModeToString(WritebackMode mode)
{
    switch (mode) {
    case WritebackMode::OnPrint:
        return QStringLiteral("on");
    case WritebackMode::OnDispatch:
        return QStringLiteral("on-dispatch");
    case WritebackMode::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("on");
}

bool writebackModeFromString(const QString &text, WritebackMode *mode)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("on") || word == QLatin1String("on-print"))
        *mode = WritebackMode::OnPrint;
    else if (word == QLatin1String("on-dispatch"))
        *mode = WritebackMode::OnDispatch;
    else if (word == QLatin1String("off"))
        *mode = WritebackMode::Off;
    else
        return false;
    return true;
}

StoreConfig StoreConfig::withDefaults()
{
    StoreConfig config;
    config.id = QUuid::createUuid();
    config.importStatuses = OrderStatus::defaultImportStatuses();
    config.updateStatuses = OrderStatus::defaultUpdateStatuses();
    return config;
}

QString joinStatusIds(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

bool parseStatusIds(const QString &text, QList<int> *ids)
{
    QList<int> parsed;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || !OrderStatus::isKnown(id))
            return false;
        if (!parsed.contains(id))
            parsed.append(id);
    }
    std::sort(parsed.begin(), parsed.end());
    *ids = parsed;
    return true;
}

} // namespace Packbench
