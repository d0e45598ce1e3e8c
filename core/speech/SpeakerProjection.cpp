#include "speech/SpeakerProjection.h"

#include "speech/SpeakerProjectionTable.h"

#include <cmath>

namespace voxnote::speech {

SpeakerProjection::SpeakerProjection(std::vector<float> weights, int outputs)
    : m_weights(std::move(weights))
    , m_outputs(outputs)
{
    if (m_outputs <= 0 || m_weights.size() != size_t(m_outputs) * SpeakerEmbedder::kDimensions) {
        m_weights.clear();
        m_outputs = 0;
    }
}

const SpeakerProjection& SpeakerProjection::builtIn()
{
    static const SpeakerProjection projection(
        std::vector<float>(
            generated::kSpeakerProjection, generated::kSpeakerProjection + generated::kSpeakerProjectionSize),
        generated::kSpeakerProjectionOutputs);
    return projection;
}

SpeakerProjection::Matrix SpeakerProjection::centred(const std::vector<SpeakerWindow>& windows)
{
    Matrix rows;
    if (windows.empty())
        return rows;
    const size_t dims = windows.front().embedding.size();
    std::vector<double> mean(dims, 0.0);
    for (const SpeakerWindow& window : windows) {
        for (size_t d = 0; d < dims; ++d)
            mean[d] += window.embedding[d];
    }
    rows.reserve(windows.size());
    for (const SpeakerWindow& window : windows) {
        std::vector<float> row(dims);
        for (size_t d = 0; d < dims; ++d)
            row[d] = float(window.embedding[d] - mean[d] / double(windows.size()));
        rows.push_back(std::move(row));
    }
    return rows;
}

SpeakerProjection::Matrix SpeakerProjection::standardised(const std::vector<SpeakerWindow>& windows)
{
    Matrix rows;
    if (windows.empty())
        return rows;
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
    rows.reserve(windows.size());
    for (const SpeakerWindow& window : windows) {
        std::vector<float> row(dims);
        for (size_t d = 0; d < dims; ++d)
            row[d] = float((window.embedding[d] - mean[d]) / spread[d]);
        rows.push_back(std::move(row));
    }
    return rows;
}

SpeakerProjection::Matrix SpeakerProjection::apply(const Matrix& rows, bool unitLength) const
{
    Matrix result;
    result.reserve(rows.size());
    for (const std::vector<float>& row : rows) {
        std::vector<float> out;
        if (isIdentity() || row.size() != size_t(SpeakerEmbedder::kDimensions)) {
            out = row;
        } else {
            out.assign(size_t(m_outputs), 0.0F);
            for (size_t o = 0; o < out.size(); ++o) {
                const float* weights = m_weights.data() + o * row.size();
                double sum = 0.0;
                for (size_t d = 0; d < row.size(); ++d)
                    sum += double(weights[d]) * row[d];
                out[o] = float(sum);
            }
        }
        if (unitLength) {
            double norm = 0.0;
            for (float value : out)
                norm += double(value) * value;
            norm = std::sqrt(norm) + 1e-9;
            for (float& value : out)
                value = float(value / norm);
        }
        result.push_back(std::move(out));
    }
    return result;
}

} // namespace voxnote::speech
