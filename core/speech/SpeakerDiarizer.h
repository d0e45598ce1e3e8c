#pragma once

#include "audio/AudioChunk.h"
#include "speech/SpeakerClustering.h"
#include "speech/SpeakerEmbedder.h"

#include <vector>

namespace voxnote::speech {

/// One speaker's stretch of speech, in milliseconds from the recording's start.
struct SpeakerTurn
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int speaker = 0;
};

/// Who spoke when, on the detector's speech only: the speaker windows are
/// clustered (`SpeakerClustering`: ΔBIC agglomeration, which also estimates
/// the number of speakers, then a Viterbi pass over the windows), then every
/// 10 ms speech frame is resegmented by Viterbi with one Gaussian mixture
/// per speaker (trained on the frames the pass before gave it, the MFCCs
/// normalised over the recording), `switchPenalty` per change of speaker, a
/// few times over. Each speech span becomes one or more turns.
///
/// Call from any thread; it keeps no state between calls.
class SpeakerDiarizer
{
public:
    struct Options
    {
        SpeakerClustering::Options clustering;
        int resegmentations = 2; ///< frame-level passes; 0: windows only
        int components = 8; ///< per speaker's mixture
        double switchPenalty = 60.0; ///< log-likelihood a change of speaker costs (tuned on trn*)
    };

    explicit SpeakerDiarizer(const Options& options);

    /// `speech`, `windows` and `frames` in time order. Turns are in time
    /// order, do not overlap, lie inside `speech` and cover it; speakers are
    /// numbered 0 … k-1 in order of first appearance. No speech: no turns.
    std::vector<SpeakerTurn> diarize(const std::vector<audio::SpeechSpan>& speech,
        const std::vector<SpeakerWindow>& windows, const SpeakerFrames& frames) const;

private:
    std::vector<int> resegmented(const SpeakerFrames& frames, std::vector<int> labels, int speakers) const;

    Options m_options;
};

} // namespace voxnote::speech
