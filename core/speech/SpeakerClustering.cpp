#include "speech/SpeakerClustering.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <tuple>

namespace voxnote::speech {

namespace {

/// The two active clusters with the smallest value in the n × n matrix
/// `values` (upper triangle), and that value; what both agglomerative
/// clusterings merge next.
template<typename T>
std::tuple<size_t, size_t, T> closestActivePair(
    const std::vector<T>& values, const std::vector<char>& active, size_t n)
{
    T best = std::numeric_limits<T>::max();
    size_t bi = 0;
    size_t bj = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!active[i])
            continue;
        for (size_t j = i + 1; j < n; ++j) {
            if (active[j] && values[i * n + j] < best) {
                best = values[i * n + j];
                bi = i;
                bj = j;
            }
        }
    }
    return {bi, bj, best};
}

using Matrix = std::vector<std::vector<float>>;

constexpr int kRefinements = 8;
constexpr int kSmoothingRadius = 1;

// Each dimension to zero mean and unit spread over the recording (so the
// channel and the room cancel out), then each row to unit length.
Matrix standardised(const std::vector<SpeakerWindow>& windows)
{
    const size_t dims = windows.front().embedding.size();
    std::vector<double> mean(dims, 0.0);
    std::vector<double> spread(dims, 0.0);
    for (const SpeakerWindow& window : windows) {
        for (size_t d = 0; d < dims; ++d)
            mean[d] += window.embedding[d];
    }
    for (double& value : mean)
        value /= double(windows.size());
    for (const SpeakerWindow& window : windows) {
        for (size_t d = 0; d < dims; ++d)
            spread[d] += std::pow(window.embedding[d] - mean[d], 2);
    }
    for (double& value : spread)
        value = std::sqrt(value / double(windows.size())) + 1e-6;
    Matrix rows;
    rows.reserve(windows.size());
    for (const SpeakerWindow& window : windows) {
        std::vector<float> row(dims);
        double norm = 0.0;
        for (size_t d = 0; d < dims; ++d) {
            row[d] = float((window.embedding[d] - mean[d]) / spread[d]);
            norm += double(row[d]) * row[d];
        }
        norm = std::sqrt(norm) + 1e-9;
        for (float& value : row)
            value = float(value / norm);
        rows.push_back(std::move(row));
    }
    return rows;
}

float similarity(const std::vector<float>& a, const std::vector<float>& b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0F);
}

// Average-linkage agglomeration of `rows[picked]`; returns a label per pick.
std::vector<int> agglomerate(
    const Matrix& rows, const std::vector<size_t>& picked, int target, double threshold, int maxClusters)
{
    const size_t n = picked.size();
    std::vector<float> distance(n * n, 0.0F);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j)
            distance[i * n + j] = distance[j * n + i] = 1.0F - similarity(rows[picked[i]], rows[picked[j]]);
    }
    std::vector<int> owner(n);
    std::iota(owner.begin(), owner.end(), 0);
    std::vector<int> size(n, 1);
    std::vector<char> active(n, 1);
    size_t clusters = n;
    while (clusters > 1) {
        const auto [bi, bj, best] = closestActivePair(distance, active, n);
        const bool reachedTarget = target > 0 && clusters <= size_t(target);
        const bool tooFar = target <= 0 && best > threshold && clusters <= size_t(maxClusters);
        if (reachedTarget || tooFar)
            break;
        for (size_t k = 0; k < n; ++k) {
            if (!active[k] || k == bi || k == bj)
                continue;
            const float merged
                = (float(size[bi]) * distance[k * n + bi] + float(size[bj]) * distance[k * n + bj])
                / float(size[bi] + size[bj]);
            distance[k * n + bi] = distance[bi * n + k] = merged;
        }
        size[bi] += size[bj];
        active[bj] = 0;
        for (int& label : owner) {
            if (label == int(bj))
                label = int(bi);
        }
        --clusters;
    }
    return owner;
}

Matrix centroids(const Matrix& rows, const std::vector<int>& labels, int count)
{
    Matrix sums(size_t(count), std::vector<float>(rows.front().size(), 0.0F));
    for (size_t i = 0; i < rows.size(); ++i) {
        if (labels[i] < 0)
            continue;
        std::vector<float>& sum = sums[size_t(labels[i])];
        for (size_t d = 0; d < sum.size(); ++d)
            sum[d] += rows[i][d];
    }
    for (std::vector<float>& sum : sums) {
        const float norm = std::sqrt(similarity(sum, sum)) + 1e-9F;
        for (float& value : sum)
            value /= norm;
    }
    return sums;
}

std::vector<int> nearest(const Matrix& rows, const Matrix& centres, const std::vector<char>& usable)
{
    std::vector<int> labels(rows.size(), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        float best = -2.0F;
        for (size_t c = 0; c < centres.size(); ++c) {
            const float s = usable[c] ? similarity(rows[i], centres[c]) : -3.0F;
            if (s > best) {
                best = s;
                labels[i] = int(c);
            }
        }
    }
    return labels;
}

// Most common label among each window's neighbours, so a single stray window
// inside another speaker's turn follows its surroundings.
std::vector<int> smoothed(const std::vector<int>& labels, int count)
{
    std::vector<int> result(labels.size());
    for (size_t i = 0; i < labels.size(); ++i) {
        std::vector<int> votes(size_t(count), 0);
        const size_t from = i >= size_t(kSmoothingRadius) ? i - kSmoothingRadius : 0;
        const size_t to = std::min(labels.size(), i + kSmoothingRadius + 1);
        for (size_t j = from; j < to; ++j)
            votes[size_t(labels[j])] += j == i ? 2 : 1;
        result[i] = int(std::max_element(votes.begin(), votes.end()) - votes.begin());
    }
    return result;
}

std::vector<int> inOrderOfAppearance(const std::vector<int>& labels, int count)
{
    std::vector<int> renumber(size_t(count), -1);
    int next = 0;
    std::vector<int> result(labels.size());
    for (size_t i = 0; i < labels.size(); ++i) {
        int& to = renumber[size_t(labels[i])];
        if (to < 0)
            to = next++;
        result[i] = to;
    }
    return result;
}

// --- Bic: each window and cluster is a diagonal Gaussian over its MFCC
// frames, kept as sufficient statistics (frames, sums, sums of squares). ---

constexpr double kVarianceFloor = 1e-3;
constexpr int kResegmentations = 3;

struct Gaussian
{
    double n = 0.0;
    std::vector<double> sum;
    std::vector<double> squares;

    void add(const Gaussian& other)
    {
        if (sum.empty()) {
            *this = other;
            return;
        }
        n += other.n;
        for (size_t d = 0; d < sum.size(); ++d) {
            sum[d] += other.sum[d];
            squares[d] += other.squares[d];
        }
    }

    double variance(size_t d) const
    {
        const double mean = sum[d] / n;
        return std::max(kVarianceFloor, squares[d] / n - mean * mean);
    }

    /// n/2 · log|Σ|: the part of the maximum log-likelihood that depends on the data.
    double cost() const
    {
        double logDet = 0.0;
        for (size_t d = 0; d < sum.size(); ++d)
            logDet += std::log(variance(d));
        return 0.5 * n * logDet;
    }

    /// Log-likelihood of the frames summarised by `frames` under this model.
    double logLikelihood(const Gaussian& frames) const
    {
        double total = 0.0;
        for (size_t d = 0; d < sum.size(); ++d) {
            const double mean = sum[d] / n;
            const double var = variance(d);
            total += frames.n * std::log(2.0 * std::numbers::pi * var)
                + (frames.squares[d] - 2.0 * mean * frames.sum[d] + frames.n * mean * mean) / var;
        }
        return -0.5 * total;
    }
};

Gaussian gaussianOf(const SpeakerWindow& window)
{
    const size_t dims = window.embedding.size() / 2;
    Gaussian g;
    g.n = std::max(1, window.frames);
    g.sum.resize(dims);
    g.squares.resize(dims);
    for (size_t d = 0; d < dims; ++d) {
        const double mean = window.embedding[d];
        const double spread = window.embedding[dims + d];
        g.sum[d] = g.n * mean;
        g.squares[d] = g.n * (spread * spread + mean * mean);
    }
    return g;
}

// ΔBIC of merging two clusters: negative when one model explains both better
// than two, given the penalty for the extra parameters.
double deltaBic(const Gaussian& a, const Gaussian& b, double penalty)
{
    Gaussian merged = a;
    merged.add(b);
    const double parameters = 2.0 * double(a.sum.size());
    return merged.cost() - a.cost() - b.cost() - penalty * 0.5 * parameters * std::log(merged.n);
}

// Agglomerates `units` by ΔBIC until it turns positive (or `target` is met).
std::vector<int> agglomerateBic(
    const std::vector<Gaussian>& units, int target, double penalty, int maxClusters)
{
    const size_t n = units.size();
    std::vector<Gaussian> clusters = units;
    std::vector<char> active(n, 1);
    std::vector<double> delta(n * n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j)
            delta[i * n + j] = deltaBic(clusters[i], clusters[j], penalty);
    }
    std::vector<int> owner(n);
    std::iota(owner.begin(), owner.end(), 0);
    size_t count = n;
    while (count > 1) {
        const auto [bi, bj, best] = closestActivePair(delta, active, n);
        const bool reachedTarget = target > 0 && count <= size_t(target);
        const bool stop = target <= 0 && best > 0.0 && count <= size_t(maxClusters);
        if (reachedTarget || stop)
            break;
        clusters[bi].add(clusters[bj]);
        active[bj] = 0;
        for (int& label : owner) {
            if (label == int(bj))
                label = int(bi);
        }
        for (size_t k = 0; k < n; ++k) {
            if (active[k] && k != bi) {
                const double value = deltaBic(clusters[std::min(k, bi)], clusters[std::max(k, bi)], penalty);
                delta[std::min(k, bi) * n + std::max(k, bi)] = value;
            }
        }
        --count;
    }
    return owner;
}

// Viterbi over the windows in time order: each window's speaker is the one
// whose model explains its frames best, less a penalty for every change.
std::vector<int> resegmented(const std::vector<Gaussian>& windows, const std::vector<Gaussian>& models,
    const std::vector<char>& usable, double switchPenalty)
{
    const size_t k = models.size();
    const size_t n = windows.size();
    constexpr double kImpossible = -1e300;
    std::vector<double> score(k, 0.0);
    std::vector<int> back(n * k, 0);
    for (size_t i = 0; i < n; ++i) {
        std::vector<double> next(k, kImpossible);
        for (size_t c = 0; c < k; ++c) {
            if (!usable[c])
                continue;
            const double emission = models[c].logLikelihood(windows[i]);
            if (i == 0) {
                next[c] = emission;
                continue;
            }
            for (size_t p = 0; p < k; ++p) {
                if (!usable[p])
                    continue;
                const double value = score[p] - (p == c ? 0.0 : switchPenalty) + emission;
                if (value > next[c]) {
                    next[c] = value;
                    back[i * k + c] = int(p);
                }
            }
        }
        score = std::move(next);
    }
    std::vector<int> labels(n, 0);
    labels[n - 1] = int(std::max_element(score.begin(), score.end()) - score.begin());
    for (size_t i = n - 1; i > 0; --i)
        labels[i - 1] = back[i * k + size_t(labels[i])];
    return labels;
}

std::vector<Gaussian> modelsOf(
    const std::vector<Gaussian>& windows, const std::vector<int>& labels, int count)
{
    std::vector<Gaussian> models(static_cast<size_t>(count));
    for (size_t i = 0; i < windows.size(); ++i)
        models[size_t(labels[i])].add(windows[i]);
    return models;
}

} // namespace

SpeakerClustering::SpeakerClustering(const Options& options)
    : m_options(options)
{
}

std::vector<int> SpeakerClustering::cluster(const std::vector<SpeakerWindow>& windows) const
{
    if (windows.size() < 2 || m_options.speakers == 1)
        return std::vector<int>(windows.size(), 0);
    if (m_options.method == Method::Bic)
        return clusterByBic(windows);
    const Matrix rows = standardised(windows);

    // Link an even spread of at most kMaxLinked windows; the rest join later.
    std::vector<size_t> picked;
    const size_t stride = (rows.size() + kMaxLinked - 1) / kMaxLinked;
    for (size_t i = 0; i < rows.size(); i += stride)
        picked.push_back(i);
    const std::vector<int> linked
        = agglomerate(rows, picked, m_options.speakers, m_options.threshold, m_options.maxSpeakers);

    std::vector<int> labels(rows.size(), -1);
    std::vector<int> compact(picked.size(), -1);
    int count = 0;
    for (size_t i = 0; i < picked.size(); ++i) {
        int& id = compact[size_t(linked[i])];
        if (id < 0)
            id = count++;
        labels[picked[i]] = id;
    }

    std::vector<char> usable(size_t(count), 1);
    for (int round = 0; round < kRefinements; ++round) {
        labels = nearest(rows, centroids(rows, labels, count), usable);
        if (m_options.speakers > 0)
            continue;
        std::vector<int> share(size_t(count), 0);
        for (int label : labels)
            ++share[size_t(label)];
        int smallest = -1;
        for (int c = 0; c < count; ++c) {
            if (usable[size_t(c)] && share[size_t(c)] < m_options.minShare * double(labels.size())
                && (smallest < 0 || share[size_t(c)] < share[size_t(smallest)])) {
                smallest = c;
            }
        }
        if (smallest >= 0 && std::count(usable.begin(), usable.end(), 1) > 1)
            usable[size_t(smallest)] = 0;
    }
    labels = nearest(rows, centroids(rows, labels, count), usable);
    return inOrderOfAppearance(smoothed(labels, count), count);
}

std::vector<int> SpeakerClustering::clusterByBic(const std::vector<SpeakerWindow>& windows) const
{
    std::vector<Gaussian> units;
    units.reserve(windows.size());
    for (const SpeakerWindow& window : windows)
        units.push_back(gaussianOf(window));

    // Link an even spread of at most kMaxLinked windows; the rest join in
    // the resegmentation.
    std::vector<Gaussian> picked;
    const size_t stride = (units.size() + kMaxLinked - 1) / kMaxLinked;
    for (size_t i = 0; i < units.size(); i += stride)
        picked.push_back(units[i]);
    const std::vector<int> linked
        = agglomerateBic(picked, m_options.speakers, m_options.bicPenalty, m_options.maxSpeakers);
    std::vector<int> compact(picked.size(), -1);
    int count = 0;
    std::vector<Gaussian> models;
    for (size_t i = 0; i < picked.size(); ++i) {
        int& id = compact[size_t(linked[i])];
        if (id < 0) {
            id = count++;
            models.emplace_back();
        }
        models[size_t(id)].add(picked[i]);
    }

    std::vector<char> usable(size_t(count), 1);
    std::vector<int> labels;
    for (int round = 0; round < kResegmentations; ++round) {
        labels = resegmented(units, models, usable, m_options.switchPenalty);
        // A speaker left with too small a share is someone's cough: fold it in.
        if (m_options.speakers <= 0) {
            std::vector<double> share(size_t(count), 0.0);
            double total = 0.0;
            for (size_t i = 0; i < units.size(); ++i) {
                share[size_t(labels[i])] += units[i].n;
                total += units[i].n;
            }
            // Shares are in 10 ms frames.
            const double least = std::max(m_options.minShare * total, m_options.minSpeechMs / 10.0);
            for (int c = 0; c < count; ++c) {
                if (usable[size_t(c)] && share[size_t(c)] < least
                    && std::count(usable.begin(), usable.end(), 1) > 1)
                    usable[size_t(c)] = 0;
            }
        }
        std::vector<Gaussian> updated = modelsOf(units, labels, count);
        for (int c = 0; c < count; ++c) {
            if (updated[size_t(c)].n > 0.0)
                models[size_t(c)] = updated[size_t(c)];
            else if (m_options.speakers <= 0)
                usable[size_t(c)] = 0;
        }
    }
    labels = resegmented(units, models, usable, m_options.switchPenalty);
    return inOrderOfAppearance(labels, count);
}

} // namespace voxnote::speech
