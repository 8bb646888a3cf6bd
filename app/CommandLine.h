#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace Packbench {

class Profile;

// Exit statuses of the command line (DESIGN.md): scripts and tests rely on them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitNotFound = 3,
    ExitBigCommerceRefused = 4,
    ExitNetwork = 5,
    ExitKeychain = 6,
    ExitDatabase = 7,
    ExitConflict = 8,
};

// The global options and the command, parsed once. Strings are translated, so build it after the translators.
class CommandLine
{
public:
    CommandLine();

    // Parses; on a usage error returns false with errorText() set.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }

    bool helpRequested() const;
    bool versionRequested() const;
    QString helpText() const;

    QString profileDirectory() const { return m_parser.value(m_profileOption); }
    // --database as given (empty when not given).
    QString databaseUrl() const { return m_parser.value(m_databaseOption); }
    // The database this station opens: --database if given, else Settings > Database (empty = the profile's file).
    QString databaseUrl(const Profile &profile) const;
    // This station's name: --station if given, else Settings > Database, else the host name.
    QString stationName(const Profile &profile) const;
    static QString stationName(const QString &option, const QString &setting);
    // The command and its arguments; empty = start the GUI.
    QStringList command() const { return m_parser.positionalArguments(); }

    // Parses the words of one command with that command's own parser. `arguments` starts with the command's name
    // (`import ...`; `set NAME ...` for `store set`) and `words` is how many plain words the command takes, its name
    // included. Returns nothing when the command is to run. Otherwise it has printed why not and returns the exit
    // status: after -h/--help, `usage` and the command's options on stdout and ExitOk (nothing opened, nothing done);
    // after a usage error, the reason on stderr and ExitUsage.
    static std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &usage, qsizetype words);
    // What `packbench COMMAND --help` prints: the usage line, the command's options and where the global ones go.
    static QString commandHelpText(const QCommandLineParser &parser, const QString &usage);

    // Whether these raw arguments ask for the GUI (checked before any application object exists, since a GUI
    // application without a display cannot even be created).
    static bool wantsGui(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_stationOption;
};

} // namespace Packbench
