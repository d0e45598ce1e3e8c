#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "notes/WordAlignment.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using namespace voxnote::storage;
using voxnote::notes::TagRepository;

class TestNotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trashRestoreAndPurge();
    void revisionsAreThrottled();
    void revisionRestoreCanBeUndone();
    void tagsAreCaseInsensitiveAndCounted();
    void renameMergesIntoAnExistingTag();
    void badTagsAreRefused();
    void listByTag();
    void alignmentKeepsTimesOfUnchangedWords();

private:
    ManualClock m_clock {1'800'000'000'000};
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
};

void TestNotes::init()
{
    Clock::setInstance(&m_clock);
    m_profile = Profile::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestNotes::cleanup()
{
    m_profile.reset();
    Clock::setInstance(nullptr);
}

void TestNotes::trashRestoreAndPurge()
{
    NoteRepository notes(m_profile->database());
    const Note note = notes.create(QStringLiteral("Lecture"), QStringLiteral("Week 3"));
    TagRepository(m_profile->database()).addTag(note.id, QStringLiteral("school"));
    QVERIFY(notes.moveToTrash(note.id));
    QCOMPARE(notes.count(), 0);
    QCOMPARE(notes.trash().size(), 1);
    QVERIFY(notes.restore(note.id));
    QCOMPARE(notes.list().size(), 1);
    QVERIFY(notes.purge(note.id));
    QVERIFY(!notes.find(note.id));
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM note_tags"), 0);
    QVERIFY(!m_profile->database().inTransaction());
}

void TestNotes::revisionsAreThrottled()
{
    NoteRepository notes(m_profile->database());
    const Note note = notes.create(QStringLiteral("Draft"), QStringLiteral("v0"));
    // Autosave every second for ten minutes keeps two revisions, not six hundred.
    for (int second = 1; second <= 600; ++second) {
        m_clock.advance(1000);
        notes.setTitleAndBody(note.id, QStringLiteral("Draft"), QStringLiteral("v%1").arg(second));
    }
    const QList<NoteRevision> revisions = notes.revisions(note.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.last().body, QStringLiteral("v0")); // the oldest text is kept
    QCOMPARE(notes.find(note.id)->body, QStringLiteral("v600"));
    // Saving the same text again keeps nothing new.
    m_clock.advance(NoteRepository::kRevisionIntervalMs * 2);
    notes.setTitleAndBody(note.id, QStringLiteral("Draft"), QStringLiteral("v600"));
    QCOMPARE(notes.revisions(note.id).size(), 2);
}

void TestNotes::revisionRestoreCanBeUndone()
{
    NoteRepository notes(m_profile->database());
    const Note note = notes.create(QStringLiteral("Essay"), QStringLiteral("first"));
    notes.setTitleAndBody(note.id, QStringLiteral("Essay"), QStringLiteral("second"));
    const QString firstRevision = notes.revisions(note.id).first().id;
    m_clock.advance(1000);
    QCOMPARE(notes.restoreRevision(note.id, firstRevision).body, QStringLiteral("first"));
    QCOMPARE(notes.revisions(note.id).first().body, QStringLiteral("second"));
    QVERIFY_THROWS_EXCEPTION(Error, notes.restoreRevision(note.id, QStringLiteral("no-such-revision")));
    const Note other = notes.create(QStringLiteral("Other"), QString());
    QVERIFY_THROWS_EXCEPTION(Error, notes.restoreRevision(other.id, firstRevision));
}

void TestNotes::tagsAreCaseInsensitiveAndCounted()
{
    NoteRepository notes(m_profile->database());
    TagRepository tags(m_profile->database());
    const Note a = notes.create(QStringLiteral("a"), QString());
    const Note b = notes.create(QStringLiteral("b"), QString());
    tags.addTag(a.id, QStringLiteral("Work"));
    tags.addTag(b.id, QStringLiteral("#work"));
    tags.addTag(b.id, QStringLiteral("work")); // twice is once
    tags.addTag(b.id, QStringLiteral("회의"));
    QCOMPARE(tags.tagsOf(b.id), (QStringList {QStringLiteral("Work"), QStringLiteral("회의")}));
    const QList<notes::TagCount> counts = tags.list();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts[0].name, QStringLiteral("Work"));
    QCOMPARE(counts[0].notes, 2);
    notes.moveToTrash(a.id);
    QCOMPARE(tags.list()[0].notes, 1);
    QVERIFY(tags.removeTag(b.id, QStringLiteral("WORK")));
    QVERIFY(!tags.removeTag(b.id, QStringLiteral("WORK")));
    QCOMPARE(tags.tagsOf(b.id), QStringList {QStringLiteral("회의")});
}

void TestNotes::renameMergesIntoAnExistingTag()
{
    NoteRepository notes(m_profile->database());
    TagRepository tags(m_profile->database());
    const Note a = notes.create(QStringLiteral("a"), QString());
    const Note b = notes.create(QStringLiteral("b"), QString());
    tags.addTag(a.id, QStringLiteral("meetings"));
    tags.addTag(b.id, QStringLiteral("meeting"));
    QCOMPARE(tags.rename(QStringLiteral("meetings"), QStringLiteral("Meeting")), 2);
    QCOMPARE(tags.list().size(), 1);
    QCOMPARE(tags.tagsOf(a.id), QStringList {QStringLiteral("meeting")});
    QCOMPARE(tags.rename(QStringLiteral("meeting"), QStringLiteral("standup")), 2);
    QCOMPARE(tags.tagsOf(b.id), QStringList {QStringLiteral("standup")});
    QVERIFY_THROWS_EXCEPTION(Error, tags.rename(QStringLiteral("nope"), QStringLiteral("x")));
}

void TestNotes::badTagsAreRefused()
{
    NoteRepository notes(m_profile->database());
    TagRepository tags(m_profile->database());
    const Note note = notes.create(QStringLiteral("a"), QString());
    const qint64 changes = ChangeLog(m_profile->database()).count();
    QVERIFY_THROWS_EXCEPTION(Error, tags.addTag(note.id, QStringLiteral("   ")));
    QVERIFY_THROWS_EXCEPTION(Error, tags.addTag(note.id, QString(100, u'x')));
    QVERIFY_THROWS_EXCEPTION(Error, tags.addTag(QStringLiteral("missing-note"), QStringLiteral("ok")));
    QCOMPARE(ChangeLog(m_profile->database()).count(), changes);
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM tags"), 0);
}

void TestNotes::listByTag()
{
    NoteRepository notes(m_profile->database());
    TagRepository tags(m_profile->database());
    const Note a = notes.create(QStringLiteral("a"), QString());
    notes.create(QStringLiteral("b"), QString());
    tags.addTag(a.id, QStringLiteral("keep"));
    const QList<Note> tagged = notes.list(100, 0, QStringLiteral("KEEP"));
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged.first().id, a.id);
    QCOMPARE(notes.list().size(), 2);
}

void TestNotes::alignmentKeepsTimesOfUnchangedWords()
{
    const QList<speech::Word> words {{QStringLiteral("ask"), 100, 300, 0.9},
        {QStringLiteral("not"), 300, 500, 0.8}, {QStringLiteral("what"), 600, 800, 0.7},
        {QStringLiteral("your"), 800, 900, 0.6}};
    // One word replaced, one inserted, punctuation and case changed.
    const QString text = QStringLiteral("Ask never what, truly your");
    const QList<notes::TimedToken> tokens = notes::alignWords(text, words, 0, 1000);
    QCOMPARE(tokens.size(), 5);
    QCOMPARE(text.mid(tokens[0].offset, tokens[0].length), QStringLiteral("Ask"));
    QCOMPARE(tokens[0].startMs, 100);
    QCOMPARE(tokens[1].startMs, 300); // "never" takes the time of "not"
    QCOMPARE(tokens[1].endMs, 500);
    QCOMPARE(tokens[2].startMs, 600); // "what," still "what"
    QCOMPARE(tokens[2].confidence, 0.7);
    QVERIFY(tokens[3].startMs >= 800 && tokens[3].endMs <= 800); // typed into the gap
    QCOMPARE(tokens[4].startMs, 800);
    // Empty text and text without recognised words.
    QVERIFY(notes::alignWords(QString(), words, 0, 1000).isEmpty());
    const QList<notes::TimedToken> typed = notes::alignWords(QStringLiteral("a b"), {}, 1000, 2000);
    QCOMPARE(typed[0].startMs, 1000);
    QCOMPARE(typed[1].endMs, 2000);
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
