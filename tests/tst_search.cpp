#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "people/PersonRepository.h"
#include "search/SearchService.h"
#include "storage/DatabaseError.h"
#include "storage/Profile.h"
#include "storage/SyncedWriter.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using namespace voxnote::search;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void koreanSubstringsAndShortWords();
    void englishPrefixWithoutStemming();
    void titlesRankFirstAndMatchesAreMarked();
    void longTextIsCutAroundTheMatch();
    void insideWordsWhenNoWordStartsSo();
    void transcriptHitCarriesItsTime();
    void ocrAndTaskHits();
    void trashAndEditsUpdateTheIndex();
    void filters();
    void ftsSyntaxIsJustText();

private:
    QStringList idsFor(const QString& query, const SearchOptions& options = {});
    QString addTranscriptSegment(const QString& noteId, qint64 startMs, const QString& text);

    ManualClock m_clock {1'800'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Profile> m_profile;
};

void TestSearch::init()
{
    Clock::setInstance(&m_clock);
    m_profile = storage::Profile::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestSearch::cleanup()
{
    m_profile.reset();
    Clock::setInstance(nullptr);
}

QStringList TestSearch::idsFor(const QString& query, const SearchOptions& options)
{
    QStringList ids;
    for (const SearchHit& hit : SearchService(m_profile->database()).search(query, options))
        ids << hit.refId;
    return ids;
}

QString TestSearch::addTranscriptSegment(const QString& noteId, qint64 startMs, const QString& text)
{
    storage::Connection& db = m_profile->database();
    const notes::Attachment audio = notes::NoteRepository(db).attach(noteId, QString(64, u'a'),
        QStringLiteral("audio"), QStringLiteral("standup.flac"), QStringLiteral("audio/flac"), 1000);
    storage::SyncedWriter writer(db);
    const QString transcriptId = newUuidV7();
    writer.insert(QStringLiteral("transcripts"), transcriptId,
        {{QStringLiteral("note_id"), noteId}, {QStringLiteral("attachment_id"), audio.id},
            {QStringLiteral("engine"), QStringLiteral("test")},
            {QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("duration_ms"), 600'000},
            {QStringLiteral("created_at"), m_clock.nowMs()}});
    const QString segmentId = newUuidV7();
    writer.insert(QStringLiteral("transcript_segments"), segmentId,
        {{QStringLiteral("transcript_id"), transcriptId}, {QStringLiteral("position"), 0},
            {QStringLiteral("start_ms"), startMs}, {QStringLiteral("end_ms"), startMs + 4000},
            {QStringLiteral("text"), text}});
    return segmentId;
}

void TestSearch::koreanSubstringsAndShortWords()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note
        = notes.create(QStringLiteral("주간 보고"), QStringLiteral("오늘 회의록을 정리했다."));
    notes.create(QStringLiteral("다른 메모"), QStringLiteral("점심 메뉴"));
    QCOMPARE(idsFor(QStringLiteral("회의")), QStringList {note.id}); // two syllables: word start
    QCOMPARE(idsFor(QStringLiteral("회의록")), QStringList {note.id}); // three: substring
    QCOMPARE(idsFor(QStringLiteral("의록을")), QStringList {note.id}); // inside the word
    QCOMPARE(idsFor(QStringLiteral("정리")), QStringList {note.id});
    QVERIFY(idsFor(QStringLiteral("회식")).isEmpty());
}

void TestSearch::englishPrefixWithoutStemming()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note
        = notes.create(QStringLiteral("Notes"), QStringLiteral("The budget meeting ran long."));
    QCOMPARE(idsFor(QStringLiteral("meet")), QStringList {note.id});
    QCOMPARE(idsFor(QStringLiteral("me")), QStringList {note.id});
    QCOMPARE(idsFor(QStringLiteral("BUDGET meeting")), QStringList {note.id});
    QVERIFY(idsFor(QStringLiteral("meetings")).isEmpty()); // no stemming
    QVERIFY(idsFor(QStringLiteral("budget lunch")).isEmpty()); // every word must match
}

void TestSearch::titlesRankFirstAndMatchesAreMarked()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note inBody
        = notes.create(QStringLiteral("Monday"), QStringLiteral("we talked about the roadmap"));
    const notes::Note inTitle = notes.create(QStringLiteral("Roadmap"), QStringLiteral("quarterly plans"));
    const QList<SearchHit> hits = SearchService(m_profile->database()).search(QStringLiteral("roadmap"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].refId, inTitle.id);
    QCOMPARE(hits[1].refId, inBody.id);
    QVERIFY(hits[0].rank > hits[1].rank); // higher is better
    QCOMPARE(SearchService::markedSnippet(hits[1].snippet, QStringLiteral("["), QStringLiteral("]")),
        QStringLiteral("we talked about the [roadmap]"));
    QCOMPARE(SearchService::htmlSnippet(
                 QStringLiteral("a<b ") + SearchService::kMatchStart + u"x" + SearchService::kMatchEnd),
        QStringLiteral("a&lt;b <mark>x</mark>"));
}

void TestSearch::longTextIsCutAroundTheMatch()
{
    notes::NoteRepository notes(m_profile->database());
    notes.create(QStringLiteral("Long"),
        QStringLiteral("filler ").repeated(100) + QStringLiteral("the Roadmaps are here ")
            + QStringLiteral("tail ").repeated(100));
    const QList<SearchHit> hits = SearchService(m_profile->database()).search(QStringLiteral("roadmap"));
    QCOMPARE(hits.size(), 1);
    const QString snippet
        = SearchService::markedSnippet(hits[0].snippet, QStringLiteral("["), QStringLiteral("]"));
    QVERIFY2(snippet.startsWith(u'…') && snippet.endsWith(u'…'), qPrintable(snippet));
    QVERIFY2(
        snippet.contains(QStringLiteral("the [Roadmaps] are here")), qPrintable(snippet)); // the whole word
    QVERIFY(snippet.size() < 200);
}

void TestSearch::insideWordsWhenNoWordStartsSo()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note inside
        = notes.create(QStringLiteral("Costs"), QStringLiteral("we went overbudget again"));
    QCOMPARE(idsFor(QStringLiteral("budget")), QStringList {inside.id});
    const QList<SearchHit> hits = SearchService(m_profile->database()).search(QStringLiteral("budget"));
    QCOMPARE(SearchService::markedSnippet(hits[0].snippet, QStringLiteral("["), QStringLiteral("]")),
        QStringLiteral("we went over[budget] again"));
    // Once a word starts so, those are the hits.
    const notes::Note starts = notes.create(QStringLiteral("Plan"), QStringLiteral("the budget for May"));
    QCOMPARE(idsFor(QStringLiteral("budget")), QStringList {starts.id});
}

void TestSearch::transcriptHitCarriesItsTime()
{
    const notes::Note note
        = notes::NoteRepository(m_profile->database()).create(QStringLiteral("Standup recording"), QString());
    const QString segment
        = addTranscriptSegment(note.id, 83'500, QStringLiteral("we agreed to ship on Thursday"));
    const QList<SearchHit> hits = SearchService(m_profile->database()).search(QStringLiteral("thursday"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, QStringLiteral("segment"));
    QCOMPARE(hits[0].refId, segment);
    QCOMPARE(hits[0].noteId, note.id);
    QCOMPARE(hits[0].title, QStringLiteral("Standup recording"));
    QCOMPARE(*hits[0].timeMs, 83'500);
}

void TestSearch::ocrAndTaskHits()
{
    storage::Connection& db = m_profile->database();
    notes::NoteRepository notes(db);
    const notes::Note note = notes.create(QStringLiteral("Scanned page"), QString());
    const notes::Attachment image = notes.attach(note.id, QString(64, u'b'), QStringLiteral("image"),
        QStringLiteral("page.png"), QStringLiteral("image/png"), 10);
    const QString pageId = newUuidV7();
    storage::SyncedWriter(db).insert(QStringLiteral("ocr_pages"), pageId,
        {{QStringLiteral("note_id"), note.id}, {QStringLiteral("attachment_id"), image.id},
            {QStringLiteral("page"), 2}, {QStringLiteral("languages"), QStringLiteral("eng")},
            {QStringLiteral("engine"), QStringLiteral("test")}, {QStringLiteral("width"), 100},
            {QStringLiteral("height"), 100}, {QStringLiteral("text"), QStringLiteral("The quick brown fox")},
            {QStringLiteral("mean_confidence"), 90.0}, {QStringLiteral("created_at"), m_clock.nowMs()}});
    const tasks::Task task
        = tasks::TaskRepository(db, people::PersonRepository(db).me().id)
              .create({.title = QStringLiteral("Feed the fox"), .description = QStringLiteral("daily")});
    const QList<SearchHit> hits = SearchService(db).search(QStringLiteral("fox"));
    QCOMPARE(hits.size(), 2);
    for (const SearchHit& hit : hits) {
        if (hit.kind == u"ocr") {
            QCOMPARE(hit.refId, pageId);
            QCOMPARE(*hit.page, 2);
            QCOMPARE(hit.noteId, note.id);
        } else {
            QCOMPARE(hit.kind, QStringLiteral("task"));
            QCOMPARE(hit.refId, task.id);
            QVERIFY(hit.noteId.isEmpty());
        }
    }
}

void TestSearch::trashAndEditsUpdateTheIndex()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note = notes.create(QStringLiteral("Groceries"), QStringLiteral("apples and pears"));
    addTranscriptSegment(note.id, 0, QStringLiteral("apples are in season"));
    QCOMPARE(idsFor(QStringLiteral("apples")).size(), 2);
    notes.moveToTrash(note.id);
    QVERIFY(idsFor(QStringLiteral("apples")).isEmpty()); // nor its transcript
    notes.restore(note.id);
    QCOMPARE(idsFor(QStringLiteral("apples")).size(), 2);
    notes.setTitleAndBody(note.id, QStringLiteral("Groceries"), QStringLiteral("plums"));
    QCOMPARE(idsFor(QStringLiteral("pears")).size(), 0);
    QCOMPARE(idsFor(QStringLiteral("plums")), QStringList {note.id});
    notes.purge(note.id);
    QVERIFY(idsFor(QStringLiteral("apples")).isEmpty());
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM search_docs"), 0);
}

void TestSearch::filters()
{
    storage::Connection& db = m_profile->database();
    notes::NoteRepository notes(db);
    const notes::Note early = notes.create(QStringLiteral("Plan"), QStringLiteral("launch plan"));
    m_clock.advance(10LL * 86'400'000);
    const notes::Note late = notes.create(QStringLiteral("Retro"), QStringLiteral("launch retro"));
    notes::TagRepository(db).addTag(late.id, QStringLiteral("work"));
    tasks::TaskRepository(db, people::PersonRepository(db).me().id)
        .create({.title = QStringLiteral("launch party")});

    QCOMPARE(idsFor(QStringLiteral("launch")).size(), 3);
    QCOMPARE(idsFor(QStringLiteral("launch"), {.kinds = {QStringLiteral("note")}}).size(), 2);
    QCOMPARE(idsFor(QStringLiteral("launch"), {.tag = QStringLiteral("WORK")}), QStringList {late.id});
    QCOMPARE(
        idsFor(QStringLiteral("launch"), {.kinds = {QStringLiteral("note")}, .toMs = early.createdAtMs + 1}),
        QStringList {early.id});
    QCOMPARE(
        idsFor(QStringLiteral("launch"), {.kinds = {QStringLiteral("note")}, .fromMs = late.createdAtMs}),
        QStringList {late.id});
    QCOMPARE(idsFor(QStringLiteral("launch"), {.limit = 1}).size(), 1);
}

void TestSearch::ftsSyntaxIsJustText()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note
        = notes.create(QStringLiteral("Math"), QStringLiteral("f(x) = \"a*b\" NEAR the end"));
    const QStringList queries {QStringLiteral("\""), QStringLiteral("a*"), QStringLiteral("NEAR("),
        QStringLiteral("((("), QStringLiteral("f(x)"), QStringLiteral("\"a*b\""),
        QStringLiteral("title:math"), QStringLiteral("- x"), QStringLiteral("AND OR NOT"),
        QStringLiteral("^end"), QStringLiteral("'; DROP TABLE notes; --"),
        // Control characters, a NUL above all, end the text FTS5 reads (found
        // by the search_query fuzz harness): "unterminated string".
        QStringLiteral("NEAR") + QChar(0) + QStringLiteral("end"), QString(QChar(0)),
        QStringLiteral("a\x01\x1b[31mb")};
    for (const QString& query : queries) {
        try {
            SearchService(m_profile->database()).search(query);
        } catch (const storage::DatabaseError& error) {
            QFAIL(qPrintable(u"an SQL error reached the user for " + query + u": " + error.message()));
        } catch (const Error& error) {
            QCOMPARE(error.message(), QStringLiteral("Type a word or number to search for."));
        }
    }
    QCOMPARE(idsFor(QStringLiteral("f(x)")), QStringList {note.id});
    QCOMPARE(idsFor(QStringLiteral("\"a*b\"")), QStringList {note.id});
    QCOMPARE(idsFor(QStringLiteral("NEAR")), QStringList {note.id});
    QCOMPARE(idsFor(QStringLiteral("NEAR") + QChar(0)), QStringList {note.id});
    QVERIFY_THROWS_EXCEPTION(Error, SearchService(m_profile->database()).search(QStringLiteral("  \" * ( ")));
    QCOMPARE(notes::NoteRepository(m_profile->database()).count(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
