#include "audio/SpeechFeatures.h"

#include <algorithm>
#include <cmath>

namespace voxnote::audio {

namespace {

constexpr int kWindow = 400; // 25 ms
// Band edges in bins of 31.25 Hz: 100 Hz, 500 Hz, 1 kHz, 2 kHz, 4 kHz.
constexpr std::array<int, 5> kEdges {3, 16, 32, 64, 128};
constexpr int kFlatFrom = 10; // 300 Hz
constexpr int kSmoothing = 5;
constexpr int kNear = 10; // ±100 ms
constexpr int kFar = 30; // ±300 ms
constexpr int kFarthest = 60; // ±600 ms
// Pitch lags at 8 kHz: 400 Hz … 62.5 Hz.
constexpr int kMinLag = 20;
constexpr int kMaxLag = 128;

float decibels(double power)
{
    return float(10.0 * std::log10(power + 1e-12));
}

constexpr float kVoiced = 0.5F; // harmonicity of a voiced frame
constexpr float kMaxGlide = 0.05F; // relative pitch change counted at most

struct Pitch
{
    float harmonicity = 0.0F;
    float lag = 0.0F;
};

// The strongest normalised autocorrelation at a voice's pitch and its lag
// (refined between samples), on the window taken down to 8 kHz (pairs
// averaged) to quarter the cost.
Pitch pitchOf(const float* window)
{
    constexpr int n = kWindow / 2;
    std::array<float, n> x {};
    float mean = 0.0F;
    for (int i = 0; i < n; ++i) {
        x[size_t(i)] = 0.5F * (window[2 * i] + window[2 * i + 1]);
        mean += x[size_t(i)];
    }
    mean /= float(n);
    for (float& value : x)
        value -= mean;
    std::array<float, kMaxLag + 2> r {};
    for (int lag = kMinLag - 1; lag <= kMaxLag + 1; ++lag) {
        double cross = 0.0;
        double a = 0.0;
        double b = 0.0;
        for (int i = 0; i + lag < n; ++i) {
            cross += double(x[size_t(i)]) * x[size_t(i + lag)];
            a += double(x[size_t(i)]) * x[size_t(i)];
            b += double(x[size_t(i + lag)]) * x[size_t(i + lag)];
        }
        if (a > 0.0 && b > 0.0)
            r[size_t(lag)] = float(cross / std::sqrt(a * b));
    }
    Pitch pitch;
    int best = kMinLag;
    for (int lag = kMinLag; lag <= kMaxLag; ++lag) {
        if (r[size_t(lag)] > r[size_t(best)])
            best = lag;
    }
    pitch.harmonicity = std::max(0.0F, r[size_t(best)]);
    // The top of the parabola through the peak and its neighbours.
    const float left = r[size_t(best - 1)];
    const float right = r[size_t(best + 1)];
    const float curve = left - 2.0F * r[size_t(best)] + right;
    pitch.lag = float(best) + (curve < 0.0F ? 0.5F * (left - right) / curve : 0.0F);
    return pitch;
}

} // namespace

SpeechFeatures::SpeechFeatures()
    : m_spectrum(kWindow)
    , m_power(PowerSpectrum::kBins)
    , m_window(kWindow, 0.0F)
{
}

SpeechFeatures::Raw SpeechFeatures::measure(const float* frame)
{
    std::move(m_window.begin() + kFrame, m_window.end(), m_window.begin());
    std::copy(frame, frame + kFrame, m_window.end() - kFrame);
    m_spectrum.compute(m_window.data(), m_power.data());

    Raw raw;
    double square = 0.0;
    for (int i = 0; i < kFrame; ++i)
        square += double(frame[i]) * frame[i];
    raw.levelDb = decibels(square / kFrame);
    double total = 0.0;
    for (size_t band = 0; band + 1 < kEdges.size(); ++band) {
        double sum = 0.0;
        for (int bin = kEdges[band]; bin < kEdges[band + 1]; ++bin)
            sum += m_power[size_t(bin)];
        total += sum;
        raw.db[band + 1] = decibels(sum);
    }
    raw.db[0] = decibels(total);
    double logSum = 0.0;
    double sum = 0.0;
    for (int bin = kFlatFrom; bin < kEdges.back(); ++bin) {
        logSum += std::log(double(m_power[size_t(bin)]) + 1e-12);
        sum += m_power[size_t(bin)];
    }
    const int bins = kEdges.back() - kFlatFrom;
    raw.flatness = float(10.0 / std::log(10.0) * (logSum / bins - std::log(sum / bins + 1e-12)));
    const Pitch pitch = pitchOf(m_window.data());
    raw.harmonicity = pitch.harmonicity;
    raw.lag = pitch.lag;

    raw.smoothedDb = raw.db;
    const size_t previous = std::min<size_t>(m_history.size(), kSmoothing - 1);
    for (size_t back = 1; back <= previous; ++back) {
        for (int band = 0; band < kBands; ++band)
            raw.smoothedDb[size_t(band)] += m_history[m_history.size() - back].db[size_t(band)];
    }
    for (float& value : raw.smoothedDb)
        value /= float(previous + 1);
    if (!m_history.empty()) {
        float flux = 0.0F;
        for (int band = 1; band < kBands; ++band)
            flux += std::max(0.0F, raw.db[size_t(band)] - m_history.back().db[size_t(band)]);
        raw.flux = flux / float(kBands - 1);
    }
    return raw;
}

SpeechFeatures::Frame SpeechFeatures::describe(size_t at) const
{
    const size_t size = m_history.size();
    const Raw& raw = m_history[at];
    std::array<float, kBands> floor;
    floor.fill(1e9F);
    for (size_t i = at >= size_t(kFloorFrames) ? at - kFloorFrames : 0; i < size; ++i) {
        for (int band = 0; band < kBands; ++band)
            floor[size_t(band)] = std::min(floor[size_t(band)], m_history[i].smoothedDb[size_t(band)]);
    }
    Frame frame;
    frame.levelDb = raw.levelDb;
    Vector& v = frame.values;
    for (int band = 0; band < kBands; ++band)
        v[size_t(band)] = raw.db[size_t(band)] - floor[size_t(band)];
    v[5] = raw.flatness;
    v[6] = raw.harmonicity;

    const auto around = [&](int radius, auto&& visit) {
        const size_t from = at >= size_t(radius) ? at - size_t(radius) : 0;
        const size_t to = std::min(size, at + size_t(radius) + 1);
        for (size_t i = from; i < to; ++i)
            visit(m_history[i]);
        return float(to - from);
    };
    double snr = 0.0;
    double level = 0.0;
    double levelSquares = 0.0;
    double harmonicity = 0.0;
    double flux = 0.0;
    double flatness = 0.0;
    float peak = 0.0F;
    std::array<double, kBands> shape {};
    const float near = around(kNear, [&](const Raw& r) {
        for (int band = 1; band < kBands; ++band)
            shape[size_t(band)] += r.db[size_t(band)] - r.db[0];
        snr += r.db[0] - floor[0];
        level += r.db[0];
        levelSquares += double(r.db[0]) * r.db[0];
        harmonicity += r.harmonicity;
        flux += r.flux;
        flatness += r.flatness;
        peak = std::max(peak, r.harmonicity);
    });
    v[7] = float(snr / near);
    const double meanLevel = level / near;
    v[8] = float(std::sqrt(std::max(0.0, levelSquares / near - meanLevel * meanLevel)));
    v[9] = float(harmonicity / near);
    v[10] = float(flux / near);
    double farSnr = 0.0;
    const float far = around(kFar, [&](const Raw& r) { farSnr += r.db[0] - floor[0]; });
    v[11] = float(farSnr / far);
    v[12] = peak;
    v[13] = float(flatness / near);
    // How the pitch moves from one voiced frame to the next, and how much of
    // the 300 ms around is voiced.
    // The median, so the jump from one note to the next does not count.
    std::array<float, kFar + 1> glides {};
    size_t voicedPairs = 0;
    int voiced = 0;
    const Raw* previous = nullptr;
    const float span = around(kFar / 2, [&](const Raw& r) {
        if (r.harmonicity > kVoiced) {
            ++voiced;
            if (previous && previous->harmonicity > kVoiced && voicedPairs < glides.size())
                glides[voicedPairs++] = std::min(kMaxGlide, std::abs(std::log(r.lag / previous->lag)));
        }
        previous = &r;
    });
    const auto middle = glides.begin() + long(voicedPairs / 2);
    std::nth_element(glides.begin(), middle, glides.begin() + long(voicedPairs));
    v[kPitchGlide] = voicedPairs > 0 ? *middle : kMaxGlide;
    v[kVoicedShare] = float(voiced) / span;
    for (int band = 1; band < kBands; ++band)
        v[size_t(15 + band)] = float(shape[size_t(band)] / near);
    double farthestSnr = 0.0;
    const float farthest = around(kFarthest, [&](const Raw& r) { farthestSnr += r.db[0] - floor[0]; });
    v[20] = float(farthestSnr / farthest);
    return frame;
}

bool SpeechFeatures::push(const float* samples, Frame& out)
{
    m_history.push_back(measure(samples));
    ++m_frames;
    const bool ready = m_history.size() > size_t(kLookahead);
    if (ready)
        out = describe(m_history.size() - 1 - kLookahead);
    while (m_history.size() > size_t(kFloorFrames + kLookahead + 1))
        m_history.pop_front();
    return ready;
}

void SpeechFeatures::finish(std::vector<Frame>& out)
{
    const size_t waiting = size_t(std::min<long>(m_frames, kLookahead));
    for (size_t i = m_history.size() - waiting; i < m_history.size(); ++i)
        out.push_back(describe(i));
    m_history.clear();
    m_frames = 0;
    std::fill(m_window.begin(), m_window.end(), 0.0F);
}

} // namespace voxnote::audio
