#include "core/inventory/StockFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <limits>

namespace Packbench {

namespace {

// BigCommerce keeps inventory levels as 32-bit integers: a larger count is a typo, not stock.
constexpr qint64 kMaxQuantity = std::numeric_limits<qint32>::max();

// UTF-8 as WMS exports and spreadsheets write it today; anything else is read as Latin-1 (old Windows exports), so
// an accented product name elsewhere in the row cannot make the whole file unreadable. SKUs are ASCII in practice.
QString decode(const QByteArray &contents)
{
    QByteArrayView bytes(contents);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

// The delimiter that separates the header line's cells most often (outside quotes); a comma when there is none.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

// RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; lines end in LF, CRLF or CR.
// One pass over the text without regular expressions, and fields are views into it (only a quoted field with a
// doubled quote or a line break is copied): a 100,000-line file reads in a fraction of a second.
class CsvReader
{
public:
    CsvReader(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    // The next record that is not blank; false at the end of the text. The views stay valid until the next call.
    bool next(QList<QStringView> *fields, int *line)
    {
        while (m_pos < m_text.size()) {
            *line = m_line;
            readRecord(fields);
            const bool blank = std::all_of(fields->cbegin(), fields->cend(),
                                           [](QStringView field) { return field.trimmed().isEmpty(); });
            if (!blank)
                return true;
        }
        return false;
    }

    // The line of a quoted field the text ended in (a quote is missing there), 0 when none.
    int unterminatedLine() const { return m_unterminatedLine; }

private:
    bool endsField(QChar c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    void readRecord(QList<QStringView> *fields)
    {
        fields->clear();
        m_copies.clear();
        const qsizetype size = m_text.size();
        while (true) {
            fields->append(readField());
            if (m_pos >= size)
                return;
            const QChar c = m_text.at(m_pos);
            ++m_pos;
            if (c == m_delimiter)
                continue;
            if (c == u'\r' && m_pos < size && m_text.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
            return;
        }
    }

    // A field up to (not including) the delimiter or line break that ends it.
    QStringView readField()
    {
        const qsizetype size = m_text.size();
        const qsizetype start = m_pos;
        if (m_pos >= size || m_text.at(m_pos) != u'"') {
            while (m_pos < size && !endsField(m_text.at(m_pos)))
                ++m_pos;
            return m_text.sliced(start, m_pos - start);
        }
        const int startLine = m_line;
        ++m_pos; // the opening quote
        const qsizetype contentStart = m_pos;
        QString copy;
        bool copied = false;
        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                if (m_pos + 1 < size && m_text.at(m_pos + 1) == u'"') {
                    if (!copied) {
                        copy = m_text.sliced(contentStart, m_pos - contentStart).toString();
                        copied = true;
                    }
                    copy.append(u'"');
                    m_pos += 2;
                    continue;
                }
                QStringView content = m_text.sliced(contentStart, m_pos - contentStart);
                ++m_pos; // the closing quote; anything after it up to the delimiter is kept as written
                const qsizetype rest = m_pos;
                while (m_pos < size && !endsField(m_text.at(m_pos)))
                    ++m_pos;
                if (!copied && rest == m_pos)
                    return content;
                if (!copied)
                    copy = content.toString();
                copy.append(m_text.sliced(rest, m_pos - rest));
                return keep(std::move(copy));
            }
            if (c == u'\r' || c == u'\n') {
                if (!copied) {
                    copy = m_text.sliced(contentStart, m_pos - contentStart).toString();
                    copied = true;
                }
                const bool crlf = c == u'\r' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'\n';
                copy.append(u'\n');
                m_pos += crlf ? 2 : 1;
                ++m_line;
                continue;
            }
            if (copied)
                copy.append(c);
            ++m_pos;
        }
        m_unterminatedLine = startLine;
        return copied ? keep(std::move(copy)) : m_text.sliced(contentStart, m_pos - contentStart);
    }

    // A copied field lives as long as its record: moving a QString into the list keeps its characters in place.
    QStringView keep(QString &&copy)
    {
        m_copies.append(std::move(copy));
        return m_copies.constLast();
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unterminatedLine = 0;
    QList<QString> m_copies;
};

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

enum class Quantity
{
    Ok,
    Empty,
    NotANumber,
    Negative,
    TooLarge
};

// A whole number, optionally signed. "12.0" or "12,00" as some exports write whole numbers is one too; "12.5" is not,
// and neither is "1,000" or "1.000": three digits after the separator may be a thousands group, and reading one
// thousand as 1 would push a wrong level.
Quantity parseQuantity(QStringView text, qint64 *value)
{
    if (text.isEmpty())
        return Quantity::Empty;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype separator = std::max(text.indexOf(u'.'), text.indexOf(u','));
    if (separator >= 0) {
        const QStringView fraction = text.mid(separator + 1);
        if (!isDigits(fraction) || fraction.size() == 3 ||
            !std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; }))
            return Quantity::NotANumber;
        text = text.left(separator);
    }
    if (!isDigits(text))
        return Quantity::NotANumber;
    // More digits than any 32-bit count: too large, without overflowing the conversion.
    qsizetype first = 0;
    while (first + 1 < text.size() && text.at(first) == u'0')
        ++first;
    if (text.size() - first > 12) {
        *value = 0;
        return negative ? Quantity::Negative : Quantity::TooLarge;
    }
    qint64 number = text.mid(first).toLongLong();
    if (negative && number != 0)
        return Quantity::Negative;
    *value = number;
    return number > kMaxQuantity ? Quantity::TooLarge : Quantity::Ok;
}

// The header's names, each elided, and at most 30 of them: a message stays readable whatever the file holds.
QString quotedList(const QStringList &names)
{
    constexpr qsizetype kListed = 30;
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < kListed; ++i)
        quoted.append(QLatin1Char('"') + StockFile::elided(names.at(i)) + QLatin1Char('"'));
    if (names.size() > kListed)
        quoted.append(StockFile::tr("… (%1 columns in all)").arg(names.size()));
    return quoted.join(QStringLiteral(", "));
}

qsizetype columnIndex(const QStringList &headers, const QString &name)
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (headers.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool readAll(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = StockFile::tr("Cannot read the stock file %1: %2. Check that it exists and that you may read it.")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    *contents = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = StockFile::tr("Cannot read the stock file %1: %2. Copy it to this computer and try again.")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

// Not text: a spreadsheet saved in its own format (an .xlsx is a ZIP, an .xls an OLE file), an image, a program. Text
// in any encoding a stock file comes in (UTF-8, Latin-1) has no control characters but tab, line breaks and form
// feed; an old DOS export may end in Ctrl+Z.
bool looksBinary(const QByteArray &contents)
{
    const QByteArrayView start = QByteArrayView(contents).first(std::min<qsizetype>(contents.size(), 4096));
    return std::any_of(start.begin(), start.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1a;
    });
}

QString notCsv(const QString &fileName)
{
    return StockFile::tr("%1 is not a text (CSV) file. Export the stock as CSV and import that.")
        .arg(fileName.isEmpty() ? StockFile::tr("The stock file") : fileName);
}

QString emptyFile()
{
    return StockFile::tr("The stock file is empty. Export the stock levels with a header row (for example "
                         "\"sku,quantity\") and choose the file again.");
}

QString unterminated(int line)
{
    return StockFile::tr("A quoted field that starts on line %1 is never closed: a quote (\") is missing. Correct "
                         "line %1 of the stock file and import it again.")
        .arg(line);
}

} // namespace

QString StockFile::elided(const QString &name, int length)
{
    if (name.size() <= length)
        return name;
    return name.left(std::max(1, length - 1)) + QChar(0x2026);
}

StockFile::Preview StockFile::preview(const QByteArray &contents, int rows, const QString &fileName)
{
    Preview preview;
    if (looksBinary(contents)) {
        preview.error = notCsv(fileName);
        return preview;
    }
    const QString text = decode(contents);
    preview.delimiter = detectDelimiter(text);
    CsvReader reader(text, preview.delimiter);
    QList<QStringView> fields;
    int line = 0;
    if (!reader.next(&fields, &line)) {
        preview.error = reader.unterminatedLine() > 0 ? unterminated(reader.unterminatedLine()) : emptyFile();
        return preview;
    }
    for (const QStringView field : std::as_const(fields))
        preview.headers.append(field.trimmed().toString());
    while (preview.rows.size() < rows && reader.next(&fields, &line)) {
        QStringList row;
        for (const QStringView field : std::as_const(fields))
            row.append(field.toString());
        preview.rows.append(row);
        preview.lines.append(line);
    }
    if (reader.unterminatedLine() > 0)
        preview.error = unterminated(reader.unterminatedLine());
    return preview;
}

StockFile::Preview StockFile::previewFile(const QString &path, int rows)
{
    QByteArray contents;
    Preview failed;
    if (!readAll(path, &contents, &failed.error))
        return failed;
    return preview(contents, rows, QFileInfo(path).fileName());
}

StockFile::Contents StockFile::read(const QByteArray &contents, const StockColumns &columns, int defaultLocationId,
                                    const QString &fileName)
{
    Contents result;
    if (looksBinary(contents)) {
        result.error = notCsv(fileName);
        return result;
    }
    const QString text = decode(contents);
    CsvReader reader(text, detectDelimiter(text));
    QList<QStringView> fields;
    int line = 0;
    if (!reader.next(&fields, &line)) {
        result.error = reader.unterminatedLine() > 0 ? unterminated(reader.unterminatedLine()) : emptyFile();
        return result;
    }
    QStringList headers;
    for (const QStringView field : std::as_const(fields))
        headers.append(field.trimmed().toString());

    const qsizetype skuColumn = columnIndex(headers, columns.sku);
    if (skuColumn < 0) {
        result.error = tr("The stock file has no column \"%1\"; its columns are: %2. Choose the column that holds the "
                          "SKUs (on the command line: --sku-column NAME).")
                           .arg(elided(columns.sku.trimmed()), quotedList(headers));
        return result;
    }
    const qsizetype quantityColumn = columnIndex(headers, columns.quantity);
    if (quantityColumn < 0) {
        result.error = tr("The stock file has no column \"%1\"; its columns are: %2. Choose the column that holds the "
                          "quantities (on the command line: --quantity-column NAME).")
                           .arg(elided(columns.quantity.trimmed()), quotedList(headers));
        return result;
    }
    // The default name may be absent (everything is at the default location); a name the user chose must be there.
    qsizetype locationColumn = -1;
    if (!columns.location.trimmed().isEmpty()) {
        locationColumn = columnIndex(headers, columns.location);
        const bool chosen = columns.location.trimmed().compare(StockColumns().location, Qt::CaseInsensitive) != 0;
        if (locationColumn < 0 && chosen) {
            result.error =
                tr("The stock file has no column \"%1\"; its columns are: %2. Choose the column that holds the "
                   "location ids (on the command line: --location-column NAME), or none to count everything at the "
                   "default location.")
                    .arg(elided(columns.location.trimmed()), quotedList(headers));
            return result;
        }
    }

    // Lines are checked one by one; duplicates only once every line is known. Sized up front: growing lists of
    // 100,000 levels step by step costs more than reading them.
    const qsizetype expected = contents.count('\n') + 1;
    QList<StockLevel> candidates; // lines with a SKU and a location
    QList<bool> usable;           // ... and a quantity
    candidates.reserve(expected);
    usable.reserve(expected);
    using Key = std::pair<QString, int>;
    QHash<Key, qsizetype> firstLine;
    firstLine.reserve(expected);
    QHash<Key, QList<qsizetype>> duplicates;
    auto problem = [&](StockProblemKind kind, const QString &sku, int locationId, const QString &message) {
        result.problems.append({kind, sku, locationId, line, message});
    };
    while (reader.next(&fields, &line)) {
        ++result.lines;
        const QString sku = fields.value(skuColumn).trimmed().toString();
        const QStringView quantityText = fields.value(quantityColumn).trimmed();
        if (sku.isEmpty()) {
            problem(
                StockProblemKind::MissingSku, sku, defaultLocationId,
                tr("Line %1 has no SKU. Fill in the SKU or remove the line, then import the file again.").arg(line));
            continue;
        }
        int locationId = defaultLocationId;
        if (locationColumn >= 0) {
            const QStringView locationText = fields.value(locationColumn).trimmed();
            if (!locationText.isEmpty()) {
                bool ok = false;
                const int id = isDigits(locationText) ? locationText.toInt(&ok) : 0;
                if (!ok || id <= 0) {
                    problem(StockProblemKind::UnknownLocation, sku, 0,
                            tr("Line %1 (SKU %2): the location \"%3\" is not a location id. Enter the number of the "
                               "BigCommerce location (1 for the default location), then import the file again.")
                                .arg(line)
                                .arg(sku, locationText.toString()));
                    continue;
                }
                locationId = id;
            }
        }
        StockLevel level{sku, locationId, 0, line};
        bool ok = false;
        switch (parseQuantity(quantityText, &level.quantity)) {
        case Quantity::Ok:
            ok = true;
            break;
        case Quantity::Empty:
            problem(StockProblemKind::NotANumber, sku, locationId,
                    tr("Line %1 (SKU %2) has no quantity. Enter the count as a whole number (0 or more), then "
                       "import the file again.")
                        .arg(line)
                        .arg(sku));
            break;
        case Quantity::NotANumber:
            problem(StockProblemKind::NotANumber, sku, locationId,
                    tr("Line %1 (SKU %2): the quantity \"%3\" is not a whole number. Enter the count as a whole "
                       "number without separators (0 or more), then import the file again.")
                        .arg(line)
                        .arg(sku, quantityText.toString()));
            break;
        case Quantity::Negative:
            problem(StockProblemKind::NegativeQuantity, sku, locationId,
                    tr("Line %1 (SKU %2): the quantity %3 is negative. Enter the count on the shelf (0 or more), "
                       "then import the file again.")
                        .arg(line)
                        .arg(sku, quantityText.toString()));
            break;
        case Quantity::TooLarge:
            problem(StockProblemKind::NotANumber, sku, locationId,
                    tr("Line %1 (SKU %2): the quantity %3 is too large (at most %4). Correct the count, then "
                       "import the file again.")
                        .arg(line)
                        .arg(sku, quantityText.toString())
                        .arg(kMaxQuantity));
            break;
        }
        const qsizetype index = candidates.size();
        const Key key{sku, locationId};
        const auto first = firstLine.constFind(key);
        if (first == firstLine.cend()) {
            firstLine.insert(key, index);
        } else {
            QList<qsizetype> &group = duplicates[key];
            if (group.isEmpty())
                group.append(first.value());
            group.append(index);
        }
        candidates.append(std::move(level));
        usable.append(ok);
    }
    if (reader.unterminatedLine() > 0) {
        result.error = unterminated(reader.unterminatedLine());
        return result;
    }

    // The same SKU and location twice: which count is right cannot be known, so none is used and every line of it is
    // named (a line with a problem of its own keeps only that one).
    for (auto group = duplicates.cbegin(); group != duplicates.cend(); ++group) {
        QStringList lines;
        for (const qsizetype index : group.value())
            lines.append(QString::number(candidates.at(index).line));
        for (const qsizetype index : group.value()) {
            if (!usable.at(index))
                continue;
            usable[index] = false;
            const StockLevel &level = candidates.at(index);
            result.problems.append({StockProblemKind::DuplicateSku, level.sku, level.locationId, level.line,
                                    tr("Line %1: SKU %2 at location %3 is on more than one line (%4), so none of "
                                       "them was used. Keep one line per SKU and location, then import the file "
                                       "again.")
                                        .arg(level.line)
                                        .arg(level.sku)
                                        .arg(level.locationId)
                                        .arg(lines.join(QStringLiteral(", ")))});
        }
    }
    if (!usable.contains(false)) {
        result.levels = std::move(candidates);
    } else {
        result.levels.reserve(candidates.size());
        for (qsizetype i = 0; i < candidates.size(); ++i)
            if (usable.at(i))
                result.levels.append(std::move(candidates[i]));
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const StockProblem &a, const StockProblem &b) { return a.line < b.line; });
    return result;
}

StockFile::Contents StockFile::readFile(const QString &path, const StockColumns &columns, int defaultLocationId)
{
    QByteArray contents;
    Contents failed;
    if (!readAll(path, &contents, &failed.error))
        return failed;
    return read(contents, columns, defaultLocationId, QFileInfo(path).fileName());
}

} // namespace Packbench
