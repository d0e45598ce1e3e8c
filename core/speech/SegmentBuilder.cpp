#include "speech/SegmentBuilder.h"

namespace voxnote::speech {

SegmentBuilder::SegmentBuilder()
    : SegmentBuilder(Options {})
{
}

SegmentBuilder::SegmentBuilder(const Options& options)
    : m_options(options)
{
}

QString SegmentBuilder::sentence(const QList<Word>& words)
{
    QStringList texts;
    for (const Word& word : words) {
        // The recogniser writes "i", "i'm" … in lower case.
        const bool pronounI = word.text == u"i" || word.text.startsWith(u"i'");
        texts << (pronounI ? word.text.at(0).toUpper() + word.text.mid(1) : word.text);
    }
    QString text = texts.join(u' ');
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        text += u'.';
    }
    return text;
}

QList<TranscriptSegment> SegmentBuilder::build(
    const QList<Word>& words, const std::vector<int>& speakers) const
{
    QList<TranscriptSegment> segments;
    const auto speakerOf = [&](qsizetype i) {
        return size_t(i) < speakers.size() ? speakers[size_t(i)] : -1;
    };
    const auto close = [&](TranscriptSegment& segment) {
        if (segment.words.isEmpty())
            return;
        segment.startMs = segment.words.front().startMs;
        segment.endMs = segment.words.back().endMs;
        segment.text = sentence(segment.words);
        segments.append(segment);
        segment = {};
    };
    TranscriptSegment current;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word& word = words[i];
        if (!current.words.isEmpty()) {
            const Word& last = current.words.back();
            const bool pause = word.startMs - last.endMs >= m_options.pauseMs;
            const bool tooLong = word.endMs - current.words.front().startMs > m_options.maxMs;
            if (pause || tooLong || speakerOf(i) != current.speaker)
                close(current);
        }
        if (current.words.isEmpty())
            current.speaker = speakerOf(i);
        current.words.append(word);
    }
    close(current);
    coverTurns(segments);
    return segments;
}

void SegmentBuilder::coverTurns(QList<TranscriptSegment>& segments) const
{
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        TranscriptSegment& earlier = segments[i];
        TranscriptSegment& later = segments[i + 1];
        const qint64 gap = later.startMs - earlier.endMs;
        // Touching, or words of neighbouring chunks overlapping: leave them be.
        if (gap <= 0 || gap >= m_options.turnGapMs)
            continue;
        if (earlier.speaker == later.speaker) {
            earlier.endMs = later.startMs;
        } else {
            earlier.endMs += gap / 2;
            later.startMs = earlier.endMs;
        }
    }
}

} // namespace voxnote::speech
