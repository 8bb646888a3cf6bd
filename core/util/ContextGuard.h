#pragma once

#include <QObject>
#include <QPointer>

namespace Packbench {

// Remembers the object an asynchronous callback belongs to, so the callback is skipped once that object is gone
// (a closed dialog must not receive a late keychain or network answer). No object at all means "always call".
class ContextGuard
{
public:
    explicit ContextGuard(QObject *context)
        : m_object(context)
        , m_hasContext(context != nullptr)
    {
    }

    bool alive() const { return !m_hasContext || !m_object.isNull(); }

private:
    QPointer<QObject> m_object;
    bool m_hasContext;
};

} // namespace Packbench
