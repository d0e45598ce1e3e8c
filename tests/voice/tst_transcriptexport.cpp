#include "TestSupport.h"

#include "Error.h"
#include "export/TranscriptExporter.h"
#include "speech/WordConfidence.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using exporting::TranscriptExporter;
using exporting::TranscriptFormat;

namespace {

speech::Transcript sampleTranscript()
{
    speech::Transcript transcript;
    transcript.engine = QStringLiteral("test engine");
    transcript.language = QStringLiteral("en-US");
    transcript.durationMs = 3'725'000;
    transcript.speakers = {{QStringLiteral("s1"), QStringLiteral("Speaker 1"), QStringLiteral("Ada <chair>")},
        {QStringLiteral("s2"), QStringLiteral("Speaker 2"), QString()}};
    const auto segment = [](qint64 start, qint64 end, int speaker, const char* text) {
        speech::TranscriptSegment s;
        s.startMs = start;
        s.endMs = end;
        s.speaker = speaker;
        s.text = QString::fromUtf8(text);
        for (const QString& word : s.text.split(u' '))
            s.words.append({word, start, end, 0.8});
        return s;
    };
    transcript.segments = {segment(1500, 4200, 0, "Welcome & good *morning*."),
        segment(4200, 4200, 1, "Thanks <all>."), segment(3'600'250, 3'724'999, 0, "See you in an hour.")};
    return transcript;
}

qint64 parseTime(const QString& text)
{
    static const QRegularExpression time(QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d)$"));
    const QRegularExpressionMatch match = time.match(text);
    if (!match.hasMatch())
        return -1;
    return ((match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong()) * 60
               + match.captured(3).toLongLong())
        * 1000
        + match.captured(4).toLongLong();
}

struct Cue
{
    qint64 start;
    qint64 end;
    QString text;
};

// Parses SRT or WebVTT cues strictly; fails the test on anything malformed.
QList<Cue> parseCues(const QString& document, bool vtt)
{
    QList<Cue> cues;
    QStringList blocks = document.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (vtt) {
        if (blocks.isEmpty() || blocks.takeFirst() != u"WEBVTT")
            return {};
    }
    int number = 0;
    for (const QString& block : blocks) {
        QStringList lines = block.split(u'\n');
        if (!vtt && lines.takeFirst() != QString::number(++number))
            return {};
        const QStringList times = lines.takeFirst().split(QStringLiteral(" --> "));
        if (times.size() != 2 || lines.isEmpty())
            return {};
        cues.append({parseTime(times[0]), parseTime(times[1]), lines.join(u'\n')});
    }
    return cues;
}

} // namespace

class TestTranscriptExport : public QObject
{
    Q_OBJECT

private slots:
    void srtAndVttParseBackInOrder_data();
    void srtAndVttParseBackInOrder();
    void cueTextCannotBreakTheCues_data();
    void cueTextCannotBreakTheCues();
    void jsonHoldsSegmentsWordsAndSpeakers();
    void textWithAndWithoutTimestamps();
    void markdownEscapesTheWords();
    void unsureWordsAreMarkedInJsonAndMarkdown();
    void formatNames();
    void saveIsAtomicAndNamesTheFile();
};

void TestTranscriptExport::srtAndVttParseBackInOrder_data()
{
    QTest::addColumn<bool>("vtt");
    QTest::newRow("srt") << false;
    QTest::newRow("vtt") << true;
}

void TestTranscriptExport::srtAndVttParseBackInOrder()
{
    QFETCH(bool, vtt);
    const speech::Transcript transcript = sampleTranscript();
    const QString document = QString::fromUtf8(
        TranscriptExporter(transcript).render(vtt ? TranscriptFormat::WebVtt : TranscriptFormat::Srt));
    const QList<Cue> cues = parseCues(document, vtt);
    QCOMPARE(cues.size(), transcript.segments.size());
    qint64 previousStart = -1;
    for (int i = 0; i < cues.size(); ++i) {
        QVERIFY(cues[i].start >= 0);
        QVERIFY2(cues[i].end > cues[i].start, qPrintable(document));
        QVERIFY(cues[i].start >= previousStart);
        QCOMPARE(cues[i].start, transcript.segments[i].startMs);
        previousStart = cues[i].start;
    }
    QCOMPARE(cues[2].start, 3'600'250); // past an hour
    if (vtt) {
        QCOMPARE(cues[0].text, QStringLiteral("<v Ada &lt;chair&gt;>Welcome &amp; good *morning*."));
        QCOMPARE(cues[1].text, QStringLiteral("<v Speaker 2>Thanks &lt;all>."));
    } else {
        QCOMPARE(cues[0].text, QStringLiteral("Ada <chair>: Welcome & good *morning*."));
    }
}

void TestTranscriptExport::cueTextCannotBreakTheCues_data()
{
    srtAndVttParseBackInOrder_data();
}

void TestTranscriptExport::cueTextCannotBreakTheCues()
{
    // Edited or synced text can hold anything; a blank line or "-->" in it
    // would end the cue or start a new one in every player.
    QFETCH(bool, vtt);
    speech::Transcript transcript;
    const auto add = [&](qint64 start, const QString& text) {
        speech::TranscriptSegment segment;
        segment.startMs = start;
        segment.endMs = start + 900;
        segment.text = text;
        transcript.segments.append(segment);
    };
    add(1000, QStringLiteral("First part\n\n2\n00:00:09,000 --> 00:00:10,000\nforged cue"));
    add(2000, QStringLiteral("an arrow --> inside"));
    add(3000, QStringLiteral("carriage\r\nreturns\rhere"));
    add(4000, QStringLiteral(" \n\t"));
    add(5000, QStringLiteral("last"));
    const QString document = QString::fromUtf8(
        TranscriptExporter(transcript).render(vtt ? TranscriptFormat::WebVtt : TranscriptFormat::Srt));
    const QList<Cue> cues = parseCues(document, vtt);
    QCOMPARE(cues.size(), 4); // the segment of nothing but blanks has no cue
    const qint64 starts[] = {1000, 2000, 3000, 5000};
    for (int i = 0; i < cues.size(); ++i) {
        QCOMPARE(cues[i].start, starts[i]);
        QVERIFY2(!cues[i].text.contains(u"-->") && !cues[i].text.contains(u'\r'), qPrintable(document));
    }
    QCOMPARE(cues[0].text, QStringLiteral("First part\n2\n00:00:09,000 -> 00:00:10,000\nforged cue"));
    QCOMPARE(cues[2].text, QStringLiteral("carriage\nreturns\nhere"));
    QCOMPARE(cues[3].text, QStringLiteral("last"));
}

void TestTranscriptExport::jsonHoldsSegmentsWordsAndSpeakers()
{
    const QJsonObject root
        = QJsonDocument::fromJson(TranscriptExporter(sampleTranscript()).render(TranscriptFormat::Json))
              .object();
    QCOMPARE(root[u"engine"].toString(), QStringLiteral("test engine"));
    QCOMPARE(root[u"durationMs"].toInteger(), 3'725'000);
    QCOMPARE(root[u"speakers"].toArray().size(), 2);
    QCOMPARE(root[u"speakers"][0][u"name"].toString(), QStringLiteral("Ada <chair>"));
    const QJsonArray segments = root[u"segments"].toArray();
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments[1][u"speaker"].toString(), QStringLiteral("Speaker 2"));
    QCOMPARE(segments[0][u"words"].toArray().size(), 4);
    QCOMPARE(segments[0][u"words"][0][u"word"].toString(), QStringLiteral("Welcome"));
    QCOMPARE(segments[0][u"words"][0][u"confidence"].toDouble(), 0.8);
}

void TestTranscriptExport::textWithAndWithoutTimestamps()
{
    const speech::Transcript transcript = sampleTranscript();
    QCOMPARE(QString::fromUtf8(TranscriptExporter(transcript).render(TranscriptFormat::Text)),
        QStringLiteral("Welcome & good *morning*.\nThanks <all>.\nSee you in an hour.\n"));
    TranscriptExporter::Options options;
    options.timestamps = true;
    const QStringList lines
        = QString::fromUtf8(TranscriptExporter(transcript, options).render(TranscriptFormat::Text))
              .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[0], QStringLiteral("[00:00:01.500] Ada <chair>: Welcome & good *morning*."));
    QCOMPARE(lines[2], QStringLiteral("[01:00:00.250] Ada <chair>: See you in an hour."));
}

void TestTranscriptExport::markdownEscapesTheWords()
{
    TranscriptExporter::Options options;
    options.title = QStringLiteral("Board meeting");
    const QString markdown = QString::fromUtf8(
        TranscriptExporter(sampleTranscript(), options).render(TranscriptFormat::Markdown));
    QVERIFY(markdown.startsWith(u"# Board meeting\n\n**Ada <chair>** `00:00:01`\n\n"));
    QVERIFY(markdown.contains(u"Welcome & good \\*morning\\*."));
    QVERIFY(markdown.contains(u"**Speaker 2** `00:00:04`\n\nThanks \\<all\\>."));
}

void TestTranscriptExport::unsureWordsAreMarkedInJsonAndMarkdown()
{
    speech::Transcript transcript = sampleTranscript();
    // "good" and "*morning*." were heard unsure; "hour." just sure enough.
    transcript.segments[0].words[2].confidence = speech::kLowConfidence - 0.01;
    transcript.segments[0].words[3].confidence = 0.05;
    transcript.segments[2].words[4].confidence = speech::kLowConfidence;
    const QString markdown
        = QString::fromUtf8(TranscriptExporter(transcript).render(TranscriptFormat::Markdown));
    QVERIFY2(markdown.contains(u"Welcome & <mark>good</mark> <mark>\\*morning\\*.</mark>\n"),
        qPrintable(markdown));
    QVERIFY2(markdown.contains(u"See you in an hour.\n"), qPrintable(markdown));
    QCOMPARE(markdown.count(u"<mark>"), 2);
    QVERIFY(markdown.contains(u"Highlighted words are those the recogniser was unsure of"));
    // Nothing unsure: no legend.
    QVERIFY(!QString::fromUtf8(TranscriptExporter(sampleTranscript()).render(TranscriptFormat::Markdown))
                 .contains(u"<mark>"));
    QVERIFY(!QString::fromUtf8(TranscriptExporter(sampleTranscript()).render(TranscriptFormat::Markdown))
                 .contains(u"Highlighted"));

    const QJsonObject root
        = QJsonDocument::fromJson(TranscriptExporter(transcript).render(TranscriptFormat::Json)).object();
    QCOMPARE(root[u"lowConfidenceBelow"].toDouble(), speech::kLowConfidence);
    const QJsonArray words = root[u"segments"][0][u"words"].toArray();
    QCOMPARE(words[2][u"lowConfidence"].toBool(), true);
    QCOMPARE(words[3][u"lowConfidence"].toBool(), true);
    QVERIFY(!words[1].toObject().contains(u"lowConfidence"));
    QVERIFY(!root[u"segments"][2][u"words"][4].toObject().contains(u"lowConfidence"));
}

void TestTranscriptExport::formatNames()
{
    for (const char* name : {"txt", "srt", "vtt", "json", "md"}) {
        const auto format = TranscriptExporter::formatFromName(QString::fromLatin1(name));
        QVERIFY(format);
        QCOMPARE(TranscriptExporter::extension(*format), QString::fromLatin1(name));
    }
    QVERIFY(!TranscriptExporter::formatFromName(QStringLiteral("docx")));
}

void TestTranscriptExport::saveIsAtomicAndNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meeting.srt"));
    TranscriptExporter(sampleTranscript()).save(TranscriptFormat::Srt, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TranscriptExporter(sampleTranscript()).render(TranscriptFormat::Srt));

    const QString blocked = test::unwritableFolder(dir.path()) + u"/minutes.vtt";
    try {
        TranscriptExporter(sampleTranscript()).save(TranscriptFormat::WebVtt, blocked);
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"minutes.vtt"), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(blocked));
}

QTEST_GUILESS_MAIN(TestTranscriptExport)
#include "tst_transcriptexport.moc"
