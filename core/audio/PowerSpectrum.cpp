#include "audio/PowerSpectrum.h"

#include <cmath>
#include <numbers>

namespace voxnote::audio {

namespace {

constexpr float kPreEmphasis = 0.97F;

} // namespace

PowerSpectrum::PowerSpectrum(int windowLength)
    : m_window(size_t(std::min(windowLength, kFft)))
    , m_twiddles(kFft / 2)
    , m_bitReverse(kFft)
    , m_buffer(kFft)
{
    constexpr double pi = std::numbers::pi;
    const int n = int(m_window.size());
    for (int i = 0; i < n; ++i)
        m_window[size_t(i)] = float(0.54 - 0.46 * std::cos(2.0 * pi * i / (n - 1)));
    for (int i = 0; i < kFft / 2; ++i)
        m_twiddles[size_t(i)] = std::polar(1.0F, float(-2.0 * pi * i / kFft));
    int bits = 0;
    while ((1 << bits) < kFft)
        ++bits;
    for (int i = 0; i < kFft; ++i) {
        int reversed = 0;
        for (int b = 0; b < bits; ++b)
            reversed |= ((i >> b) & 1) << (bits - 1 - b);
        m_bitReverse[size_t(i)] = reversed;
    }
}

void PowerSpectrum::fft()
{
    for (int i = 0; i < kFft; ++i) {
        if (i < m_bitReverse[size_t(i)])
            std::swap(m_buffer[size_t(i)], m_buffer[size_t(m_bitReverse[size_t(i)])]);
    }
    for (int size = 2; size <= kFft; size *= 2) {
        const int half = size / 2;
        const int step = kFft / size;
        for (int start = 0; start < kFft; start += size) {
            for (int k = 0; k < half; ++k) {
                const std::complex<float> odd
                    = m_buffer[size_t(start + k + half)] * m_twiddles[size_t(k * step)];
                m_buffer[size_t(start + k + half)] = m_buffer[size_t(start + k)] - odd;
                m_buffer[size_t(start + k)] += odd;
            }
        }
    }
}

void PowerSpectrum::compute(const float* x, float* power)
{
    const int n = windowLength();
    float mean = 0.0F;
    for (int i = 0; i < n; ++i)
        mean += x[i];
    mean /= float(n);
    for (int i = 0; i < kFft; ++i) {
        float value = 0.0F;
        if (i < n) {
            const float previous = i > 0 ? x[i - 1] - mean : x[0] - mean;
            value = ((x[i] - mean) - kPreEmphasis * previous) * m_window[size_t(i)];
        }
        m_buffer[size_t(i)] = value;
    }
    fft();
    for (int k = 0; k < kBins; ++k)
        power[k] = std::norm(m_buffer[size_t(k)]);
}

} // namespace voxnote::audio
