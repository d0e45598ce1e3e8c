#include "MediaFixtures.h"
#include "TestSupport.h"

#include "images/OcrImageView.h"
#include "images/OcrView.h"
#include "jobs/JobQueue.h"
#include "notes/AttachmentContents.h"
#include "notes/AttachmentStrip.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListModel.h"
#include "notes/NotesPage.h"
#include "ocr/OcrRepository.h"
#include "pipelines/MediaImport.h"
#include "pipelines/Pipelines.h"
#include "readaloud/ReadAloudPanel.h"
#include "services/Services.h"
#include "voice/AudioPlayer.h"
#include "voice/TranscriptEditor.h"
#include "voice/TranscriptView.h"
#include "voice/WavFixture.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace voxnote;
using namespace voxnote::ui;

class TestNotesMedia : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anImageNoteShowsItsTextBesideTheImage();
    void aPartlyReadPageSaysSoOnItsCard();
    void aRecordingOpensAtTheTimeAsked();
    void aRecordingWithoutSpeechSaysSoOnItsCard();
    void aLongRecordingsCardCountsHours();
    void aNoteShowsTheTextOfItsImage();
    void aNoteShowsItsTranscriptAndOpensItAtALine();
    void aFailedJobSaysWhyAndCanBeRetried();
    void aNoteIsReadAloudFromTheEditor();
    void attachingABrokenFileSaysSo();
    void screenshots();

private:
    std::unique_ptr<NotesPage> makePage();
    static QString previewOf(NotesPage& page, const QString& noteId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<services::Services> m_services;
    storage::Profile* m_profile = nullptr;
    jobs::JobQueue* m_queue = nullptr;
};

void TestNotesMedia::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_services = services::Services::open(m_dir->path());
    m_profile = &m_services->profile();
    m_queue = &m_services->jobQueue();
    m_queue->start();
}

void TestNotesMedia::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

std::unique_ptr<NotesPage> TestNotesMedia::makePage()
{
    auto page = std::make_unique<NotesPage>(*m_services);
    page->resize(1200, 800);
    page->show();
    return page;
}

QString TestNotesMedia::previewOf(NotesPage& page, const QString& noteId)
{
    NoteListModel* model = page.model();
    if (!model->refresh(noteId))
        model->reload();
    return model->index(model->rowOf(noteId)).data(NoteListModel::PreviewRole).toString();
}

void TestNotesMedia::anImageNoteShowsItsTextBesideTheImage()
{
    auto page = makePage();
    const pipelines::ImportedMedia imported
        = page->mediaImport().importFile(test::testData(QStringLiteral("ocr/phototest.tif")));
    page->showNote(imported.noteId);
    QCOMPARE(page->editor()->noteId(), imported.noteId);
    AttachmentStrip* strip = page->editor()->attachments();
    QCOMPARE(strip->attachments().size(), 1);
    QCOMPARE(strip->jobOf(imported.attachmentId), imported.jobId);
    // While the job runs, its card says so, and the list names its file.
    QVERIFY(!strip->statusOf(imported.attachmentId).isEmpty());
    QCOMPARE(previewOf(*page, imported.noteId), QStringLiteral("phototest.tif"));
    QVERIFY(m_queue->waitForIdle(120'000));
    // Then the list shows the start of its text, as a typed note's.
    QVERIFY2(previewOf(*page, imported.noteId).startsWith(u"This is a lot of 12 point text"),
        qPrintable(previewOf(*page, imported.noteId)));
    QTRY_VERIFY(strip->statusOf(imported.attachmentId).startsWith(u"Text found"));
    QVERIFY(!strip->statusOf(imported.attachmentId).contains(u"could not be read"));
    QVERIFY(page->editor()
                ->findChild<QToolButton*>(QStringLiteral("readPagesAloud"))
                ->isVisibleTo(page->editor()));

    page->showNote(imported.noteId, imported.attachmentId);
    QCOMPARE(page->currentMedia(), page->ocrView());
    QVERIFY(page->ocrView()->text().contains(u"12 point text"));
    QVERIFY(page->ocrView()->imageView()->words().size() > 20);
    // Read Aloud in the OCR view reads that text below the editor.
    page->ocrView()->findChild<QToolButton*>(QStringLiteral("readText"))->click();
    QCOMPARE(page->currentMedia(), page->readAloudPanel());
    QCOMPARE(page->readAloudPanel()->text(), page->ocrView()->text());
    page->closeMedia();
    QCOMPARE(page->currentMedia(), nullptr);
}

void TestNotesMedia::aPartlyReadPageSaysSoOnItsCard()
{
    auto page = makePage();
    const pipelines::ImportedMedia imported
        = page->mediaImport().importFile(test::testData(QStringLiteral("ocr/phototest.tif")));
    QVERIFY(m_queue->waitForIdle(120'000));
    // The stored result of a page that could be read only in part (tst_ocr
    // shows how recognition finds one) keeps its warning for the card.
    ocr::OcrRepository repository(m_profile->database());
    QList<ocr::OcrPage> pages = repository.pages(imported.attachmentId);
    QCOMPARE(pages.size(), 1);
    pages[0].warning = QStringLiteral("Part of this page could not be read: lines 3\u20135.");
    pages[0].unreadRegions = {QRect(10, 100, 400, 80)};
    repository.save(imported.noteId, imported.attachmentId, pages);
    page->showNote(imported.noteId);
    const QString status = page->editor()->attachments()->statusOf(imported.attachmentId);
    QVERIFY2(status.startsWith(u"Text found") && status.contains(pages[0].warning), qPrintable(status));
}

void TestNotesMedia::aRecordingWithoutSpeechSaysSoOnItsCard()
{
    // Eight seconds of mains hum: an empty transcript, and a card that says
    // why instead of "0:08 · transcript".
    std::vector<qint16> hum = test::tone(8.0, 16000, 100.0, 0.2);
    const std::vector<qint16> overtone = test::tone(8.0, 16000, 300.0, 0.1);
    for (size_t i = 0; i < hum.size(); ++i)
        hum[i] = qint16(hum[i] + overtone[i]);
    const QString path = m_dir->filePath(QStringLiteral("hum.wav"));
    QVERIFY(test::writeFile(path, test::wavBytes(hum, 16000, 1)));
    auto page = makePage();
    const pipelines::ImportedMedia imported = page->mediaImport().importFile(path);
    page->showNote(imported.noteId);
    QVERIFY(m_queue->waitForIdle(120'000));
    AttachmentStrip* strip = page->editor()->attachments();
    QTRY_VERIFY2(strip->statusOf(imported.attachmentId).contains(u"no speech found"),
        qPrintable(strip->statusOf(imported.attachmentId)));
}

void TestNotesMedia::aLongRecordingsCardCountsHours()
{
    // An hour and a quarter reads 1:15:00 on the card, as in the player and
    // the note's contents (the card once wrote 75:00).
    const speech::Transcript stored
        = test::storeTranscript(*m_profile, {QStringLiteral("welcome to the long meeting")}, 1);
    m_profile->database().exec("UPDATE transcripts SET duration_ms = 4500000");
    auto page = makePage();
    page->showNote(stored.noteId);
    AttachmentStrip* strip = page->editor()->attachments();
    QTRY_VERIFY2(strip->statusOf(stored.attachmentId).startsWith(u"1:15:00"),
        qPrintable(strip->statusOf(stored.attachmentId)));
}

void TestNotesMedia::aRecordingOpensAtTheTimeAsked()
{
    auto page = makePage();
    const pipelines::ImportedMedia imported
        = page->mediaImport().importFile(test::testData(QStringLiteral("speech/jfk.flac")));
    QVERIFY(m_queue->waitForIdle(180'000));
    // The list shows what was said.
    QVERIFY2(previewOf(*page, imported.noteId).contains(u"fellow", Qt::CaseInsensitive),
        qPrintable(previewOf(*page, imported.noteId)));
    page->showNote(imported.noteId, imported.attachmentId);
    QCOMPARE(page->currentMedia(), page->transcriptView());
    TranscriptView* view = page->transcriptView();
    QVERIFY(view->hasTranscript());
    QVERIFY2(view->editor()->toPlainText().contains(u"fellow", Qt::CaseInsensitive),
        qPrintable(view->transcript().plainText()));
    // As a search hit would: the note at the time of a word of its third segment.
    QVERIFY(view->editor()->segmentCount() >= 3);
    const notes::TimedToken target = view->editor()->tokensOf(2).at(0);
    const qint64 time = (target.startMs + target.endMs) / 2;
    page->showNote(imported.noteId, imported.attachmentId, time);
    QCOMPARE(view->editor()->playingWord(), std::make_pair(2, 0));
    QVERIFY(page->editor()->attachments()->statusOf(imported.attachmentId).contains(u"transcript"));
    // The real player (Qt Multimedia, no sound device needed to seek) is there too.
    QTRY_COMPARE(view->player().position(), time);
    QTRY_VERIFY(view->player().duration() > 10'000);
}

void TestNotesMedia::aNoteShowsTheTextOfItsImage()
{
    auto page = makePage();
    const pipelines::ImportedMedia imported
        = page->mediaImport().importFile(test::testData(QStringLiteral("ocr/phototest.tif")));
    page->showNote(imported.noteId);
    AttachmentContents* contents = page->editor()->contents();
    // Nothing to show while the page is being read; the card says it is.
    QCOMPARE(contents->shownText(imported.attachmentId), QString());
    QVERIFY(m_queue->waitForIdle(120'000));
    // Its text stands in the note itself, under the card, without opening it.
    QTRY_VERIFY(contents->shownText(imported.attachmentId).startsWith(u"This is a lot of 12 point text"));
    QVERIFY(contents->isVisibleTo(page.get()));
    QCOMPARE(contents->warningsOf(imported.attachmentId), QString());
    QCOMPARE(page->currentMedia(), nullptr);
    const QString start = contents->shownText(imported.attachmentId);
    QVERIFY2(start.count(u'\n') < AttachmentContents::kPreviewTextLines, qPrintable(start));
    // Expanded in place: all of it, as the text view has it.
    contents->setExpanded(imported.attachmentId, true);
    QVERIFY(contents->isExpanded(imported.attachmentId));
    const QString all = contents->shownText(imported.attachmentId);
    QVERIFY2(all.size() > start.size() && all.contains(u"lazy fox"), qPrintable(all));

    // A page read only in part says so before its text, and unsure words are tinted.
    ocr::OcrRepository repository(m_profile->database());
    QList<ocr::OcrPage> pages = repository.pages(imported.attachmentId);
    pages[0].warning = QStringLiteral("Part of this page could not be read: lines 3\u20135.");
    for (ocr::OcrWord& word : pages[0].words)
        if (word.text == u"point")
            word.confidence = 20;
    repository.save(imported.noteId, imported.attachmentId, pages);
    page->editor()->attachments()->reload();
    QVERIFY(contents->warningsOf(imported.attachmentId).contains(pages[0].warning));
    QVERIFY(contents->isExpanded(imported.attachmentId)); // kept through the reload
    contents->setExpanded(imported.attachmentId, false);
    const auto* preview = contents->findChild<QLabel*>(QStringLiteral("contentsPreview"));
    QVERIFY2(preview->text().contains(u"background-color") && preview->text().contains(u">point</span>"),
        qPrintable(preview->text()));
}

void TestNotesMedia::aNoteShowsItsTranscriptAndOpensItAtALine()
{
    auto page = makePage();
    const pipelines::ImportedMedia imported
        = page->mediaImport().importFile(test::testData(QStringLiteral("speech/jfk.flac")));
    QVERIFY(m_queue->waitForIdle(180'000));
    page->showNote(imported.noteId);
    AttachmentContents* contents = page->editor()->contents();
    // The first lines, with who said them, in the note itself.
    QTRY_VERIFY(!contents->shownText(imported.attachmentId).isEmpty());
    const QString start = contents->shownText(imported.attachmentId);
    QVERIFY2(start.contains(u"Speaker 1: "), qPrintable(start));
    QVERIFY(start.count(u'\n') < AttachmentContents::kPreviewLines);
    // Expanded: every line of the stored transcript.
    contents->setExpanded(imported.attachmentId, true);
    page->showNote(imported.noteId, imported.attachmentId);
    TranscriptView* view = page->transcriptView();
    QVERIFY(view->hasTranscript());
    const QString all = contents->shownText(imported.attachmentId);
    for (const speech::TranscriptSegment& segment : view->transcript().segments)
        QVERIFY2(all.contains(segment.text), qPrintable(segment.text));
    QVERIFY2(all.contains(u"fellow", Qt::CaseInsensitive), qPrintable(all));
    page->closeMedia();
    // A line's time opens the recording there, with its player.
    const qint64 time = view->transcript().segments.last().startMs;
    auto* full = contents->findChild<QTextBrowser*>(QStringLiteral("contentsFull"));
    QVERIFY(full->isVisibleTo(contents));
    emit full->anchorClicked(QUrl(QStringLiteral("t:%1").arg(time)));
    QCOMPARE(page->currentMedia(), page->transcriptView());
    QTRY_COMPARE(view->player().position(), time);
}

void TestNotesMedia::aFailedJobSaysWhyAndCanBeRetried()
{
    // An image whose header is fine but whose pixels are cut off: the
    // import accepts it, the recognition fails.
    QFile source(test::testData(QStringLiteral("ocr/phototest-rotated-R.png")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString broken = m_dir->filePath(QStringLiteral("cut-off.png"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.left(bytes.size() / 3));
    file.close();

    auto page = makePage();
    pipelines::ImportedMedia imported;
    try {
        imported = page->mediaImport().importFile(broken);
    } catch (const Error& error) {
        // Skipping here would let the retry path go untested unnoticed.
        QFAIL(qPrintable(QStringLiteral("The import refuses it at once: ") + error.message()));
    }
    page->showNote(imported.noteId, imported.attachmentId);
    QCOMPARE(page->currentMedia(), page->ocrView());
    QVERIFY(m_queue->waitForIdle(60'000));
    const std::optional<jobs::JobStatus> status = m_queue->status(imported.jobId);
    QVERIFY(status);
    QVERIFY2(status->state == jobs::JobState::Failed, "The cut-off image was recognised after all.");
    AttachmentStrip* strip = page->editor()->attachments();
    QTRY_COMPARE(strip->statusOf(imported.attachmentId), status->error);
    QVERIFY(status->error.contains(u"cut-off.png"));
    auto* retry = strip->findChild<QPushButton*>(QStringLiteral("retryJob"));
    QVERIFY(retry && retry->isVisibleTo(strip));
    // The open view says it too.
    QVERIFY(
        page->ocrView()->findChild<QLabel*>(QStringLiteral("ocrWaiting"))->text().contains(status->error));
    QSignalSpy failedAgain(m_queue, &jobs::JobQueue::jobFailed);
    retry->click();
    QVERIFY(m_queue->waitForIdle(60'000));
    QCOMPARE(failedAgain.size(), 1); // it ran again
    test::saveScreenshot(*page, QStringLiteral("notes-failed-job"));
}

void TestNotesMedia::aNoteIsReadAloudFromTheEditor()
{
    auto page = makePage();
    page->newNote();
    const QString noteId = page->editor()->noteId();
    notes::NoteRepository(m_profile->database())
        .setTitleAndBody(
            noteId, QStringLiteral("Plan"), QStringLiteral("Call the printer about the posters."));
    page->select(noteId);
    page->editor()->openNote(noteId);
    QSignalSpy words(page->readAloudPanel(), &ReadAloudPanel::wordHighlighted);
    page->editor()->findChild<QToolButton*>(QStringLiteral("readAloud"))->click();
    QCOMPARE(page->currentMedia(), page->readAloudPanel());
    QCOMPARE(page->readAloudPanel()->text(), QStringLiteral("Call the printer about the posters."));
    QVERIFY(words.wait(20'000));
    page->closeMedia();
    QCOMPARE(page->readAloudPanel()->state(), ReadAloudPanel::State::Stopped);

    // The spoken version is saved with the note, as a card that plays it.
    const QString jobId = page->editor()->saveSpokenVersion();
    QVERIFY(!jobId.isEmpty());
    QVERIFY(m_queue->waitForIdle(60'000));
    AttachmentStrip* strip = page->editor()->attachments();
    QTRY_COMPARE(strip->attachments().size(), 1);
    QCOMPARE(strip->attachments()[0].kind, QStringLiteral("speech"));
    page->openAttachment(strip->attachments()[0]);
    QCOMPARE(page->currentMedia(), page->transcriptView());
}

void TestNotesMedia::attachingABrokenFileSaysSo()
{
    auto page = makePage();
    page->newNote();
    QSignalSpy errors(page.get(), &NotesPage::errorOccurred);
    const QString junk = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();
    QVERIFY(!page->editor()->attachFile(junk));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(u"notes.txt"), qPrintable(errors[0][0].toString()));
    QVERIFY(page->editor()->attachments()->attachments().isEmpty());
    QVERIFY(!page->editor()->attachFile(m_dir->path())); // a folder
    QCOMPARE(errors.size(), 2);
}

void TestNotesMedia::screenshots()
{
    const pipelines::ImportedMedia image
        = pipelines::MediaImport(*m_profile, *m_queue)
              .importFile(test::testData(QStringLiteral("ocr/phototest.tif")));
    const pipelines::ImportedMedia audio = pipelines::MediaImport(*m_profile, *m_queue)
                                               .importFile(test::testData(QStringLiteral("speech/jfk.flac")));
    {
        // Work in progress on the cards.
        auto page = makePage();
        page->showNote(audio.noteId, audio.attachmentId);
        test::saveScreenshot(*page, QStringLiteral("notes-transcribing"));
    }
    QVERIFY(m_queue->waitForIdle(180'000));
    notes::NoteRepository(m_profile->database())
        .setTitleAndBody(audio.noteId, QStringLiteral("Inaugural address"),
            QStringLiteral(
                "**Excerpt** from the inaugural address, 1961.\n\n- listen again\n- share with the class"));
    for (const bool dark : {false, true}) {
        test::useTheme(dark);
        auto page = makePage();
        page->showNote(audio.noteId, audio.attachmentId, 4000);
        test::saveScreenshot(
            *page, dark ? QStringLiteral("notes-audio-dark") : QStringLiteral("notes-audio-light"));
        page->showNote(image.noteId, image.attachmentId);
        test::saveScreenshot(
            *page, dark ? QStringLiteral("notes-image-dark") : QStringLiteral("notes-image-light"));
    }
    test::useTheme(false);
    auto page = makePage();
    page->newNote();
    const QString noteId = page->editor()->noteId();
    notes::NoteRepository(m_profile->database())
        .setTitleAndBody(
            noteId, QStringLiteral("주간 회의"), QStringLiteral("출시 일정을 봄으로 미루기로 했습니다."));
    page->model()->reload();
    page->editor()->openNote(noteId);
    page->editor()->findChild<QToolButton*>(QStringLiteral("readAloud"))->click();
    QSignalSpy words(page->readAloudPanel(), &ReadAloudPanel::wordHighlighted);
    QVERIFY(words.wait(20'000));
    page->readAloudPanel()->pause();
    test::saveScreenshot(*page, QStringLiteral("notes-korean-readaloud"));
}

QTEST_MAIN(TestNotesMedia)
#include "tst_notesmedia.moc"
