#include "speech/TranscribeStage.h"

#include "Error.h"
#include "audio/AudioDecoder.h"
#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "speech/Transcriber.h"
#include "speech/TranscriptRepository.h"
#include "speech/Vocabulary.h"
#include "storage/BlobStore.h"
#include "storage/DataDirectory.h"
#include "storage/Transaction.h"
#include "util/Log.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerTranscriber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>

#include <mutex>

namespace voxnote::speech {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranscribeStage", text);
}

const QString kNoteId = QStringLiteral("noteId");
const QString kAttachmentId = QStringLiteral("attachmentId");
const QString kFileName = QStringLiteral("fileName");
const QString kSpeakers = QStringLiteral("speakers");
const QString kLanguage = QStringLiteral("language");
const QString kThreads = QStringLiteral("threads");
const QString kVocabulary = QStringLiteral("vocabulary");

QString fileNameOf(const jobs::JobContext& context)
{
    const QString name = context.params.value(kFileName).toString();
    return name.isEmpty() ? context.inputHash : name;
}

// "en", "en-US", "en_us" all name the engine's "en-US".
bool sameLanguage(const QString& asked, const QString& engine)
{
    if (asked.isEmpty())
        return true;
    QString normal = asked;
    normal.replace(u'_', u'-');
    return engine.compare(normal, Qt::CaseInsensitive) == 0
        || engine.section(u'-', 0, 0).compare(normal, Qt::CaseInsensitive) == 0;
}

TranscriptionOptions optionsOf(const QJsonObject& params)
{
    TranscriptionOptions options;
    options.clustering.speakers = std::max(0, params.value(kSpeakers).toInt(0));
    options.threads = std::max(0, params.value(kThreads).toInt(0));
    options.vocabulary = Vocabulary::fromJsonArray(params.value(kVocabulary).toArray()).words();
    return options;
}

} // namespace

/// The recogniser of one queue: in an engine worker, or (tests, another
/// engine) in this process with decoders that stay loaded from job to job.
class TranscribeStage::Recogniser
{
public:
    explicit Recogniser(EngineFactory makeEngine)
        : m_makeEngine(std::move(makeEngine))
    {
    }
    explicit Recogniser(std::shared_ptr<worker::WorkerTranscriber> worker)
        : m_worker(std::move(worker))
    {
    }

    /// Name, version and model; throws `Error` if the model is missing.
    QString engineName() { return m_worker ? m_worker->engineName() : engine().name(); }
    QString language() { return m_worker ? m_worker->language() : engine().language(); }

    /// Only one stage runs at a time (`exclusiveResource`), so the local
    /// transcriber is never used from two threads at once.
    Transcript transcribe(const QString& path, const TranscriptionOptions& options,
        const ProgressCallback& progress, const Cancellation& cancel, const QString& displayName)
    {
        if (m_worker)
            return m_worker->transcribe(path, options, progress, cancel, displayName);
        engine();
        std::unique_lock lock(m_mutex);
        if (!m_transcriber)
            m_transcriber = std::make_unique<Transcriber>(m_engine);
        lock.unlock();
        return m_transcriber->transcribe(path, options, progress, cancel, displayName);
    }

private:
    /// Makes the engine on first use; throws `Error` if its model is missing.
    const TranscriptionEngine& engine()
    {
        std::lock_guard lock(m_mutex);
        if (!m_engine)
            m_engine = m_makeEngine();
        return *m_engine;
    }

    EngineFactory m_makeEngine;
    std::shared_ptr<worker::WorkerTranscriber> m_worker;
    std::mutex m_mutex;
    std::shared_ptr<const TranscriptionEngine> m_engine;
    std::unique_ptr<Transcriber> m_transcriber;
};

QString TranscribeStage::kind()
{
    return QStringLiteral("transcribe");
}

void TranscribeStage::checkLanguage(const QString& fileName, const QString& language, const QString& engine)
{
    if (!sameLanguage(language, engine)) {
        throw Error(tr("“%1” cannot be transcribed in “%2”: the speech model installed recognises %3 only.")
                        .arg(fileName, language, engine));
    }
}

QString TranscribeStage::noSpeechNotice(const QString& fileName)
{
    return tr("No speech was found in “%1”: it holds only silence or noise, so its transcript is empty.")
        .arg(fileName);
}

void TranscribeStage::registerWith(jobs::JobQueue& queue)
{
    registerWith(queue,
        std::make_shared<Recogniser>(std::make_shared<worker::WorkerTranscriber>(
            worker::EngineWorkers::shared(), worker::Priority::Background)));
}

void TranscribeStage::registerWith(jobs::JobQueue& queue, EngineFactory makeEngine)
{
    registerWith(queue, std::make_shared<Recogniser>(std::move(makeEngine)));
}

void TranscribeStage::registerWith(jobs::JobQueue& queue, std::shared_ptr<Recogniser> recogniser)
{
    // Owned by the pipeline factory, so the loaded decoders live as long as
    // the queue and are freed with it.
    queue.registerPipeline(kind(), [recogniser] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<TranscribeStage>(recogniser));
        return pipeline;
    });
}

TranscribeStage::TranscribeStage(std::shared_ptr<Recogniser> recogniser)
    : m_recogniser(std::move(recogniser))
{
}

QString TranscribeStage::name() const
{
    return QStringLiteral("transcribe");
}

QString TranscribeStage::exclusiveResource() const
{
    return QStringLiteral("speech-recogniser");
}

QByteArray TranscribeStage::cacheKey(const jobs::JobContext& context) const
{
    const QString noteId = context.params.value(kNoteId).toString();
    const QString attachmentId = context.params.value(kAttachmentId).toString();
    // An import makes a new note each time: never served from an old one.
    if (noteId.isEmpty() || attachmentId.isEmpty())
        return {};
    // The stored transcript belongs to one attachment, so the key names it;
    // the thread count does not change the words, so it is left out.
    const TranscriptionOptions options = optionsOf(context.params);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(context.inputHash.toUtf8());
    hash.addData(noteId.toUtf8());
    hash.addData(attachmentId.toUtf8());
    hash.addData(m_recogniser->engineName().toUtf8());
    hash.addData(m_recogniser->language().toUtf8());
    hash.addData(context.params.value(kLanguage).toString().toUtf8()); // another one fails
    hash.addData(QByteArray::number(options.clustering.speakers));
    hash.addData(QByteArray::number(SpeakerClustering::kVersion));
    // The user's words change the words recognised.
    hash.addData(Vocabulary(options.vocabulary).toJson());
    return hash.result().toHex();
}

QJsonObject TranscribeStage::run(jobs::JobContext& context)
{
    const QString fileName = fileNameOf(context);
    checkLanguage(fileName, context.params.value(kLanguage).toString(), m_recogniser->language());
    const storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));
    // Not `verify`: hashing an hour of audio would delay a cancel by
    // seconds, and the decoder rejects a damaged file anyway.
    if (!blobs.contains(context.inputHash))
        blobs.verify(context.inputHash); // throws, naming what is missing
    const QString path = blobs.pathOf(context.inputHash);
    Transcript transcript = m_recogniser->transcribe(
        path, optionsOf(context.params), context.progress, *context.cancellation, fileName);
    context.cancellation->check();

    storage::Connection& database = *context.database;
    storage::Transaction transaction(database);
    storage::NoteRepository notes(database);
    transcript.noteId = context.params.value(kNoteId).toString();
    transcript.attachmentId = context.params.value(kAttachmentId).toString();
    if (transcript.noteId.isEmpty() || transcript.attachmentId.isEmpty()) {
        const QString mimeType = audio::AudioDecoder(path, fileName).info().mimeType;
        transcript.noteId = notes.create(QFileInfo(fileName).completeBaseName(), QString()).id;
        transcript.attachmentId = notes
                                      .attach(transcript.noteId, context.inputHash, QStringLiteral("audio"),
                                          fileName, mimeType, blobs.size(context.inputHash))
                                      .id;
    } else {
        const QList<storage::Attachment> attachments = notes.attachments(transcript.noteId);
        const bool attached = std::any_of(attachments.cbegin(), attachments.cend(),
            [&](const storage::Attachment& attachment) { return attachment.id == transcript.attachmentId; });
        if (!attached) {
            throw Error(tr("The transcript of “%1” was not stored: the recording is no longer attached to "
                           "its note.")
                            .arg(fileName));
        }
    }
    TranscriptRepository transcripts(database);
    for (const QString& earlier : transcripts.idsForAttachment(transcript.attachmentId))
        transcripts.remove(earlier);
    transcripts.save(transcript);
    transaction.commit();

    qsizetype words = 0;
    for (const TranscriptSegment& segment : std::as_const(transcript.segments))
        words += segment.words.size();
    qCInfo(lcSpeech) << "transcribed" << fileName << "for note" << transcript.noteId << "as" << transcript.id;
    QJsonObject result {{QStringLiteral("transcriptId"), transcript.id}, {kNoteId, transcript.noteId},
        {kAttachmentId, transcript.attachmentId}, {QStringLiteral("file"), fileName},
        {QStringLiteral("durationMs"), transcript.durationMs},
        {QStringLiteral("segments"), transcript.segments.size()}, {QStringLiteral("words"), words},
        {QStringLiteral("speakers"), transcript.speakers.size()}};
    if (words == 0)
        result.insert(QStringLiteral("notice"), noSpeechNotice(fileName));
    return result;
}

} // namespace voxnote::speech
