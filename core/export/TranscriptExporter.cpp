#include "export/TranscriptExporter.h"

#include "Error.h"
#include "notes/WordAlignment.h"
#include "speech/WordConfidence.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace voxnote::exporting {

using speech::TranscriptSegment;

namespace {

// WebVTT cue text and voice names escape "&" and "<" (and ">" inside a tag).
QString vttEscaped(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;"));
}

/// Text that subtitle players read as a cue's text and nothing else: every
/// kind of line break becomes one "\n", blank lines go (a blank line ends a
/// cue), and "-->" (which marks a cue's times) becomes "->". Empty if only
/// blanks were left.
QString cueText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    QString joined = lines.join(u'\n');
    while (joined.contains(QStringLiteral("-->")))
        joined.replace(QStringLiteral("-->"), QStringLiteral("->"));
    return joined;
}

} // namespace

TranscriptExporter::TranscriptExporter(const speech::Transcript& transcript)
    : TranscriptExporter(transcript, Options {})
{
}

TranscriptExporter::TranscriptExporter(const speech::Transcript& transcript, const Options& options)
    : m_transcript(transcript)
    , m_options(options)
{
}

std::optional<TranscriptFormat> TranscriptExporter::formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"txt" || lower == u"text")
        return TranscriptFormat::Text;
    if (lower == u"srt")
        return TranscriptFormat::Srt;
    if (lower == u"vtt" || lower == u"webvtt")
        return TranscriptFormat::WebVtt;
    if (lower == u"json")
        return TranscriptFormat::Json;
    if (lower == u"md" || lower == u"markdown")
        return TranscriptFormat::Markdown;
    return std::nullopt;
}

QString TranscriptExporter::extension(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::Text:
        return QStringLiteral("txt");
    case TranscriptFormat::Srt:
        return QStringLiteral("srt");
    case TranscriptFormat::WebVtt:
        return QStringLiteral("vtt");
    case TranscriptFormat::Json:
        return QStringLiteral("json");
    case TranscriptFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString TranscriptExporter::timestamp(qint64 ms, QChar separator)
{
    ms = std::max<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QByteArray TranscriptExporter::render(TranscriptFormat format) const
{
    switch (format) {
    case TranscriptFormat::Text:
        return text();
    case TranscriptFormat::Srt:
        return srt();
    case TranscriptFormat::WebVtt:
        return vtt();
    case TranscriptFormat::Json:
        return json();
    case TranscriptFormat::Markdown:
        return markdown();
    }
    return {};
}

void TranscriptExporter::save(TranscriptFormat format, const QString& path) const
{
    const QByteArray data = render(format);
    QSaveFile file(path);
    const auto fail = [&] {
        throw Error(QCoreApplication::translate("TranscriptExporter", "Could not write “%1”: %2.")
                        .arg(QFileInfo(path).fileName(), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        fail();
    if (file.write(data) != data.size())
        fail();
    if (!file.commit())
        fail();
    qCDebug(lcExport) << "wrote" << path << data.size() << "bytes";
}

QString TranscriptExporter::speakerOf(const TranscriptSegment& segment) const
{
    if (segment.speaker < 0 || segment.speaker >= m_transcript.speakers.size())
        return {};
    return m_transcript.speakers[segment.speaker].displayName();
}

qint64 TranscriptExporter::cueEnd(const TranscriptSegment& segment)
{
    return std::max(segment.endMs, segment.startMs + 1);
}

QByteArray TranscriptExporter::text() const
{
    QString out;
    for (const TranscriptSegment& segment : m_transcript.segments) {
        if (m_options.timestamps) {
            out += u'[' + timestamp(segment.startMs, u'.') + u"] ";
            const QString speaker = speakerOf(segment);
            if (!speaker.isEmpty())
                out += speaker + u": ";
        }
        out += segment.text + u'\n';
    }
    return out.toUtf8();
}

QByteArray TranscriptExporter::srt() const
{
    QString out;
    const bool named = m_transcript.speakers.size() > 1;
    int number = 0;
    for (const TranscriptSegment& segment : m_transcript.segments) {
        const QString text = cueText(segment.text);
        if (text.isEmpty())
            continue; // a cue of nothing would read as the end of one
        out += QString::number(++number) + u'\n' + timestamp(segment.startMs, u',') + u" --> "
            + timestamp(cueEnd(segment), u',') + u'\n';
        if (named && segment.speaker >= 0)
            out += cueText(speakerOf(segment)).replace(u'\n', u' ') + u": ";
        out += text + u"\n\n";
    }
    return out.toUtf8();
}

QByteArray TranscriptExporter::vtt() const
{
    QString out = QStringLiteral("WEBVTT\n\n");
    for (const TranscriptSegment& segment : m_transcript.segments) {
        const QString text = cueText(segment.text);
        if (text.isEmpty())
            continue;
        out += timestamp(segment.startMs, u'.') + u" --> " + timestamp(cueEnd(segment), u'.') + u'\n';
        const QString speaker = cueText(speakerOf(segment)).replace(u'\n', u' ');
        if (!speaker.isEmpty())
            out += u"<v " + vttEscaped(speaker).replace(u'>', QStringLiteral("&gt;")) + u'>';
        out += vttEscaped(text) + u"\n\n";
    }
    return out.toUtf8();
}

QByteArray TranscriptExporter::json() const
{
    QJsonArray speakers;
    for (const speech::Speaker& speaker : m_transcript.speakers) {
        speakers.append(QJsonObject {{QStringLiteral("id"), speaker.id},
            {QStringLiteral("label"), speaker.label}, {QStringLiteral("name"), speaker.displayName()}});
    }
    QJsonArray segments;
    for (const TranscriptSegment& segment : m_transcript.segments) {
        QJsonArray words;
        for (const speech::Word& word : segment.words) {
            QJsonObject entry {{QStringLiteral("word"), word.text}, {QStringLiteral("startMs"), word.startMs},
                {QStringLiteral("endMs"), word.endMs},
                {QStringLiteral("confidence"), std::round(word.confidence * 1000.0) / 1000.0}};
            if (speech::isLowConfidence(word))
                entry.insert(QStringLiteral("lowConfidence"), true);
            words.append(entry);
        }
        segments.append(QJsonObject {{QStringLiteral("startMs"), segment.startMs},
            {QStringLiteral("endMs"), segment.endMs},
            {QStringLiteral("speaker"), segment.speaker >= 0 ? QJsonValue(speakerOf(segment)) : QJsonValue()},
            {QStringLiteral("text"), segment.text}, {QStringLiteral("words"), words}});
    }
    const QJsonObject root {{QStringLiteral("engine"), m_transcript.engine},
        {QStringLiteral("language"), m_transcript.language},
        {QStringLiteral("durationMs"), m_transcript.durationMs},
        {QStringLiteral("lowConfidenceBelow"), speech::kLowConfidence},
        {QStringLiteral("speakers"), speakers}, {QStringLiteral("segments"), segments}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString TranscriptExporter::escapedMarkdown(const QString& text)
{
    // Keep the words from being read as Markdown.
    QString escaped = text;
    for (const QChar special : {u'\\', u'*', u'_', u'`', u'#', u'[', u']', u'<', u'>'})
        escaped.replace(special, QString(u'\\') + special);
    return escaped;
}

QByteArray TranscriptExporter::markdown() const
{
    QString out;
    if (!m_options.title.isEmpty())
        out += u"# " + m_options.title + u"\n\n";
    QString lastSpeaker;
    bool marked = false;
    for (const TranscriptSegment& segment : m_transcript.segments) {
        const QString speaker = speakerOf(segment);
        const QString time = timestamp(segment.startMs, u'.').left(8);
        if (speaker != lastSpeaker || speaker.isEmpty())
            out += (speaker.isEmpty() ? QString() : u"**" + speaker + u"** ") + u'`' + time + u"`\n\n";
        lastSpeaker = speaker;
        // Words the recogniser was unsure of are highlighted (`<mark>`, which
        // CommonMark passes through as HTML), as in the transcript view.
        QString line;
        qsizetype done = 0;
        for (const notes::TimedToken& token :
            notes::alignWords(segment.text, segment.words, segment.startMs, segment.endMs)) {
            line += escapedMarkdown(segment.text.mid(done, token.offset - done));
            const QString word = escapedMarkdown(segment.text.mid(token.offset, token.length));
            const bool low = speech::isLowConfidence(token.confidence);
            marked = marked || low;
            line += low ? u"<mark>" + word + u"</mark>" : word;
            done = token.offset + token.length;
        }
        out += line + escapedMarkdown(segment.text.mid(done)) + u"\n\n";
    }
    if (marked) {
        out += u"---\n\n_"
            + QCoreApplication::translate("TranscriptExporter",
                "Highlighted words are those the recogniser was unsure of; check them against the recording.")
            + u"_\n";
    }
    return out.toUtf8();
}

} // namespace voxnote::exporting
