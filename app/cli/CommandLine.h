#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace voxnote::cli {

class Verb;

/// The `voxnote` command line: global options, the verb registry, help and
/// exit codes (0 success, 1 an error the user can act on, 2 bad usage).
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    /// Adds a verb; later issues register theirs in `registerBuiltinVerbs`.
    void add(std::unique_ptr<Verb> verb);
    Verb* find(const QString& name) const;

    /// True if `arguments` (argv, program name first) ask for the command
    /// line rather than the window: a verb, a stray word, --help or --version.
    static bool wantsCommandLine(const QStringList& arguments);

    /// The data directory option shared with the window: --data-dir, else
    /// $VOXNOTE_DATA_DIR, else the XDG location.
    static QString dataDirFrom(const QStringList& arguments);

    /// Runs the command line. Needs a QCoreApplication. Returns the exit code.
    int run(const QStringList& arguments);

private:
    QString generalHelp() const;

    std::vector<std::unique_ptr<Verb>> m_verbs;
};

/// Registers every verb Voxnote has.
void registerBuiltinVerbs(CommandLine& commandLine);

} // namespace voxnote::cli
