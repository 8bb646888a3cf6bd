#include "core/shipping/Carrier.h"

#include <QRegularExpression>
#include <QUrl>

namespace Packbench {

namespace {

bool isTwoLetters(const QString &code)
{
    return code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter() && code.at(0).unicode() < 128 &&
           code.at(1).unicode() < 128;
}

} // namespace

int S10::checkDigit(quint32 serial)
{
    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    quint32 rest = serial;
    for (int index = 7; index >= 0; --index) {
        sum += static_cast<int>(rest % 10) * weights[index];
        rest /= 10;
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

QString S10::format(const QString &prefix, quint32 serial, const QString &country)
{
    if (serial < 1 || serial > 99999999 || !isTwoLetters(prefix) || !isTwoLetters(country))
        return {};
    return prefix.toUpper() + QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0')) +
           QString::number(checkDigit(serial)) + country.toUpper();
}

bool S10::isValid(const QString &identifier)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}$"));
    const QRegularExpressionMatch match = form.match(identifier);
    if (!match.hasMatch())
        return false;
    return checkDigit(match.captured(1).toUInt()) == match.captured(2).toInt();
}

QUuid Carrier::ownSequenceId()
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-000000000002"));
}

QUuid Carrier::pickupId()
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-000000000003"));
}

QString Carrier::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::OwnSequence:
        return QStringLiteral("own-sequence");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::Pickup:
        return QStringLiteral("pickup");
    }
    return {};
}

bool Carrier::kindFromString(const QString &text, Kind *kind)
{
    for (Kind candidate : {Kind::OwnSequence, Kind::Manual, Kind::Pickup}) {
        if (text == kindToString(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString Carrier::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the carrier.");
    if (kind == Kind::OwnSequence) {
        if (!isTwoLetters(prefix))
            return tr("The prefix must be two letters (A-Z), e.g. \"PB\".");
        if (!isTwoLetters(country))
            return tr("The country code must be two letters (A-Z), e.g. \"NZ\".");
    }
    if (!trackingLink.isEmpty()) {
        if (!trackingLink.contains(QLatin1String("{tracking}")))
            return tr("The tracking link must contain {tracking} where the tracking number goes.");
        const QUrl url(QString(trackingLink).replace(QLatin1String("{tracking}"), QLatin1String("X")),
                       QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("The tracking link must be a web address starting with https://.");
        if (trackingLink.size() > 450)
            return tr("The tracking link is too long: BigCommerce accepts up to 500 characters with the number.");
    }
    if (!shippingProvider.isEmpty() && !trackingCarrier.isEmpty())
        return tr("Give either a BigCommerce shipping provider or a tracking carrier, not both.");
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9_-]*$"));
    if (!slug.match(shippingProvider).hasMatch() || !slug.match(trackingCarrier).hasMatch())
        return tr("Shipping provider and tracking carrier are codes in lower case, e.g. \"auspost\" or \"dhl\".");
    return {};
}

QString Carrier::trackingLinkFor(const QString &trackingNumber) const
{
    if (trackingLink.isEmpty() || trackingNumber.isEmpty())
        return {};
    return QString(trackingLink)
        .replace(QLatin1String("{tracking}"), QString::fromLatin1(QUrl::toPercentEncoding(trackingNumber)));
}

QString Carrier::validateTrackingNumber(const QString &number)
{
    if (number.isEmpty())
        return tr("Enter or scan the carrier's tracking number.");
    if (number.size() > 50)
        return tr("The tracking number is longer than 50 characters, which BigCommerce refuses.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 ._/-]+$"));
    if (!allowed.match(number).hasMatch())
        return tr("The tracking number may contain letters, digits, spaces and . _ / - only.");
    return {};
}

} // namespace Packbench
