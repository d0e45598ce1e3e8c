#include "FakeAudioPlayer.h"
#include "ImportThroughJobs.h"
#include "MediaFixtures.h"
#include "TestSupport.h"

#include "notes/WordAlignment.h"
#include "people/PersonRepository.h"
#include "search/SearchService.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/TranscriptRepository.h"
#include "speech/WordConfidence.h"
#include "tasks/TaskRepository.h"
#include "voice/PlayerBar.h"
#include "voice/TranscriptEditor.h"
#include "voice/TranscriptView.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace voxnote;
using namespace voxnote::ui;

class TestTranscriptView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRealTranscript();
    void clickingAWordSeeksToIt();
    void playedPositionHighlightsTheRightWord();
    void renamingASpeakerRenamesEverySegment();
    void editingKeepsTimings();
    void editsCannotSplitOrJoinSegments();
    void unsureWordsAreMarkedUntilCorrected();
    void selectionBecomesALinkedTask();
    void exportsEveryFormat();
    void exportToAnUnwritablePlaceSaysSo();
    void playerBarSkipsAndChangesSpeed();
    void staysSmoothWithALongTranscript();
    void screenshots();

private:
    std::unique_ptr<TranscriptView> openView(
        const speech::Transcript& transcript, test::FakeAudioPlayer** player);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Profile> m_profile;
    test::FinishedImport m_jfk;
    speech::Transcript m_transcript; ///< of m_jfk, as stored
};

void TestTranscriptView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTheme(false);
    m_profile = storage::Profile::open(m_dir.filePath(QStringLiteral("profile")));
    m_jfk = test::importThroughJobs(*m_profile, test::testData(QStringLiteral("speech/jfk.flac")));
    speech::TranscriptRepository transcripts(m_profile->database());
    m_transcript
        = transcripts.find(transcripts.idsForNote(m_jfk.note.id).value(0)).value_or(speech::Transcript {});
    QVERIFY(!m_transcript.segments.isEmpty());
}

std::unique_ptr<TranscriptView> TestTranscriptView::openView(
    const speech::Transcript& transcript, test::FakeAudioPlayer** player)
{
    auto* fake = new test::FakeAudioPlayer;
    fake->setDuration(transcript.durationMs);
    auto view = std::make_unique<TranscriptView>(*m_profile, fake);
    view->resize(900, 600);
    view->show();
    view->open(transcript.noteId, transcript.attachmentId);
    if (player)
        *player = fake;
    return view;
}

void TestTranscriptView::showsTheRealTranscript()
{
    test::FakeAudioPlayer* player = nullptr;
    auto view = openView(m_transcript, &player);
    QVERIFY(view->hasTranscript());
    QCOMPARE(player->source, m_profile->blobs().pathOf(m_jfk.attachment.blobHash));
    QCOMPARE(view->editor()->toPlainText(), m_transcript.plainText());
    const QString text = view->editor()->toPlainText().toLower();
    for (const char* word : {"fellow", "country", "you"})
        QVERIFY2(text.contains(QLatin1String(word)), qPrintable(text));
    QCOMPARE(view->editor()->segmentCount(), m_transcript.segments.size());
    QCOMPARE(view->editor()->tokensOf(0).size(), m_transcript.segments[0].words.size());
}

void TestTranscriptView::clickingAWordSeeksToIt()
{
    test::FakeAudioPlayer* player = nullptr;
    auto view = openView(m_transcript, &player);
    TranscriptEditor* editor = view->editor();
    const int segment = editor->segmentCount() - 1;
    const QList<notes::TimedToken> tokens = editor->tokensOf(segment);
    QVERIFY(tokens.size() >= 3);
    for (const int word : {int(tokens.size()) - 1, 2}) {
        const QRect rect = editor->wordRect(segment, word);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(player->position(), tokens[word].startMs);
        QCOMPARE(editor->playingWord(), std::make_pair(segment, word));
    }
    QVERIFY(tokens[2].startMs != tokens.last().startMs);
}

void TestTranscriptView::playedPositionHighlightsTheRightWord()
{
    test::FakeAudioPlayer* player = nullptr;
    auto view = openView(m_transcript, &player);
    TranscriptEditor* editor = view->editor();
    int checked = 0;
    for (int s = 0; s < editor->segmentCount(); ++s) {
        const QList<notes::TimedToken> tokens = editor->tokensOf(s);
        for (int w = 0; w < tokens.size(); ++w) {
            if (tokens[w].endMs <= tokens[w].startMs)
                continue;
            player->setPosition((tokens[w].startMs + tokens[w].endMs) / 2);
            QCOMPARE(editor->playingWord(), std::make_pair(s, w));
            const QList<QTextEdit::ExtraSelection> selections = editor->extraSelections();
            QCOMPARE(selections.size(), 1);
            QCOMPARE(selections[0].cursor.selectedText(),
                editor->segmentText(s).mid(tokens[w].offset, tokens[w].length));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
    // Past the end nothing is highlighted.
    player->setPosition(m_transcript.segments.last().endMs + 10'000);
    QCOMPARE(editor->playingWord(), std::make_pair(-1, -1));
    QVERIFY(editor->extraSelections().isEmpty());
}

void TestTranscriptView::renamingASpeakerRenamesEverySegment()
{
    const speech::Transcript stored = test::storeTranscript(*m_profile,
        {QStringLiteral("good morning everyone"), QStringLiteral("hello there"),
            QStringLiteral("shall we start"), QStringLiteral("yes please")},
        2);
    auto view = openView(stored, nullptr);
    QVERIFY(view->renameSpeaker(0, QStringLiteral("  Alice ")));
    QCOMPARE(view->transcript().speakers[0].displayName(), QStringLiteral("Alice"));
    // Stored: every segment of that speaker now reads as Alice, the others not.
    const auto reread = speech::TranscriptRepository(m_profile->database()).find(stored.id);
    QVERIFY(reread);
    for (const speech::TranscriptSegment& segment : reread->segments) {
        QCOMPARE(reread->speakers[segment.speaker].displayName(),
            segment.speaker == 0 ? QStringLiteral("Alice") : QStringLiteral("Speaker 2"));
    }
    // The chip above the speaker's segments shows the new name.
    auto* chip = view->findChild<QToolButton*>(QStringLiteral("speakerChip0"));
    QVERIFY(chip);
    QCOMPARE(chip->text(), QStringLiteral("Alice"));
    QVERIFY(!view->renameSpeaker(7, QStringLiteral("Nobody")));
    // Empty: back to the label.
    QVERIFY(view->renameSpeaker(0, QString()));
    QCOMPARE(view->transcript().speakers[0].displayName(), QStringLiteral("Speaker 1"));
}

void TestTranscriptView::editingKeepsTimings()
{
    const speech::Transcript stored = test::storeTranscript(
        *m_profile, {QStringLiteral("the quick brown fox"), QStringLiteral("jumps over the lazy dog")}, 1);
    auto view = openView(stored, nullptr);
    TranscriptEditor* editor = view->editor();
    editor->setFocus();
    // Replace "brown" by "red" and add a word at the end of the first segment.
    QTextCursor cursor(editor->document()->findBlockByNumber(0));
    cursor.setPosition(cursor.block().position() + 10);
    cursor.setPosition(cursor.block().position() + 15, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("red"));
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral(" today"));
    QCOMPARE(editor->segmentText(0), QStringLiteral("the quick red fox today"));
    QVERIFY(view->saveEdits());

    const auto reread = speech::TranscriptRepository(m_profile->database()).find(stored.id);
    QVERIFY(reread);
    QCOMPARE(reread->segments.size(), 2);
    const speech::TranscriptSegment& first = reread->segments[0];
    QCOMPARE(first.text, QStringLiteral("the quick red fox today"));
    QCOMPARE(first.startMs, stored.segments[0].startMs);
    QCOMPARE(first.endMs, stored.segments[0].endMs);
    QCOMPARE(first.words.size(), 5);
    const QList<speech::Word>& before = stored.segments[0].words;
    QCOMPARE(first.words[0].startMs, before[0].startMs);
    QCOMPARE(first.words[1].startMs, before[1].startMs);
    QCOMPARE(first.words[2].text, QStringLiteral("red"));
    QCOMPARE(first.words[2].startMs, before[2].startMs); // took the time of "brown"
    QCOMPARE(first.words[3].startMs, before[3].startMs);
    QVERIFY(first.words[4].startMs >= before[3].endMs && first.words[4].endMs <= first.endMs);
    QCOMPARE(reread->segments[1].text, stored.segments[1].text);
    QCOMPARE(reread->segments[1].words[0].startMs, stored.segments[1].words[0].startMs);
}

void TestTranscriptView::editsCannotSplitOrJoinSegments()
{
    const speech::Transcript stored = test::storeTranscript(
        *m_profile, {QStringLiteral("one two"), QStringLiteral("three four"), QStringLiteral("five six")}, 1);
    auto view = openView(stored, nullptr);
    TranscriptEditor* editor = view->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(1));
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Backspace); // at the start: would join
    QTest::keyClick(editor, Qt::Key_Return); // would split
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Delete); // at the end: would join
    // A selection over two segments cannot be typed over.
    cursor.setPosition(2);
    cursor.setPosition(editor->document()->findBlockByNumber(2).position() + 2, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("x"));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QCOMPARE(editor->document()->blockCount(), 3);
    QCOMPARE(editor->toPlainText(), QStringLiteral("one two\nthree four\nfive six"));
    QVERIFY(editor->takeEditedSegments().isEmpty());
}

void TestTranscriptView::unsureWordsAreMarkedUntilCorrected()
{
    speech::Transcript stored = test::storeTranscript(*m_profile,
        {QStringLiteral("we met john dashwood today"), QStringLiteral("the budget is fine")}, 1,
        QStringLiteral("Unsure words"));
    // The recogniser was unsure of "dashwood" and "budget".
    speech::TranscriptRepository repository(m_profile->database());
    stored.segments[0].words[3].confidence = speech::kLowConfidence / 3;
    stored.segments[1].words[1].confidence = speech::kLowConfidence - 0.01;
    stored.segments[1].words[3].confidence = speech::kLowConfidence; // just sure enough
    for (const speech::TranscriptSegment& segment : std::as_const(stored.segments))
        QVERIFY(repository.updateSegmentText(segment.id, segment.text, segment.words));
    auto view = openView(stored, nullptr);
    TranscriptEditor* editor = view->editor();
    const QList<std::pair<int, int>> marked {{0, 3}, {1, 1}};
    QCOMPARE(editor->unsureWords(), marked);
    test::saveScreenshot(*view, QStringLiteral("transcript-unsure-words"));

    // A correction typed over the word is sure: the mark goes, and the
    // stored words and the search have the corrected word.
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(0));
    cursor.setPosition(cursor.block().position() + 12);
    cursor.setPosition(cursor.block().position() + 20, QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("dashwood"));
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("Ashwood"));
    QCOMPARE(editor->unsureWords(), (QList<std::pair<int, int>> {{1, 1}}));
    QVERIFY(view->saveEdits());
    auto reread = repository.find(stored.id);
    QVERIFY(reread);
    QCOMPARE(reread->segments[0].words[3].text, QStringLiteral("Ashwood"));
    QCOMPARE(reread->segments[0].words[3].confidence, 1.0);
    const QList<search::SearchHit> hits
        = search::SearchService(m_profile->database()).search(QStringLiteral("ashwood"));
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
        [&](const search::SearchHit& hit) { return hit.refId == stored.segments[0].id; }));

    // "Mark as correct" from the word's context menu stores it as sure at once.
    const QPoint at = editor->wordRect(1, 1).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor->viewport(), &menuEvent);
    QAction* confirm = nullptr;
    for (QMenu* menu : editor->findChildren<QMenu*>()) {
        if (QAction* action = menu->findChild<QAction*>(QStringLiteral("confirm-word")))
            confirm = action;
    }
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Mark as correct"));
    confirm->trigger();
    QVERIFY(editor->unsureWords().isEmpty());
    reread = repository.find(stored.id);
    QCOMPARE(reread->segments[1].words[1].text, QStringLiteral("budget"));
    QCOMPARE(reread->segments[1].words[1].confidence, 1.0);
    QCOMPARE(reread->segments[1].text, QStringLiteral("the budget is fine"));
    // Opened again, nothing is marked.
    auto again = openView(*reread, nullptr);
    QVERIFY(again->editor()->unsureWords().isEmpty());
}

void TestTranscriptView::selectionBecomesALinkedTask()
{
    const speech::Transcript stored = test::storeTranscript(*m_profile,
        {QStringLiteral("welcome to the meeting"), QStringLiteral("please send the report by friday")}, 2);
    auto view = openView(stored, nullptr);
    TranscriptEditor* editor = view->editor();
    auto* create = view->findChild<QToolButton*>(QStringLiteral("createTask"));
    QVERIFY(!create->isEnabled());
    const QTextBlock block = editor->document()->findBlockByNumber(1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + 7); // "send the report"
    cursor.setPosition(block.position() + 22, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QVERIFY(create->isEnabled());
    QSignalSpy created(view.get(), &TranscriptView::taskCreated);
    create->click();
    QCOMPARE(created.size(), 1);
    const QString taskId = created[0][0].toString();
    storage::Connection& db = m_profile->database();
    tasks::TaskRepository tasks(db, people::PersonRepository(db).me().id);
    QCOMPARE(tasks.get(taskId).title, QStringLiteral("send the report"));
    const QList<tasks::TaskLink> links = tasks.links(taskId);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].noteId, stored.noteId);
    QVERIFY(links[0].timeMs.has_value());
    QCOMPARE(*links[0].timeMs, stored.segments[1].words[1].startMs);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("transcriptInfo"))->text().contains(u"send the report"));
}

void TestTranscriptView::exportsEveryFormat()
{
    auto view = openView(m_transcript, nullptr);
    QTemporaryDir out;
    for (const auto format : {exporting::TranscriptFormat::Text, exporting::TranscriptFormat::Srt,
             exporting::TranscriptFormat::WebVtt, exporting::TranscriptFormat::Json,
             exporting::TranscriptFormat::Markdown}) {
        const QString path
            = out.filePath(QStringLiteral("jfk.") + exporting::TranscriptExporter::extension(format));
        QVERIFY(view->exportTo(format, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll().toLower();
        QVERIFY2(content.contains("country"), path.toUtf8());
    }
    auto* exportButton = view->findChild<QToolButton*>(QStringLiteral("exportTranscript"));
    QCOMPARE(exportButton->menu()->actions().size(), 5);
}

void TestTranscriptView::exportToAnUnwritablePlaceSaysSo()
{
    auto view = openView(m_transcript, nullptr);
    QSignalSpy errors(view.get(), &TranscriptView::errorOccurred);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/jfk.srt"));
    QVERIFY(!view->exportTo(exporting::TranscriptFormat::Srt, path));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("transcriptInfo"))->isVisibleTo(view.get()));
}

void TestTranscriptView::playerBarSkipsAndChangesSpeed()
{
    test::FakeAudioPlayer* player = nullptr;
    auto view = openView(m_transcript, &player);
    player->setDuration(11'000);
    player->setPosition(3000);
    view->findChild<QToolButton*>(QStringLiteral("skipForward"))->click();
    QCOMPARE(player->position(), 8000);
    view->findChild<QToolButton*>(QStringLiteral("skipForward"))->click();
    QCOMPARE(player->position(), 11'000); // not past the end
    view->findChild<QToolButton*>(QStringLiteral("skipBack"))->click();
    view->findChild<QToolButton*>(QStringLiteral("skipBack"))->click();
    view->findChild<QToolButton*>(QStringLiteral("skipBack"))->click();
    QCOMPARE(player->position(), 0);
    auto* speed = view->findChild<QComboBox*>(QStringLiteral("speed"));
    QCOMPARE(speed->itemData(0).toDouble(), 0.5);
    QCOMPARE(speed->itemData(speed->count() - 1).toDouble(), 2.0);
    speed->setCurrentIndex(speed->count() - 1);
    QCOMPARE(player->rate(), 2.0);
    view->findChild<QToolButton*>(QStringLiteral("playPause"))->click();
    QVERIFY(player->isPlaying());
}

void TestTranscriptView::staysSmoothWithALongTranscript()
{
    // About 400,000 characters: 4,000 segments of 100.
    QStringList texts;
    const QString sentence
        = QStringLiteral("we reviewed the budget and agreed to move the launch to the spring so "
                         "everyone has time to test it on every laptop");
    for (int i = 0; i < 4000; ++i)
        texts << sentence.left(100);
    const speech::Transcript stored = test::storeTranscript(*m_profile, texts, 3, QStringLiteral("Long"));
    QElapsedTimer timer;
    timer.start();
    test::FakeAudioPlayer* player = nullptr;
    auto view = openView(stored, &player);
    QCoreApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    QVERIFY(view->editor()->document()->characterCount() >= 400'000);

    // Playing through the recording: each position update highlights a word.
    timer.restart();
    const int updates = 2000;
    const qint64 step = stored.durationMs / updates;
    for (int i = 0; i < updates; ++i)
        player->setPosition(i * step);
    const qint64 playMs = timer.elapsed();
    QVERIFY(view->editor()->playingWord().first > 3900);
    // The view followed the word to the end.
    QVERIFY(
        view->editor()->verticalScrollBar()->value() > view->editor()->verticalScrollBar()->maximum() / 2);
    timer.restart();
    view->grab();
    const qint64 paintMs = timer.elapsed();
    qInfo("400,000 characters: open %lld ms, %d highlight updates %lld ms (%.3f ms each), one paint %lld ms",
        openMs, updates, playMs, double(playMs) / updates, paintMs);
}

void TestTranscriptView::screenshots()
{
    const speech::Transcript meeting = test::storeTranscript(*m_profile,
        {QStringLiteral("Good morning everyone, thanks for joining the planning call."),
            QStringLiteral("Morning. Before we start, did everyone get the notes from last week?"),
            QStringLiteral(
                "Yes, and I think we should move the launch to the spring so that the team has time to "
                "test the new recorder on every laptop we support."),
            QStringLiteral("Agreed. Can you send the report by Friday?"), QStringLiteral("Sure, I will.")},
        3, QStringLiteral("Planning call"));
    const speech::Transcript korean = test::storeTranscript(*m_profile,
        {QStringLiteral("안녕하세요, 오늘 회의를 시작하겠습니다."),
            QStringLiteral("지난주 회의록을 모두 받으셨나요?"),
            QStringLiteral("네, 출시 일정을 봄으로 미루는 것이 좋겠습니다.")},
        2, QStringLiteral("주간 회의"));
    for (const bool dark : {false, true}) {
        test::useTheme(dark);
        test::FakeAudioPlayer* player = nullptr;
        auto view = openView(meeting, &player);
        view->renameSpeaker(1, QStringLiteral("Dana"));
        player->setPosition(meeting.segments[2].words[5].startMs + 10);
        QCoreApplication::processEvents();
        test::saveScreenshot(
            *view, dark ? QStringLiteral("transcript-dark") : QStringLiteral("transcript-light"));
    }
    test::useTheme(false);
    {
        test::FakeAudioPlayer* player = nullptr;
        auto view = openView(korean, &player);
        player->setPosition(korean.segments[1].words[1].startMs + 10);
        test::saveScreenshot(*view, QStringLiteral("transcript-korean"));
    }
    {
        // A recording still being transcribed.
        auto view = std::make_unique<TranscriptView>(*m_profile, new test::FakeAudioPlayer);
        view->resize(900, 400);
        view->show();
        view->open(m_jfk.note.id, QStringLiteral("not-yet"), QStringLiteral("Transcribing… 40%"));
        QVERIFY(!view->hasTranscript());
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("transcriptWaiting"))->text(),
            QStringLiteral("Transcribing… 40%"));
        test::saveScreenshot(*view, QStringLiteral("transcript-waiting"));
    }
}

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
