#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace voxnote::cli {

class CliContext;

/// One `voxnote VERB …` command. A verb declares its options and arguments,
/// then does its work through core services; it never needs a display.
/// Errors the user can act on are thrown as `voxnote::Error` (exit code 1);
/// wrong arguments as `UsageError` (exit code 2).
class Verb
{
public:
    virtual ~Verb() = default;

    /// The word typed after `voxnote`, e.g. "transcribe".
    virtual QString name() const = 0;
    /// One line for `voxnote --help`.
    virtual QString summary() const = 0;
    /// Adds the verb's own options and positional arguments.
    virtual void addOptions(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    /// Does the work. Returns the process exit code (0 on success).
    virtual int run(CliContext& context, const QCommandLineParser& parser) = 0;

protected:
    /// The words after the verb: `voxnote task add Call` gives {"add", "Call"}.
    static QStringList words(const QCommandLineParser& parser)
    {
        QStringList words = parser.positionalArguments();
        if (!words.isEmpty())
            words.removeFirst();
        return words;
    }
};

} // namespace voxnote::cli
