#include "speech/SpeakerDiarizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace voxnote::speech {

namespace {

constexpr int kDims = MfccExtractor::kCoefficients;
constexpr int kEmIterations = 6;
constexpr double kVarianceFloor = 0.01; // of normalised features
constexpr int kFramesPerComponent = 20;

// The MFCCs with zero mean and unit variance per coefficient over the
// recording, as doubles.
std::vector<double> normalised(const SpeakerFrames& frames)
{
    const size_t n = frames.size();
    std::vector<double> mean(kDims, 0.0);
    std::vector<double> spread(kDims, 0.0);
    for (size_t f = 0; f < n; ++f) {
        for (int d = 0; d < kDims; ++d)
            mean[size_t(d)] += frames.row(f)[d];
    }
    for (double& m : mean)
        m /= double(n);
    for (size_t f = 0; f < n; ++f) {
        for (int d = 0; d < kDims; ++d)
            spread[size_t(d)] += std::pow(frames.row(f)[d] - mean[size_t(d)], 2);
    }
    for (double& s : spread)
        s = std::sqrt(s / double(n)) + 1e-9;
    std::vector<double> x(n * kDims);
    for (size_t f = 0; f < n; ++f) {
        for (int d = 0; d < kDims; ++d)
            x[f * kDims + size_t(d)] = (frames.row(f)[d] - mean[size_t(d)]) / spread[size_t(d)];
    }
    return x;
}

/// A mixture of diagonal Gaussians.
struct Mixture
{
    std::vector<double> logWeight;
    std::vector<double> mean; // components × kDims
    std::vector<double> variance;
    std::vector<double> constant; // per component: log weight − ½ Σ log 2πσ²

    size_t components() const { return logWeight.size(); }

    void prepare()
    {
        constant.assign(components(), 0.0);
        for (size_t c = 0; c < components(); ++c) {
            double sum = 0.0;
            for (int d = 0; d < kDims; ++d)
                sum += std::log(2.0 * std::numbers::pi * variance[c * kDims + size_t(d)]);
            constant[c] = logWeight[c] - 0.5 * sum;
        }
    }

    // Per component log-densities into `out`; returns their log-sum.
    double logLikelihood(const double* x, std::vector<double>& out) const
    {
        out.resize(components());
        double best = -std::numeric_limits<double>::infinity();
        for (size_t c = 0; c < components(); ++c) {
            double sum = 0.0;
            for (int d = 0; d < kDims; ++d) {
                const double diff = x[d] - mean[c * kDims + size_t(d)];
                sum += diff * diff / variance[c * kDims + size_t(d)];
            }
            out[c] = constant[c] - 0.5 * sum;
            best = std::max(best, out[c]);
        }
        double total = 0.0;
        for (double value : out)
            total += std::exp(value - best);
        return best + std::log(total);
    }
};

// EM on the frames `members` of `x`, from components seeded at evenly spaced members.
Mixture trained(const std::vector<double>& x, const std::vector<size_t>& members, int wanted)
{
    const size_t k = size_t(std::clamp(int(members.size()) / kFramesPerComponent, 1, wanted));
    Mixture mixture;
    mixture.logWeight.assign(k, -std::log(double(k)));
    mixture.mean.resize(k * kDims);
    mixture.variance.assign(k * kDims, 1.0);
    for (size_t c = 0; c < k; ++c) {
        const size_t seed = members[(c * members.size()) / k + members.size() / (2 * k)];
        std::copy_n(x.begin() + long(seed * kDims), kDims, mixture.mean.begin() + long(c * kDims));
    }
    std::vector<double> posterior;
    for (int iteration = 0; iteration < kEmIterations; ++iteration) {
        mixture.prepare();
        std::vector<double> count(k, 0.0);
        std::vector<double> sum(k * kDims, 0.0);
        std::vector<double> squares(k * kDims, 0.0);
        for (size_t f : members) {
            const double* row = x.data() + f * kDims;
            const double total = mixture.logLikelihood(row, posterior);
            for (size_t c = 0; c < k; ++c) {
                const double p = std::exp(posterior[c] - total);
                count[c] += p;
                for (int d = 0; d < kDims; ++d) {
                    sum[c * kDims + size_t(d)] += p * row[d];
                    squares[c * kDims + size_t(d)] += p * row[d] * row[d];
                }
            }
        }
        for (size_t c = 0; c < k; ++c) {
            const double n = std::max(count[c], 1e-3);
            mixture.logWeight[c] = std::log(n / double(members.size()));
            for (int d = 0; d < kDims; ++d) {
                const double m = sum[c * kDims + size_t(d)] / n;
                mixture.mean[c * kDims + size_t(d)] = m;
                mixture.variance[c * kDims + size_t(d)]
                    = std::max(kVarianceFloor, squares[c * kDims + size_t(d)] / n - m * m);
            }
        }
    }
    mixture.prepare();
    return mixture;
}

std::vector<int> inOrderOfAppearance(std::vector<int> labels)
{
    std::vector<int> renumber;
    int next = 0;
    for (int& label : labels) {
        if (size_t(label) >= renumber.size())
            renumber.resize(size_t(label) + 1, -1);
        if (renumber[size_t(label)] < 0)
            renumber[size_t(label)] = next++;
        label = renumber[size_t(label)];
    }
    return labels;
}

} // namespace

SpeakerDiarizer::SpeakerDiarizer(const Options& options)
    : m_options(options)
{
}

std::vector<int> SpeakerDiarizer::resegmented(
    const SpeakerFrames& frames, std::vector<int> labels, int speakers) const
{
    const std::vector<double> x = normalised(frames);
    const size_t n = frames.size();
    const size_t k = size_t(speakers);
    std::vector<double> scratch;
    for (int pass = 0; pass < m_options.resegmentations; ++pass) {
        std::vector<std::vector<size_t>> members(k);
        for (size_t f = 0; f < n; ++f)
            members[size_t(labels[f])].push_back(f);
        std::vector<Mixture> models(k);
        std::vector<char> usable(k, 0);
        for (size_t s = 0; s < k; ++s) {
            if (!members[s].empty()) {
                models[s] = trained(x, members[s], m_options.components);
                usable[s] = 1;
            }
        }
        // Viterbi over the frames in time order.
        constexpr double kImpossible = -1e300;
        std::vector<double> score(k, 0.0);
        std::vector<unsigned char> back(n * k, 0);
        std::vector<double> next(k);
        for (size_t f = 0; f < n; ++f) {
            size_t bestPrevious = 0;
            for (size_t s = 1; s < k; ++s) {
                if (score[s] > score[bestPrevious])
                    bestPrevious = s;
            }
            for (size_t s = 0; s < k; ++s) {
                if (!usable[s]) {
                    next[s] = kImpossible;
                    continue;
                }
                const double emission = models[s].logLikelihood(x.data() + f * kDims, scratch);
                const double stay = score[s];
                const double change = score[bestPrevious] - m_options.switchPenalty;
                const bool stays = f == 0 || stay >= change || bestPrevious == s;
                next[s] = (f == 0 ? 0.0 : (stays ? stay : change)) + emission;
                back[f * k + s] = static_cast<unsigned char>(stays ? s : bestPrevious);
            }
            std::swap(score, next);
        }
        size_t state = size_t(std::max_element(score.begin(), score.end()) - score.begin());
        for (size_t f = n; f-- > 0;) {
            labels[f] = int(state);
            state = back[f * k + state];
        }
    }
    return labels;
}

std::vector<SpeakerTurn> SpeakerDiarizer::diarize(const std::vector<audio::SpeechSpan>& speech,
    const std::vector<SpeakerWindow>& windows, const SpeakerFrames& frames) const
{
    std::vector<SpeakerTurn> turns;
    if (speech.empty())
        return turns;
    if (windows.empty() || frames.size() == 0) {
        for (const audio::SpeechSpan& span : speech)
            turns.push_back({span.startMs, span.endMs, 0});
        return turns;
    }
    const std::vector<int> windowLabels = SpeakerClustering(m_options.clustering).cluster(windows);
    const int speakers = *std::max_element(windowLabels.begin(), windowLabels.end()) + 1;

    // Each frame starts with the speaker of the window whose middle is nearest.
    std::vector<int> labels(frames.size(), 0);
    size_t at = 0;
    for (size_t f = 0; f < frames.size(); ++f) {
        const auto distance = [&](size_t w) {
            return std::abs((windows[w].startMs + windows[w].endMs) / 2 - frames.startMs[f]);
        };
        while (at + 1 < windows.size() && distance(at + 1) <= distance(at))
            ++at;
        labels[f] = windowLabels[at];
    }
    if (speakers > 1 && speakers < 256)
        labels = resegmented(frames, std::move(labels), speakers);
    labels = inOrderOfAppearance(std::move(labels));

    // Every 10 ms of each span takes the speaker of the nearest frame.
    constexpr qint64 kStep = 10;
    size_t nearest = 0;
    for (const audio::SpeechSpan& span : speech) {
        for (qint64 t = span.startMs; t < span.endMs; t += kStep) {
            while (nearest + 1 < frames.size()
                && std::abs(frames.startMs[nearest + 1] - t) <= std::abs(frames.startMs[nearest] - t))
                ++nearest;
            const int speaker = labels[nearest];
            const qint64 end = std::min(span.endMs, t + kStep);
            if (!turns.empty() && turns.back().speaker == speaker && turns.back().endMs == t)
                turns.back().endMs = end;
            else
                turns.push_back({t, end, speaker});
        }
    }
    return turns;
}

} // namespace voxnote::speech
