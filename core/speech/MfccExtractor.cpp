#include "speech/MfccExtractor.h"

#include <cmath>
#include <numbers>

namespace voxnote::speech {

namespace {

constexpr float kPreEmphasis = 0.97F;
constexpr double kSampleRate = 16000.0;

double hzToMel(double hz)
{
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double melToHz(double mel)
{
    return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
}

} // namespace

MfccExtractor::MfccExtractor()
    : m_window(kWindow)
    , m_filters(kBands)
    , m_filterStart(kBands)
    , m_dct(size_t(kCoefficients) * kBands)
    , m_twiddles(kFft / 2)
    , m_bitReverse(kFft)
    , m_buffer(kFft)
    , m_logBands(kBands)
{
    constexpr double pi = std::numbers::pi;
    for (int i = 0; i < kWindow; ++i)
        m_window[size_t(i)] = float(0.54 - 0.46 * std::cos(2.0 * pi * i / (kWindow - 1)));

    // Triangular mel filters over the bins of the power spectrum.
    const double low = hzToMel(60.0);
    const double high = hzToMel(7600.0);
    std::vector<double> edges(kBands + 2);
    for (int i = 0; i < kBands + 2; ++i)
        edges[size_t(i)] = melToHz(low + (high - low) * i / (kBands + 1)) * kFft / kSampleRate;
    for (int band = 0; band < kBands; ++band) {
        const double left = edges[size_t(band)];
        const double centre = edges[size_t(band) + 1];
        const double right = edges[size_t(band) + 2];
        const int first = int(std::ceil(left));
        m_filterStart[size_t(band)] = first;
        for (int bin = first; bin <= int(std::floor(right)) && bin <= kFft / 2; ++bin) {
            const double weight
                = bin <= centre ? (bin - left) / (centre - left) : (right - bin) / (right - centre);
            m_filters[size_t(band)].push_back(float(std::max(0.0, weight)));
        }
    }
    for (int c = 0; c < kCoefficients; ++c) {
        for (int band = 0; band < kBands; ++band)
            m_dct[size_t(c * kBands + band)] = float(std::cos(pi * (c + 1) * (band + 0.5) / kBands));
    }

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

void MfccExtractor::fft()
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

int MfccExtractor::compute(const std::vector<float>& samples, std::vector<float>& out)
{
    if (samples.size() < size_t(kWindow))
        return 0;
    const int frames = int((samples.size() - kWindow) / kHop) + 1;
    out.reserve(out.size() + size_t(frames) * kCoefficients);
    for (int frame = 0; frame < frames; ++frame) {
        const float* x = samples.data() + size_t(frame) * kHop;
        float mean = 0.0F;
        for (int i = 0; i < kWindow; ++i)
            mean += x[i];
        mean /= kWindow;
        for (int i = 0; i < kFft; ++i) {
            float value = 0.0F;
            if (i < kWindow) {
                const float previous = i > 0 ? x[i - 1] - mean : x[0] - mean;
                value = ((x[i] - mean) - kPreEmphasis * previous) * m_window[size_t(i)];
            }
            m_buffer[size_t(i)] = value;
        }
        fft();
        for (int band = 0; band < kBands; ++band) {
            const std::vector<float>& weights = m_filters[size_t(band)];
            float energy = 0.0F;
            for (size_t w = 0; w < weights.size(); ++w)
                energy += weights[w] * std::norm(m_buffer[size_t(m_filterStart[size_t(band)]) + w]);
            m_logBands[size_t(band)] = std::log(energy + 1e-10F);
        }
        for (int c = 0; c < kCoefficients; ++c) {
            float sum = 0.0F;
            for (int band = 0; band < kBands; ++band)
                sum += m_dct[size_t(c * kBands + band)] * m_logBands[size_t(band)];
            out.push_back(sum);
        }
    }
    return frames;
}

} // namespace voxnote::speech
