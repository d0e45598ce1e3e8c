// The reading pipeline (page images → text → one spoken audio file in a
// note) on the real tesseract and espeak-ng: resuming after a crash without
// redoing finished work, serving repeated pages from stored results, one bad
// page among ten, cancel, and `voxnote read`.

#include "CountingOcr.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "pipelines/ReadPipeline.h"
#include "storage/Connection.h"
#include "storage/Profile.h"
#include "tts/SpeakNoteStage.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

namespace {

void writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestReadPipeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsPagesIntoOneNoteWithAudio();
    void onePageOfTenIsBad();
    void repeatedReadingIsServedFromStoredResults();
    void samePageUnderAnotherNameIsNotRecognizedAgain();
    void identicalRequestsShareOneJob();
    void unreadablePagesFailAndCanBeRetried();
    void pagesWithoutTextFail();
    void cancelWhileRecognizing();
    void resumesAfterCrashWithoutRedoingFinishedPages();
    void resumesAfterCrashWithoutRedoingFinishedStages();
    void commandLineReadsPagesIntoAFile();
    void commandLineResumesWhatACrashLeft();

private:
    /// `count` different images of the same printed page (a pixel apart).
    QStringList makePages(int count, const QString& prefix = QStringLiteral("page"));
    std::unique_ptr<jobs::JobQueue> makeQueue();
    jobs::JobStatus read(jobs::JobQueue& queue, const QStringList& images);
    int calls() const { return test::countedCalls(m_countFile); }
    enum class Ended { Done, Failed, Crashed };
    /// Reads `pages` in a child process (vx_read_runner) that kills itself at `dieAt` ("-": never).
    Ended runReader(const QString& dieAt, const QStringList& pages);
    int storedPages();
    QList<notes::Attachment> attachmentsOf(const QString& noteId, const QString& kind);

    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_dataDir;
    QString m_countFile;
    std::unique_ptr<storage::Profile> m_profile;
    int m_pagesMade = 0;
};

void TestReadPipeline::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    m_dataDir = m_scratch->filePath(QStringLiteral("data"));
    m_countFile = m_scratch->filePath(QStringLiteral("ocr-calls"));
    m_profile = storage::Profile::open(m_dataDir);
    m_pagesMade = 0;
}

void TestReadPipeline::cleanup()
{
    m_profile.reset();
    m_scratch.reset();
}

QStringList TestReadPipeline::makePages(int count, const QString& prefix)
{
    const QImage page(test::testData(QStringLiteral("ocr/phototest.tif")));
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QImage copy = page.convertToFormat(QImage::Format_RGB32);
        // A mark in the margin makes each file's bytes unique.
        copy.setPixel(1 + m_pagesMade++, 1, qRgb(200, 200, 200));
        const QString path
            = m_scratch->filePath(QStringLiteral("%1%2.png").arg(prefix).arg(i + 1, 2, 10, QChar(u'0')));
        if (!copy.save(path))
            qFatal("cannot write %s", qPrintable(path));
        paths.append(path);
    }
    return paths;
}

std::unique_ptr<jobs::JobQueue> TestReadPipeline::makeQueue()
{
    auto queue = std::make_unique<jobs::JobQueue>(m_dataDir);
    pipelines::ReadPipeline::registerWith(*queue, test::countingRecognizer(m_countFile));
    queue->start();
    return queue;
}

jobs::JobStatus TestReadPipeline::read(jobs::JobQueue& queue, const QStringList& images)
{
    const pipelines::JobRequest request = pipelines::ReadPipeline::request(m_profile->blobs(), images, {});
    const QString id = queue.enqueue(request.kind, request.inputHash, request.params);
    const std::optional<jobs::JobStatus> status = queue.waitForJob(id, 300'000);
    if (!status)
        qFatal("the reading job vanished");
    return *status;
}

TestReadPipeline::Ended TestReadPipeline::runReader(const QString& dieAt, const QStringList& pages)
{
    QProcess child;
    child.start(QStringLiteral(VOXNOTE_READ_RUNNER), QStringList {m_dataDir, m_countFile, dieAt} + pages);
    if (!child.waitForFinished(600'000) || child.exitStatus() == QProcess::CrashExit)
        return Ended::Crashed;
    return child.exitCode() == 0 ? Ended::Done : Ended::Failed;
}

int TestReadPipeline::storedPages()
{
    return static_cast<int>(
        m_profile->database().queryInt("SELECT count(*) FROM stage_results WHERE stage = 'read-file'"));
}

QList<notes::Attachment> TestReadPipeline::attachmentsOf(const QString& noteId, const QString& kind)
{
    QList<notes::Attachment> found;
    for (const notes::Attachment& attachment :
        notes::NoteRepository(m_profile->database()).attachments(noteId)) {
        if (attachment.kind == kind)
            found.append(attachment);
    }
    return found;
}

void TestReadPipeline::readsPagesIntoOneNoteWithAudio()
{
    auto queue = makeQueue();
    const jobs::JobStatus status = read(*queue, makePages(3));
    QCOMPARE(status.state, jobs::JobState::Done);
    QCOMPARE(calls(), 3);
    const QString noteId = status.results.at(2).toObject().value(QStringLiteral("noteId")).toString();
    QVERIFY(!noteId.isEmpty());

    const QList<notes::Attachment> images = attachmentsOf(noteId, QStringLiteral("image"));
    QCOMPARE(images.size(), 3);
    for (const notes::Attachment& image : images) {
        const QList<ocr::OcrPage> pages = ocr::OcrRepository(m_profile->database()).pages(image.id);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(
            pages.front().text.contains(QStringLiteral("quick brown dog")), qPrintable(pages.front().text));
        QVERIFY(!pages.front().words.isEmpty());
    }
    const QList<notes::Attachment> speech = attachmentsOf(noteId, QStringLiteral("speech"));
    QCOMPARE(speech.size(), 1);
    const audio::AudioDecoder decoder(m_profile->blobs().pathOf(speech.front().blobHash));
    // Three pages of about 50 words each take well over half a minute to say.
    QVERIFY2(decoder.info().durationMs() > 30'000, qPrintable(QString::number(decoder.info().durationMs())));
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {1});
}

void TestReadPipeline::onePageOfTenIsBad()
{
    QStringList pages = makePages(10);
    writeFileBytes(pages[4], QByteArrayLiteral("this is a letter, not a photograph\n"));
    auto queue = makeQueue();
    const jobs::JobStatus status = read(*queue, pages);
    QCOMPARE(status.state, jobs::JobState::Done);
    const QJsonArray problems = status.results.at(0).toObject().value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QString problem = problems.at(0).toString();
    QVERIFY2(problem.contains(QStringLiteral("Page 5")) && problem.contains(QStringLiteral("page05.png"))
            && problem.contains(QStringLiteral("not an image")),
        qPrintable(problem));
    QCOMPARE(calls(), 9);

    const QString noteId = status.results.at(2).toObject().value(QStringLiteral("noteId")).toString();
    const QList<notes::Attachment> images = attachmentsOf(noteId, QStringLiteral("image"));
    QCOMPARE(images.size(), 9);
    for (const notes::Attachment& image : images)
        QVERIFY(image.fileName != u"page05.png");
    QCOMPARE(attachmentsOf(noteId, QStringLiteral("speech")).size(), 1);
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM ocr_pages"), qint64 {9});
}

void TestReadPipeline::repeatedReadingIsServedFromStoredResults()
{
    const QStringList pages = makePages(2);
    auto queue = makeQueue();
    const jobs::JobStatus first = read(*queue, pages);
    QCOMPARE(first.state, jobs::JobState::Done);
    QCOMPARE(calls(), 2);
    const qint64 results = m_profile->database().queryInt("SELECT count(*) FROM stage_results");

    const jobs::JobStatus second = read(*queue, pages);
    QCOMPARE(second.state, jobs::JobState::Done);
    QVERIFY(second.id != first.id);
    QCOMPARE(calls(), 2); // not one more engine call
    // Nothing new was computed, so nothing new was stored.
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM stage_results"), results);
    QCOMPARE(second.results.at(1).toObject().value(QStringLiteral("audioHash")),
        first.results.at(1).toObject().value(QStringLiteral("audioHash")));
    const QJsonObject saved = second.results.at(2).toObject();
    QCOMPARE(saved.value(QStringLiteral("noteId")),
        first.results.at(2).toObject().value(QStringLiteral("noteId")));
    QVERIFY(saved.value(QStringLiteral("reused")).toBool());
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {1});

    // Once that note is in the trash, reading the pages again makes a new one.
    notes::NoteRepository(m_profile->database())
        .moveToTrash(saved.value(QStringLiteral("noteId")).toString());
    const jobs::JobStatus third = read(*queue, pages);
    QCOMPARE(third.state, jobs::JobState::Done);
    QCOMPARE(calls(), 2);
    QVERIFY(third.results.at(2).toObject().value(QStringLiteral("noteId"))
        != saved.value(QStringLiteral("noteId")));
}

void TestReadPipeline::samePageUnderAnotherNameIsNotRecognizedAgain()
{
    const QStringList pages = makePages(2);
    auto queue = makeQueue();
    QCOMPARE(read(*queue, pages).state, jobs::JobState::Done);
    QCOMPARE(calls(), 2);

    const QString renamed = m_scratch->filePath(QStringLiteral("IMG_0042.png"));
    QVERIFY(QFile::copy(pages[1], renamed));
    const QString fresh = makePages(1, QStringLiteral("new")).front();
    const jobs::JobStatus status = read(*queue, {renamed, fresh, fresh});
    QCOMPARE(status.state, jobs::JobState::Done);
    QCOMPARE(calls(), 3); // only the new page, and only once
}

void TestReadPipeline::identicalRequestsShareOneJob()
{
    jobs::JobQueue queue(m_dataDir);
    pipelines::ReadPipeline::registerWith(queue, test::countingRecognizer(m_countFile));
    const QStringList pages = makePages(2);
    const pipelines::JobRequest request = pipelines::ReadPipeline::request(m_profile->blobs(), pages, {});
    const QString first = queue.enqueue(request.kind, request.inputHash, request.params);
    const QString second = queue.enqueue(request.kind, request.inputHash, request.params);
    QCOMPARE(second, first);
    queue.start();
    QCOMPARE(queue.waitForJob(first, 300'000)->state, jobs::JobState::Done);
    QCOMPARE(calls(), 2);
}

void TestReadPipeline::unreadablePagesFailAndCanBeRetried()
{
    const QString letter = m_scratch->filePath(QStringLiteral("letter.png"));
    writeFileBytes(letter, QByteArrayLiteral("plain text in disguise"));
    auto queue = makeQueue();
    const jobs::JobStatus failed = read(*queue, {letter});
    QCOMPARE(failed.state, jobs::JobState::Failed);
    QVERIFY2(failed.error.contains(QStringLiteral("letter.png"))
            && failed.error.contains(QStringLiteral("not an image")),
        qPrintable(failed.error));
    QCOMPARE(failed.attempts, 1); // a damaged file is not worth retrying by itself
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {0});

    QVERIFY(queue->retry(failed.id));
    const std::optional<jobs::JobStatus> again = queue->waitForJob(failed.id, 300'000);
    QCOMPARE(again->state, jobs::JobState::Failed);
    QCOMPARE(again->error, failed.error);
}

void TestReadPipeline::pagesWithoutTextFail()
{
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString path = m_scratch->filePath(QStringLiteral("blank.png"));
    QVERIFY(blank.save(path));
    auto queue = makeQueue();
    const jobs::JobStatus status = read(*queue, {path});
    QCOMPARE(status.state, jobs::JobState::Failed);
    QVERIFY2(status.error.contains(QStringLiteral("No text was found")), qPrintable(status.error));
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {0});
}

void TestReadPipeline::cancelWhileRecognizing()
{
    auto queue = makeQueue();
    const pipelines::JobRequest request
        = pipelines::ReadPipeline::request(m_profile->blobs(), makePages(10), {});
    QSignalSpy progress(queue.get(), &jobs::JobQueue::progressChanged);
    const QString id = queue->enqueue(request.kind, request.inputHash, request.params);
    QVERIFY(progress.wait(120'000));
    QVERIFY(queue->cancel(id));
    const std::optional<jobs::JobStatus> status = queue->waitForJob(id, 60'000);
    QCOMPARE(status->state, jobs::JobState::Cancelled);
    QVERIFY(calls() < 10);
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {0});
}

void TestReadPipeline::resumesAfterCrashWithoutRedoingFinishedPages()
{
    const QStringList pages = makePages(10);
    QVERIFY(runReader(QStringLiteral("recognize:0.1"), pages) == Ended::Crashed);
    const int callsBeforeCrash = calls();
    const int stored = storedPages();
    QVERIFY2(stored >= 3 && stored < 10, qPrintable(QString::number(stored)));
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {0});

    QVERIFY(runReader(QStringLiteral("-"), pages) == Ended::Done);
    // The pages stored before the crash were not recognised again.
    QCOMPARE(calls() - callsBeforeCrash, 10 - stored);
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {1});
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM jobs"), qint64 {1});
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM ocr_pages"), qint64 {10});
}

void TestReadPipeline::resumesAfterCrashWithoutRedoingFinishedStages()
{
    const QStringList pages = makePages(4);
    QVERIFY(runReader(QStringLiteral("synthesize:0"), pages) == Ended::Crashed);
    QCOMPARE(calls(), 4);
    QVERIFY(m_profile->database().queryInt("SELECT stage FROM jobs") >= 1);

    QVERIFY(runReader(QStringLiteral("-"), pages) == Ended::Done);
    QCOMPARE(calls(), 4); // the finished recognition stage did not run again
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {1});
}

void TestReadPipeline::commandLineReadsPagesIntoAFile()
{
    QStringList pages = makePages(3);
    writeFileBytes(pages[1], QByteArray());
    const QString output = m_scratch->filePath(QStringLiteral("book.ogg"));
    const test::ProcessResult result = test::runVoxnote(
        {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("read"), pages[0], pages[1], pages[2],
            m_scratch->filePath(QStringLiteral("missing.png")), QStringLiteral("-o"), output});
    QCOMPARE(result.exitCode, 1); // two of the four were left out
    QVERIFY2(result.err.contains(QStringLiteral("missing.png does not exist")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("page02.png")), qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Read 2 of 4 pages")), qPrintable(result.out));
    const audio::AudioDecoder decoder(output);
    QVERIFY(decoder.info().durationMs() > 10'000);

    const test::ProcessResult wrongFormat
        = test::runVoxnote({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("read"), pages[0],
            QStringLiteral("-o"), m_scratch->filePath(QStringLiteral("book.txt"))});
    QCOMPARE(wrongFormat.exitCode, 2);
    QVERIFY(wrongFormat.err.contains(QStringLiteral(".ogg, .mp3, .wav or .flac")));
}

void TestReadPipeline::commandLineResumesWhatACrashLeft()
{
    const QStringList pages = makePages(2);
    QVERIFY(runReader(QStringLiteral("synthesize:0"), pages) == Ended::Crashed);
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM jobs WHERE state = 'running'"), qint64 {1});

    const test::ProcessResult result = test::runVoxnote(
        {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("jobs"), QStringLiteral("resume")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM jobs WHERE state = 'done'"), qint64 {1});
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), qint64 {1});
    QCOMPARE(calls(), 2);
}

QTEST_GUILESS_MAIN(TestReadPipeline)
#include "tst_readpipeline.moc"
