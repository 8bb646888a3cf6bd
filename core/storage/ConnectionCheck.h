#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace Packbench {

// "Test connection" for a database location: can this station reach it, log in, and use it? Changes nothing there.
struct ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
public:
    enum class Outcome
    {
        Ok,                   // usable: empty (Packbench creates its tables) or written by this or an older Packbench
        Unreachable,          // no server answers at host:port (or the name does not resolve, or a timeout)
        AuthenticationFailed, // wrong user or password, or pg_hba.conf refuses this station
        PasswordMissing,      // the server wants a password and the keychain has none for this location
        DatabaseMissing,      // the server answers but the database does not exist
        TlsFailed,            // TLS required but refused, or the certificate cannot be verified (verify-ca/-full)
        SchemaNewer,          // written by a newer Packbench: update this station first
        Failed,               // anything else (message says what)
    };
    Outcome outcome = Outcome::Failed;
    QString message;       // one or two sentences a user can act on (translated); for Ok: what is there
    int schemaVersion = 0; // the database's schema version; 0 = empty
    qint64 shipments = -1; // shipments stored there (-1 when unknown or empty)

    // Blocking: opens a connection of its own, reads the schema version and the shipment count, closes it. Run it
    // on a worker thread, never on the GUI thread. `location.password` must already be read from the keychain.
    static ConnectionCheck run(const DatabaseLocation &location);
    // Pure: which outcome a failed open's error means (libpq's message and SQLSTATE), for run() and Database::open.
    static Outcome classify(const QSqlError &error);

    // A failed connection in words a user can act on: what went wrong at which server, libpq's own words, and what
    // to do. For Database::open when a PostgreSQL connection cannot be opened.
    static QString explain(const QSqlError &error, const DatabaseLocation &location);
    // The sentence of one outcome (never Ok or SchemaNewer, which need the database's figures); `detail` is the
    // server's or libpq's text, shown in brackets.
    static QString advice(Outcome outcome, const DatabaseLocation &location, const QString &detail);
    // libpq's message without its "connection to server at ... failed:" and "FATAL:" prefixes, on one line.
    static QString detailOf(const QSqlError &error);
    // A stable word for scripts (`database test --json`): ok, unreachable, authentication-failed, password-missing,
    // database-missing, tls-failed, schema-newer, failed.
    static QString outcomeName(Outcome outcome);
};

} // namespace Packbench
