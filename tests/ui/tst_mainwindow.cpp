#include "support/TestStation.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyProfileShowsTheConnectCallToAction()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPushButton *button = window.findChild<QPushButton *>(QStringLiteral("connectStoreButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->text().startsWith(QStringLiteral("Connect a BigCommerce store")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Packbench"));
    }

    void callToActionOpensSettingsOnIntegrations()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.settingsDialog());

        QTest::mouseClick(window.connectStorePrompt()->connectButton(), Qt::LeftButton);
        SettingsDialog *dialog = window.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Integrations);

        // A second click reuses the open dialog instead of stacking another.
        QTest::mouseClick(window.connectStorePrompt()->connectButton(), Qt::LeftButton);
        QCOMPARE(window.settingsDialog(), dialog);
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

        dialog->close();
        QTRY_VERIFY(!window.settingsDialog());
    }

    void closesCleanly()
    {
        TestStation station;
        auto *window = new MainWindow(station.profile, *station.database, *station.stores, QString());
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->close());
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
