#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "storage/DataDirectory.h"
#include "util/Log.h"
#include "util/LogFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace voxnote::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString kDataDirOption = QStringLiteral("data-dir");

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({kDataDirOption, tr("Keep the database and media in <dir>."), tr("dir")});
    parser.addOption({QStringLiteral("json"), tr("Print machine-readable JSON.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Log what happens to stderr.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help.")});
    parser.addOption({QStringLiteral("version"), tr("Show the version.")});
}

/// The first word that is not an option or an option's value.
QString firstWord(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--")
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument == u"--data-dir") {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

QString dataDirArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--data-dir" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--data-dir="))
            return arguments[i].mid(11);
    }
    return {};
}

QString verbHelp(const QCommandLineParser& parser)
{
    QString help = parser.helpText();
    help.replace(QCoreApplication::applicationFilePath(), QStringLiteral("voxnote"));
    if (!help.endsWith(u'\n'))
        help += u'\n';
    return help;
}

} // namespace

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Verb> verb)
{
    m_verbs.push_back(std::move(verb));
}

Verb* CommandLine::find(const QString& name) const
{
    const auto it = std::find_if(
        m_verbs.begin(), m_verbs.end(), [&](const auto& verb) { return verb->name() == name; });
    return it == m_verbs.end() ? nullptr : it->get();
}

bool CommandLine::wantsCommandLine(const QStringList& arguments)
{
    return !firstWord(arguments).isEmpty() || arguments.contains(QStringLiteral("--help"))
        || arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--version"));
}

QString CommandLine::dataDirFrom(const QStringList& arguments)
{
    return storage::DataDirectory::resolve(dataDirArgument(arguments));
}

QString CommandLine::generalHelp() const
{
    QString help
        = tr("Usage: voxnote [options] [VERB [arguments]]\n\n"
             "Without a verb, Voxnote opens its window. With one, it works on the command line:\n\n");
    int width = 0;
    for (const auto& verb : m_verbs)
        width = std::max(width, static_cast<int>(verb->name().size()));
    for (const auto& verb : m_verbs)
        help += u"  " + verb->name().leftJustified(width + 2) + verb->summary() + u'\n';
    help += tr("\nOptions:\n"
               "  --data-dir <dir>  Keep the database and media in <dir> (also $VOXNOTE_DATA_DIR).\n"
               "  --json            Print machine-readable JSON.\n"
               "  -v, --verbose     Log what happens to stderr.\n"
               "  -h, --help        Show this help; 'voxnote VERB --help' shows a verb's.\n"
               "  --version         Show the version.\n");
    return help;
}

int CommandLine::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LogFile::install(QString(),
        {.verbose
            = arguments.contains(QStringLiteral("--verbose")) || arguments.contains(QStringLiteral("-v"))});

    const QString word = firstWord(arguments);
    Verb* verb = find(word);
    if (!word.isEmpty() && !verb) {
        err << tr("voxnote: '%1' is not a Voxnote command. See 'voxnote --help'.").arg(word) << Qt::endl;
        return kExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (verb) {
        parser.addPositionalArgument(verb->name(), verb->summary(), verb->name());
        verb->addOptions(parser);
    }
    if (!parser.parse(arguments)) {
        err << QStringLiteral("voxnote: ") << parser.errorText() << QStringLiteral(". ")
            << tr("See 'voxnote %1--help'.").arg(verb ? verb->name() + u' ' : QString()) << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("voxnote ") << QCoreApplication::applicationVersion() << Qt::endl;
        return kExitOk;
    }
    if (!verb || parser.isSet(QStringLiteral("help"))) {
        out << (verb ? verbHelp(parser) : generalHelp());
        return kExitOk;
    }

    CliContext context(dataDirFrom(arguments), parser.isSet(QStringLiteral("json")),
        parser.isSet(QStringLiteral("verbose")));
    try {
        return verb->run(context, parser);
    } catch (const UsageError& error) {
        err << QStringLiteral("voxnote ") << verb->name() << QStringLiteral(": ") << error.message()
            << QChar(u' ') << tr("See 'voxnote %1 --help'.").arg(verb->name()) << Qt::endl;
        return kExitUsage;
    } catch (const Error& error) {
        qCInfo(lcCli) << verb->name() << "failed:" << error.message();
        err << error.message() << Qt::endl;
        return kExitError;
    }
}

} // namespace voxnote::cli
