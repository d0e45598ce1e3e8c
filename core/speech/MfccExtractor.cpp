#include "speech/MfccExtractor.h"

#include <cmath>
#include <numbers>

namespace voxnote::speech {

namespace {

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
    : m_spectrum(kWindow)
    , m_power(audio::PowerSpectrum::kBins)
    , m_filters(kBands)
    , m_filterStart(kBands)
    , m_dct(size_t(kCoefficients) * kBands)
    , m_logBands(kBands)
{
    constexpr double pi = std::numbers::pi;

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
}

int MfccExtractor::compute(const std::vector<float>& samples, std::vector<float>& out)
{
    if (samples.size() < size_t(kWindow))
        return 0;
    const int frames = int((samples.size() - kWindow) / kHop) + 1;
    out.reserve(out.size() + size_t(frames) * kCoefficients);
    for (int frame = 0; frame < frames; ++frame) {
        m_spectrum.compute(samples.data() + size_t(frame) * kHop, m_power.data());
        for (int band = 0; band < kBands; ++band) {
            const std::vector<float>& weights = m_filters[size_t(band)];
            float energy = 0.0F;
            for (size_t w = 0; w < weights.size(); ++w)
                energy += weights[w] * m_power[size_t(m_filterStart[size_t(band)]) + w];
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
