#pragma once

#include <QCoreApplication>
#include <QString>

namespace Packbench {

class Profile;

// Where the data lives: the profile's own SQLite file (one workstation, nothing to set up) or a PostgreSQL server that
// several packing stations share. Every statement Packbench runs works on both.
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };
    Backend backend = Backend::SQLite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString databaseName;
    // libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty = libpq's default (prefer).
    QString sslMode;
    // The certificate authority that signed the server's certificate (verify-ca, verify-full); empty = libpq's
    // default (~/.postgresql/root.crt).
    QString sslRootCert;
    QString password; // from the keychain, never from the URL or a file

    // "sqlite:PATH", "postgresql://USER@HOST:PORT/DB[?sslmode=MODE&sslrootcert=PATH]", or empty (or "local") for the
    // profile's own file.
    static bool parse(const QString &url, const Profile &profile, DatabaseLocation *location, QString *error);
    // The URL that parse() reads back to this location (never with the password); empty for the profile's own file.
    QString url(const Profile &profile) const;
    QString displayName() const; // no password
    // The QPSQL connect options: connect timeout, TCP keepalives (a dropped server is noticed), TLS mode and CA.
    QString connectOptions() const;
    // The keychain entry of this server's password: one per user, host, port and database.
    QString passwordKey() const;
};

} // namespace Packbench
