#include "core/storage/DatabaseLocation.h"

#include "core/settings/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Packbench {

bool DatabaseLocation::parse(const QString &url, const Profile &profile, DatabaseLocation *location, QString *error)
{
    DatabaseLocation parsed;
    const QString text = url.trimmed();
    // "local" as `packbench database use local` says it: this computer only.
    if (text.isEmpty() || text == QLatin1String("local")) {
        parsed.sqlitePath = profile.databasePath();
    } else if (text.startsWith(QLatin1String("sqlite:"))) {
        parsed.sqlitePath = text.mid(7);
        if (parsed.sqlitePath.isEmpty()) {
            *error = tr("The database URL sqlite: needs a file path, e.g. sqlite:/srv/packbench/packbench.sqlite.");
            return false;
        }
        parsed.sqlitePath = QFileInfo(parsed.sqlitePath).absoluteFilePath();
    } else if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsedUrl(text, QUrl::StrictMode);
        if (!parsedUrl.isValid() || parsedUrl.host().isEmpty() || parsedUrl.path().size() < 2) {
            *error = tr("The database URL is not valid. Use postgresql://USER@HOST:PORT/DATABASE.");
            return false;
        }
        if (!parsedUrl.password().isEmpty()) {
            *error = tr("Leave the password out of the database URL: Packbench reads it from the keychain, so it "
                        "never shows in a command line or a file.");
            return false;
        }
        parsed.backend = Backend::PostgreSQL;
        parsed.host = parsedUrl.host();
        parsed.port = parsedUrl.port(5432);
        parsed.user = parsedUrl.userName();
        parsed.databaseName = parsedUrl.path().mid(1);
        const QUrlQuery query(parsedUrl);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode")) {
                static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!modes.contains(value)) {
                    *error = tr("Unknown sslmode \"%1\" in the database URL. Use one of: %2.")
                                 .arg(value, modes.join(QLatin1String(", ")));
                    return false;
                }
                parsed.sslMode = value;
            } else if (key == QLatin1String("sslrootcert")) {
                parsed.sslRootCert = QFileInfo(value).absoluteFilePath();
            } else {
                *error =
                    tr("Unknown setting \"%1\" in the database URL. Packbench knows sslmode and sslrootcert.").arg(key);
                return false;
            }
        }
    } else {
        *error = tr("Unknown database URL \"%1\". Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.").arg(text);
        return false;
    }
    *location = parsed;
    return true;
}

QString DatabaseLocation::displayName() const
{
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(sqlitePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseLocation::url(const Profile &profile) const
{
    if (backend == Backend::SQLite)
        return sqlitePath == profile.databasePath() ? QString() : QStringLiteral("sqlite:") + sqlitePath;
    QUrl result;
    result.setScheme(QStringLiteral("postgresql"));
    result.setUserName(user);
    result.setHost(host);
    result.setPort(port);
    result.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    result.setQuery(query);
    return result.toString();
}

QString DatabaseLocation::connectOptions() const
{
    // Keepalives: a server that went away (restart, cable) is noticed within about 20 s even by an idle connection.
    QStringList options = {QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives=1"),
                           QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
                           QStringLiteral("keepalives_count=2")};
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    if (!sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + sslRootCert);
    return options.join(QLatin1Char(';'));
}

QString DatabaseLocation::passwordKey() const
{
    return QStringLiteral("packbench/database/postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace Packbench
