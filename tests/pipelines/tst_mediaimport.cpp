// Importing files and pasted images into notes (core/pipelines/MediaImport):
// the note and attachment are written at once and the slow work follows as
// a job; bad files are refused with a sentence and leave nothing behind.

#include "Error.h"
#include "TestSupport.h"
#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "pipelines/FolderScan.h"
#include "pipelines/MediaImport.h"
#include "pipelines/Pipelines.h"
#include "storage/Profile.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

class TestMediaImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void imageBecomesNoteAndIsRecognized();
    void pastedImageBecomesNote();
    void recordingBecomesNoteAndIsTranscribed();
    void imageNoteIsReadAloudIntoTheSameNote();
    void noteIsReadAloud();
    void recognizeAgainWithOtherLanguages();
    void badFilesAreRefusedAndLeaveNothing_data();
    void badFilesAreRefusedAndLeaveNothing();
    void aFolderOfTenThousandFilesIsLookedThrough();

private:
    QString write(const QString& name, const QByteArray& bytes);
    jobs::JobStatus wait(const QString& jobId);
    qint64 count(const char* table);

    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<pipelines::MediaImport> m_import;
};

void TestMediaImport::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    const QString dataDir = m_scratch->filePath(QStringLiteral("data"));
    m_profile = storage::Profile::open(dataDir);
    m_queue = std::make_unique<jobs::JobQueue>(dataDir);
    pipelines::registerPipelines(*m_queue);
    m_queue->start();
    m_import = std::make_unique<pipelines::MediaImport>(*m_profile, *m_queue);
}

void TestMediaImport::cleanup()
{
    m_import.reset();
    m_queue.reset();
    m_profile.reset();
    m_scratch.reset();
}

QString TestMediaImport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_scratch->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

jobs::JobStatus TestMediaImport::wait(const QString& jobId)
{
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(jobId, 300'000);
    if (!status)
        qFatal("job %s vanished", qPrintable(jobId));
    return *status;
}

qint64 TestMediaImport::count(const char* table)
{
    return m_profile->database().queryInt(std::string("SELECT count(*) FROM ") + table);
}

void TestMediaImport::imageBecomesNoteAndIsRecognized()
{
    // A TIFF named .jpg: the content decides.
    const QString path = m_scratch->filePath(QStringLiteral("scan.jpg"));
    QVERIFY(QFile::copy(test::testData(QStringLiteral("ocr/phototest.tif")), path));
    const pipelines::ImportedMedia imported = m_import->importFile(path);
    QCOMPARE(imported.kind, QStringLiteral("image"));
    QCOMPARE(imported.fileName, QStringLiteral("scan.jpg"));
    // The note exists before its text is known.
    const std::optional<notes::Note> note
        = notes::NoteRepository(m_profile->database()).find(imported.noteId);
    QVERIFY(note);
    QCOMPARE(note->title, QStringLiteral("scan"));

    const jobs::JobStatus status = wait(imported.jobId);
    QCOMPARE(status.state, jobs::JobState::Done);
    const QList<ocr::OcrPage> pages = ocr::OcrRepository(m_profile->database()).pages(imported.attachmentId);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.front().text.contains(QStringLiteral("quick brown dog")));
}

void TestMediaImport::recordingBecomesNoteAndIsTranscribed()
{
    const pipelines::ImportedMedia imported
        = m_import->importFile(test::testData(QStringLiteral("speech/jfk.flac")));
    QCOMPARE(imported.kind, QStringLiteral("audio"));
    const jobs::JobStatus status = wait(imported.jobId);
    QCOMPARE(status.state, jobs::JobState::Done);
    QCOMPARE(status.kind, pipelines::transcribeKind());
    QCOMPARE(count("transcripts"), qint64 {1});
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM transcripts WHERE attachment_id = '"
                 + imported.attachmentId.toStdString() + "'"),
        qint64 {1});
    QVERIFY(count("transcript_segments") > 0);
    QCOMPARE(count("notes"), qint64 {1}); // the job used the note made at import, not a new one
}

void TestMediaImport::pastedImageBecomesNote()
{
    const QImage image(test::testData(QStringLiteral("ocr/phototest.tif")));
    const pipelines::ImportedMedia imported = m_import->importImage(image);
    QVERIFY(imported.fileName.endsWith(QStringLiteral(".png")));
    QCOMPARE(wait(imported.jobId).state, jobs::JobState::Done);
    QVERIFY(ocr::OcrRepository(m_profile->database())
                .textOfNote(imported.noteId)
                .contains(QStringLiteral("lazy fox")));

    QVERIFY_THROWS_EXCEPTION(Error, m_import->importImage(QImage()));
    QCOMPARE(count("notes"), qint64 {1});
}

void TestMediaImport::imageNoteIsReadAloudIntoTheSameNote()
{
    const pipelines::ImportedMedia imported
        = m_import->importFile(test::testData(QStringLiteral("ocr/phototest-rotated-180.png")));
    QCOMPARE(wait(imported.jobId).state, jobs::JobState::Done);

    const jobs::JobStatus reading = wait(m_import->readPagesAloud(imported.noteId));
    QCOMPARE(reading.state, jobs::JobState::Done);
    QCOMPARE(reading.results.at(2).toObject().value(QStringLiteral("noteId")).toString(), imported.noteId);
    QCOMPARE(count("notes"), qint64 {1});
    QCOMPARE(count("attachments WHERE kind = 'speech'"), qint64 {1});
    QCOMPARE(count("attachments WHERE kind = 'image'"), qint64 {1}); // the image was not attached twice

    // A note without images has nothing to read this way.
    const notes::Note plain
        = notes::NoteRepository(m_profile->database()).create(QStringLiteral("Plain"), {});
    QVERIFY_THROWS_EXCEPTION(Error, m_import->readPagesAloud(plain.id));
}

void TestMediaImport::noteIsReadAloud()
{
    const notes::Note note = notes::NoteRepository(m_profile->database())
                                 .create(QStringLiteral("Plan"), QStringLiteral("Buy milk."));
    const jobs::JobStatus status = wait(m_import->readAloud(note.id));
    QCOMPARE(status.state, jobs::JobState::Done);
    QCOMPARE(count("attachments WHERE kind = 'speech'"), qint64 {1});

    const notes::Note empty = notes::NoteRepository(m_profile->database()).create(QString(), QString());
    QVERIFY_THROWS_EXCEPTION(Error, m_import->readAloud(empty.id));
}

void TestMediaImport::recognizeAgainWithOtherLanguages()
{
    const pipelines::ImportedMedia imported
        = m_import->importFile(test::testData(QStringLiteral("ocr/eurotext.tif")));
    QCOMPARE(wait(imported.jobId).state, jobs::JobState::Done);
    const jobs::JobStatus again
        = wait(m_import->recognizeAgain(imported.noteId, imported.attachmentId, QStringLiteral("eng+deu")));
    QCOMPARE(again.state, jobs::JobState::Done);
    const QList<ocr::OcrPage> pages = ocr::OcrRepository(m_profile->database()).pages(imported.attachmentId);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.front().languages, QStringLiteral("eng+deu"));
    QVERIFY_THROWS_EXCEPTION(Error, m_import->recognizeAgain(imported.noteId, QStringLiteral("nope"), {}));
}

void TestMediaImport::badFilesAreRefusedAndLeaveNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "silence.wav" << QByteArray() << "silence.wav is empty";
    QTest::newRow("text named .wav") << "notes.wav" << QByteArray("just some words\n")
                                     << "neither a recording nor an image";
    QTest::newRow("truncated png") << "broken.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                   << "broken.png is not an image Voxnote can read";
    QTest::newRow("broken wav") << "broken.wav" << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << "broken.wav";
    QTest::newRow("folder") << "" << QByteArray() << "is a folder";
    QTest::newRow("missing") << "gone.mp3" << QByteArray("-") << "does not exist";
}

void TestMediaImport::badFilesAreRefusedAndLeaveNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QString path;
    if (name.isEmpty())
        path = m_scratch->path();
    else if (content == "-")
        path = m_scratch->filePath(name);
    else
        path = write(name, content);
    try {
        m_import->importFile(path);
        QFAIL("the file was imported");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QCOMPARE(count("notes"), qint64 {0});
    QCOMPARE(count("attachments"), qint64 {0});
    QCOMPARE(count("jobs"), qint64 {0});
    // Refused before anything was stored: not even a blob.
    QDirIterator stored(m_profile->blobs().root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!stored.hasNext(), qPrintable(stored.hasNext() ? stored.next() : QString()));
}

void TestMediaImport::aFolderOfTenThousandFilesIsLookedThrough()
{
    // Half recordings and images (told by their content, whatever their
    // name), half anything else, in subfolders, with a link back to the top.
    QTemporaryDir tree;
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.fill(Qt::white);
        QVERIFY(pixel.save(&buffer, "PNG"));
    }
    QFile sound(test::testData(QStringLiteral("speech/jfk.flac")));
    QVERIFY(sound.open(QIODevice::ReadOnly));
    const QByteArray flac = sound.read(4096);
    constexpr int kFiles = 10'000;
    for (int i = 0; i < kFiles; ++i) {
        const QString folder
            = tree.filePath(QStringLiteral("part-%1/inner-%2").arg(i / 1000).arg(i / 250 % 4));
        if (i % 250 == 0)
            QVERIFY(QDir().mkpath(folder));
        const bool media = i % 2 == 0;
        // Every tenth media file has a misleading name; every tenth other file a media name.
        const QString name = media
            ? (i % 20 == 0 ? QStringLiteral("file-%1.txt") : QStringLiteral("page-%1.png"))
            : (i % 10 == 1 ? QStringLiteral("fake-%1.mp3") : QStringLiteral("notes-%1.md"));
        QFile file(QDir(folder).filePath(name.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(media ? (i % 4 == 0 ? flac : png) : QByteArray("plain words, not media\n"));
    }
    QVERIFY(QFile::link(tree.path(), tree.filePath(QStringLiteral("part-3/back-to-the-top"))));

    const pipelines::FolderScan scan = pipelines::FolderScan::of(tree.path());
    QCOMPARE(scan.files.size(), kFiles / 2);
    QCOMPARE(scan.count(pipelines::SkippedFile::Reason::NotMedia), kFiles / 2);
    QCOMPARE(scan.count(pipelines::SkippedFile::Reason::LinkLoop), 1);
    QVERIFY(scan.skipped.size() == kFiles / 2 + 1);
    QVERIFY(std::is_sorted(scan.files.cbegin(), scan.files.cend()));
    for (const QString& path : scan.files)
        QVERIFY2(!pipelines::MediaImport::kindOf(path).isEmpty(), qPrintable(path));

    // A folder that is not there is one skipped entry, not an exception.
    const pipelines::FolderScan missing = pipelines::FolderScan::of(tree.filePath(QStringLiteral("gone")));
    QVERIFY(missing.files.isEmpty());
    QCOMPARE(missing.count(pipelines::SkippedFile::Reason::Unreadable), 1);
}

QTEST_GUILESS_MAIN(TestMediaImport)
#include "tst_mediaimport.moc"
