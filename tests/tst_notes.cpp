#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteContents.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "notes/WordAlignment.h"
#include "ocr/OcrRepository.h"
#include "speech/TranscriptRepository.h"
#include "storage/BlobStore.h"
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
    void contentsOutlineTheNewestTranscript();
    void contentsMarkUnsureWordsWhereTheyStand();

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

void TestNotes::contentsOutlineTheNewestTranscript()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note = notes.create(QStringLiteral("Interview"), QString());
    const QString hash = m_profile->blobs().putData(QByteArray("not really audio"));
    const notes::Attachment audio
        = notes.attach(note.id, hash, QStringLiteral("audio"), QStringLiteral("talk.wav"), {}, 16);
    notes::NoteContents contents(m_profile->database());
    QVERIFY(!contents.transcript(audio.id, 4).has_value()); // not transcribed yet

    speech::TranscriptRepository transcripts(m_profile->database());
    const auto save = [&](const QString& firstWord, int segments) {
        speech::Transcript transcript;
        transcript.noteId = note.id;
        transcript.attachmentId = audio.id;
        transcript.engine = QStringLiteral("test");
        transcript.language = QStringLiteral("en-US");
        transcript.durationMs = 90'000;
        transcript.speakers = {{{}, QStringLiteral("Speaker 1"), {}}, {{}, QStringLiteral("Speaker 2"), {}}};
        for (int i = 0; i < segments; ++i)
            transcript.segments.append(
                {{}, i * 1000LL, i * 1000LL + 900, i % 2, QStringLiteral("%1 line %2").arg(firstWord).arg(i),
                    {{firstWord, i * 1000LL, i * 1000LL + 300, 0.9}}});
        transcripts.save(transcript);
        return transcript;
    };
    save(QStringLiteral("old"), 3);
    m_clock.advance(1000);
    const speech::Transcript newest = save(QStringLiteral("new"), 10);
    QVERIFY(transcripts.renameSpeaker(newest.speakers.at(1).id, QStringLiteral("Mina")));

    const std::optional<notes::TranscriptOutline> outline = contents.transcript(audio.id, 4);
    QVERIFY(outline);
    QCOMPARE(outline->transcriptId, newest.id);
    QCOMPARE(outline->durationMs, 90'000);
    QCOMPARE(outline->lineCount, 10);
    QCOMPARE(outline->speakers, (QStringList {QStringLiteral("Speaker 1"), QStringLiteral("Mina")}));
    QCOMPARE(outline->lines.size(), 4);
    QCOMPARE(outline->lines.at(3).text, QStringLiteral("new line 3"));
    QCOMPARE(outline->lines.at(3).startMs, 3000);
    QCOMPARE(outline->lines.at(3).speaker, 1);
    QCOMPARE(contents.transcript(audio.id, -1)->lines.size(), 10);
    QCOMPARE(contents.transcript(audio.id, 0)->lines.size(), 0);
}

void TestNotes::contentsMarkUnsureWordsWhereTheyStand()
{
    notes::NoteRepository notes(m_profile->database());
    const notes::Note note = notes.create(QStringLiteral("Receipt"), QString());
    const QString hash = m_profile->blobs().putData(QByteArray("not really an image"));
    const notes::Attachment image
        = notes.attach(note.id, hash, QStringLiteral("image"), QStringLiteral("receipt.png"), {}, 19);
    ocr::OcrPage page;
    page.text = QStringLiteral("the tea and the\ncake");
    // The second "the" is the unsure one: found after the first, not at it.
    page.words = {{QStringLiteral("the"), {}, 95}, {QStringLiteral("tea"), {}, 30},
        {QStringLiteral("and"), {}, 90}, {QStringLiteral("the"), {}, 40}, {QStringLiteral("cake"), {}, 88}};
    page.warning = QStringLiteral("Part of this page could not be read: lines 3\u20134.");
    ocr::OcrRepository(m_profile->database()).save(note.id, image.id, {page});

    const QList<notes::RecognisedPage> pages
        = notes::NoteContents(m_profile->database()).recognisedText(image.id, 60);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).text, page.text);
    QCOMPARE(pages.at(0).warning, page.warning);
    QCOMPARE(pages.at(0).unsure.size(), 2);
    QCOMPARE(pages.at(0).unsure.at(0).start, 4);
    QCOMPARE(pages.at(0).unsure.at(0).length, 3);
    QCOMPARE(pages.at(0).unsure.at(1).start, 12);
    QCOMPARE(pages.at(0).unsure.at(1).length, 3);
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
