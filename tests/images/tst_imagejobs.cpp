// OCR and read-aloud as background jobs: the "ocr" pipeline recognises an
// image attachment and stores its pages; the "speak" pipeline reads the
// note (its recognised text) aloud and stores the audio with it.

#include "TestSupport.h"

#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "ocr/RecognizeImageStage.h"
#include "storage/Profile.h"
#include "tts/SpeakNoteStage.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

class TestImageJobs : public QObject
{
    Q_OBJECT

private slots:
    void recognisesAndReadsAloudInTheBackground();
};

void TestImageJobs::recognisesAndReadsAloudInTheBackground()
{
    QTemporaryDir dir;
    const auto profile = storage::Profile::open(dir.path());
    const QString path = test::testData(QStringLiteral("ocr/phototest-rotated-R.png"));
    const QString hash = profile->blobs().putFile(path);
    notes::NoteRepository notes(profile->database());
    const notes::Note note = notes.create(QStringLiteral("Scan"), QString());
    const notes::Attachment attachment = notes.attach(
        note.id, hash, QStringLiteral("image"), QStringLiteral("scan.png"), QStringLiteral("image/png"), 1);

    jobs::JobQueue queue(dir.path(), {.workers = 1, .retryDelayMs = 50});
    ocr::RecognizeImageStage::registerWith(queue);
    queue.start();
    const QJsonObject params {{QStringLiteral("noteId"), note.id},
        {QStringLiteral("attachmentId"), attachment.id},
        {QStringLiteral("fileName"), QStringLiteral("scan.png")}};
    const QString id = queue.enqueue(ocr::RecognizeImageStage::kind(), hash, params);
    QVERIFY(queue.waitForIdle(120'000));

    const std::optional<jobs::JobStatus> status = queue.status(id);
    QVERIFY(status);
    QVERIFY2(status->state == jobs::JobState::Done, qPrintable(status->error));
    QCOMPARE(status->results[0].toObject()[u"pages"].toInt(), 1);

    const QList<ocr::OcrPage> pages = ocr::OcrRepository(profile->database()).pages(attachment.id);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages[0].rotation, 270);
    QVERIFY(pages[0].text.startsWith(u"This is a lot of 12 point text"));

    // A damaged blob fails the job with a sentence naming the file.
    const QString text = profile->blobs().putData("not an image");
    const QString broken = queue.enqueue(ocr::RecognizeImageStage::kind(), text,
        {{QStringLiteral("noteId"), note.id}, {QStringLiteral("attachmentId"), attachment.id},
            {QStringLiteral("fileName"), QStringLiteral("receipt.jpg")}});
    QVERIFY(queue.waitForIdle(120'000));
    QCOMPARE(queue.status(broken)->state, jobs::JobState::Failed);
    QVERIFY2(queue.status(broken)->error.startsWith(u"receipt.jpg is not an image"),
        qPrintable(queue.status(broken)->error));
    QCOMPARE(ocr::OcrRepository(profile->database()).pages(attachment.id).size(), 1); // the good pages stay

    // Photo → text → audio.
    tts::SpeakNoteStage::registerWith(queue);
    const QString speech = queue.enqueue(tts::SpeakNoteStage::kind(), hash,
        {{QStringLiteral("noteId"), note.id}, {QStringLiteral("format"), QStringLiteral("flac")}});
    QVERIFY(queue.waitForIdle(120'000));
    const std::optional<jobs::JobStatus> spoken = queue.status(speech);
    QVERIFY2(spoken->state == jobs::JobState::Done, qPrintable(spoken->error));
    QVERIFY(spoken->results[0].toObject()[u"durationMs"].toInteger() > 10'000);
    const QList<notes::Attachment> attachments = notes.attachments(note.id);
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[1].kind, QStringLiteral("speech"));
    QCOMPARE(attachments[1].mimeType, QStringLiteral("audio/flac"));
    QCOMPARE(attachments[1].id, spoken->results[0].toObject()[u"attachmentId"].toString());
}

QTEST_GUILESS_MAIN(TestImageJobs)
#include "tst_imagejobs.moc"
