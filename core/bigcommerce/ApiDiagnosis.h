#pragma once

#include "core/bigcommerce/ApiResponse.h"

#include <QCoreApplication>
#include <QString>

namespace Packbench {

// Turns a failed request into words a store owner understands and a next step. Test connection, imports and
// write-backs all use it, so a failure reads the same wherever it shows.
struct ApiDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(ApiDiagnosis)
public:
    enum class Kind
    {
        Ok,
        WrongToken,  // 401
        Forbidden,   // 403: missing scope, or the API Path is another store's
        NotFound,    // 404: wrong store hash or path
        RateLimited, // 429
        ServerError, // 5xx
        Rejected,    // other 4xx (validation)
        Unreachable, // DNS, refused, TLS, reset
        Timeout,
        BadResponse, // not the JSON we expect
    };

    Kind kind = Kind::Ok;
    QString message;

    bool isOk() const { return kind == Kind::Ok; }
    bool isNetworkProblem() const { return kind == Kind::Unreachable || kind == Kind::Timeout; }
    // Worth trying again later (network, BigCommerce's own trouble, quota), as opposed to a refusal to fix first.
    bool isTransient() const { return isNetworkProblem() || kind == Kind::ServerError || kind == Kind::RateLimited; }

    // What the request was for and which scope it needs, to name it in a 403 message.
    struct Context
    {
        QString action;    // "read the store information"
        QString scope;     // "Information & settings: read-only"
        QString storeHash; // from the API Path
        bool writebackEnabled = true;
    };

    static ApiDiagnosis of(const ApiResponse &response, const Context &context);
    static ApiDiagnosis badResponse(const ApiResponse &response, const QString &what);
    // The scopes the store's options need, one per line.
    static QString requiredScopes(bool writebackEnabled);
    // BigCommerce's own error text from a v2 ([{"status","message"}]) or v3 ({"title"}) body, if any.
    static QString serverMessage(const QByteArray &body);
};

} // namespace Packbench
