#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

// Streaming JSON writer into one UTF-8 buffer. The sandbox renders pages of 250 orders with all their line items;
// building QJsonObject trees for that costs an order of magnitude more time and memory than appending bytes, and
// the fixed key order keeps responses byte-identical between runs.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Writes the key of the next member; the value call that follows completes it.
    JsonWriter &key(const char *name);

    void string(QByteArrayView utf8);
    void string(const QString &text) { string(QByteArrayView(text.toUtf8())); }
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // Money kept in ten-thousandths, rendered the way BigCommerce renders money on orders: "12.5000".
    void moneyString(qint64 tenThousandths);
    // The same amount as a JSON number ("12.5"), as consignments carry their costs.
    void moneyNumber(qint64 tenThousandths);
    // Pre-rendered JSON (a cached fragment).
    void raw(QByteArrayView json);

    void field(const char *name, QByteArrayView utf8) { key(name).string(utf8); }
    void field(const char *name, const QByteArray &utf8) { key(name).string(QByteArrayView(utf8)); }
    void field(const char *name, const char *utf8) { key(name).string(QByteArrayView(utf8)); }
    void field(const char *name, const QString &text) { key(name).string(text); }
    void field(const char *name, int value) { key(name).integer(value); }
    void field(const char *name, qint64 value) { key(name).integer(value); }
    void field(const char *name, bool value) { key(name).boolean(value); }
    void nullField(const char *name) { key(name).null(); }
    void moneyField(const char *name, qint64 tenThousandths) { key(name).moneyString(tenThousandths); }
    void moneyNumberField(const char *name, qint64 tenThousandths) { key(name).moneyNumber(tenThousandths); }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static QByteArray formatMoney(qint64 tenThousandths);

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};
