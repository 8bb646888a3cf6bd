#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Packbench {

namespace {
const char *const kTranslatorTag = "packbenchTranslator";
}

QList<LanguageChoice> Translations::available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QLocale Translations::localeFor(const QString &languageCode)
{
    return languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
}

QLocale Translations::install(QCoreApplication &app, const QString &languageCode)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>();
    for (QTranslator *translator : previous) {
        if (translator->property(kTranslatorTag).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    const QLocale locale = localeFor(languageCode);
    QLocale::setDefault(locale);

    auto load = [&app, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(&app);
        translator->setProperty(kTranslatorTag, true);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
        } else {
            delete translator;
        }
    };
    // Qt's own strings (standard buttons, dialogs), then ours, which take precedence.
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("packbench"), QStringLiteral(":/i18n"));
    return locale;
}

} // namespace Packbench
