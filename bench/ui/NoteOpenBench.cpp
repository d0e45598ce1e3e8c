// Opening a note that holds a one-hour recording's transcript (about
// 400,000 characters in ~600 segments with their words' timings): the time
// from selecting it in the note list until the window has painted it, paired
// in each round with the plain `sqlite3` command-line tool reading that
// transcript's text from the same database (the floor: the bytes alone).
// A short typed note is opened between rounds, so each round opens the long
// one anew. Prints the median, minimum and maximum of the rounds.
//
//   voxnote_bench_ui_note_open [--rounds 9] [--characters 400000]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "BenchStatistics.h"
#include "MainWindow.h"
#include "Theme.h"
#include "notes/NoteEditor.h"
#include "notes/NoteRepository.h"
#include "notes/NotesPage.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "speech/Transcript.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace voxnote;

namespace {

/// A transcript of an hour: segments of six seconds, two speakers taking
/// turns, every word with its times and confidence, `characters` in all.
speech::Transcript hourLong(const QString& noteId, const QString& attachmentId, int characters)
{
    const QStringList words {QStringLiteral("we"), QStringLiteral("looked"), QStringLiteral("at"),
        QStringLiteral("the"), QStringLiteral("budget"), QStringLiteral("for"), QStringLiteral("next"),
        QStringLiteral("quarter"), QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("printer's"),
        QStringLiteral("schedule"), QStringLiteral("before"), QStringLiteral("thursday")};
    speech::Transcript transcript;
    transcript.noteId = noteId;
    transcript.attachmentId = attachmentId;
    transcript.engine = QStringLiteral("pocketsphinx 5prealpha en-us");
    transcript.language = QStringLiteral("en-US");
    transcript.durationMs = 3'600'000;
    transcript.speakers = {{{}, QStringLiteral("Speaker 1"), {}}, {{}, QStringLiteral("Speaker 2"), {}}};
    int written = 0;
    int w = 0;
    constexpr qint64 kSegmentMs = 6'000;
    for (qint64 start = 0; written < characters; start += kSegmentMs) {
        speech::TranscriptSegment segment;
        segment.startMs = start % transcript.durationMs;
        segment.endMs = segment.startMs + kSegmentMs;
        segment.speaker = int((start / kSegmentMs) % 2);
        const int perSegment = std::max(1, characters / 600);
        QStringList text;
        qint64 at = segment.startMs;
        while (text.join(u' ').size() < perSegment) {
            const QString word = words.at(w++ % words.size());
            text << word;
            segment.words.append({word, at, at + 250, 0.8});
            at += 60;
        }
        segment.text = text.join(u' ');
        written += int(segment.text.size()) + 1;
        transcript.segments.append(segment);
    }
    return transcript;
}

double sqliteMs(const QString& database, const QString& transcriptId)
{
    QProcess sqlite;
    sqlite.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"),
        {database,
            QStringLiteral(
                "SELECT text FROM transcript_segments WHERE transcript_id = '%1' ORDER BY position")
                .arg(transcriptId)});
    if (!sqlite.waitForFinished(60'000) || sqlite.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds (pairs)."), QStringLiteral("n"),
        QStringLiteral("9")});
    parser.addOption({QStringLiteral("characters"), QStringLiteral("Characters of the transcript."),
        QStringLiteral("n"), QStringLiteral("400000")});
    parser.process(application);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int characters = std::max(1, parser.value(QStringLiteral("characters")).toInt());

    ui::Theme::apply(application);
    QTemporaryDir dir;
    auto services = services::Services::open(dir.path());
    const pipelines::ImportedMedia recording
        = services->mediaImport().importFile(QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.flac"));
    speech::Transcript transcript = hourLong(recording.noteId, recording.attachmentId, characters);
    speech::TranscriptRepository(services->database()).save(transcript);
    const QString other = notes::NoteRepository(services->database())
                              .create(QStringLiteral("Shopping"), QStringLiteral("milk, bread, apples"))
                              .id;
    qint64 stored = 0;
    for (const speech::TranscriptSegment& segment : transcript.segments)
        stored += segment.text.size();

    ui::MainWindow window(*services, ui::MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1400, 900);
    window.show();
    ui::NotesPage* notes = window.notesPage();
    const QString database = QDir(dir.path()).filePath(QStringLiteral("voxnote.sqlite3"));

    std::vector<double> window_, player, tool;
    for (int round = 0; round <= rounds; ++round) {
        notes->select(other);
        window.repaint();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        notes->select(recording.noteId);
        window.repaint(); // paints now, as the next frame would
        QCoreApplication::processEvents();
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        if (notes->editor()->noteId() != recording.noteId) {
            std::fprintf(stderr, "the note did not open\n");
            return 1;
        }
        // Its card clicked: the whole transcript with the player under the editor.
        timer.restart();
        notes->showNote(recording.noteId, recording.attachmentId);
        window.repaint();
        QCoreApplication::processEvents();
        const double playerMs = double(timer.nsecsElapsed()) / 1e6;
        notes->closeMedia();
        const double toolMs = sqliteMs(database, transcript.id);
        if (toolMs < 0) {
            std::fprintf(stderr, "sqlite3 failed\n");
            return 1;
        }
        if (round == 0)
            continue; // warms the caches, as a second look would
        window_.push_back(openMs);
        player.push_back(playerMs);
        tool.push_back(toolMs);
    }
    const auto range = [](const std::vector<double>& values) {
        return std::pair {
            *std::min_element(values.begin(), values.end()), *std::max_element(values.begin(), values.end())};
    };
    std::printf("\nOpening a note with a %lld-character transcript in %lld segments (%d rounds, ms)\n",
        static_cast<long long>(stored), static_cast<long long>(transcript.segments.size()), rounds);
    std::printf("%-40s %10s %18s\n", "", "median", "[min–max]");
    const auto [wMin, wMax] = range(window_);
    const auto [tMin, tMax] = range(tool);
    const auto [pMin, pMax] = range(player);
    std::printf(
        "%-40s %10.1f   [%.1f–%.1f]\n", "Voxnote: select → painted", bench::median(window_), wMin, wMax);
    std::printf("%-40s %10.1f   [%.1f–%.1f]\n", "Voxnote: its card → transcript and player",
        bench::median(player), pMin, pMax);
    std::printf("%-40s %10.1f   [%.1f–%.1f]\n", "sqlite3 CLI: read the transcript's text",
        bench::median(tool), tMin, tMax);
    const double median = bench::median(window_);
    std::printf("\ngoal: under 300 ms: %s\n", median < 300 ? "met" : "NOT met");
    return 0;
}
