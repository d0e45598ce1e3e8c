#pragma once

#include "speech/Transcript.h"

namespace voxnote::speech {

/// Where Voxnote draws the line between words it shows as recognised and
/// words it marks as unsure (in the transcript view and the exports).
///
/// The line was chosen on the LibriVox clips 0870, 0880 and 0890 of
/// pocketsphinx-testdata (the tune part) as the threshold, in steps of 0.05,
/// with the best F1 for finding the words that are wrong (0.59 there; 67 % of
/// the words it marks are wrong, and it marks 53 % of the wrong words).
/// `vx_tune_confidence` prints the table; on the report part (clips 0920,
/// 0930 and jfk.flac) 35 % of the marked words are wrong and 70 % of the
/// wrong words are marked. A word the user typed or confirmed has
/// confidence 1 and is never marked.
constexpr double kLowConfidence = 0.5;

/// True if `confidence` (0 … 1) is below `kLowConfidence`.
constexpr bool isLowConfidence(double confidence)
{
    return confidence < kLowConfidence;
}

inline bool isLowConfidence(const Word& word)
{
    return isLowConfidence(word.confidence);
}

} // namespace voxnote::speech
