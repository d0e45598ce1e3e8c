#pragma once

#include "speech/SpeakerDiarizer.h"
#include "speech/Transcript.h"

#include <vector>

namespace voxnote::speech {

/// Groups recognised words into sentence-like segments: a segment ends at a
/// pause of `pauseMs`, where the speaker changes, or once it is `maxMs` long
/// (subtitles stay readable). Its text is the words with a capital letter at
/// the start and a full stop at the end — plain text, ready for search.
///
/// Segment times are the speaker's turn as a listener hears it, not just the
/// span of the recognised words: the recogniser's word times leave out the
/// breaths and short hesitations inside a turn, so a pause shorter than
/// `turnGapMs` between two segments is covered by them — the earlier one runs
/// on to the next when the speaker stays, and they meet halfway when it
/// changes.
///
/// Call from any thread; it keeps no state between calls.
class SegmentBuilder
{
public:
    struct Options
    {
        int pauseMs = 500;
        int maxMs = 10000;
        int turnGapMs = 800; ///< tuned on the trn* recordings (bench/voice)
    };

    SegmentBuilder();
    explicit SegmentBuilder(const Options& options);

    /// `speakers[i]` is the speaker of `words[i]` (or empty: no speakers).
    /// Words must be in time order. Segments are in time order and do not
    /// overlap; each covers its words.
    QList<TranscriptSegment> build(const QList<Word>& words, const std::vector<int>& speakers) const;

    /// The same with the speakers' turns from `SpeakerDiarizer`: each word
    /// belongs to the turn its middle falls in (or the nearest), a segment
    /// never spans two turns, and the first and last segment of a turn reach
    /// out to the turn's start and end (the listener hears the turn, not
    /// just the recognised words). No turns: as `build(words, {})`.
    QList<TranscriptSegment> build(const QList<Word>& words, const std::vector<SpeakerTurn>& turns) const;

    /// The segment text for `words`.
    static QString sentence(const QList<Word>& words);

private:
    QList<TranscriptSegment> grouped(const QList<Word>& words, const std::vector<int>& speakers) const;
    void coverTurns(QList<TranscriptSegment>& segments) const;

    Options m_options;
};

} // namespace voxnote::speech
