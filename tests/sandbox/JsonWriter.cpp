#include "JsonWriter.h"

#include <cstdio>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_first.pop_back();
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name; // keys are ASCII literals of the schema, never user text
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::string(QByteArrayView utf8)
{
    separate();
    m_out += '"';
    static const char hex[] = "0123456789abcdef";
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
        }
    }
    m_out.append(utf8.data() + start, utf8.size() - start);
    m_out += '"';
}

void JsonWriter::integer(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

QByteArray JsonWriter::formatMoney(qint64 tenThousandths)
{
    char buffer[32];
    const bool negative = tenThousandths < 0;
    const qint64 magnitude = negative ? -tenThousandths : tenThousandths;
    const int length =
        std::snprintf(buffer, sizeof buffer, "%s%lld.%04lld", negative ? "-" : "",
                      static_cast<long long>(magnitude / 10000), static_cast<long long>(magnitude % 10000));
    return QByteArray(buffer, length);
}

void JsonWriter::moneyString(qint64 tenThousandths)
{
    separate();
    m_out += '"';
    m_out += formatMoney(tenThousandths);
    m_out += '"';
}

void JsonWriter::moneyNumber(qint64 tenThousandths)
{
    separate();
    QByteArray text = formatMoney(tenThousandths);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    m_out += text;
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json.data(), json.size());
}
