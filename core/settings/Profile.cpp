#include "core/settings/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Packbench {

Profile Profile::open(const QString &directory)
{
    Profile profile;
    QString path = directory;
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    profile.m_directory = QDir::cleanPath(QFileInfo(path).absoluteFilePath());

    if (!QDir().mkpath(profile.m_directory)) {
        profile.m_errorString =
            QCoreApplication::translate("Profile", "Cannot create the profile folder %1. Check that the disk is not "
                                                   "full and that you may write there, or choose another folder "
                                                   "with --profile.")
                .arg(QDir::toNativeSeparators(profile.m_directory));
        return profile;
    }
    if (!QFileInfo(profile.m_directory).isWritable()) {
        profile.m_errorString =
            QCoreApplication::translate("Profile", "The profile folder %1 is not writable. Fix its permissions or "
                                                   "choose another folder with --profile.")
                .arg(QDir::toNativeSeparators(profile.m_directory));
    }
    return profile;
}

QString Profile::settingsPath() const
{
    return m_directory + QStringLiteral("/packbench.ini");
}

QString Profile::databasePath() const
{
    return m_directory + QStringLiteral("/packbench.sqlite");
}

QString Profile::keychainNamespace() const
{
    const QByteArray hash = QCryptographicHash::hash(m_directory.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(16));
}

} // namespace Packbench
