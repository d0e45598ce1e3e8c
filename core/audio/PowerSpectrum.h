#pragma once

#include <complex>
#include <vector>

namespace voxnote::audio {

/// The power spectrum of one short frame of audio: mean removed,
/// pre-emphasised (0.97), Hamming-windowed and zero-padded to `kFft` points.
/// What both speech detection and the speaker features start from. Not
/// thread-safe (it reuses its buffers): one per thread.
class PowerSpectrum
{
public:
    static constexpr int kFft = 512;
    static constexpr int kBins = kFft / 2 + 1;

    /// Frames of `windowLength` samples (at most `kFft`).
    explicit PowerSpectrum(int windowLength);

    int windowLength() const { return int(m_window.size()); }

    /// Fills `power` (`kBins` values, bin k at k · rate / kFft Hz) from the
    /// `windowLength()` samples at `frame`.
    void compute(const float* frame, float* power);

private:
    void fft();

    std::vector<float> m_window;
    std::vector<std::complex<float>> m_twiddles;
    std::vector<int> m_bitReverse;
    std::vector<std::complex<float>> m_buffer;
};

} // namespace voxnote::audio
