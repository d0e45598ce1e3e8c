#include "ProjectionTraining.h"

#include "speech/SpeakerProjection.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace voxnote::bench {

namespace {

using Square = std::vector<std::vector<double>>;

// Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix
// by cyclic Jacobi rotations: small matrices only.
void eigenSymmetric(Square a, std::vector<double>& values, Square& vectors)
{
    const size_t n = a.size();
    vectors.assign(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i)
        vectors[i][i] = 1.0;
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0.0;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        }
        if (off < 1e-22)
            break;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q) {
                if (std::abs(a[p][q]) < 1e-300)
                    continue;
                const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                const double t
                    = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0);
                const double s = t * c;
                for (size_t k = 0; k < n; ++k) {
                    const double akp = a[k][p];
                    const double akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double apk = a[p][k];
                    const double aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double vkp = vectors[k][p];
                    const double vkq = vectors[k][q];
                    vectors[k][p] = c * vkp - s * vkq;
                    vectors[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
    values.resize(n);
    for (size_t i = 0; i < n; ++i)
        values[i] = a[i][i];
}

} // namespace

std::vector<float> trainProjection(
    const std::vector<LabelledWindows>& recordings, int outputs, double shrinkage)
{
    const size_t d = speech::SpeakerEmbedder::kDimensions;
    std::vector<std::vector<float>> rows;
    std::vector<int> labels;
    for (const LabelledWindows& recording : recordings) {
        const speech::SpeakerProjection::Matrix standardised
            = speech::SpeakerProjection::centred(recording.windows);
        for (size_t i = 0; i < standardised.size(); ++i) {
            if (recording.speakers[i] >= 0) {
                rows.push_back(standardised[i]);
                labels.push_back(recording.speakers[i]);
            }
        }
    }
    std::map<int, std::vector<double>> sums;
    std::map<int, int> counts;
    std::vector<double> mean(d, 0.0);
    for (size_t i = 0; i < rows.size(); ++i) {
        std::vector<double>& sum = sums[labels[i]];
        sum.resize(d, 0.0);
        for (size_t k = 0; k < d; ++k) {
            sum[k] += rows[i][k];
            mean[k] += rows[i][k];
        }
        ++counts[labels[i]];
    }
    const double n = double(rows.size());
    for (double& value : mean)
        value /= n;
    Square within(d, std::vector<double>(d, 0.0));
    Square between(d, std::vector<double>(d, 0.0));
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::vector<double>& sum = sums[labels[i]];
        const double count = counts[labels[i]];
        for (size_t p = 0; p < d; ++p) {
            for (size_t q = 0; q < d; ++q)
                within[p][q] += (rows[i][p] - sum[p] / count) * (rows[i][q] - sum[q] / count) / n;
        }
    }
    for (const auto& [label, sum] : sums) {
        const double count = counts[label];
        for (size_t p = 0; p < d; ++p) {
            for (size_t q = 0; q < d; ++q)
                between[p][q] += count * (sum[p] / count - mean[p]) * (sum[q] / count - mean[q]) / n;
        }
    }
    double trace = 0.0;
    for (size_t p = 0; p < d; ++p)
        trace += within[p][p];
    for (size_t p = 0; p < d; ++p) {
        for (size_t q = 0; q < d; ++q)
            within[p][q] = (1.0 - shrinkage) * within[p][q] + (p == q ? shrinkage * trace / double(d) : 0.0);
    }

    // Whiten the within-speaker scatter, then take the main directions of
    // the between-speaker scatter in that space.
    std::vector<double> values;
    Square vectors;
    eigenSymmetric(within, values, vectors);
    Square whiten(d, std::vector<double>(d, 0.0)); // d × d, columns scaled
    for (size_t p = 0; p < d; ++p) {
        for (size_t q = 0; q < d; ++q)
            whiten[p][q] = vectors[p][q] / std::sqrt(std::max(values[q], 1e-9));
    }
    Square whitened(d, std::vector<double>(d, 0.0)); // whitenᵀ · between · whiten
    for (size_t p = 0; p < d; ++p) {
        for (size_t q = 0; q < d; ++q) {
            double sum = 0.0;
            for (size_t a = 0; a < d; ++a) {
                for (size_t b = 0; b < d; ++b)
                    sum += whiten[a][p] * between[a][b] * whiten[b][q];
            }
            whitened[p][q] = sum;
        }
    }
    std::vector<double> strengths;
    Square directions;
    eigenSymmetric(whitened, strengths, directions);
    std::vector<size_t> order(d);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return strengths[a] > strengths[b]; });

    std::vector<float> weights;
    for (int o = 0; o < outputs && o < int(d); ++o) {
        const size_t column = order[size_t(o)];
        for (size_t k = 0; k < d; ++k) {
            double sum = 0.0;
            for (size_t m = 0; m < d; ++m)
                sum += whiten[k][m] * directions[m][column];
            weights.push_back(float(sum));
        }
    }
    return weights;
}

QString projectionSource(const std::vector<float>& weights, int outputs, const QString& about)
{
    QString text = QStringLiteral(
        "// Generated by `vx_tune_diarization --write-projection` (bench/voice); do not edit.\n");
    for (const QString& line : about.split(u'\n'))
        text += QStringLiteral("// ") + line + u'\n';
    text += QStringLiteral(
        "\n#include \"speech/SpeakerProjectionTable.h\"\n\nnamespace voxnote::speech::generated {\n\n");
    text += QStringLiteral("const int kSpeakerProjectionOutputs = %1;\n").arg(outputs);
    text += QStringLiteral("const int kSpeakerProjectionSize = %1;\n").arg(weights.size());
    text += QStringLiteral("const float kSpeakerProjection[] = {\n");
    const int columns = speech::SpeakerEmbedder::kDimensions;
    for (size_t i = 0; i < weights.size(); ++i) {
        const size_t column = i % size_t(columns);
        if (column == 0)
            text += QStringLiteral("    // output %1\n").arg(i / size_t(columns));
        if (column % 6 == 0)
            text += QStringLiteral("    ");
        text += QString::number(double(weights[i]), 'e', 8) + QStringLiteral("F,");
        const bool lineEnd = column % 6 == 5 || column == size_t(columns) - 1;
        text += lineEnd ? QStringLiteral("\n") : QStringLiteral(" ");
    }
    text += QStringLiteral("};\n\n} // namespace voxnote::speech::generated\n");
    return text;
}

} // namespace voxnote::bench
