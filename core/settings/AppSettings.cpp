#include "core/settings/AppSettings.h"

#include "core/domain/StoreConfig.h"
#include "core/settings/Profile.h"

namespace Packbench {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderKey = QStringLiteral("shipments/header");
const QString kFilterStoreKey = QStringLiteral("shipments/filterStore");
const QString kFilterStateKey = QStringLiteral("shipments/filterState");
const QString kFilterSearchKey = QStringLiteral("shipments/filterSearch");

// "import/all" or "import/<uuid>": one group per store.
QString importGroup(const QUuid &storeId)
{
    return QStringLiteral("import/%1")
        .arg(storeId.isNull() ? QStringLiteral("all") : storeId.toString(QUuid::WithoutBraces));
}

void setOrRemove(QSettings &settings, const QString &key, const QByteArray &value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}
} // namespace

AppSettings::AppSettings(const Profile &profile)
    : m_settings(profile.settingsPath(), QSettings::IniFormat)
{
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, code);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    setOrRemove(m_settings, kGeometryKey, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(kStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    setOrRemove(m_settings, kStateKey, state);
}

QByteArray AppSettings::shipmentsHeaderState() const
{
    return m_settings.value(kHeaderKey).toByteArray();
}

void AppSettings::setShipmentsHeaderState(const QByteArray &state)
{
    setOrRemove(m_settings, kHeaderKey, state);
}

std::optional<ShipmentsFilterChoice> AppSettings::shipmentsFilter() const
{
    if (!m_settings.contains(kFilterStateKey))
        return std::nullopt;
    ShipmentsFilterChoice filter;
    filter.storeId = m_settings.value(kFilterStoreKey).toString();
    filter.state = m_settings.value(kFilterStateKey).toString();
    filter.search = m_settings.value(kFilterSearchKey).toString();
    filter.more = m_settings.value(QStringLiteral("shipments/filterMore")).toString();
    return filter;
}

void AppSettings::setShipmentsFilter(const ShipmentsFilterChoice &filter)
{
    m_settings.setValue(kFilterStoreKey, filter.storeId);
    m_settings.setValue(kFilterStateKey, filter.state);
    m_settings.setValue(kFilterSearchKey, filter.search);
    m_settings.setValue(QStringLiteral("shipments/filterMore"), filter.more);
}

std::optional<ImportChoice> AppSettings::importChoice(const QUuid &storeId) const
{
    const QString group = importGroup(storeId);
    bool ok = false;
    ImportChoice choice;
    choice.days = m_settings.value(group + QStringLiteral("/days")).toInt(&ok);
    // A file edited by hand: anything unreadable counts as never chosen.
    if (!ok || choice.days <= 0 ||
        !parseStatusIds(m_settings.value(group + QStringLiteral("/statuses")).toString(), &choice.statuses) ||
        choice.statuses.isEmpty())
        return std::nullopt;
    return choice;
}

void AppSettings::setImportChoice(const QUuid &storeId, const ImportChoice &choice)
{
    const QString group = importGroup(storeId);
    m_settings.setValue(group + QStringLiteral("/days"), choice.days);
    m_settings.setValue(group + QStringLiteral("/statuses"), joinStatusIds(choice.statuses));
}

LabelPrinting AppSettings::labelPrinting() const
{
    LabelPrinting printing;
    printing.output = m_settings.value(QStringLiteral("printing/output"), printing.output).toString();
    const QString size = m_settings.value(QStringLiteral("printing/size"), printing.size).toString();
    if (size == QLatin1String("4x6") || size == QLatin1String("a6"))
        printing.size = size;
    const int dpi = m_settings.value(QStringLiteral("printing/zplDpi"), printing.zplDpi).toInt();
    if (dpi == 203 || dpi == 300)
        printing.zplDpi = dpi;
    printing.packingSlip = m_settings.value(QStringLiteral("printing/packingSlip"), false).toBool();
    printing.preview = m_settings.value(QStringLiteral("printing/preview"), false).toBool();
    return printing;
}

void AppSettings::setLabelPrinting(const LabelPrinting &printing)
{
    m_settings.setValue(QStringLiteral("printing/output"), printing.output);
    m_settings.setValue(QStringLiteral("printing/size"), printing.size);
    m_settings.setValue(QStringLiteral("printing/zplDpi"), printing.zplDpi);
    m_settings.setValue(QStringLiteral("printing/packingSlip"), printing.packingSlip);
    m_settings.setValue(QStringLiteral("printing/preview"), printing.preview);
    const QString pdf = QStringLiteral("pdf:");
    if (printing.output.startsWith(pdf, Qt::CaseInsensitive) && printing.output.size() > pdf.size())
        m_settings.setValue(QStringLiteral("printing/lastPdfFolder"), printing.output.mid(pdf.size()));
}

QString AppSettings::lastPdfFolder() const
{
    return m_settings.value(QStringLiteral("printing/lastPdfFolder")).toString();
}

QString AppSettings::databaseUrl() const
{
    return m_settings.value(QStringLiteral("database/url")).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    if (url.isEmpty())
        m_settings.remove(QStringLiteral("database/url"));
    else
        m_settings.setValue(QStringLiteral("database/url"), url);
}

QString AppSettings::stationName() const
{
    return m_settings.value(QStringLiteral("station/name")).toString();
}

void AppSettings::setStationName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(QStringLiteral("station/name"));
    else
        m_settings.setValue(QStringLiteral("station/name"), name.trimmed());
}

QSettings::Status AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status();
}

} // namespace Packbench
