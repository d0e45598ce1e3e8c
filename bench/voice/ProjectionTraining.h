#pragma once

#include "speech/SpeakerEmbedder.h"

#include <QString>

#include <vector>

namespace voxnote::bench {

/// The windows of one recording with the reference speaker of each (-1:
/// more than one speaker, or none, so not used for training).
struct LabelledWindows
{
    std::vector<speech::SpeakerWindow> windows;
    std::vector<int> speakers; ///< ids shared by all recordings given to `trainProjection`
};

/// Linear discriminant analysis of the standardised windows (standardised
/// per recording, as `SpeakerProjection` does): `outputs` rows of weights
/// that maximise between-speaker over within-speaker scatter. The within
/// scatter is shrunk towards its mean variance by `shrinkage` (0 … 1), which
/// a few hundred windows need.
std::vector<float> trainProjection(
    const std::vector<LabelledWindows>& recordings, int outputs, double shrinkage);

/// A C++ source defining the table of SpeakerProjectionTable.h; `about` goes
/// into its header comment.
QString projectionSource(const std::vector<float>& weights, int outputs, const QString& about);

} // namespace voxnote::bench
