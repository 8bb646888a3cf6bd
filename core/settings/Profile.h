#pragma once

#include <QString>

namespace Packbench {

// A profile keeps one set of database, settings and keychain entries apart from every other
// (`--profile DIR`; tests use a fresh one each). Without --profile it is the user's application data folder.
class Profile
{
public:
    // Resolves and creates the profile folder. Returns an invalid profile with errorString() set when the folder
    // cannot be created or written.
    static Profile open(const QString &directory);

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    QString directory() const { return m_directory; }
    QString settingsPath() const;
    QString databasePath() const;
    // A stable id for this profile, used to keep its keychain entries apart from other profiles' entries.
    QString keychainNamespace() const;

private:
    QString m_directory;
    QString m_errorString;
};

} // namespace Packbench
