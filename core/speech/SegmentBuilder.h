#pragma once

#include "speech/Transcript.h"

#include <vector>

namespace voxnote::speech {

/// Groups recognised words into sentence-like segments: a segment ends at a
/// pause of `pauseMs`, where the speaker changes, or once it is `maxMs` long
/// (subtitles stay readable). Its text is the words with a capital letter at
/// the start and a full stop at the end — plain text, ready for search.
/// Call from any thread; it keeps no state between calls.
class SegmentBuilder
{
public:
    struct Options
    {
        int pauseMs = 500;
        int maxMs = 10000;
    };

    SegmentBuilder();
    explicit SegmentBuilder(const Options& options);

    /// `speakers[i]` is the speaker of `words[i]` (or empty: no speakers).
    /// Words must be in time order.
    QList<TranscriptSegment> build(const QList<Word>& words, const std::vector<int>& speakers) const;

    /// The segment text for `words`.
    static QString sentence(const QList<Word>& words);

private:
    Options m_options;
};

} // namespace voxnote::speech
