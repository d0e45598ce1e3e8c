#pragma once

#include "speech/SpeakerEmbedder.h"

#include <vector>

namespace voxnote::speech {

/// Groups `SpeakerWindow`s by voice: agglomerative clustering (average
/// linkage, cosine distance on standardised embeddings) on at most
/// `kMaxLinked` windows, then every window goes to its nearest speaker and the
/// speakers are refined k-means style. The number of speakers is the one the
/// user gave, or estimated by where merging stops: when the closest two groups
/// are further apart than `threshold`. Labels are smoothed over time so one
/// odd window does not become a speaker turn. Call from any thread; it keeps
/// no state between calls.
class SpeakerClustering
{
public:
    struct Options
    {
        int speakers = 0; ///< 0: estimate
        int maxSpeakers = 8; ///< when estimating
        double threshold = 0.6;
        /// A speaker holding less than this share of the windows is merged
        /// into the nearest other one (only when estimating).
        double minShare = 0.04;
    };

    static constexpr int kMaxLinked = 600;

    explicit SpeakerClustering(const Options& options);

    /// Returns one label per window, 0 … k-1, numbered in order of first
    /// appearance. Windows must be in time order.
    std::vector<int> cluster(const std::vector<SpeakerWindow>& windows) const;

private:
    Options m_options;
};

} // namespace voxnote::speech
