#include "tts/EspeakSynthesizer.h"

#include "Error.h"
#include "tts/AudioSink.h"
#include "tts/EspeakThread.h"
#include "tts/TextLanguage.h"
#include "tts/VoiceChoice.h"
#include "util/Log.h"

#include <QCoreApplication>

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <optional>
#include <vector>

namespace voxnote::tts {

namespace {

// Text is handed to espeak-ng in pieces of at most this many characters, cut
// after a sentence where possible: progress and offsets stay per piece, and
// a chapter never becomes one huge request.
constexpr qsizetype kChunkChars = 2000;

QString tr(const char* text)
{
    return QCoreApplication::translate("EspeakSynthesizer", text);
}

QString genderName(unsigned char gender)
{
    return gender == 1 ? QStringLiteral("male") : gender == 2 ? QStringLiteral("female") : QString();
}

/// espeak_VOICE.languages: a priority byte, a language code, a NUL; repeated, ending with a 0 byte.
QStringList languagesOf(const char* packed)
{
    QStringList languages;
    for (const char* p = packed; p && *p != 0;) {
        const char* code = p + 1;
        languages.append(QString::fromLatin1(code));
        p = code + std::strlen(code) + 1;
    }
    return languages;
}

/// Where the next chunk of `text` starting at `from` ends.
qsizetype chunkEnd(const QString& text, qsizetype from)
{
    if (text.size() - from <= kChunkChars)
        return text.size();
    const qsizetype limit = from + kChunkChars;
    qsizetype space = -1;
    for (qsizetype i = limit; i > from + kChunkChars / 2; --i) {
        const QChar c = text[i - 1];
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?' || c == u'。') && text[i].isSpace()))
            return i;
        if (space < 0 && c.isSpace())
            space = i;
    }
    if (space > 0)
        return space;
    return text[limit - 1].isHighSurrogate() ? limit + 1 : limit;
}

/// What the synth callback needs while one chunk is spoken.
struct ChunkContext
{
    const QString* text;
    AudioSink* sink;
    const WordCallback* onWord;
    const ProgressCallback* progress;
    const Cancellation* cancel;
    int sampleRate;
    std::vector<int> utf16Of; // code point index in the chunk -> UTF-16 offset in the whole text
    qint64 samplesBefore = 0; // written by earlier chunks
    qint64 samples = 0; // written by this chunk
    std::optional<SpokenWord> pending;
    std::exception_ptr error;
};

int utf16At(const ChunkContext& context, int codePoint)
{
    return context
        .utf16Of[static_cast<size_t>(std::clamp<int>(codePoint, 0, int(context.utf16Of.size()) - 1))];
}

/// Reports the word held back until the next one's position was known.
/// espeak-ng speaks some short words together with the one before ("of
/// the") and reports only the first; the reported word then covers them, so
/// that every word of the text is in exactly one reported range.
void reportPending(ChunkContext& context, int nextStart)
{
    if (!context.pending)
        return;
    SpokenWord word = *context.pending;
    context.pending.reset();
    for (int i = nextStart; i > word.position + word.length; --i) {
        if (context.text->at(i - 1).isLetterOrNumber()) {
            word.length = i - word.position;
            break;
        }
    }
    if (*context.onWord)
        (*context.onWord)(word);
    if (*context.progress)
        (*context.progress)(static_cast<double>(word.position) / static_cast<double>(context.text->size()));
}

int onSynth(short* wav, int count, espeak_EVENT* events)
{
    auto* context = static_cast<ChunkContext*>(events->user_data);
    if (context->cancel->requested() || context->error)
        return 1;
    try {
        for (const espeak_EVENT* event = events; event->type != espeakEVENT_LIST_TERMINATED; ++event) {
            if (event->type != espeakEVENT_WORD)
                continue;
            const int start = utf16At(*context, event->text_position - 1);
            const int end = utf16At(*context, event->text_position - 1 + event->length);
            // A number is spoken as several words that all point at it.
            if (context->pending && start < context->pending->position + context->pending->length)
                continue;
            reportPending(*context, start);
            const qint64 startMs
                = (context->samplesBefore * 1000) / context->sampleRate + event->audio_position;
            context->pending = SpokenWord {start, end - start, startMs};
        }
        if (wav && count > 0) {
            context->sink->write(wav, count);
            context->samples += count;
        }
    } catch (...) {
        context->error = std::current_exception();
        return 1;
    }
    return 0;
}

/// Speaks text[from, to) on the espeak thread. Returns the samples written.
qint64 speakChunk(const QString& text, qsizetype from, qsizetype to, ChunkContext& context)
{
    const QString chunk = text.mid(from, to - from);
    context.utf16Of.clear();
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (!chunk[i].isLowSurrogate())
            context.utf16Of.push_back(static_cast<int>(from + i));
    }
    context.utf16Of.push_back(static_cast<int>(to));
    context.samples = 0;
    const QByteArray utf8 = chunk.toUtf8();
    const espeak_ERROR status = espeak_Synth(utf8.constData(), static_cast<size_t>(utf8.size()) + 1, 0,
        POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE, nullptr, &context);
    if (context.error)
        std::rethrow_exception(context.error);
    context.cancel->check();
    if (status != EE_OK)
        throw Error(tr("espeak-ng could not speak the text (error %1).").arg(status));
    reportPending(context, static_cast<int>(to));
    return context.samples;
}

void applySettings(const Voice& voice, const SpeechSettings& settings)
{
    if (espeak_SetVoiceByName(voice.identifier.toUtf8().constData()) != EE_OK)
        throw Error(tr("espeak-ng could not load the voice %1.").arg(voice.identifier));
    espeak_SetParameter(espeakRATE, std::clamp(settings.rateWpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    espeak_SetParameter(espeakPITCH, std::clamp(settings.pitch, 0, 100), 0);
    espeak_SetParameter(espeakVOLUME, std::clamp(settings.volume, 0, 200), 0);
}

} // namespace

QString EspeakSynthesizer::engineKey()
{
    // The same key the built-in engine has in the workers (EngineRegistry).
    return u"espeak-ng " + QString::fromLatin1(espeak_Info(nullptr));
}

QList<Voice> EspeakSynthesizer::voices()
{
    // Read once: the installed data does not change while Voxnote runs.
    static const QList<Voice> s_voices = [] {
        EspeakThread& thread = EspeakThread::instance();
        thread.sampleRate(); // throws if espeak-ng did not start
        QList<Voice> voices;
        thread.run([&voices] {
            for (const espeak_VOICE* const* voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
                voices.append({QString::fromUtf8((*voice)->identifier),
                    QString::fromUtf8((*voice)->name).replace(u'_', u' '), languagesOf((*voice)->languages),
                    genderName((*voice)->gender)});
            }
        });
        std::sort(voices.begin(), voices.end(),
            [](const Voice& a, const Voice& b) { return a.identifier < b.identifier; });
        return voices;
    }();
    return s_voices;
}

int EspeakSynthesizer::sampleRate()
{
    return EspeakThread::instance().sampleRate();
}

Voice EspeakSynthesizer::voiceFor(const QString& voice, const QString& text)
{
    return chooseVoice(voices(), voice, text);
}

SpeechResult EspeakSynthesizer::synthesize(const QString& text, const SpeechSettings& settings,
    AudioSink& sink, const WordCallback& onWord, const ProgressCallback& progress, const Cancellation& cancel)
{
    if (!TextLanguage::isSpeakable(text))
        throw Error(tr("There is nothing to speak: the text has no letters or digits."));
    SpeechResult result;
    result.voice = voiceFor(settings.voice, text);
    result.sampleRate = sampleRate();
    ChunkContext context {&text, &sink, &onWord, &progress, &cancel, result.sampleRate};
    EspeakThread::instance().run([&] {
        espeak_SetSynthCallback(&onSynth);
        applySettings(result.voice, settings);
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype to = chunkEnd(text, from);
            context.samplesBefore += speakChunk(text, from, to, context);
            from = to;
        }
    });
    result.sampleCount = context.samplesBefore;
    if (progress)
        progress(1.0);
    qCDebug(lcTts) << "spoke" << text.size() << "characters with" << result.voice.identifier << "in"
                   << result.durationMs() << "ms of audio";
    return result;
}

} // namespace voxnote::tts
