#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Packbench {

struct LanguageChoice
{
    QString code;       // "en", "de"
    QString nativeName; // shown in the language's own words: "English", "Deutsch"
};

// Loads Packbench's own translations (compiled into the binary from translations/*.ts) and Qt's.
class Translations
{
public:
    static QList<LanguageChoice> available();

    // The locale Packbench uses for a setting: empty = the system language.
    static QLocale localeFor(const QString &languageCode);

    // Installs translators on the application for the language (empty = system), replacing any installed before.
    // English needs none; a language without a translation falls back to English. Returns the locale in effect.
    static QLocale install(QCoreApplication &app, const QString &languageCode);
};

} // namespace Packbench
