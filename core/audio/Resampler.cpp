#include "audio/Resampler.h"

#include "Error.h"

#include <QCoreApplication>

#include <samplerate.h>

namespace voxnote::audio {

Resampler::Resampler(int inputRate, int outputRate)
    : m_ratio(double(outputRate) / double(inputRate))
{
    if (inputRate == outputRate)
        return;
    int error = 0;
    // Medium quality: the recogniser cannot hear the difference from the best
    // converter, and it costs a fraction of the time.
    m_state = src_new(SRC_SINC_MEDIUM_QUALITY, 1, &error);
    if (!m_state) {
        throw Error(QCoreApplication::translate("Resampler", "The audio converter could not start (%1).")
                        .arg(QString::fromUtf8(src_strerror(error))));
    }
}

Resampler::~Resampler()
{
    if (m_state)
        src_delete(m_state);
}

void Resampler::process(const std::vector<float>& input, bool endOfInput, std::vector<float>& output)
{
    if (!m_state) {
        output.insert(output.end(), input.begin(), input.end());
        return;
    }
    const size_t first = output.size();
    output.resize(first + size_t(double(input.size()) * m_ratio) + 64);
    SRC_DATA data {};
    data.data_in = input.data();
    data.input_frames = long(input.size());
    data.data_out = output.data() + first;
    data.output_frames = long(output.size() - first);
    data.src_ratio = m_ratio;
    data.end_of_input = endOfInput ? 1 : 0;
    size_t written = 0;
    for (;;) {
        if (const int error = src_process(m_state, &data)) {
            throw Error(QCoreApplication::translate("Resampler", "The audio could not be converted (%1).")
                            .arg(QString::fromUtf8(src_strerror(error))));
        }
        written += size_t(data.output_frames_gen);
        data.data_in += data.input_frames_used;
        data.input_frames -= data.input_frames_used;
        // The converter keeps some input back; at the end, drain it fully.
        if (data.output_frames_gen == 0 && (data.input_frames == 0 || !endOfInput))
            break;
        if (first + written + 64 > output.size())
            output.resize(output.size() + 4096);
        data.data_out = output.data() + first + written;
        data.output_frames = long(output.size() - first - written);
    }
    output.resize(first + written);
}

} // namespace voxnote::audio
