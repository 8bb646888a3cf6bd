#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Packbench {

// The API Path of a BigCommerce store-level API account, e.g. https://api.bigcommerce.com/stores/abc123/v3/.
// Parsing is strict and explains every mistake, because a wrong path is the most common cause of 401/403/404.
// Other hosts are allowed only on this machine (http(s)://127.0.0.1 or localhost: the sandbox store).
class ApiPath
{
    Q_DECLARE_TR_FUNCTIONS(ApiPath)

public:
    enum class Problem
    {
        None,
        Empty,
        NotAUrl,
        PlainHttp,        // http:// to api.bigcommerce.com
        WrongHost,        // a storefront domain, the control panel, anything but the API host
        StorefrontDomain, // e.g. mystore.mybigcommerce.com
        NoStoreHash,      // .../stores/ with nothing after it, or no /stores/ at all
        BadStoreHash,     // characters a store hash never has
        NoVersion,        // stops after the store hash
        ExtraPath,        // something after /v2 or /v3
        QueryOrFragment,
    };

    static ApiPath parse(const QString &text);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // What is wrong and how to fix it, in the user's language; empty when valid.
    QString errorString() const;

    QString storeHash() const { return m_storeHash; }
    // The normalised path as it is saved: .../stores/{hash}/v3/
    QString normalized() const;
    // Base URLs for requests: .../stores/{hash}/v2/ and .../stores/{hash}/v3/
    QUrl v2Base() const;
    QUrl v3Base() const;
    bool isLocal() const { return m_local; }

private:
    Problem m_problem = Problem::Empty;
    QString m_input;
    QString m_hostDescription;
    QString m_storeHash;
    QString m_root; // scheme://host[:port]/.../stores/{hash}/
    bool m_local = false;
};

} // namespace Packbench
