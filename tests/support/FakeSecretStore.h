#pragma once

#include "core/secrets/SecretStore.h"

#include <QMap>
#include <QTimer>
#include <functional>

// An in-memory keychain for unit tests. Answers asynchronously (next event loop turn) like the real one, can be
// told to fail, and lets a test act between a write and its answer.
class FakeSecretStore : public Packbench::SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QMap<QString, QString> entries;
    Status failWith = Status::Ok; // anything else: every call fails so
    std::function<void(const QString &key)> onWrite;
    int writes = 0;
    int removes = 0;

    void read(const QString &key, QObject *context, Callback callback) override
    {
        answer(context, [this, key, callback] {
            if (failWith != Status::Ok)
                return callback(failure());
            if (!entries.contains(key))
                return callback(Result{Status::NotFound, QString(), QStringLiteral("not found")});
            callback(Result{Status::Ok, entries.value(key), QString()});
        });
    }

    void write(const QString &key, const QString &value, QObject *context, Callback callback) override
    {
        ++writes;
        answer(context, [this, key, value, callback] {
            if (failWith != Status::Ok)
                return callback(failure());
            entries.insert(key, value);
            if (onWrite)
                onWrite(key);
            callback(Result{Status::Ok, QString(), QString()});
        });
    }

    void remove(const QString &key, QObject *context, Callback callback) override
    {
        ++removes;
        answer(context, [this, key, callback] {
            if (failWith != Status::Ok)
                return callback(failure());
            entries.remove(key);
            callback(Result{Status::Ok, QString(), QString()});
        });
    }

private:
    Result failure() const
    {
        return Result{failWith, QString(), QStringLiteral("fake keychain unavailable: start a keychain service")};
    }

    void answer(QObject *context, std::function<void()> work)
    {
        QTimer::singleShot(0, context ? context : this, std::move(work));
    }
};
