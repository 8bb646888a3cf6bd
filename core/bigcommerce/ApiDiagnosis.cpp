#include "core/bigcommerce/ApiDiagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Packbench {

namespace {

QString withServerText(const QString &message, const QByteArray &body)
{
    const QString server = ApiDiagnosis::serverMessage(body);
    if (server.isEmpty())
        return message;
    return ApiDiagnosis::tr("%1 BigCommerce said: \"%2\"").arg(message, server);
}
} // namespace

QString ApiDiagnosis::serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString text;
    if (document.isArray() && !document.array().isEmpty()) {
        text = document.array().first().toObject().value(QLatin1String("message")).toString();
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        text = object.value(QLatin1String("title")).toString();
        if (text.isEmpty())
            text = object.value(QLatin1String("message")).toString();
    }
    return text.left(300);
}

QString ApiDiagnosis::requiredScopes(bool writebackEnabled)
{
    return (writebackEnabled ? tr("Orders: modify (to write tracking back)")
                             : tr("Orders: read-only (import only; write-back is off)")) +
           QLatin1Char('\n') + tr("Channel settings: read-only") + QLatin1Char('\n') +
           tr("Information & settings: read-only");
}

ApiDiagnosis ApiDiagnosis::of(const ApiResponse &response, const Context &context)
{
    ApiDiagnosis diagnosis;
    const QString host = response.url.host();
    if (!response.hasHttpAnswer()) {
        if (response.timedOut) {
            diagnosis.kind = Kind::Timeout;
            diagnosis.message = tr("No answer from %1 in time while trying to %2. The connection or BigCommerce is "
                                   "slow or down; check this station's internet connection and try again.")
                                    .arg(host, context.action);
            return diagnosis;
        }
        diagnosis.kind = Kind::Unreachable;
        QString reason;
        switch (response.networkError) {
        case QNetworkReply::HostNotFoundError:
            reason = tr("the name %1 could not be found (DNS). Check the API Path and this station's internet "
                        "connection.")
                         .arg(host);
            break;
        case QNetworkReply::ConnectionRefusedError:
            reason = tr("%1 refused the connection. Check the API Path (host and port) and that the server is "
                        "running.")
                         .arg(response.url.authority());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            reason = tr("the secure connection to %1 failed (%2). Check the station's date and time and any proxy "
                        "or firewall that inspects HTTPS.")
                         .arg(host, response.networkErrorString);
            break;
        case QNetworkReply::RemoteHostClosedError:
            reason = tr("%1 closed the connection before answering. Try again; if it keeps happening, BigCommerce "
                        "may be having problems.")
                         .arg(host);
            break;
        default:
            reason = tr("%1 (%2). Check this station's internet connection.").arg(response.networkErrorString, host);
            break;
        }
        diagnosis.message = tr("Cannot reach BigCommerce to %1: %2").arg(context.action, reason);
        return diagnosis;
    }

    const int status = response.httpStatus;
    if (status >= 200 && status < 300)
        return diagnosis;
    if (status == 401) {
        diagnosis.kind = Kind::WrongToken;
        diagnosis.message = tr("BigCommerce did not accept the access token (401 Unauthorized). Copy the Access "
                               "Token of this store's API account again and enter it as the new token. If you no "
                               "longer have it, create a new store-level API account in BigCommerce.");
        return diagnosis;
    }
    if (status == 403) {
        diagnosis.kind = Kind::Forbidden;
        diagnosis.message =
            tr("BigCommerce refused to %1 (403 Forbidden). There are two possible causes:\n"
               "1. The API account lacks a scope. For this it needs %2. With the options chosen, the API account "
               "needs:\n%3\n"
               "2. The API Path's store hash (%4) is not the store this token belongs to. Copy the API Path shown "
               "with this token in BigCommerce.")
                .arg(context.action, context.scope, requiredScopes(context.writebackEnabled), context.storeHash);
        return diagnosis;
    }
    if (status == 404) {
        diagnosis.kind = Kind::NotFound;
        diagnosis.message = tr("BigCommerce answered 404 Not Found when trying to %1. Check the API Path: the store "
                               "hash %2 may be wrong.")
                                .arg(context.action, context.storeHash);
        return diagnosis;
    }
    if (status == 429) {
        diagnosis.kind = Kind::RateLimited;
        diagnosis.message = tr("BigCommerce's request quota for this store is used up for now (429 Too Many "
                               "Requests); other apps on the store share it. Packbench waits and tries again.");
        return diagnosis;
    }
    if (status >= 500) {
        diagnosis.kind = Kind::ServerError;
        diagnosis.message = withServerText(tr("BigCommerce had a problem (%1) when trying to %2. This is on "
                                              "BigCommerce's side; try again in a few minutes.")
                                               .arg(status)
                                               .arg(context.action),
                                           response.body);
        return diagnosis;
    }
    diagnosis.kind = Kind::Rejected;
    diagnosis.message = withServerText(
        tr("BigCommerce rejected the request to %1 (%2).").arg(context.action).arg(status), response.body);
    return diagnosis;
}

ApiDiagnosis ApiDiagnosis::badResponse(const ApiResponse &response, const QString &what)
{
    ApiDiagnosis diagnosis;
    diagnosis.kind = Kind::BadResponse;
    diagnosis.message = tr("BigCommerce sent something unexpected for %1 (%2 from %3). Try again; if it keeps "
                           "happening, the API Path may point at something that is not the BigCommerce API.")
                            .arg(what)
                            .arg(response.httpStatus)
                            .arg(response.url.host());
    return diagnosis;
}

} // namespace Packbench
