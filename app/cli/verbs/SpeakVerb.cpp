#include "cli/verbs/SpeakVerb.h"

#include "cli/CliContext.h"
#include "settings/Settings.h"
#include "storage/Profile.h"
#include "tts/SoundFileWriter.h"
#include "tts/SpeechRenditions.h"
#include "worker/WorkerSynthesizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SpeakVerb", text);
}

const QString kFile = QStringLiteral("file");
const QString kNote = QStringLiteral("note");
const QString kVoice = QStringLiteral("voice");
const QString kRate = QStringLiteral("rate");
const QString kPitch = QStringLiteral("pitch");
const QString kVolume = QStringLiteral("volume");
const QString kOutput = QStringLiteral("output");

// Larger text files are refused rather than read whole: a book is spoken
// chapter by chapter.
constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;

int intOption(const QCommandLineParser& parser, const QString& name, int fallback, int low, int high)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(tr("--%1 takes a number from %2 to %3.").arg(name).arg(low).arg(high));
    return value;
}

/// The text of a UTF-8 file, or of stdin for "-".
QString readText(const QString& path)
{
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        throw Error(tr("Voxnote cannot read %1 (%2).").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxTextBytes + 1);
    if (bytes.size() > kMaxTextBytes)
        throw Error(tr("%1 holds more than 16 MB of text; split it and speak it in parts.").arg(path));
    return QString::fromUtf8(bytes);
}

/// The text to speak, from exactly one source.
QString textToSpeak(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments().mid(1);
    const int sources
        = (words.isEmpty() ? 0 : 1) + (parser.isSet(kFile) ? 1 : 0) + (parser.isSet(kNote) ? 1 : 0);
    if (sources != 1)
        throw UsageError(tr("Give the text to speak in one way: as arguments, with -f FILE, as - for stdin, "
                            "or with --note ID."));
    if (parser.isSet(kNote))
        return tts::SpeechRenditions(context.profile().database(), context.profile().blobs())
            .textOfNote(parser.value(kNote));
    if (parser.isSet(kFile))
        return readText(parser.value(kFile));
    if (words == QStringList {QStringLiteral("-")})
        return readText(QStringLiteral("-"));
    return words.join(u' ');
}

} // namespace

QString SpeakVerb::name() const
{
    return QStringLiteral("speak");
}

QString SpeakVerb::summary() const
{
    return tr("Read text or a note aloud into a WAV, FLAC, OGG or MP3 file.");
}

void SpeakVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("text"), tr("The text to speak, or - to read it from stdin."), tr("[TEXT... | -]"));
    parser.addOption({{QStringLiteral("f"), kFile}, tr("Speak the text in <file> (UTF-8)."), tr("file")});
    parser.addOption({kNote, tr("Speak note <id> and store the audio with it."), tr("id")});
    parser.addOption(
        {kVoice, tr("Voice or language (see 'voxnote voices'; default: from the text)."), tr("name")});
    parser.addOption({kRate, tr("Speed in words per minute, 80 to 450 (default 175)."), tr("wpm")});
    parser.addOption({kPitch, tr("Pitch, 0 to 100 (default 50)."), tr("n")});
    parser.addOption({kVolume, tr("Volume in percent, 0 to 200 (default 100)."), tr("n")});
    parser.addOption({{QStringLiteral("o"), kOutput},
        tr("The sound file to write: .wav, .flac, .ogg or .mp3."), tr("file")});
}

int SpeakVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    tts::SpeechSettings settings;
    // Voice and speed from Settings unless given here.
    settings.voice = parser.isSet(kVoice) ? parser.value(kVoice) : context.settings().voice();
    if (context.settings().rateWpm() > 0)
        settings.rateWpm = context.settings().rateWpm();
    settings.rateWpm = intOption(parser, kRate, settings.rateWpm, 80, 450);
    settings.pitch = intOption(parser, kPitch, settings.pitch, 0, 100);
    settings.volume = intOption(parser, kVolume, settings.volume, 0, 200);
    if (!parser.isSet(kOutput) && !parser.isSet(kNote))
        throw UsageError(tr("Name the sound file to write with -o FILE.wav (or .flac, .ogg, .mp3)."));

    const QString text = textToSpeak(context, parser);
    // A note's rendition without -o is made in a temporary folder and only stored.
    QTemporaryDir scratch;
    const QString output
        = parser.isSet(kOutput) ? parser.value(kOutput) : scratch.filePath(QStringLiteral("speech.ogg"));

    const std::shared_ptr<tts::SpeechSynthesizer> synthesizer = worker::WorkerSynthesizer::interactive();
    QJsonArray words;
    tts::SoundFileWriter writer(output, synthesizer->sampleRate());
    const tts::SpeechResult result = synthesizer->synthesize(text, settings, writer,
        [&](const tts::SpokenWord& word) {
            if (context.json()) {
                words.append(QJsonObject {{QStringLiteral("text"), text.mid(word.position, word.length)},
                    {QStringLiteral("position"), word.position}, {QStringLiteral("length"), word.length},
                    {QStringLiteral("startMs"), word.startMs}});
            }
        },
        {}, {});
    writer.commit();

    QJsonObject report {{QStringLiteral("voice"), result.voice.identifier},
        {QStringLiteral("durationMs"), result.durationMs()},
        {QStringLiteral("sampleRate"), result.sampleRate}};
    if (parser.isSet(kOutput))
        report.insert(QStringLiteral("output"), output);
    if (parser.isSet(kNote)) {
        const notes::Attachment attachment
            = tts::SpeechRenditions(context.profile().database(), context.profile().blobs())
                  .attach(parser.value(kNote), output);
        report.insert(QStringLiteral("attachmentId"), attachment.id);
    }
    if (context.json()) {
        report.insert(QStringLiteral("words"), words);
        context.printJson(report);
    } else {
        context.out() << tr("Spoke %1 s with the voice %2%3.")
                             .arg(QString::number(result.durationMs() / 1000.0, 'f', 1),
                                 result.voice.identifier,
                                 parser.isSet(kOutput) ? tr(" into %1").arg(output) : QString())
                      << Qt::endl;
    }
    return 0;
}

} // namespace voxnote::cli
