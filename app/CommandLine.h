#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace Packbench {

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
    QString databaseUrl() const { return m_parser.value(m_databaseOption); }
    QString stationName() const;
    // The command and its arguments; empty = start the GUI.
    QStringList command() const { return m_parser.positionalArguments(); }

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
