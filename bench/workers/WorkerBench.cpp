// vx_bench_workers: what the process boundary costs. In the same run, on the
// same inputs, alternating in pairs: OCR and transcription in this process
// against the same engines in an engine worker (both warm: models loaded),
// then read-aloud's time to first audio with a warm worker, and how long a
// cancel takes to end a transcription in a worker.
//
//   vx_bench_workers [--pairs N]      (run it under the same `nice` as a worker)

#include "BenchStatistics.h"
#include "Error.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/LocalDocumentReader.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "tts/AudioSink.h"
#include "tts/EspeakSynthesizer.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerDocumentReader.h"
#include "worker/WorkerSynthesizer.h"
#include "worker/WorkerTranscriber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <functional>
#include <thread>

#include <sys/resource.h>

using namespace voxnote;

namespace {

QString testData(const char* path)
{
    return QStringLiteral(VOXNOTE_TESTDATA_DIR "/") + QString::fromLatin1(path);
}

double seconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Runs `local` and `remote` in `pairs` pairs, alternating which goes first,
/// and prints their medians and the median of remote / local.
void comparePairs(
    const char* what, int pairs, const std::function<void()>& local, const std::function<void()>& remote)
{
    local(); // warm: models loaded on both sides
    remote();
    std::vector<double> localTimes;
    std::vector<double> remoteTimes;
    std::vector<double> ratios;
    for (int i = 0; i < pairs; ++i) {
        double l = 0;
        double r = 0;
        if (i % 2 == 0) {
            l = seconds(local);
            r = seconds(remote);
        } else {
            r = seconds(remote);
            l = seconds(local);
        }
        localTimes.push_back(l);
        remoteTimes.push_back(r);
        ratios.push_back(r / l);
    }
    std::printf("%-28s in-process %7.3f s   worker %7.3f s   overhead %+6.1f %% (median of %d pairs)\n", what,
        bench::median(localTimes), bench::median(remoteTimes), (bench::median(ratios) - 1.0) * 100.0, pairs);
}

/// Notes when the first audio arrives.
class FirstAudio : public tts::AudioSink
{
public:
    explicit FirstAudio(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }
    void write(const qint16*, qsizetype) override
    {
        if (m_ms < 0)
            m_ms = double(m_clock.nsecsElapsed()) / 1e6;
    }
    double ms() const { return m_ms; }

private:
    const QElapsedTimer& m_clock;
    double m_ms = -1;
};

std::vector<double> firstAudioTimes(tts::SpeechSynthesizer& synthesizer, int runs)
{
    const QString text
        = QStringLiteral("Reading aloud starts as soon as you press play. This is the second sentence.");
    std::vector<double> times;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        FirstAudio sink(clock);
        synthesizer.synthesize(text, {}, sink, {}, {}, Cancellation());
        if (i > 0) // the first one warms up
            times.push_back(sink.ms());
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype pairsAt = arguments.indexOf(QStringLiteral("--pairs"));
    const int pairs = pairsAt > 0 ? arguments.value(pairsAt + 1).toInt() : 5;

    worker::EngineWorkers::Options options;
    options.program = qEnvironmentVariable("VOXNOTE_WORKER_PROGRAM", QStringLiteral(VOXNOTE_BINARY));
    // The same priority as this program: the boundary is measured, not the nice.
    options.limits.niceness = ::getpriority(PRIO_PROCESS, 0);
    auto workers = std::make_shared<worker::EngineWorkers>(options);
    std::printf("engine workers: %s, %d slots, nice %d\n", qPrintable(options.program), workers->slotCount(),
        options.limits.niceness);

    try {
        for (const char* image : {"ocr/phototest.tif", "ocr/eurotext.tif"}) {
            const QString path = testData(image);
            ocr::LocalDocumentReader local(std::make_shared<ocr::DocumentRecognizer>());
            worker::WorkerDocumentReader remote(workers, worker::Priority::Background);
            comparePairs(
                image, pairs, [&] { local.read(path, {}, {}, {}, {}); },
                [&] { remote.read(path, {}, {}, {}, {}); });
        }
        {
            const QString path = testData("speech/jfk.flac");
            speech::Transcriber local(std::make_shared<speech::PocketSphinxEngine>());
            worker::WorkerTranscriber remote(workers, worker::Priority::Background);
            comparePairs(
                "speech/jfk.flac", pairs, [&] { local.transcribe(path, {}, {}, Cancellation()); },
                [&] { remote.transcribe(path, {}, {}, Cancellation()); });
        }
        {
            constexpr int kRuns = 20;
            tts::EspeakSynthesizer local;
            worker::WorkerSynthesizer remote(workers, worker::Priority::Interactive);
            const std::vector<double> inProcess = firstAudioTimes(local, kRuns);
            const std::vector<double> inWorker = firstAudioTimes(remote, kRuns);
            std::printf("%-28s in-process %7.1f ms   worker %7.1f ms (median of %d; worker max %.1f ms)\n",
                "first audio, warm", bench::median(inProcess), bench::median(inWorker), kRuns,
                *std::max_element(inWorker.begin(), inWorker.end()));
        }
        {
            constexpr int kRuns = 5;
            const QString path = testData("diarization/dev00.wav");
            worker::WorkerTranscriber remote(workers, worker::Priority::Background);
            std::vector<double> latencies;
            for (int i = 0; i < kRuns; ++i) {
                Cancellation cancel;
                QElapsedTimer sinceCancel;
                std::thread canceller([&] {
                    QThread::msleep(1000);
                    sinceCancel.start();
                    cancel.request();
                });
                try {
                    remote.transcribe(path, {}, {}, cancel);
                } catch (const Cancelled&) {
                }
                const double ms = double(sinceCancel.nsecsElapsed()) / 1e6;
                canceller.join();
                latencies.push_back(ms);
            }
            std::printf("%-28s %7.1f ms median, %.1f ms max (%d runs)\n", "cancel -> request ended",
                bench::median(latencies), *std::max_element(latencies.begin(), latencies.end()), kRuns);
        }
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
