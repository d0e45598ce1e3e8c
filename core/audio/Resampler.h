#pragma once

#include <vector>

struct SRC_STATE_tag;

namespace voxnote::audio {

/// Converts a stream of mono float samples from one rate to another with
/// libsamplerate, block by block, keeping its filter state between blocks so
/// a long recording never has to be in memory at once. Not thread-safe: one
/// per stream. Failures throw `Error`.
class Resampler
{
public:
    Resampler(int inputRate, int outputRate);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    /// Converts `input` and appends the result to `output`. Pass
    /// `endOfInput` with the last block so the filter's tail is flushed.
    void process(const std::vector<float>& input, bool endOfInput, std::vector<float>& output);

private:
    SRC_STATE_tag* m_state = nullptr;
    double m_ratio = 1.0;
};

} // namespace voxnote::audio
