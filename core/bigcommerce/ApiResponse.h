#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace Packbench {

// What came back for one request: an HTTP answer, or the network failure that prevented one.
struct ApiResponse
{
    QByteArray method;
    QUrl url;           // never carries the token: that travels in a header
    int httpStatus = 0; // 0 = no HTTP answer (see networkError)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    QByteArray body;
    // X-Rate-Limit-* (-1 when the header was absent)
    int rateLimitRequestsLeft = -1;
    int rateLimitQuota = -1;
    int rateLimitResetMs = -1;
    int rateLimitWindowMs = -1;

    bool hasHttpAnswer() const { return httpStatus > 0; }
    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
    bool isNoContent() const { return httpStatus == 204; }
};

} // namespace Packbench
