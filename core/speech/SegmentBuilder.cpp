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
    QList<TranscriptSegment> segments = grouped(words, speakers);
    coverTurns(segments);
    return segments;
}

QList<TranscriptSegment> SegmentBuilder::grouped(
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
    return segments;
}

QList<TranscriptSegment> SegmentBuilder::build(
    const QList<Word>& words, const std::vector<SpeakerTurn>& turns) const
{
    if (turns.empty())
        return build(words, std::vector<int> {});
    // The turn of each word; turns stand for speakers while segmenting, so
    // that a segment ends where a turn does.
    std::vector<int> turnOf(size_t(words.size()), 0);
    size_t at = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const qint64 middle = (words[i].startMs + words[i].endMs) / 2;
        const auto distance = [&](size_t t) {
            return middle < turns[t].startMs ? turns[t].startMs - middle
                : middle >= turns[t].endMs   ? middle - turns[t].endMs + 1
                                             : 0;
        };
        while (at + 1 < turns.size() && distance(at + 1) <= distance(at))
            ++at;
        turnOf[size_t(i)] = int(at);
    }
    QList<TranscriptSegment> segments = grouped(words, turnOf);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        TranscriptSegment& segment = segments[i];
        const SpeakerTurn& turn = turns[size_t(segment.speaker)];
        const bool firstOfTurn = i == 0 || segments[i - 1].speaker != segment.speaker;
        const bool lastOfTurn = i + 1 == segments.size() || segments[i + 1].speaker != segment.speaker;
        if (firstOfTurn)
            segment.startMs = std::min(segment.startMs, turn.startMs);
        if (lastOfTurn)
            segment.endMs = std::max(segment.endMs, turn.endMs);
        else
            segment.endMs = std::max(segment.endMs, segments[i + 1].startMs); // the rest of the turn
    }
    for (qsizetype i = 1; i < segments.size(); ++i) {
        TranscriptSegment& earlier = segments[i - 1];
        TranscriptSegment& later = segments[i];
        if (later.startMs >= earlier.endMs)
            continue;
        // Reaching out made them overlap: they meet between their words.
        const qint64 lastWordEnd = earlier.words.back().endMs;
        const qint64 firstWordStart = later.words.front().startMs;
        const qint64 meet
            = std::max(lastWordEnd, std::min(firstWordStart, (earlier.endMs + later.startMs) / 2));
        earlier.endMs = meet;
        later.startMs = std::max(meet, later.startMs);
    }
    for (TranscriptSegment& segment : segments)
        segment.speaker = turns[size_t(segment.speaker)].speaker;
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
