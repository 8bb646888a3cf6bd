#include "core/storage/SearchText.h"

namespace Packbench::SearchText {

QString fold(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString join(const QStringList &parts)
{
    QStringList folded;
    folded.reserve(parts.size());
    for (const QString &part : parts) {
        const QString value = fold(part);
        if (!value.isEmpty())
            folded.append(value);
    }
    return folded.join(QChar(0x1f));
}

QString escapeLike(const QString &needle)
{
    QString escaped;
    escaped.reserve(needle.size());
    for (const QChar c : needle) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

} // namespace Packbench::SearchText
