#pragma once

#include "speech/SpeakerEmbedder.h"

#include <vector>

namespace voxnote::speech {

/// A linear map that turns the MFCC statistics of a `SpeakerWindow` into a
/// short vector in which windows of one voice point the same way and windows
/// of different voices do not, whatever words were spoken: linear
/// discriminant analysis learned from the training recordings' windows and
/// their reference speakers (bench/voice `vx_tune_diarization
/// --write-projection` writes SpeakerProjectionTable.cpp). Embeddings are
/// first standardised over their recording, so the microphone and the room
/// cancel out. Call from any thread.
class SpeakerProjection
{
public:
    using Matrix = std::vector<std::vector<float>>;

    /// The identity (no projection).
    SpeakerProjection() = default;
    /// `weights`: `outputs` rows of `SpeakerEmbedder::kDimensions` values.
    SpeakerProjection(std::vector<float> weights, int outputs);

    /// The one learned from the training recordings, shipped with Voxnote.
    static const SpeakerProjection& builtIn();

    bool isIdentity() const { return m_outputs == 0; }
    int outputs() const { return m_outputs; }
    const std::vector<float>& weights() const { return m_weights; }

    /// Each embedding dimension to zero mean and unit spread over `windows`
    /// (one recording). Empty for no windows.
    static Matrix standardised(const std::vector<SpeakerWindow>& windows);
    /// Each embedding dimension to zero mean over `windows` (one recording),
    /// keeping its scale, so a recording of one voice stays a tight cloud.
    static Matrix centred(const std::vector<SpeakerWindow>& windows);

    /// `rows` projected and, if `unitLength`, scaled to unit length (ready
    /// for cosine similarity).
    Matrix apply(const Matrix& rows, bool unitLength = true) const;

private:
    std::vector<float> m_weights;
    int m_outputs = 0;
};

} // namespace voxnote::speech
