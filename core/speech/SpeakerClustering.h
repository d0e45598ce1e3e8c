#pragma once

#include "speech/SpeakerEmbedder.h"

#include <vector>

namespace voxnote::speech {

/// Groups `SpeakerWindow`s by voice. Two methods:
///
/// - `Bic` (the default): every window is a diagonal Gaussian over its MFCC
///   frames; agglomerative clustering of at most `kMaxLinked` windows merges
///   the pair with the lowest ΔBIC until merging stops paying
///   (ΔBIC > 0, weighted by `bicPenalty`) — that is the estimated number of
///   speakers — or until the user's number is reached. Then a Viterbi pass
///   over all windows in time order resegments them (each speaker a Gaussian,
///   `switchPenalty` per change), re-estimating the speakers a few times.
/// - `Cosine`: average-linkage clustering by cosine distance of standardised
///   embeddings, stopping at `threshold`; every window then goes to its
///   nearest speaker (k-means refinement) and labels are smoothed.
///
/// When estimating, speakers with less than `minShare` of the speech (or, for
/// `Bic`, less than `minSpeechMs` of it) are folded into others.
/// Call from any thread; it keeps no state between calls.
class SpeakerClustering
{
public:
    enum class Method { Cosine, Bic };

    struct Options
    {
        int speakers = 0; ///< 0: estimate
        int maxSpeakers = 8; ///< when estimating
        Method method = Method::Bic;
        double threshold = 0.6; ///< Cosine: stop merging beyond this distance
        /// Bic: weight of the model-size penalty; higher, fewer speakers.
        double bicPenalty = 6.0; ///< tuned on the trn* recordings (bench/voice)
        /// Bic: log-likelihood a change of speaker between neighbouring
        /// windows costs in the resegmentation (0: none).
        double switchPenalty = 20.0;
        /// A speaker holding less than this share of the windows is merged
        /// into the nearest other one (only when estimating). Kept small: a
        /// long meeting's quiet participants are speakers too.
        double minShare = 0.04;
        /// Bic: nor is one with less speech than this in all (only when
        /// estimating): in a short clip a share says little, and a change of
        /// tone in a monologue must not become a second person. With
        /// `bicPenalty` 6 it scores as penalty 8 does on trn* and splits a
        /// short two-person clip better; a share of a quarter did as well on
        /// trn* but would fold away a meeting's quiet participants.
        int minSpeechMs = 5000;
    };

    /// Changes whenever the labels for the same windows, or the segments
    /// built from them, may change (stored results made by an older version
    /// are not reused). 3: segments cover their turn's pauses. 4: speech is found by
    /// the speech detector and words outside it are dropped.
    static constexpr int kVersion = 4;

    static constexpr int kMaxLinked = 600;

    explicit SpeakerClustering(const Options& options);

    /// Returns one label per window, 0 … k-1, numbered in order of first
    /// appearance. Windows must be in time order.
    std::vector<int> cluster(const std::vector<SpeakerWindow>& windows) const;

private:
    std::vector<int> clusterByBic(const std::vector<SpeakerWindow>& windows) const;

    Options m_options;
};

} // namespace voxnote::speech
