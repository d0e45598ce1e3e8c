// Search and note-list figures on a generated profile: 100,000 notes,
// 1,000,000 transcript segments and 50,000 tasks (scaled by --scale).
// Prints a table: Voxnote's search (FTS5, ranked, with snippets) against a
// plain `LIKE '%word%'` scan of the same text, note-list latency, inserting
// 10,000 notes through the repository (change log included) against plain
// INSERTs, and the database size.
//
//   voxnote_bench_search [--scale 1.0] [--queries 200] [--keep DIR]

#include "notes/NoteRepository.h"
#include "people/PersonRepository.h"
#include "search/SearchService.h"
#include "storage/Profile.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "tasks/TaskRepository.h"
#include "util/Uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace voxnote;

namespace {

// A vocabulary with a Zipf-like frequency: a few very common words, a long tail.
class TextGenerator
{
public:
    TextGenerator()
        : m_random(20261122)
    {
        const QStringList syllables {QStringLiteral("ka"), QStringLiteral("ro"), QStringLiteral("mi"),
            QStringLiteral("ten"), QStringLiteral("sul"), QStringLiteral("bra"), QStringLiteral("vo"),
            QStringLiteral("lin"), QStringLiteral("dor"), QStringLiteral("pe"), QStringLiteral("qua"),
            QStringLiteral("ex"), QStringLiteral("na"), QStringLiteral("gi"), QStringLiteral("tor")};
        const QStringList hangul {QStringLiteral("회의"), QStringLiteral("록"), QStringLiteral("예산"),
            QStringLiteral("일정"), QStringLiteral("보고"), QStringLiteral("서"), QStringLiteral("을"),
            QStringLiteral("를"), QStringLiteral("검토"), QStringLiteral("팀")};
        for (const char* word : {"the", "and", "meeting", "budget", "we", "plan", "release", "review",
                 "customer", "schedule", "team", "design", "launch", "notes", "call"})
            m_words << QString::fromLatin1(word);
        while (m_words.size() < 5000) {
            QString word;
            if (m_random.bounded(5) == 0) {
                const int parts = 1 + m_random.bounded(3);
                for (int i = 0; i < parts; ++i)
                    word += hangul[m_random.bounded(hangul.size())];
            } else {
                const int parts = 2 + m_random.bounded(3);
                for (int i = 0; i < parts; ++i)
                    word += syllables[m_random.bounded(syllables.size())];
            }
            m_words << word;
        }
    }

    QString word()
    {
        // Zipf with s = 1 through inverse transform on a log scale.
        const double u = m_random.generateDouble();
        const int index = std::min(static_cast<int>(std::exp(u * std::log(5000.0))) - 1, 4999);
        return m_words[index];
    }

    QString sentence(int words)
    {
        QStringList list;
        for (int i = 0; i < words; ++i)
            list << word();
        return list.join(u' ');
    }

    int bounded(int n) { return m_random.bounded(n); }
    const QStringList& words() const { return m_words; }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, static_cast<size_t>(p * values.size()))];
}

void generate(storage::Profile& profile, TextGenerator& text, double scale)
{
    storage::Connection& db = profile.database();
    const int notes = static_cast<int>(100'000 * scale);
    const int segments = static_cast<int>(1'000'000 * scale);
    const int tasks = static_cast<int>(50'000 * scale);
    QElapsedTimer timer;
    timer.start();
    // Bulk fixture: plain INSERTs (the search triggers still index every row).
    storage::Transaction transaction(db);
    storage::Statement note = db.prepare(
        "INSERT INTO notes (id, title, body, pinned, created_at, updated_at) VALUES (?1, ?2, ?3, 0, ?4, ?4)");
    storage::Statement attachment = db.prepare(
        "INSERT INTO attachments (id, note_id, blob_hash, kind, file_name, mime_type, byte_size, created_at) "
        "VALUES (?1, ?2, ?3, 'audio', 'rec.flac', 'audio/flac', 1, ?4)");
    storage::Statement transcript = db.prepare(
        "INSERT INTO transcripts (id, note_id, attachment_id, engine, language, duration_ms, created_at) "
        "VALUES (?1, ?2, ?3, 'bench', 'en', 3600000, ?4)");
    storage::Statement segment
        = db.prepare("INSERT INTO transcript_segments (id, transcript_id, position, start_ms, end_ms, text) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const qint64 base = 1'750'000'000'000;
    QStringList transcriptIds;
    for (int i = 0; i < notes; ++i) {
        const QString id = newUuidV7();
        note.reset();
        note.bindAll(id, text.sentence(4), text.sentence(40 + text.bounded(80)), base + i * 60'000LL);
        note.run();
        if (i % 10 == 0) { // one note in ten holds a recording
            const QString attachmentId = newUuidV7();
            attachment.reset();
            attachment.bindAll(attachmentId, id, QString(64, u'0'), base);
            attachment.run();
            const QString transcriptId = newUuidV7();
            transcript.reset();
            transcript.bindAll(transcriptId, id, attachmentId, base + i * 60'000LL);
            transcript.run();
            transcriptIds << transcriptId;
        }
    }
    for (int i = 0; i < segments; ++i) {
        segment.reset();
        const qint64 start = (i % 1000) * 4000LL;
        segment.bindAll(newUuidV7(), transcriptIds[i % transcriptIds.size()], i % 1000, start, start + 3900,
            text.sentence(8 + text.bounded(10)));
        segment.run();
    }
    transaction.commit();
    const QString me = people::PersonRepository(db).me().id;
    tasks::TaskRepository repository(db, me);
    storage::Transaction taskTransaction(db);
    for (int i = 0; i < tasks; ++i)
        repository.create({.title = text.sentence(5), .description = text.sentence(15)});
    taskTransaction.commit();
    std::printf("generated %d notes, %d segments, %d tasks in %.1f s\n", notes, segments, tasks,
        timer.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Fraction of the full data set."),
        QStringLiteral("f"), QStringLiteral("1.0")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Search queries to time."),
        QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the generated profile in <dir>."),
        QStringLiteral("dir")});
    parser.addOption({QStringLiteral("search-only"),
        QStringLiteral("Time the searches only (no list or insert figures), e.g. on a kept profile.")});
    parser.process(application);
    const double scale = parser.value(QStringLiteral("scale")).toDouble();
    const int queries = parser.value(QStringLiteral("queries")).toInt();

    QTemporaryDir temp;
    const QString dataDir
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    auto profile = storage::Profile::open(dataDir);
    TextGenerator text;
    if (storage::NoteRepository(profile->database()).count() == 0)
        generate(*profile, text, scale);
    storage::Connection& db = profile->database();
    db.exec("PRAGMA optimize; INSERT INTO search_trigram (search_trigram) VALUES ('optimize'); "
            "INSERT INTO search_words (search_words) VALUES ('optimize')");

    // Queries: words picked from the vocabulary (what people search for is
    // mostly distinctive), words as often as they occur in the text (so the
    // most common ones come up), two-word queries, two-letter prefixes as
    // typed, and a Korean two-syllable prefix.
    QStringList queryList;
    for (int i = 0; i < queries; ++i) {
        switch (i % 5) {
        case 0:
            queryList << text.words()[text.bounded(text.words().size())];
            break;
        case 1:
            queryList << text.word();
            break;
        case 2:
            queryList << text.word() + u' ' + text.word();
            break;
        case 3:
            queryList << text.word().left(2);
            break;
        default:
            queryList << QStringLiteral("회의");
            break;
        }
    }
    search::SearchService search(db);
    std::vector<double> ftsMs;
    QElapsedTimer timer;
    for (const QString& query : queryList) {
        timer.start();
        search.search(query, {.limit = 20});
        ftsMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // The slowest queries, to see what the tail is made of.
    std::vector<std::size_t> order(ftsMs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ftsMs[a] > ftsMs[b]; });
    std::fprintf(stderr, "slowest queries:\n");
    for (std::size_t i = 0; i < std::min<std::size_t>(10, order.size()); ++i)
        std::fprintf(stderr, "  %8.1f ms  %s\n", ftsMs[order[i]], qPrintable(queryList[order[i]]));
    if (parser.isSet(QStringLiteral("search-only"))) {
        std::printf("| search p50 / p95 / max (ms), %d queries | %.2f / %.2f / %.2f |\n", queries,
            percentile(ftsMs, 0.5), percentile(ftsMs, 0.95), percentile(ftsMs, 1.0));
        return 0;
    }

    // Baseline: the same first words as a plain substring scan, fewer of them (each reads everything).
    std::vector<double> likeMs;
    storage::Statement like = db.prepare(
        "SELECT kind, ref_id, substr(body, 1, 80) FROM search_docs WHERE title LIKE ?1 OR body LIKE ?1 "
        "ORDER BY created_at DESC LIMIT 20");
    for (int i = 0; i < std::min(20, queries); ++i) {
        timer.start();
        like.reset();
        like.bind(1, QString(u'%' + queryList[i].section(u' ', 0, 0) + u'%'));
        like.run();
        likeMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    std::vector<double> listMs;
    storage::NoteRepository notes(db);
    for (int i = 0; i < 20; ++i) {
        timer.start();
        notes.list(100, 0);
        listMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // Inserting 10,000 notes through the repository (change log included)
    // against plain INSERTs of the same rows, both one transaction per note
    // as a person adding notes one by one makes them.
    const int inserts = static_cast<int>(10'000 * std::min(1.0, scale * 10));
    timer.start();
    for (int i = 0; i < inserts; ++i)
        notes.create(text.sentence(4), text.sentence(60));
    const double repositoryS = timer.elapsed() / 1000.0;
    timer.start();
    {
        storage::Statement plain = db.prepare("INSERT INTO notes (id, title, body, pinned, created_at, "
                                              "updated_at) VALUES (?1, ?2, ?3, 0, 1, 1)");
        for (int i = 0; i < inserts; ++i) {
            storage::Transaction transaction(db);
            plain.reset();
            plain.bindAll(newUuidV7(), text.sentence(4), text.sentence(60));
            plain.run();
            transaction.commit();
        }
    }
    const double plainS = timer.elapsed() / 1000.0;
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double sizeMb = QFileInfo(profile->databasePath()).size() / 1e6;

    std::printf("\n| figure | Voxnote | baseline | ratio |\n|---|---|---|---|\n");
    std::printf("| search p50 (ms), %d queries vs LIKE '%%w%%' | %.2f | %.1f | %.0fx faster |\n", queries,
        percentile(ftsMs, 0.5), percentile(likeMs, 0.5), percentile(likeMs, 0.5) / percentile(ftsMs, 0.5));
    std::printf("| search p95 (ms) | %.2f | %.1f | %.0fx faster |\n", percentile(ftsMs, 0.95),
        percentile(likeMs, 0.95), percentile(likeMs, 0.95) / percentile(ftsMs, 0.95));
    std::printf("| search max (ms) | %.2f | %.1f | |\n", percentile(ftsMs, 1.0), percentile(likeMs, 1.0));
    std::printf("| note list, first 100 (ms, median) | %.2f | | |\n", percentile(listMs, 0.5));
    std::printf("| insert %d notes (s), a transaction each: repository with change log vs plain INSERT | "
                "%.2f | %.2f | %.2fx |\n",
        inserts, repositoryS, plainS, repositoryS / plainS);
    std::printf("| database size (MB) | %.0f | | |\n", sizeMb);
    return 0;
}
