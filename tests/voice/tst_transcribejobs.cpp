// Transcription as a background job: the "transcribe" pipeline transcribes an
// audio attachment and stores its transcript; an identical job is served from
// the stored result; bad recordings fail with a sentence; a cancel stops it.

#include "TestSupport.h"

#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/TranscribeStage.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace voxnote;
using namespace voxnote::speech;

namespace {

// PocketSphinx, counting the chunks its decoders are asked to recognise, so a
// test can tell a stored result from a fresh run.
class CountingEngine : public TranscriptionEngine
{
public:
    explicit CountingEngine(std::shared_ptr<std::atomic<int>> calls)
        : m_calls(std::move(calls))
    {
    }

    QString name() const override { return m_engine.name(); }
    QString language() const override { return m_engine.language(); }
    std::unique_ptr<SpeechDecoder> createDecoder() const override
    {
        return std::make_unique<Decoder>(m_engine.createDecoder(), m_calls);
    }

private:
    class Decoder : public SpeechDecoder
    {
    public:
        Decoder(std::unique_ptr<SpeechDecoder> decoder, std::shared_ptr<std::atomic<int>> calls)
            : m_decoder(std::move(decoder))
            , m_calls(std::move(calls))
        {
        }

        QList<Word> recognize(const audio::AudioChunk& chunk, const Cancellation& cancel) override
        {
            ++*m_calls;
            return m_decoder->recognize(chunk, cancel);
        }

    private:
        std::unique_ptr<SpeechDecoder> m_decoder;
        std::shared_ptr<std::atomic<int>> m_calls;
    };

    PocketSphinxEngine m_engine;
    std::shared_ptr<std::atomic<int>> m_calls;
};

const QString kNoteId = QStringLiteral("noteId");
const QString kAttachmentId = QStringLiteral("attachmentId");
const QString kFileName = QStringLiteral("fileName");

} // namespace

class TestTranscribeJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void transcribesAnAttachmentOnceAndReplacesItsTranscript();
    void importsARecordingAsANote();
    void badRecordingsFailWithASentence();
    void cancelStopsTheStage();

private:
    struct Recording
    {
        notes::Note note;
        notes::Attachment attachment;
        QString hash;
    };
    Recording attach(const QString& path, const QString& fileName);
    QJsonObject paramsOf(const Recording& recording) const;
    jobs::JobStatus runJob(const QString& hash, const QJsonObject& params);
    qint64 rows(const char* table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::shared_ptr<std::atomic<int>> m_calls;
    Recording m_jfk;
};

// One profile and queue for all: the decoders stay loaded, as in the app.
void TestTranscribeJobs::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = storage::Profile::open(m_dir->path());
    m_queue = std::make_unique<jobs::JobQueue>(m_dir->path(), jobs::JobQueue::Options {.workers = 1});
    m_calls = std::make_shared<std::atomic<int>>(0);
    TranscribeStage::registerWith(
        *m_queue, [calls = m_calls] { return std::make_shared<CountingEngine>(calls); });
    m_queue->start();
    m_jfk = attach(test::testData(QStringLiteral("speech/jfk.flac")), QStringLiteral("jfk.flac"));
}

void TestTranscribeJobs::cleanupTestCase()
{
    m_queue.reset();
    m_profile.reset();
    m_dir.reset();
}

TestTranscribeJobs::Recording TestTranscribeJobs::attach(const QString& path, const QString& fileName)
{
    Recording recording;
    recording.hash = m_profile->blobs().putFile(path);
    notes::NoteRepository notes(m_profile->database());
    recording.note = notes.create(QStringLiteral("Meeting"), QString());
    recording.attachment = notes.attach(recording.note.id, recording.hash, QStringLiteral("audio"), fileName,
        QStringLiteral("audio/flac"), m_profile->blobs().size(recording.hash));
    return recording;
}

QJsonObject TestTranscribeJobs::paramsOf(const Recording& recording) const
{
    return {{kNoteId, recording.note.id}, {kAttachmentId, recording.attachment.id},
        {kFileName, recording.attachment.fileName}};
}

jobs::JobStatus TestTranscribeJobs::runJob(const QString& hash, const QJsonObject& params)
{
    const QString id = m_queue->enqueue(TranscribeStage::kind(), hash, params);
    if (!m_queue->waitForIdle(300'000))
        qFatal("the transcription job did not end");
    return *m_queue->status(id);
}

qint64 TestTranscribeJobs::rows(const char* table)
{
    return m_profile->database().queryInt(std::string("SELECT count(*) FROM ") + table);
}

void TestTranscribeJobs::transcribesAnAttachmentOnceAndReplacesItsTranscript()
{
    const Recording& jfk = m_jfk;
    const int callsBefore = *m_calls;
    const jobs::JobStatus first = runJob(jfk.hash, paramsOf(jfk));
    QVERIFY2(first.state == jobs::JobState::Done, qPrintable(first.error));
    const QJsonObject result = first.results[0].toObject();
    const int recognised = *m_calls;
    QVERIFY(recognised > callsBefore);

    TranscriptRepository transcripts(m_profile->database());
    const std::optional<Transcript> stored = transcripts.find(result[u"transcriptId"].toString());
    QVERIFY(stored);
    QCOMPARE(stored->noteId, jfk.note.id);
    QCOMPARE(stored->attachmentId, jfk.attachment.id);
    QVERIFY2(stored->plainText().contains(u"country", Qt::CaseInsensitive), qPrintable(stored->plainText()));
    QCOMPARE(result[u"segments"].toInt(), stored->segments.size());
    QCOMPARE(result[u"speakers"].toInt(), stored->speakers.size());
    qsizetype words = 0;
    for (const TranscriptSegment& segment : stored->segments)
        words += segment.words.size();
    QVERIFY(words >= 15);
    QCOMPARE(result[u"words"].toInt(), words);
    QVERIFY(stored->durationMs > 10'000);

    // The same request again: the stored result, no recognition.
    const jobs::JobStatus again = runJob(jfk.hash, paramsOf(jfk));
    QVERIFY2(again.state == jobs::JobState::Done, qPrintable(again.error));
    QCOMPARE(again.results[0].toObject()[u"transcriptId"].toString(), result[u"transcriptId"].toString());
    QCOMPARE(int(*m_calls), recognised);
    QCOMPARE(transcripts.idsForAttachment(jfk.attachment.id).size(), 1);

    // A different speaker count changes the output: a fresh run whose
    // transcript replaces the first, in full.
    QJsonObject twoSpeakers = paramsOf(jfk);
    twoSpeakers.insert(QStringLiteral("speakers"), 2);
    twoSpeakers.insert(QStringLiteral("language"), QStringLiteral("en"));
    const jobs::JobStatus second = runJob(jfk.hash, twoSpeakers);
    QVERIFY2(second.state == jobs::JobState::Done, qPrintable(second.error));
    QVERIFY(*m_calls > recognised);
    const QString secondId = second.results[0].toObject()[u"transcriptId"].toString();
    QVERIFY(secondId != result[u"transcriptId"].toString());
    QCOMPARE(transcripts.idsForAttachment(jfk.attachment.id), QStringList {secondId});
    QVERIFY(!transcripts.find(result[u"transcriptId"].toString()));
    QCOMPARE(transcripts.find(secondId)->speakers.size(), 2);
    // The old speakers and segments went with it.
    QCOMPARE(rows("transcripts"), 1);
    QCOMPARE(rows("speakers"), 2);
    QCOMPARE(rows("transcript_segments"), qint64(transcripts.find(secondId)->segments.size()));
}

void TestTranscribeJobs::importsARecordingAsANote()
{
    const QString hash = m_profile->blobs().putFile(test::testData(QStringLiteral("speech/jfk.flac")));
    const jobs::JobStatus job = runJob(hash, {{kFileName, QStringLiteral("Inaugural address.flac")}});
    QVERIFY2(job.state == jobs::JobState::Done, qPrintable(job.error));
    const QJsonObject result = job.results[0].toObject();
    notes::NoteRepository notes(m_profile->database());
    const std::optional<notes::Note> note = notes.find(result[u"noteId"].toString());
    QVERIFY(note);
    QCOMPARE(note->title, QStringLiteral("Inaugural address"));
    const QList<notes::Attachment> attachments = notes.attachments(note->id);
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0].id, result[u"attachmentId"].toString());
    QCOMPARE(attachments[0].blobHash, hash);
    QCOMPARE(attachments[0].mimeType, QStringLiteral("audio/flac"));
    QCOMPARE(attachments[0].fileName, QStringLiteral("Inaugural address.flac"));
    QCOMPARE(TranscriptRepository(m_profile->database()).idsForNote(note->id),
        QStringList {result[u"transcriptId"].toString()});
}

void TestTranscribeJobs::badRecordingsFailWithASentence()
{
    const Recording& jfk = m_jfk;
    const QStringList before
        = TranscriptRepository(m_profile->database()).idsForAttachment(jfk.attachment.id);
    const qint64 notesBefore = rows("notes");
    const qint64 transcriptsBefore = rows("transcripts");

    // Text saved as audio.
    const QString text = m_profile->blobs().putData("These are the minutes, not the recording.\n");
    QJsonObject params = paramsOf(jfk);
    params.insert(kFileName, QStringLiteral("minutes.wav"));
    jobs::JobStatus job = runJob(text, params);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.startsWith(u"“minutes.wav” is not an audio file"), qPrintable(job.error));

    // The first half of a FLAC file.
    QFile flac(test::testData(QStringLiteral("speech/jfk.flac")));
    QVERIFY(flac.open(QIODevice::ReadOnly));
    const QString cut = m_profile->blobs().putData(flac.read(flac.size() / 2));
    params.insert(kFileName, QStringLiteral("jfk-cut.flac"));
    job = runJob(cut, params);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(
        job.error.startsWith(u"“jfk-cut.flac”") && job.error.contains(u"truncated"), qPrintable(job.error));

    // A language the model does not speak.
    params.insert(kFileName, QStringLiteral("jfk.flac"));
    params.insert(QStringLiteral("language"), QStringLiteral("de"));
    job = runJob(jfk.hash, params);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.startsWith(u"“jfk.flac” cannot be transcribed in “de”"), qPrintable(job.error));

    // An attachment that is gone.
    params.remove(QStringLiteral("language"));
    params.insert(kAttachmentId, QStringLiteral("0190aaaa-0000-7000-8000-000000000000"));
    job = runJob(jfk.hash, params);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(u"“jfk.flac” was not stored"), qPrintable(job.error));

    // The good transcript stays, and nothing else was written.
    QCOMPARE(TranscriptRepository(m_profile->database()).idsForAttachment(jfk.attachment.id), before);
    QCOMPARE(rows("transcripts"), transcriptsBefore);
    QCOMPARE(rows("notes"), notesBefore);
}

void TestTranscribeJobs::cancelStopsTheStage()
{
    // (Loading the models cannot be interrupted; they stay loaded from job
    // to job, and the jobs above loaded them.)
    const Recording meeting
        = attach(test::testData(QStringLiteral("diarization/dev00.wav")), QStringLiteral("dev00.wav"));
    const QString id = m_queue->enqueue(TranscribeStage::kind(), meeting.hash, paramsOf(meeting));
    QElapsedTimer sinceCancel;
    double progressAtCancel = 0.0;
    connect(m_queue.get(), &jobs::JobQueue::progressChanged, this,
        [&](const QString& job, const QString& stage, double progress) {
            if (job != id || sinceCancel.isValid() || progress <= 0.05)
                return;
            QCOMPARE(stage, QStringLiteral("transcribe"));
            progressAtCancel = progress;
            sinceCancel.start();
            QVERIFY(m_queue->cancel(id));
        });
    qint64 stoppedAfterMs = -1;
    connect(m_queue.get(), &jobs::JobQueue::jobCancelled, this, [&](const QString& job) {
        if (job == id)
            stoppedAfterMs = sinceCancel.elapsed();
    });
    QVERIFY(m_queue->waitForIdle(300'000));
    QVERIFY(sinceCancel.isValid());
    QVERIFY(progressAtCancel < 0.9);
    qInfo("cancelled at %.0f %% and stopped %lld ms later", progressAtCancel * 100.0, stoppedAfterMs);
    QCOMPARE(m_queue->status(id)->state, jobs::JobState::Cancelled);
    TranscriptRepository transcripts(m_profile->database());
    QVERIFY(transcripts.idsForNote(meeting.note.id).isEmpty());

    // The recogniser is fine afterwards.
    const jobs::JobStatus retried = runJob(meeting.hash, paramsOf(meeting));
    QVERIFY2(retried.state == jobs::JobState::Done, qPrintable(retried.error));
    QCOMPARE(transcripts.idsForNote(meeting.note.id).size(), 1);
}

QTEST_GUILESS_MAIN(TestTranscribeJobs)
#include "tst_transcribejobs.moc"
