// packbench-screenshots: real windows (run under Xvfb) of the Settings > Integrations form, connected to an
// in-process sandbox store through the real keychain, saved as PNG for the README. Not a test; scripts/screenshot.sh
// and CI run it.
#include "SandboxServer.h"
#include "core/i18n/Translations.h"
#include "core/integrations/StoreService.h"
#include "core/rules/Rule.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/sync/ImportRunner.h"
#include "ui/MainWindow.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shipments/ShipmentsView.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <utility>

using namespace Packbench;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "packbench-screenshots: " << message << Qt::endl;
    return 1;
}

template <typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(outDir);

    SandboxOptions options;
    options.port = 0;
    options.orders = 900; // a few hundred of them in the last 30 days
    options.quota = 0;
    SandboxServer sandbox(options);
    QString error;
    if (!sandbox.listen(&error))
        return fail(error);

    QTemporaryDir dir;
    const Profile profile = Profile::open(dir.path());
    DatabaseLocation location;
    DatabaseLocation::parse(QString(), profile, &location, &error);
    std::unique_ptr<Database> database = Database::open(location, &error);
    if (!database)
        return fail(error);
    KeychainSecretStore secrets;
    StoreService stores(profile, *database, secrets);

    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main shop");
    store.apiPath = sandbox.apiPath();
    store.clientId = QStringLiteral("k2x9d7sandbox");
    store.channelTags = true;
    store.pickupInStore = true;
    StoreService::Result added;
    waitFor([&](auto done) {
        stores.addStore(store, options.token, QString(), nullptr, [&, done](const StoreService::Result &result) {
            added = result;
            done();
        });
    });
    if (!added.isOk())
        return fail(added.message);

    // Settings > Integrations at its default size (what a store owner sees first), in English and in German.
    for (const auto &[language, name] : {std::pair{QStringLiteral("en"), QStringLiteral("integrations.png")},
                                         std::pair{QStringLiteral("de"), QStringLiteral("integrations-de.png")}}) {
        Translations::install(app, language);
        SettingsDialog dialog(profile, stores);
        dialog.showPage(SettingsDialog::Page::Integrations);
        dialog.show();
        auto *page = dialog.findChild<IntegrationsPage *>();
        // The stores are read on the page's worker thread: the form holds the store once they are in.
        if (page->isLoading())
            waitFor([&](auto done) {
                QObject::connect(page, &IntegrationsPage::storesLoaded, &dialog, done, Qt::SingleShotConnection);
            });
        waitFor([&](auto done) {
            QObject::connect(page, &IntegrationsPage::connectionTested, &dialog, done);
            page->testConnection();
        });
        QTimer::singleShot(500, &app, &QApplication::quit); // let the token state and layout settle
        QApplication::exec();
        const QString file = QDir(outDir).filePath(name);
        if (!dialog.grab().save(file))
            return fail(QStringLiteral("cannot write %1").arg(file));
        QTextStream(stdout) << "screenshot: " << file << " (" << dialog.width() << "x" << dialog.height() << ")"
                            << Qt::endl;
        dialog.close();
    }
    Translations::install(app, QStringLiteral("en"));

    // The main window with the orders of the last 30 days imported.
    {
        ImportRunner runner(*database, stores);
        ImportRequest request;
        request.days = 30;
        ImportReport report;
        waitFor([&](auto done) {
            QObject::connect(&runner, &ImportRunner::finished, &runner, [&report, done](const ImportReport &r) {
                report = r;
                done();
            });
            runner.start({}, request);
        });
        if (!report.isOk())
            return fail(report.error);
    }
    // A rule as the seeds describe it: storefront 2's orders go to the Kids Warehouse account.
    {
        Account kids;
        kids.id = QUuid::createUuid();
        kids.name = QStringLiteral("Kids Warehouse");
        if (AccountRepository(*database).add(kids, &error) != AccountRepository::Outcome::Ok)
            return fail(error);
        Rule rule;
        rule.id = QUuid::createUuid();
        rule.name = QStringLiteral("Kids storefront");
        RuleCondition condition;
        RuleCondition::parse(QStringLiteral("tag=2"), &condition, &error);
        rule.conditions = {condition};
        rule.action = RuleAction::Account;
        rule.actionValue = kids.id.toString(QUuid::WithoutBraces);
        if (RuleRepository(*database).add(rule, 0, &error) != RuleRepository::Outcome::Ok)
            return fail(error);
    }
    MainWindow window(profile, *database, stores, QStringLiteral("Bench 1"));
    window.resize(1400, 820);
    window.show();
    ShipmentsView *view = window.shipmentsView();
    waitFor([&](auto done) {
        QObject::connect(view, &ShipmentsView::loaded, &window, done);
        view->reload();
    });
    RuleRepository::ApplyResult applied;
    if (!RuleRepository(*database).apply(std::nullopt, {}, &applied, &error))
        return fail(error);
    waitFor([&](auto done) {
        QObject::connect(view, &ShipmentsView::loaded, &window, done);
        view->reload();
    });
    // Filtered by one storefront, the first order selected with its details open.
    view->setTagFilter({QStringLiteral("2")});
    view->table()->selectRow(0);
    waitFor([&](auto done) {
        QObject::connect(view, &ShipmentsView::detailsShown, &window, done);
        view->showDetails();
    });
    QTimer::singleShot(500, &app, &QApplication::quit);
    QApplication::exec();
    const QString mainFile = QDir(outDir).filePath(QStringLiteral("shipments.png"));
    if (!window.grab().save(mainFile))
        return fail(QStringLiteral("cannot write %1").arg(mainFile));
    QTextStream(stdout) << "screenshot: " << mainFile << Qt::endl;
    return 0;
}
