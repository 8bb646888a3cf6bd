#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as received: path and query
    QByteArray path;   // percent-decoded path, without the query
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    std::optional<QString> queryValue(const QString &name) const;

    // Decodes a query string the way BigCommerce (and every form decoder) does: split on & and =, '+' becomes a
    // space, then percent-decoding. So an RFC 2822 offset sent as "+0000" arrives as " 0000".
    static QList<QPair<QString, QString>> decodeQuery(const QByteArray &query);
};
