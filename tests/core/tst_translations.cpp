#include "core/domain/OrderStatus.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Packbench;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsCompiledIn()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(OrderStatus::displayName(OrderStatus::Shipped), QStringLiteral("Versendet"));
        QCOMPARE(OrderStatus::displayName(99), QStringLiteral("Status 99"));
        // The system name is what BigCommerce sends and stays English.
        QCOMPARE(OrderStatus::systemName(OrderStatus::Shipped), QStringLiteral("Shipped"));
    }

    void switchingBackToEnglishRemovesTheGermanTranslator()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(OrderStatus::displayName(OrderStatus::Shipped), QStringLiteral("Shipped"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void offersEnglishAndGerman()
    {
        QStringList codes;
        const QList<LanguageChoice> choices = Translations::available();
        for (const LanguageChoice &choice : choices)
            codes.append(choice.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
