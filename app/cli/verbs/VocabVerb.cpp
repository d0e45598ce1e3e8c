#include "cli/verbs/VocabVerb.h"

#include "cli/CliContext.h"
#include "settings/Settings.h"
#include "speech/Vocabulary.h"
#include "speech/WordPronouncer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VocabVerb", text);
}

const QString kSoundsLike = QStringLiteral("sounds-like");

QJsonObject toJson(const speech::VocabularyWord& entry)
{
    return {{QStringLiteral("word"), entry.word}, {QStringLiteral("soundsLike"), entry.soundsLike},
        {QStringLiteral("phones"), entry.phones}};
}

} // namespace

QString VocabVerb::name() const
{
    return QStringLiteral("vocab");
}

QString VocabVerb::summary() const
{
    return tr("Your own words for transcription: add a name or term, list them, remove one.");
}

void VocabVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("command"), tr("add WORD | list | remove WORD"));
    parser.addOption({kSoundsLike,
        tr("How the word sounds: words that sound the same (\"shiv on\") or CMU phones (\"SH IH V AO N\")."),
        tr("text")});
}

int VocabVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    if (args.isEmpty())
        throw UsageError(tr("Missing the command (add, list, remove)."));
    const QString command = args.first();
    settings::Settings& settings = context.settings();
    speech::Vocabulary vocabulary = settings.vocabulary();

    if (command == u"add") {
        if (args.size() != 2)
            throw UsageError(
                tr("Name one word to add, e.g. voxnote vocab add Siobhan --sounds-like \"shiv on\"."));
        const speech::VocabularyWord entry
            = vocabulary.add(args[1], parser.value(kSoundsLike), speech::WordPronouncer());
        settings.setVocabulary(vocabulary);
        if (context.json())
            context.printJson(toJson(entry));
        else
            context.out() << tr("Added “%1” (%2).").arg(entry.word, entry.phones) << Qt::endl;
    } else if (command == u"list") {
        if (context.json()) {
            QJsonArray array;
            for (const speech::VocabularyWord& entry : vocabulary.words())
                array.append(toJson(entry));
            context.printJson({{QStringLiteral("vocabulary"), array}});
            return 0;
        }
        for (const speech::VocabularyWord& entry : vocabulary.words()) {
            context.out() << entry.word << QStringLiteral("  ") << entry.phones
                          << (entry.soundsLike.isEmpty() ? QString()
                                                         : tr("  (sounds like “%1”)").arg(entry.soundsLike))
                          << Qt::endl;
        }
    } else if (command == u"remove") {
        if (args.size() != 2)
            throw UsageError(tr("Name the word to remove."));
        if (!vocabulary.remove(args[1]))
            throw Error(tr("“%1” is not in your vocabulary; voxnote vocab list shows what is.").arg(args[1]));
        settings.setVocabulary(vocabulary);
        if (!context.json())
            context.out() << tr("Removed “%1”.").arg(args[1].trimmed()) << Qt::endl;
        else
            context.printJson({{QStringLiteral("removed"), args[1].trimmed()}});
    } else {
        throw UsageError(tr("'%1' is not a vocab command; use add, list or remove.").arg(command));
    }
    return 0;
}

} // namespace voxnote::cli
