#include "app/CommandLine.h"

#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTextStream>

namespace Packbench {

namespace {
const char *const kProgramName = "packbench";
}

CommandLine::CommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")},
                   QCoreApplication::translate("CommandLine", "Show this help and exit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")},
                      QCoreApplication::translate("CommandLine", "Show the version and exit."))
    , m_profileOption(QStringLiteral("profile"),
                      QCoreApplication::translate("CommandLine", "Keep database, settings and keychain entries in "
                                                                 "the profile folder DIR."),
                      QCoreApplication::translate("CommandLine", "DIR"))
    , m_databaseOption(QStringLiteral("database"),
                       QCoreApplication::translate("CommandLine", "Use this database: sqlite:PATH or "
                                                                  "postgresql://USER@HOST:PORT/DB (default: Settings "
                                                                  "> Database, else the profile's own file)."),
                       QCoreApplication::translate("CommandLine", "URL"))
    , m_stationOption(QStringLiteral("station"),
                      QCoreApplication::translate("CommandLine", "Name of this packing station (default: Settings > "
                                                                 "Database, else the host name)."),
                      QCoreApplication::translate("CommandLine", "NAME"))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Packbench: import BigCommerce orders, print shipping labels and "
                                                   "write the tracking back.\n\nWithout a command Packbench starts "
                                                   "its window; with a command it runs without one."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_profileOption);
    m_parser.addOption(m_databaseOption);
    m_parser.addOption(m_stationOption);
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("CommandLine", "Command to run (none: the window)."),
                                   QStringLiteral("[command]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_helpOption);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(m_versionOption);
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program by its full path; users call it "packbench".
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.indexOf(program);
    if (!program.isEmpty() && at >= 0 && at < firstLineEnd)
        text.replace(at, program.size(), QStringLiteral("packbench"));
    return text;
}

QString CommandLine::databaseUrl(const Profile &profile) const
{
    return m_parser.isSet(m_databaseOption) ? m_parser.value(m_databaseOption) : AppSettings(profile).databaseUrl();
}

QString CommandLine::stationName(const Profile &profile) const
{
    return stationName(m_parser.value(m_stationOption),
                       profile.isValid() ? AppSettings(profile).stationName() : QString());
}

QString CommandLine::stationName(const QString &option, const QString &setting)
{
    if (!option.trimmed().isEmpty())
        return option.trimmed();
    if (!setting.trimmed().isEmpty())
        return setting.trimmed();
    return QSysInfo::machineHostName();
}

std::optional<int> CommandLine::parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                             const QString &usage, qsizetype words)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    parser.addOption(help);
    const bool parsed = parser.parse(QStringList{QString::fromLatin1(kProgramName)} + arguments);
    // --help wins over everything else on the line, a mistyped option included: help is what was asked for.
    if (parser.isSet(help)) {
        QTextStream(stdout) << commandHelpText(parser, usage) << Qt::flush;
        return ExitOk;
    }
    if (!parsed || parser.positionalArguments().size() != words) {
        const QString reason = parsed ? usage : parser.errorText() + QLatin1Char(' ') + usage;
        QTextStream(stderr) << QCoreApplication::translate("main", "packbench: %1").arg(reason) << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

QString CommandLine::commandHelpText(const QCommandLineParser &parser, const QString &usage)
{
    // Qt's text opens with its own "Usage: PROGRAM [options]" line; the command's usage line says more.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd < 0 ? text.size() : firstLineEnd, usage);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text + QLatin1Char('\n') +
           QCoreApplication::translate("CommandLine", "Global options such as --profile DIR go before the command;\n"
                                                      "'packbench --help' lists them and every command.") +
           QLatin1Char('\n');
}

bool CommandLine::wantsGui(const QStringList &arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(arguments))
        return false; // a usage error is reported on the terminal
    return !commandLine.helpRequested() && !commandLine.versionRequested() && commandLine.command().isEmpty();
}

} // namespace Packbench
