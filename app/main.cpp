// Packbench entry point: no command = the GUI; a command = headless (cron, scripts, tests).
#include "app/CommandLine.h"
#include "app/UnixSignalWatcher.h"
#include "app/commands/AccountCommand.h"
#include "app/commands/CommandContext.h"
#include "app/commands/DatabaseCommand.h"
#include "app/commands/ImportCommand.h"
#include "app/commands/PrintCommand.h"
#include "app/commands/RuleCommand.h"
#include "app/commands/ShipmentsCommand.h"
#include "app/commands/StockCommand.h"
#include "app/commands/StoreCommand.h"
#include "core/Version.h"
#include "core/i18n/Translations.h"
#include "core/integrations/StoreService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/WheelGuard.h"
#include "ui/shipments/ShipmentsView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Packbench;

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::translate("main", "packbench: %1").arg(message) << Qt::endl;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// The parcel on every window, from the sizes compiled into the binary (resources/packbench.qrc); the desktop file of
// the same name gives it to the task bar and the window switcher.
void setApplicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/packbench.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("packbench"));
}

// A GUI application cannot be created without a display (Qt aborts). Say so, with the line that works.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Commands that draw labels (PDF, PNG) need fonts, which QtGui only has with a platform: an offscreen one, so they
// run without a display as every other command does.
bool drawsLabels(const QStringList &arguments)
{
    static const QStringList withValue = {QStringLiteral("--profile"), QStringLiteral("--database"),
                                          QStringLiteral("--station")};
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (withValue.contains(argument)) {
            ++index; // its value
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return argument == QLatin1String("print") || argument == QLatin1String("reprint");
    }
    return false;
}

int runHeadless(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsLabels(rawArguments(argc, argv))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationIdentity();
    Translations::install(app, QString());

    CommandLine commandLine;
    QStringList arguments = QCoreApplication::arguments();
    arguments[0] = QString::fromLatin1(kApplicationName); // "Usage: packbench ...", not the build path
    if (!commandLine.parse(arguments)) {
        printError(QCoreApplication::translate("main", "%1\nRun 'packbench --help' for the options.")
                       .arg(commandLine.errorText()));
        return ExitUsage;
    }
    QTextStream out(stdout);
    if (commandLine.helpRequested()) {
        out << commandLine.helpText() << Qt::endl
            << QCoreApplication::translate("main", "Commands:") << Qt::endl
            << StoreCommand::helpText() << ImportCommand::helpText() << ShipmentsCommand::helpText()
            << AccountCommand::helpText() << RuleCommand::helpText() << PrintCommand::helpText()
            << DatabaseCommand::helpText() << StockCommand::helpText() << Qt::endl
            << QCoreApplication::translate("main", "'packbench COMMAND --help' shows the options of one command.")
            << Qt::endl;
        return ExitOk;
    }
    if (commandLine.versionRequested()) {
        out << QStringLiteral("packbench %1").arg(QString::fromLatin1(kVersion)) << Qt::endl;
        return ExitOk;
    }
    const QStringList command = commandLine.command();
    if (command.constFirst() == QLatin1String("store"))
        return StoreCommand::run(commandLine, command);
    if (command.constFirst() == QLatin1String("import"))
        return ImportCommand::runImport(commandLine, command);
    if (command.constFirst() == QLatin1String("why"))
        return ImportCommand::runWhy(commandLine, command);
    if (command.constFirst() == QLatin1String("shipments"))
        return ShipmentsCommand::run(commandLine, command);
    if (command.constFirst() == QLatin1String("account"))
        return AccountCommand::run(commandLine, command);
    if (command.constFirst() == QLatin1String("rule"))
        return RuleCommand::run(commandLine, command);
    if (command.constFirst() == QLatin1String("database"))
        return DatabaseCommand::run(commandLine, command);
    if (command.constFirst() == QLatin1String("stock"))
        return StockCommand::run(commandLine, command);
    const std::pair<const char *, int (*)(const CommandLine &, const QStringList &)> printing[] = {
        {"print", &PrintCommand::runPrint},       {"reprint", &PrintCommand::runReprint},
        {"void", &PrintCommand::runVoid},         {"writeback", &PrintCommand::runWriteback},
        {"dispatch", &PrintCommand::runDispatch}, {"carrier", &PrintCommand::runCarrier}};
    for (const auto &[word, run] : printing) {
        if (command.constFirst() == QLatin1String(word))
            return run(commandLine, command);
    }
    printError(QCoreApplication::translate("main", "unknown command '%1'. Run 'packbench --help' for the commands.")
                   .arg(commandLine.command().constFirst()));
    return ExitUsage;
}

int runGui(int argc, char **argv)
{
    if (!displayAvailable()) {
        // No application object yet, so no translator: this message stays English.
        std::fputs("packbench: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
                   "open.\nOn a machine without a screen, run it inside a virtual display:\n"
                   "  xvfb-run -a -s '-screen 0 1600x1000x24' packbench\n"
                   "Commands such as 'packbench --help' work without a display.\n",
                   stderr);
        return ExitFailure;
    }

    QApplication app(argc, argv);
    WheelGuard::install(app);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Packbench"));
    setApplicationIcon();

    CommandLine commandLine;
    commandLine.parse(QApplication::arguments());
    const Profile profile = Profile::open(commandLine.profileDirectory());
    Translations::install(app, profile.isValid() ? AppSettings(profile).language() : QString());
    if (!profile.isValid()) {
        printError(profile.errorString());
        return ExitFailure;
    }

    // The window is not there yet, so waiting here for the keychain's password of a shared database freezes nothing.
    KeychainSecretStore secrets;
    QString error;
    int exitCode = ExitOk;
    std::unique_ptr<Database> database =
        CommandContext::openStationDatabase(commandLine, profile, secrets, &error, &exitCode);
    if (!database) {
        printError(error);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Packbench cannot start"),
                              QApplication::translate("main", "The database cannot be opened:\n%1").arg(error));
        return exitCode;
    }
    StoreService stores(profile, *database, secrets);

    UnixSignalWatcher signalWatcher;

    auto window = std::make_unique<MainWindow>(profile, *database, stores, database->stationName());
    // SIGTERM/SIGINT/SIGHUP: cancel an import under way (what is imported stays) and close without asking.
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, window.get(),
                     &MainWindow::closeForTermination);
    window->show();
    // Scripts and tests that drive the window wait for this line instead of sleeping: the event loop runs, the
    // window is shown and SIGTERM is handled from here on.
    if (qEnvironmentVariableIsSet("PACKBENCH_ANNOUNCE_READY")) {
        QTimer::singleShot(0, &app, [] { std::fputs("packbench: ready\n", stderr); });
        // And once the grid's first rows are on screen (the start-up benchmark measures up to here).
        if (ShipmentsView *view = window->shipmentsView()) {
            auto announced = std::make_shared<bool>(false);
            // The first rows on screen, then the whole set read.
            QObject::connect(view, &ShipmentsView::rowsShown, view, [view, announced](int rows, bool complete) {
                if (!*announced) {
                    *announced = true;
                    view->window()->repaint();
                    std::fprintf(stderr, "packbench: grid painted %d rows\n", rows);
                }
                if (complete)
                    std::fprintf(stderr, "packbench: grid loaded %d rows\n", rows);
            });
        }
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::wantsGui(rawArguments(argc, argv)))
        return runGui(argc, argv);
    return runHeadless(argc, argv);
}
