#pragma once

#include <QDirIterator>
#include <QFile>
#include <QTest>

// Tests that need the real keychain: scripts/test.sh runs them inside a private D-Bus session with gnome-keyring and
// sets PACKBENCH_REQUIRE_KEYCHAIN=1, so there a missing keychain fails instead of skipping.
#define PACKBENCH_REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                                 \
            if (qEnvironmentVariableIntValue("PACKBENCH_REQUIRE_KEYCHAIN") == 1)                                       \
                QFAIL("no D-Bus session: run through scripts/test.sh");                                                \
            QSKIP("no D-Bus session bus; scripts/test.sh provides gnome-keyring");                                     \
        }                                                                                                              \
    } while (false)

// How many files under `directory` (every byte of every file, hidden ones and subfolders included) contain `secret`.
inline int filesContaining(const QString &directory, const QString &secret)
{
    int hits = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            ++hits;
    }
    return hits;
}
