#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// An answer to one request, or an instruction to misbehave like a broken network would.
struct HttpResponse
{
    enum class Action
    {
        Respond,
        Reset,    // reset the TCP connection without answering
        NoAnswer, // never answer; keep the connection open until the client gives up
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Action action = Action::Respond;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    static HttpResponse json(int status, QByteArray body)
    {
        HttpResponse response;
        response.status = status;
        response.body = std::move(body);
        response.setHeader("Content-Type", "application/json");
        return response;
    }
};
