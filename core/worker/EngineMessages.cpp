#include "worker/EngineMessages.h"

#include <QJsonArray>

#include "speech/Vocabulary.h"

namespace voxnote::worker::messages {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QString text(const QCborMap& map, const char* name)
{
    return map.value(key(name)).toString();
}

qint64 integer(const QCborMap& map, const char* name, qint64 fallback = 0)
{
    const QCborValue value = map.value(key(name));
    return value.isInteger() ? value.toInteger() : fallback;
}

double number(const QCborMap& map, const char* name)
{
    return map.value(key(name)).toDouble();
}

} // namespace

QCborMap fromOcrSettings(const ocr::OcrSettings& settings)
{
    return {{key("languages"), settings.languages}, {key("detectOrientation"), settings.detectOrientation},
        {key("preprocess"), settings.preprocess}, {key("steps"), static_cast<qint64>(settings.steps)}};
}

ocr::OcrSettings toOcrSettings(const QCborMap& map)
{
    ocr::OcrSettings settings;
    settings.languages = text(map, "languages");
    settings.detectOrientation = map.value(key("detectOrientation")).toBool(true);
    settings.preprocess = map.value(key("preprocess")).toBool(true);
    settings.steps = static_cast<unsigned>(integer(map, "steps", settings.steps));
    return settings;
}

QCborMap fromOcrPage(const ocr::OcrPage& page)
{
    return {{key("page"), page.page}, {key("rotation"), page.rotation}, {key("width"), page.size.width()},
        {key("height"), page.size.height()}, {key("languages"), page.languages}, {key("engine"), page.engine},
        {key("text"), page.text}, {key("meanConfidence"), page.meanConfidence},
        {key("words"), QCborArray::fromJsonArray(page.wordsToJson())}, {key("unreadShare"), page.unreadShare},
        {key("unreadRegions"), QCborArray::fromJsonArray(page.unreadRegionsToJson())},
        {key("warning"), page.warning}};
}

ocr::OcrPage toOcrPage(const QCborMap& map)
{
    ocr::OcrPage page;
    page.page = static_cast<int>(integer(map, "page"));
    page.rotation = static_cast<int>(integer(map, "rotation"));
    page.size = QSize(static_cast<int>(integer(map, "width")), static_cast<int>(integer(map, "height")));
    page.languages = text(map, "languages");
    page.engine = text(map, "engine");
    page.text = text(map, "text");
    page.meanConfidence = number(map, "meanConfidence");
    page.words = ocr::OcrPage::wordsFromJson(map.value(key("words")).toArray().toJsonArray());
    page.unreadShare = number(map, "unreadShare");
    page.unreadRegions
        = ocr::OcrPage::regionsFromJson(map.value(key("unreadRegions")).toArray().toJsonArray());
    page.warning = text(map, "warning");
    return page;
}

QCborArray fromOcrPages(const QList<ocr::OcrPage>& pages)
{
    QCborArray array;
    for (const ocr::OcrPage& page : pages)
        array.append(fromOcrPage(page));
    return array;
}

QList<ocr::OcrPage> toOcrPages(const QCborArray& array)
{
    QList<ocr::OcrPage> pages;
    for (const QCborValue& page : array)
        pages.append(toOcrPage(page.toMap()));
    return pages;
}

QCborMap fromTranscriptionOptions(const speech::TranscriptionOptions& options)
{
    QCborArray vocabulary;
    for (const speech::VocabularyWord& entry : options.vocabulary)
        vocabulary.append(QCborArray {entry.word, entry.soundsLike, entry.phones});
    return {{key("diarize"), options.diarize}, {key("speakers"), options.clustering.speakers},
        {key("threads"), options.threads}, {key("vocabulary"), vocabulary}};
}

speech::TranscriptionOptions toTranscriptionOptions(const QCborMap& map)
{
    speech::TranscriptionOptions options;
    options.diarize = map.value(key("diarize")).toBool(true);
    options.clustering.speakers = static_cast<int>(std::max<qint64>(0, integer(map, "speakers")));
    options.threads = static_cast<int>(std::max<qint64>(0, integer(map, "threads")));
    for (const QCborValue& value : map.value(key("vocabulary")).toArray()) {
        if (options.vocabulary.size() >= speech::Vocabulary::kMaxWords)
            break; // what a vocabulary can hold; more would only slow every decoder
        const QCborArray entry = value.toArray();
        options.vocabulary.append({entry.at(0).toString(), entry.at(1).toString(), entry.at(2).toString()});
    }
    return options;
}

QCborMap fromTranscript(const speech::Transcript& transcript)
{
    QCborArray speakers;
    for (const speech::Speaker& speaker : transcript.speakers)
        speakers.append(QCborMap {{key("label"), speaker.label}, {key("name"), speaker.name}});
    QCborArray segments;
    for (const speech::TranscriptSegment& segment : transcript.segments) {
        QCborArray words;
        for (const speech::Word& word : segment.words)
            words.append(QCborArray {word.text, word.startMs, word.endMs, word.confidence});
        segments.append(QCborMap {{key("startMs"), segment.startMs}, {key("endMs"), segment.endMs},
            {key("speaker"), segment.speaker}, {key("text"), segment.text}, {key("words"), words}});
    }
    return {{key("engine"), transcript.engine}, {key("language"), transcript.language},
        {key("durationMs"), transcript.durationMs}, {key("createdAtMs"), transcript.createdAtMs},
        {key("speakers"), speakers}, {key("segments"), segments}};
}

speech::Transcript toTranscript(const QCborMap& map)
{
    speech::Transcript transcript;
    transcript.engine = text(map, "engine");
    transcript.language = text(map, "language");
    transcript.durationMs = integer(map, "durationMs");
    transcript.createdAtMs = integer(map, "createdAtMs");
    for (const QCborValue& value : map.value(key("speakers")).toArray()) {
        const QCborMap speaker = value.toMap();
        transcript.speakers.append({QString(), text(speaker, "label"), text(speaker, "name")});
    }
    for (const QCborValue& value : map.value(key("segments")).toArray()) {
        const QCborMap object = value.toMap();
        speech::TranscriptSegment segment;
        segment.startMs = integer(object, "startMs");
        segment.endMs = integer(object, "endMs");
        segment.speaker = static_cast<int>(integer(object, "speaker", -1));
        segment.text = text(object, "text");
        for (const QCborValue& wordValue : object.value(key("words")).toArray()) {
            const QCborArray word = wordValue.toArray();
            segment.words.append({word.at(0).toString(), word.at(1).toInteger(), word.at(2).toInteger(),
                word.at(3).toDouble()});
        }
        transcript.segments.append(segment);
    }
    return transcript;
}

QCborMap fromSpeechSettings(const tts::SpeechSettings& settings)
{
    return {{key("voice"), settings.voice}, {key("rateWpm"), settings.rateWpm},
        {key("pitch"), settings.pitch}, {key("volume"), settings.volume}};
}

tts::SpeechSettings toSpeechSettings(const QCborMap& map)
{
    tts::SpeechSettings settings;
    settings.voice = text(map, "voice");
    settings.rateWpm = static_cast<int>(integer(map, "rateWpm", settings.rateWpm));
    settings.pitch = static_cast<int>(integer(map, "pitch", settings.pitch));
    settings.volume = static_cast<int>(integer(map, "volume", settings.volume));
    return settings;
}

QCborMap fromVoice(const tts::Voice& voice)
{
    return {{key("identifier"), voice.identifier}, {key("name"), voice.name},
        {key("languages"), QCborArray::fromStringList(voice.languages)}, {key("gender"), voice.gender}};
}

tts::Voice toVoice(const QCborMap& map)
{
    QStringList languages;
    for (const QCborValue& language : map.value(key("languages")).toArray())
        languages.append(language.toString());
    return {text(map, "identifier"), text(map, "name"), languages, text(map, "gender")};
}

} // namespace voxnote::worker::messages
