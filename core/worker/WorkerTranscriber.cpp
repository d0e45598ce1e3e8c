#include "worker/WorkerTranscriber.h"

#include "audio/AudioDecoder.h"
#include "worker/EngineMessages.h"
#include "worker/EngineWorkers.h"

#include <QFileInfo>

namespace voxnote::worker {

namespace {

// PocketSphinx needs about one processor second per second of audio, plus
// the model loading per decoder thread and the speaker clustering.
constexpr qint64 kTranscribeBaseSeconds = 300;
constexpr double kTranscribeSecondsPerAudioSecond = 3;

} // namespace

WorkerTranscriber::WorkerTranscriber(
    std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine)
    : m_workers(std::move(workers))
    , m_priority(priority)
    , m_engine(std::move(engine))
{
}

QString WorkerTranscriber::engineName()
{
    return m_workers->engineInfo(QStringLiteral("recognizers"), m_engine).key();
}

QString WorkerTranscriber::language()
{
    return m_workers->engineInfo(QStringLiteral("recognizers"), m_engine).language;
}

speech::Transcript WorkerTranscriber::transcribe(const QString& path,
    const speech::TranscriptionOptions& options, const ProgressCallback& progress, const Cancellation& cancel,
    const QString& displayName)
{
    // Reading the header here names a file that is no audio at all before a
    // worker starts, and gives the processor time the request may take.
    const qint64 durationMs = audio::AudioDecoder(path, displayName).info().durationMs();
    WorkerRequest request;
    request.op = QStringLiteral("transcribe");
    request.args = {{QStringLiteral("path"), path}, {QStringLiteral("name"), displayName},
        {QStringLiteral("engine"), m_engine},
        {QStringLiteral("options"), messages::fromTranscriptionOptions(options)}};
    request.subject = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    request.cpuSeconds = cpuSecondsFor(
        kTranscribeBaseSeconds, kTranscribeSecondsPerAudioSecond, double(durationMs) / 1000.0);
    request.priority = m_priority;
    const QCborMap reply = m_workers->call(request, progress, {}, cancel);
    return messages::toTranscript(reply.value(QStringLiteral("transcript")).toMap());
}

} // namespace voxnote::worker
