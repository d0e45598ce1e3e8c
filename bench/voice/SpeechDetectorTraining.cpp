// Trains the speech detector's network (core/audio/SpeechDetectorModel.inc)
// on the tune part only: the trn01 … trn09 recordings with their RTTM speech
// labels, the same recordings with pink noise mixed in at 5–15 dB SNR, and
// noise made here (pink, brown, mains hum, music-like tone sequences) from
// seeds and frequencies the report part (vx_bench_speech's sox files) does
// not use. Deterministic: the same repository gives the same model.
//
//   vx_train_speech [--write core/audio/SpeechDetectorModel.inc] [--hidden N]
//                   [--epochs N] [--threshold T]

#include "BenchArguments.h"
#include "SpeechTraining.h"

#include "audio/SpeechFeatures.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>

using namespace voxnote;

namespace {

constexpr int kFeatures = audio::SpeechFeatures::kCount;
constexpr double kRate = 16000.0;

struct Example
{
    std::array<float, kFeatures> x;
    float label;
};

void describe(
    const std::vector<float>& samples, const std::function<float(double)>& label, std::vector<Example>& out)
{
    audio::SpeechFeatures features;
    std::vector<audio::SpeechFeatures::Frame> frames;
    audio::SpeechFeatures::Frame frame;
    for (size_t at = 0; at + audio::SpeechFeatures::kFrame <= samples.size();
         at += audio::SpeechFeatures::kFrame) {
        if (features.push(samples.data() + at, frame))
            frames.push_back(frame);
    }
    features.finish(frames);
    for (size_t i = 0; i < frames.size(); ++i) {
        // Frames the detector's absolute floor rejects anyway teach nothing.
        if (frames[i].levelDb < -75.0F)
            continue;
        out.push_back({frames[i].values, label((double(i) + 0.5) * 0.01)});
    }
}

std::vector<float> pink(size_t n, unsigned seed, double level)
{
    // Paul Kellet's filter on white noise.
    std::mt19937 random(seed);
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<float> out(n);
    double b[7] = {};
    for (size_t i = 0; i < n; ++i) {
        const double w = white(random);
        b[0] = 0.99886 * b[0] + w * 0.0555179;
        b[1] = 0.99332 * b[1] + w * 0.0750759;
        b[2] = 0.96900 * b[2] + w * 0.1538520;
        b[3] = 0.86650 * b[3] + w * 0.3104856;
        b[4] = 0.55000 * b[4] + w * 0.5329522;
        b[5] = -0.7616 * b[5] - w * 0.0168980;
        out[i] = float(level * 0.11 * (b[0] + b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + w * 0.5362));
        b[6] = w * 0.115926;
    }
    return out;
}

std::vector<float> brown(size_t n, unsigned seed, double level)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<float> out(n);
    double value = 0.0;
    for (size_t i = 0; i < n; ++i) {
        value = 0.998 * value + 0.02 * white(random);
        out[i] = float(level * value);
    }
    return out;
}

std::vector<float> hum(size_t n, double hz, unsigned seed, double level)
{
    std::vector<float> noise = pink(n, seed, level * 0.05);
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / kRate;
        double value = 0.0;
        for (int h = 1; h <= 5; ++h)
            value += std::sin(2.0 * std::numbers::pi * hz * h * t) / h;
        noise[i] += float(level * value);
    }
    return noise;
}

// Notes of 0.15–0.6 s with a few harmonics and a decay: something like a
// melody on a plucked or blown instrument; `vibrato` in semitones.
std::vector<float> tones(
    size_t n, unsigned seed, double level, int harmonics, double vibrato = 0.0, double decay = 2.5)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> length(0.15, 0.6);
    std::uniform_int_distribution<int> note(-14, 16);
    std::vector<float> out(n, 0.0F);
    size_t at = 0;
    while (at < n) {
        const size_t end = std::min(n, at + size_t(length(random) * kRate));
        const double hz = 261.63 * std::pow(2.0, note(random) / 12.0);
        double phase = 0.0;
        for (size_t i = at; i < end; ++i) {
            const double t = double(i - at) / kRate;
            phase += 2.0 * std::numbers::pi * hz
                * std::pow(2.0, vibrato / 12.0 * std::sin(2.0 * std::numbers::pi * 5.5 * t)) / kRate;
            double value = 0.0;
            for (int h = 1; h <= harmonics; ++h)
                value += std::sin(phase * h) / h;
            // decay < 0: the note fades out to silence by its end, as an
            // instrument's notes with a pause between them.
            const double envelope = decay >= 0.0
                ? std::exp(-decay * t)
                : std::min(1.0, t / 0.01) * (1.0 - double(i - at) / double(end - at));
            out[i] = float(level * value * envelope);
        }
        at = end;
    }
    return out;
}

double rms(const std::vector<float>& x)
{
    double sum = 0.0;
    for (float v : x)
        sum += double(v) * v;
    return std::sqrt(sum / double(std::max<size_t>(1, x.size())));
}

struct Network
{
    int hidden = 8;
    std::array<double, kFeatures> mean {};
    std::array<double, kFeatures> scale {};
    std::vector<double> w1; // hidden × features
    std::vector<double> b1;
    std::vector<double> w2;
    double b2 = 0.0;
};

// Full-batch Adam on the class-balanced cross-entropy, L2 on the weights.
Network train(const std::vector<Example>& data, int hidden, int epochs)
{
    Network net;
    net.hidden = hidden;
    for (const Example& e : data) {
        for (int i = 0; i < kFeatures; ++i)
            net.mean[size_t(i)] += e.x[size_t(i)];
    }
    for (double& m : net.mean)
        m /= double(data.size());
    for (const Example& e : data) {
        for (int i = 0; i < kFeatures; ++i)
            net.scale[size_t(i)] += std::pow(e.x[size_t(i)] - net.mean[size_t(i)], 2);
    }
    for (double& s : net.scale)
        s = std::sqrt(s / double(data.size())) + 1e-6;
    std::vector<std::array<double, kFeatures>> xs;
    double positives = 0.0;
    for (const Example& e : data) {
        std::array<double, kFeatures> x;
        for (int i = 0; i < kFeatures; ++i)
            x[size_t(i)] = (e.x[size_t(i)] - net.mean[size_t(i)]) / net.scale[size_t(i)];
        xs.push_back(x);
        positives += e.label;
    }
    const double wPositive = 0.5 * double(data.size()) / positives;
    const double wNegative = 0.5 * double(data.size()) / (double(data.size()) - positives);

    std::mt19937 random(7);
    std::normal_distribution<double> init(0.0, 0.3);
    const size_t p1 = size_t(hidden * kFeatures);
    const size_t count = p1 + size_t(hidden) * 2 + 1;
    std::vector<double> theta(count);
    for (double& t : theta)
        t = init(random);
    theta.back() = 0.0;
    std::vector<double> m(count, 0.0);
    std::vector<double> v(count, 0.0);
    const double rate = 0.02;
    const double l2 = 1e-4;
    std::vector<double> hiddenOut(static_cast<size_t>(hidden), 0.0);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::vector<double> grad(count, 0.0);
        double loss = 0.0;
        for (size_t n = 0; n < xs.size(); ++n) {
            const auto& x = xs[n];
            double out = theta.back();
            for (int h = 0; h < hidden; ++h) {
                double sum = theta[p1 + size_t(h)];
                for (int i = 0; i < kFeatures; ++i)
                    sum += theta[size_t(h * kFeatures + i)] * x[size_t(i)];
                hiddenOut[size_t(h)] = std::tanh(sum);
                out += theta[p1 + size_t(hidden + h)] * hiddenOut[size_t(h)];
            }
            const double y = data[n].label;
            const double p = 1.0 / (1.0 + std::exp(-out));
            const double weight = y > 0.5 ? wPositive : wNegative;
            loss -= weight * (y * std::log(p + 1e-12) + (1 - y) * std::log(1 - p + 1e-12));
            const double dOut = weight * (p - y);
            grad.back() += dOut;
            for (int h = 0; h < hidden; ++h) {
                grad[p1 + size_t(hidden + h)] += dOut * hiddenOut[size_t(h)];
                const double dHidden = dOut * theta[p1 + size_t(hidden + h)]
                    * (1 - hiddenOut[size_t(h)] * hiddenOut[size_t(h)]);
                grad[p1 + size_t(h)] += dHidden;
                for (int i = 0; i < kFeatures; ++i)
                    grad[size_t(h * kFeatures + i)] += dHidden * x[size_t(i)];
            }
        }
        for (size_t k = 0; k < count; ++k) {
            const double g = grad[k] / double(xs.size()) + l2 * theta[k];
            m[k] = 0.9 * m[k] + 0.1 * g;
            v[k] = 0.999 * v[k] + 0.001 * g * g;
            const double mh = m[k] / (1 - std::pow(0.9, epoch));
            const double vh = v[k] / (1 - std::pow(0.999, epoch));
            theta[k] -= rate * mh / (std::sqrt(vh) + 1e-8);
        }
        if (epoch % 50 == 0)
            QTextStream(stderr) << "epoch " << epoch << " loss " << loss / double(xs.size()) << "\n";
    }
    net.w1.assign(theta.begin(), theta.begin() + long(p1));
    net.b1.assign(theta.begin() + long(p1), theta.begin() + long(p1) + hidden);
    net.w2.assign(theta.begin() + long(p1) + hidden, theta.begin() + long(p1) + 2 * hidden);
    net.b2 = theta.back();
    return net;
}

double predict(const Network& net, const std::array<float, kFeatures>& features)
{
    double out = net.b2;
    for (int h = 0; h < net.hidden; ++h) {
        double sum = net.b1[size_t(h)];
        for (int i = 0; i < kFeatures; ++i)
            sum += net.w1[size_t(h * kFeatures + i)] * (features[size_t(i)] - net.mean[size_t(i)])
                / net.scale[size_t(i)];
        out += net.w2[size_t(h)] * std::tanh(sum);
    }
    return 1.0 / (1.0 + std::exp(-out));
}

QString numbers(const double* values, size_t n)
{
    QStringList parts;
    for (size_t i = 0; i < n; ++i)
        parts << QString::number(values[i], 'g', 9);
    return parts.join(QStringLiteral(", "));
}

void write(const Network& net, double threshold, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "// Made by vx_train_speech (bench/voice/SpeechDetectorTraining.cpp) from the trn*\n"
           "// recordings and noise generated there; run it again instead of editing.\n";
    out << "constexpr int kHidden = " << net.hidden << ";\n";
    out << "constexpr std::array<double, " << kFeatures << "> kMean {" << numbers(net.mean.data(), kFeatures)
        << "};\n";
    out << "constexpr std::array<double, " << kFeatures << "> kScale {"
        << numbers(net.scale.data(), kFeatures) << "};\n";
    out << "constexpr double kHiddenWeights[kHidden][" << kFeatures << "] = {\n";
    for (int h = 0; h < net.hidden; ++h)
        out << "    {" << numbers(net.w1.data() + size_t(h * kFeatures), kFeatures) << "},\n";
    out << "};\n";
    out << "constexpr double kHiddenBias[kHidden] = {" << numbers(net.b1.data(), net.b1.size()) << "};\n";
    out << "constexpr double kOutputWeights[kHidden] = {" << numbers(net.w2.data(), net.w2.size()) << "};\n";
    out << "constexpr double kOutputBias = " << QString::number(net.b2, 'g', 9) << ";\n";
    out << "constexpr double kModelThreshold = " << threshold << ";\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, const QString& fallback) {
        return bench::argumentValue(args, name, fallback);
    };
    const int hidden = value("--hidden", QStringLiteral("16")).toInt();
    const int epochs = value("--epochs", QStringLiteral("800")).toInt();
    const double threshold = value("--threshold", QStringLiteral("0.8")).toDouble();

    std::vector<Example> data;
    unsigned seed = 1000;
    for (const bench::LabelledRecording& recording : bench::labelledRecordings()) {
        if (!recording.tune)
            continue; // never train on the report part
        const std::vector<float> samples = bench::decodedSamples(recording.wav);
        const auto label = [&](double t) {
            return bench::isReferenceSpeech(recording.reference, t) ? 1.0F : 0.0F;
        };
        describe(samples, label, data);
        // The same speech in a quiet room: what is not speech 30 dB down.
        std::vector<float> gated = samples;
        double gain = 1.0;
        for (size_t i = 0; i < samples.size(); ++i) {
            const double target = label(double(i) / kRate) > 0.5F ? 1.0 : 0.03;
            gain += (target - gain) * 0.002;
            gated[i] = float(samples[i] * gain);
        }
        describe(gated, label, data);
        // The same speech in a noisier room.
        const double speechRms = rms(samples);
        for (const double snrDb : {15.0, 5.0}) {
            std::vector<float> noisy
                = pink(samples.size(), ++seed, speechRms * std::pow(10.0, -snrDb / 20.0) * 2.0);
            for (size_t i = 0; i < samples.size(); ++i)
                noisy[i] += samples[i];
            describe(noisy, label, data);
        }
    }
    const size_t firstNoise = data.size();
    const size_t n = size_t(20 * kRate);
    const auto none = [](double) {
        return 0.0F;
    };
    for (const double level : {0.003, 0.03, 0.2}) {
        describe(pink(n, ++seed, level), none, data);
        describe(brown(n, ++seed, level), none, data);
        describe(hum(n, 50.0, ++seed, level), none, data);
        describe(hum(n, 60.0, ++seed, level), none, data);
        describe(tones(n, ++seed, level, 1), none, data);
        describe(tones(n, ++seed, level, 12), none, data);
        describe(tones(n, ++seed, level, 4, 0.3), none, data);
        describe(tones(n, ++seed, level, 8, 0.0, 12.0), none, data); // notes die away between
        describe(tones(n, ++seed, level, 3, 0.2, 8.0), none, data);
        describe(tones(n, ++seed, level, 10, 0.0, -1.0), none, data);
        describe(tones(n, ++seed, level, 2, 0.1, -1.0), none, data);
    }
    const size_t noiseFrom = firstNoise;
    size_t positives = 0;
    for (const Example& e : data)
        positives += e.label > 0.5F ? 1 : 0;
    QTextStream(stderr) << data.size() << " frames, " << positives << " speech\n";
    const Network net = train(data, hidden, epochs);
    size_t errors[2] = {0, 0};
    for (const Example& e : data) {
        const bool said = predict(net, e.x) > threshold;
        if (said != (e.label > 0.5F))
            ++errors[e.label > 0.5F ? 0 : 1];
    }
    QTextStream(stdout) << "tune frames: missed " << QString::number(100.0 * errors[0] / positives, 'f', 1)
                        << " % of speech frames, false alarm "
                        << QString::number(100.0 * errors[1] / (data.size() - positives), 'f', 1)
                        << " % of the other frames (before smoothing)\n";
    // Diagnostics: the share of each generated noise called speech.
    for (size_t from = noiseFrom; from < data.size(); from += 2000 - 25) {
        size_t said = 0;
        const size_t to = std::min(data.size(), from + 2000 - 25);
        for (size_t i = from; i < to; ++i)
            said += predict(net, data[i].x) > threshold ? 1 : 0;
        QTextStream(stderr) << QString::number(100.0 * said / double(to - from), 'f', 0) << ' ';
    }
    QTextStream(stderr) << "\n";
    const QString path = value("--write", QString());
    if (!path.isEmpty())
        write(net, threshold, path);
    return 0;
}
