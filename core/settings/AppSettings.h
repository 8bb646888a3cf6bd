#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUuid>
#include <optional>

namespace Packbench {

class Profile;

// What the Import dialog last used for one store (or for all stores at once).
struct ImportChoice
{
    int days = 0;
    QList<int> statuses;
};

// The shipments grid's filter bar as the user left it.
struct ShipmentsFilterChoice
{
    QString storeId; // empty = all stores
    QString state;   // a shipment state word ("to-ship"), "all", or empty = never chosen
    QString search;
    QString more; // the other filters (tags, account, country, ATL, dates) as compact JSON (ShipmentFilter::toJson)
};

// Where this station's labels go and how they look (Settings > Printing).
struct LabelPrinting
{
    // "printer:NAME" (a system printer through the print dialog's driver; "printer:" = the default printer),
    // "tcp://HOST:PORT" or "cups:QUEUE" (ZPL sent raw to a thermal printer), or "pdf:DIR" (a PDF file per label).
    QString output = QStringLiteral("printer:");
    QString size = QStringLiteral("4x6"); // "4x6" | "a6"
    int zplDpi = 203;                     // 203 | 300
    bool packingSlip = false;             // a packing slip (and customs data abroad) after the labels
    bool preview = false;                 // show the print preview before printing
    bool operator==(const LabelPrinting &) const = default;
};

// Typed access to the profile's settings file. One instance per use; QSettings keeps it cheap (instances on the same
// file in one process share their data).
class AppSettings
{
public:
    explicit AppSettings(const Profile &profile);

    // Empty = follow the system language; otherwise a language code such as "de" or "en".
    QString language() const;
    void setLanguage(const QString &code);

    // The main window as it was closed: QMainWindow::saveGeometry() and saveState(); empty when never saved.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    // The shipments grid's columns (order, widths, sort): QHeaderView::saveState().
    QByteArray shipmentsHeaderState() const;
    void setShipmentsHeaderState(const QByteArray &state);
    std::optional<ShipmentsFilterChoice> shipmentsFilter() const;
    void setShipmentsFilter(const ShipmentsFilterChoice &filter);

    // The Import dialog's last days and statuses for a store; a null id = "All stores". nullopt when never imported.
    std::optional<ImportChoice> importChoice(const QUuid &storeId) const;
    void setImportChoice(const QUuid &storeId, const ImportChoice &choice);

    LabelPrinting labelPrinting() const;
    // Also remembers a PDF folder, so choosing PDF again after another output offers it (lastPdfFolder()).
    void setLabelPrinting(const LabelPrinting &printing);
    QString lastPdfFolder() const;

    // Settings > Database. The database this station opens at start: empty = this computer only (the profile's
    // SQLite file); otherwise a DatabaseLocation URL (never with a password). `--database` overrides it.
    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    // This station's name in the shipments' history and the grid ("Bench 3"); empty = the host name. `--station`
    // overrides it.
    QString stationName() const;
    void setStationName(const QString &name);

    QSettings::Status sync();

private:
    QSettings m_settings;
};

} // namespace Packbench
