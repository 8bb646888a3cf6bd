#include "core/bigcommerce/ApiPath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Packbench {

namespace {
const QString kApiHost = QStringLiteral("api.bigcommerce.com");

bool isLocalHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

} // namespace

ApiPath ApiPath::parse(const QString &text)
{
    ApiPath path;
    path.m_input = text.trimmed();
    if (path.m_input.isEmpty()) {
        path.m_problem = Problem::Empty;
        return path;
    }
    const QUrl url(path.m_input, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        path.m_problem = Problem::NotAUrl;
        return path;
    }
    if (url.hasQuery() || url.hasFragment()) {
        path.m_problem = Problem::QueryOrFragment;
        return path;
    }

    const QString host = url.host().toLower();
    path.m_hostDescription = host;
    path.m_local = isLocalHost(host);
    if (!path.m_local) {
        if (host != kApiHost) {
            // A store's own web address is the usual mix-up; other bigcommerce.com hosts (login, control panel)
            // are simply the wrong host.
            const bool bigcommerceHost =
                host == QLatin1String("bigcommerce.com") || host.endsWith(QLatin1String(".bigcommerce.com"));
            path.m_problem = bigcommerceHost ? Problem::WrongHost : Problem::StorefrontDomain;
            return path;
        }
        if (url.scheme() != QLatin1String("https")) {
            path.m_problem = Problem::PlainHttp;
            return path;
        }
        if (url.port() != -1 && url.port() != 443) {
            path.m_problem = Problem::WrongHost;
            return path;
        }
    }

    // Path: /stores/{hash}/v2|v3[/]
    QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype storesAt = segments.indexOf(QStringLiteral("stores"));
    if (storesAt < 0 || storesAt + 1 >= segments.size()) {
        path.m_problem = Problem::NoStoreHash;
        return path;
    }
    if (!path.m_local && storesAt != 0) {
        path.m_problem = Problem::NoStoreHash;
        return path;
    }
    const QString hash = segments.at(storesAt + 1);
    static const QRegularExpression hashPattern(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!hashPattern.match(hash).hasMatch()) {
        path.m_problem = Problem::BadStoreHash;
        path.m_storeHash = hash;
        return path;
    }
    path.m_storeHash = hash;
    if (storesAt + 2 >= segments.size()) {
        path.m_problem = Problem::NoVersion;
        return path;
    }
    const QString version = segments.at(storesAt + 2);
    if (version != QLatin1String("v3") && version != QLatin1String("v2")) {
        path.m_problem = Problem::NoVersion;
        return path;
    }
    if (storesAt + 3 < segments.size()) {
        path.m_problem = Problem::ExtraPath;
        return path;
    }

    QUrl root = url;
    root.setPath(QLatin1Char('/') + segments.mid(0, storesAt + 2).join(QLatin1Char('/')) + QLatin1Char('/'));
    path.m_root = root.toString(QUrl::FullyEncoded);
    path.m_problem = Problem::None;
    return path;
}

QString ApiPath::normalized() const
{
    return isValid() ? m_root + QStringLiteral("v3/") : QString();
}

QUrl ApiPath::v2Base() const
{
    return isValid() ? QUrl(m_root + QStringLiteral("v2/")) : QUrl();
}

QUrl ApiPath::v3Base() const
{
    return isValid() ? QUrl(m_root + QStringLiteral("v3/")) : QUrl();
}

QString ApiPath::errorString() const
{
    const QString example = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
    switch (m_problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return tr("Enter the API Path shown when you created the store-level API account, for example %1.")
            .arg(example);
    case Problem::NotAUrl:
        return tr("This is not a web address. The API Path looks like %1.").arg(example);
    case Problem::PlainHttp:
        return tr("The API Path must start with https:// (not http://). BigCommerce accepts only encrypted "
                  "connections.");
    case Problem::StorefrontDomain:
        return tr("%1 is not the API host. The API Path starts with https://api.bigcommerce.com/stores/, not with "
                  "your store's web address; copy it from the API account (Settings > Store-level API accounts).")
            .arg(m_hostDescription);
    case Problem::WrongHost:
        return tr("The API Path must be on api.bigcommerce.com (found %1). Copy it from the API account in "
                  "BigCommerce, for example %2.")
            .arg(m_hostDescription, example);
    case Problem::NoStoreHash:
        return tr("The API Path has no store hash. It looks like %1, where abc123 is your store hash.").arg(example);
    case Problem::BadStoreHash:
        return tr("\"%1\" is not a store hash: a store hash has only letters and digits. Copy the API Path again "
                  "from the API account.")
            .arg(m_storeHash);
    case Problem::NoVersion:
        return tr("The API Path must end with /v3/ after the store hash, for example "
                  "https://api.bigcommerce.com/stores/%1/v3/.")
            .arg(m_storeHash.isEmpty() ? QStringLiteral("abc123") : m_storeHash);
    case Problem::ExtraPath:
        return tr("Remove everything after /v3/ (or /v2/): the API Path ends there.");
    case Problem::QueryOrFragment:
        return tr("Remove the part from ? or # on: the API Path ends with /v3/.");
    }
    return QString();
}

} // namespace Packbench
