// Fuzzes transcript export (core/export/TranscriptExporter) with transcripts
// built from the input (any text, times, speakers and words) and reads each
// format back: JSON gives back every segment, word and time; SRT and WebVTT
// keep one cue per segment with its times, whatever the text holds (blank
// lines, "-->", carriage returns); plain text and Markdown render.

#include "FuzzHarness.h"

#include "export/TranscriptExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace voxnote;

namespace {

constexpr qint64 kMaxMs = 100LL * 3600 * 1000;

speech::Transcript transcriptFrom(fuzz::InputReader& in)
{
    speech::Transcript transcript;
    transcript.engine = in.text(32);
    transcript.language = in.text(16);
    const int speakers = in.byte() % 4;
    for (int i = 0; i < speakers; ++i)
        transcript.speakers.append(
            {QString::number(i), QStringLiteral("Speaker %1").arg(i + 1), in.text(24)});
    const int segments = in.byte() % 17;
    qint64 at = 0;
    for (int i = 0; i < segments && !in.empty(); ++i) {
        speech::TranscriptSegment segment;
        at = (at + (in.integer() & 0xffffff)) % kMaxMs;
        segment.startMs = at;
        segment.endMs = (at + (in.integer() & 0xffff)) % kMaxMs;
        segment.speaker = static_cast<int>(in.byte() % 5) - 1;
        segment.text = in.text(200);
        const int words = in.byte() % 5;
        for (int w = 0; w < words; ++w)
            segment.words.append(
                {in.text(24), segment.startMs + w, segment.startMs + w + 1, in.byte() / 255.0});
        transcript.segments.append(segment);
    }
    transcript.durationMs = at;
    return transcript;
}

void checkJson(const speech::Transcript& transcript, const QByteArray& json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        fuzz::violated("the JSON export does not parse");
    const QJsonArray segments = root.value(u"segments").toArray();
    if (segments.size() != transcript.segments.size())
        fuzz::violated("the JSON export has another number of segments");
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject segment = segments[i].toObject();
        const speech::TranscriptSegment& original = transcript.segments[i];
        if (segment.value(u"text").toString() != original.text
            || segment.value(u"startMs").toInteger() != original.startMs
            || segment.value(u"endMs").toInteger() != original.endMs)
            fuzz::violated("a segment does not come back from the JSON export");
        const QJsonArray words = segment.value(u"words").toArray();
        if (words.size() != original.words.size())
            fuzz::violated("a segment's words do not come back from the JSON export");
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (words[w].toObject().value(u"word").toString() != original.words[w].text)
                fuzz::violated("a word does not come back from the JSON export");
        }
    }
}

/// Reads subtitles back as a player would: cues are separated by blank
/// lines; each is a number (SRT), a time line and text lines. Every segment
/// with text has its cue, in order; a segment of nothing but blanks has none.
void checkCues(const speech::Transcript& transcript, const QByteArray& subtitles, QChar separator, bool vtt)
{
    QList<const speech::TranscriptSegment*> expected;
    for (const speech::TranscriptSegment& segment : transcript.segments) {
        if (!segment.text.trimmed().isEmpty())
            expected.append(&segment);
    }
    QStringList lines = QString::fromUtf8(subtitles).split(u'\n');
    if (vtt) {
        if (lines.isEmpty() || lines.takeFirst() != u"WEBVTT")
            fuzz::violated("a WebVTT export does not start with WEBVTT");
    }
    qsizetype at = 0;
    int cue = 0;
    while (true) {
        while (at < lines.size() && lines[at].isEmpty())
            ++at;
        if (at >= lines.size())
            break;
        if (cue >= expected.size())
            fuzz::violated("a subtitle export has more cues than the transcript has segments with text");
        const speech::TranscriptSegment& segment = *expected[cue];
        if (!vtt && lines[at++] != QString::number(cue + 1))
            fuzz::violated("an SRT cue does not start with its number");
        const QString times = exporting::TranscriptExporter::timestamp(segment.startMs, separator) + u" --> "
            + exporting::TranscriptExporter::timestamp(
                std::max(segment.endMs, segment.startMs + 1), separator);
        if (at >= lines.size() || lines[at++] != times)
            fuzz::violated("a subtitle cue does not have its segment's times");
        if (at >= lines.size() || lines[at].isEmpty())
            fuzz::violated("a subtitle cue has no text");
        for (; at < lines.size() && !lines[at].isEmpty(); ++at) {
            if (lines[at].contains(u"-->") || lines[at].contains(u'\r') || lines[at].trimmed().isEmpty())
                fuzz::violated("a cue's text holds what a player reads as a new cue");
        }
        ++cue;
    }
    if (cue != expected.size())
        fuzz::violated("a subtitle export lost cues");
}

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    const auto text = [](const QByteArray& utf8) -> QByteArray {
        return QByteArray(1, static_cast<char>(utf8.size())) + QByteArray(1, '\0') + utf8;
    };
    const QByteArray times
        = QByteArray::fromHex("00000000000003e8") + QByteArray::fromHex("00000000000007d0");
    QByteArray two = text("pocketsphinx") + text("en-US") + QByteArray(1, '\x02') + text("Mina") + text("")
        + QByteArray(1, '\x02');
    two += times + QByteArray(1, '\x01') + text("Ask not what your country can do") + QByteArray(1, '\x02')
        + text("ask") + QByteArray(1, '\xf0') + text("not") + QByteArray(1, '\x80');
    two += times + QByteArray(1, '\x02') + text("회의록을 정리했습니다.") + QByteArray(1, '\0');
    QByteArray awkward
        = text("e") + text("ko") + QByteArray(1, '\x01') + text("A <b>&") + QByteArray(1, '\x01');
    awkward
        += times + QByteArray(1, '\x01') + text("first line\nsecond *line* `code` [x]") + QByteArray(1, '\0');
    return {{QStringLiteral("two-segments"), two}, {QStringLiteral("markup"), awkward}};
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    const speech::Transcript transcript = transcriptFrom(in);
    exporting::TranscriptExporter::Options options;
    options.timestamps = true;
    options.title = transcript.engine;
    const exporting::TranscriptExporter exporter(transcript, options);
    checkJson(transcript, exporter.render(exporting::TranscriptFormat::Json));
    checkCues(transcript, exporter.render(exporting::TranscriptFormat::Srt), u',', false);
    checkCues(transcript, exporter.render(exporting::TranscriptFormat::WebVtt), u'.', true);
    exporter.render(exporting::TranscriptFormat::Text);
    exporter.render(exporting::TranscriptFormat::Markdown);
    return 0;
}
