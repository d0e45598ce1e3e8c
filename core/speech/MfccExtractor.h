#pragma once

#include "audio/PowerSpectrum.h"

#include <vector>

namespace voxnote::speech {

/// Mel-frequency cepstral coefficients of 16 kHz audio: 25 ms Hamming
/// windows every 10 ms, 40 mel bands from 60 Hz to 7.6 kHz, `kCoefficients`
/// cepstra after c0 (c0, the loudness, says more about the microphone than
/// the voice). Used to tell speakers apart. Not thread-safe (it reuses its
/// buffers): one per thread.
class MfccExtractor
{
public:
    static constexpr int kCoefficients = 19;
    static constexpr int kHop = 160;
    static constexpr int kWindow = 400;

    MfccExtractor();

    /// One row of `kCoefficients` values per 10 ms frame of `samples`
    /// (frame i covers samples i*160 … i*160+400), appended to `out`.
    /// Returns the number of frames.
    int compute(const std::vector<float>& samples, std::vector<float>& out);

private:
    static constexpr int kFft = audio::PowerSpectrum::kFft;
    static constexpr int kBands = 40;

    audio::PowerSpectrum m_spectrum;
    std::vector<float> m_power;
    std::vector<std::vector<float>> m_filters; ///< per band, weights over the power spectrum
    std::vector<int> m_filterStart;
    std::vector<float> m_dct; ///< kCoefficients × kBands
    std::vector<float> m_logBands;
};

} // namespace voxnote::speech
