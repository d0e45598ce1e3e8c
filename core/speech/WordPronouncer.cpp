#include "speech/WordPronouncer.h"

#include "Error.h"
#include "speech/EspeakToCmu.h"
#include "speech/PocketSphinxEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <map>
#include <memory>
#include <mutex>

namespace voxnote::speech {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WordPronouncer", text);
}

constexpr int kEspeakTimeoutMs = 10000;

using Dictionary = QHash<QString, QString>;

// One parsed dictionary per path for the life of the process: 134,000
// entries take a fifth of a second to read.
std::shared_ptr<const Dictionary> loadDictionary(const QString& path)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<const Dictionary>> loaded;
    std::lock_guard lock(mutex);
    std::shared_ptr<const Dictionary>& entry = loaded[path];
    if (entry)
        return entry;
    auto dictionary = std::make_shared<Dictionary>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(
            tr("The pronouncing dictionary %1 cannot be read; install the pocketsphinx-en-us package.")
                .arg(path));
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        const QString word = QString::fromUtf8(line.left(space));
        // "been(2)" is a second pronunciation: the first one is kept.
        if (word.endsWith(u')'))
            continue;
        dictionary->insert(word.toLower(), QString::fromUtf8(line.mid(space + 1).simplified()));
    }
    entry = std::move(dictionary);
    return entry;
}

// espeak-ng's English voice reads other scripts by naming the characters
// ("Chinese letter") or by switching voice: neither is how the word sounds.
bool readableInEnglish(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return !c.isLetter() || c.script() == QChar::Script_Latin; });
}

// Without espeak-ng only the dictionary's words can be pronounced: say so
// rather than blame the word.
void requireEspeak(const QString& word)
{
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty()) {
        throw Error(tr("“%1” is not in the pronouncing dictionary, and espeak-ng, which would tell how it "
                       "sounds, is not installed; install the espeak-ng package.")
                        .arg(word));
    }
}

bool allCmuPhones(const QStringList& parts)
{
    return !parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), EspeakToCmu::isCmuPhone);
}

} // namespace

WordPronouncer::WordPronouncer(QString dictionary)
    : m_dictionary(dictionary.isEmpty()
            ? QDir(PocketSphinxEngine::systemModelDir()).filePath(QStringLiteral("cmudict-en-us.dict"))
            : std::move(dictionary))
{
}

std::optional<QString> WordPronouncer::dictionaryPhones(const QString& word) const
{
    const std::shared_ptr<const Dictionary> dictionary = loadDictionary(m_dictionary);
    const auto found = dictionary->constFind(word.toLower());
    if (found == dictionary->cend())
        return std::nullopt;
    return *found;
}

QStringList WordPronouncer::espeakPhones(const QString& text)
{
    QProcess espeak;
    // The text goes on standard input, so a word starting with "-" is never
    // read as an option.
    espeak.start(QStringLiteral("espeak-ng"),
        {QStringLiteral("-q"), QStringLiteral("-x"), QStringLiteral("-v"), QStringLiteral("en-us")});
    if (!espeak.waitForStarted(kEspeakTimeoutMs))
        return {};
    espeak.write(text.toUtf8());
    espeak.closeWriteChannel();
    if (!espeak.waitForFinished(kEspeakTimeoutMs) || espeak.exitStatus() != QProcess::NormalExit
        || espeak.exitCode() != 0) {
        espeak.kill();
        espeak.waitForFinished();
        return {};
    }
    return EspeakToCmu::map(QString::fromUtf8(espeak.readAllStandardOutput()).simplified());
}

QString WordPronouncer::phonesFor(const QString& word, const QString& soundsLike) const
{
    const QString spoken = soundsLike.simplified();
    if (!spoken.isEmpty()) {
        const QStringList parts = spoken.split(u' ');
        if (allCmuPhones(parts))
            return parts.join(u' ');
        QStringList phones;
        for (const QString& part : parts) {
            if (const std::optional<QString> known = dictionaryPhones(part)) {
                phones << *known;
                continue;
            }
            requireEspeak(part);
            const QStringList guessed = readableInEnglish(part) ? espeakPhones(part) : QStringList();
            if (guessed.isEmpty()) {
                throw Error(
                    tr("Voxnote cannot tell how “%1” sounds; write what it sounds like in plain English "
                       "letters, or in CMU phones such as “SH IH V AO N”.")
                        .arg(part));
            }
            phones << guessed.join(u' ');
        }
        return phones.join(u' ');
    }
    if (const std::optional<QString> known = dictionaryPhones(word))
        return *known;
    requireEspeak(word);
    const QStringList guessed = readableInEnglish(word) ? espeakPhones(word) : QStringList();
    if (guessed.isEmpty()) {
        throw Error(tr("Voxnote cannot tell how “%1” sounds; add it with a spelling that sounds the same "
                       "(“sounds like”), e.g. “shiv on”.")
                        .arg(word));
    }
    return guessed.join(u' ');
}

} // namespace voxnote::speech
