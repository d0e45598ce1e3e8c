// Tunes speaker diarization without re-running the recogniser: the words of
// each diarization recording are recognised once and cached, then the
// product's own diarization steps (the same ones `Transcriber` runs:
// SpeechChunker (speech detection) → SpeakerEmbedder per chunk →
// Transcriber::diarize: SpeakerDiarizer → SegmentBuilder) are scored against
// the RTTM ground truth.
// Tune on trn*, report on dev* and sample.
//
//   vx_tune_diarization [--cache DIR] [--method bic|cosine] [--penalty P] [--switch S]
//       [--threshold T] [--min-share F] [--min-speech MS] [--max-speakers N] [--window MS] [--hop MS]
//       [--speakers N] [--oracle-speakers] [--quiet] [--only-cached]
//       [--passes N] [--frame-switch P] [--components N] [--one-speaker]
//
// --turns scores the diarizer's speaker turns instead of the segments (which
// leave out turns without recognised words). --one-speaker scores the trivial answer (all speech one speaker)
// with the same speech and words, the figure diarization has to beat.
//
// --oracle-speakers gives each file its reference number of speakers (what a
// user's --speakers N does), to score the clustering apart from the estimate.
// Besides the means it prints DER weighted by each file's reference speech,
// over all of trn* and over the trn* files with at least 10 s of it (trn01
// and trn02 have so little that their false alarm dominates).

#include "BenchArguments.h"
#include "DiarizationScore.h"
#include "SpeechTraining.h"

#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/SegmentBuilder.h"
#include "speech/SpeakerClustering.h"
#include "speech/SpeakerEmbedder.h"
#include "speech/Transcriber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace voxnote;

namespace {

struct Recording
{
    QString name;
    QList<bench::SpeakerTurn> reference;
    std::vector<audio::AudioChunk> chunks;
    std::vector<QList<speech::Word>> chunkWords;
    std::vector<audio::SpeechSpan> speech;
    qint64 durationMs = 0;
};

QList<speech::Word> cachedWords(const QString& cache, const QString& name, const audio::AudioChunk& chunk,
    speech::SpeechDecoder*& decoder, std::unique_ptr<speech::SpeechDecoder>& owner)
{
    const QString path = QStringLiteral("%1/%2-%3.tsv").arg(cache, name).arg(chunk.index);
    QList<speech::Word> words;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'\t');
            words.append({f[0], f[1].toLongLong(), f[2].toLongLong(), f[3].toDouble()});
        }
        return words;
    }
    if (!decoder) {
        owner = speech::PocketSphinxEngine().createDecoder();
        decoder = owner.get();
    }
    words = decoder->recognize(chunk, Cancellation());
    if (file.open(QIODevice::WriteOnly)) {
        QTextStream out(&file);
        for (const speech::Word& word : words)
            out << word.text << '\t' << word.startMs << '\t' << word.endMs << '\t' << word.confidence << '\n';
    }
    return words;
}

Recording load(const bench::LabelledRecording& labelled, const QString& cache,
    speech::SpeechDecoder*& decoder, std::unique_ptr<speech::SpeechDecoder>& owner, bool onlyCached)
{
    const QString& name = labelled.name;
    Recording recording;
    recording.name = name;
    recording.reference = labelled.reference;
    audio::AudioDecoder audio(labelled.wav);
    recording.durationMs = audio.info().durationMs();
    audio::SpeechChunker chunker;
    std::vector<float> block;
    while (audio.read(block, 1 << 16)) {
        for (audio::AudioChunk& chunk : chunker.push(block.data(), block.size()))
            recording.chunks.push_back(std::move(chunk));
        block.clear();
    }
    for (audio::AudioChunk& chunk : chunker.finish())
        recording.chunks.push_back(std::move(chunk));
    std::vector<audio::SpeechSpan> spans;
    for (const audio::AudioChunk& chunk : recording.chunks)
        spans.insert(spans.end(), chunk.speech.begin(), chunk.speech.end());
    recording.speech = chunker.tidied(spans);
    for (const audio::AudioChunk& chunk : recording.chunks) {
        if (onlyCached
            && !QFileInfo::exists(QStringLiteral("%1/%2-%3.tsv").arg(cache, name).arg(chunk.index)))
            return {};
        recording.chunkWords.push_back(cachedWords(cache, name, chunk, decoder, owner));
    }
    return recording;
}

struct Result
{
    bench::DiarizationScore collar;
    bench::DiarizationScore none;
    int speakers = 0;
    int referenceSpeakers = 0;
};

struct Settings
{
    speech::TranscriptionOptions transcription;
    int windowMs = speech::SpeakerEmbedder::kWindowMs;
    int hopMs = speech::SpeakerEmbedder::kHopMs;
    bool scoreTurns = false;
};

std::vector<speech::SpeakerWindow> windowsOf(
    const Recording& recording, const Settings& settings, speech::SpeakerFrames& frames)
{
    speech::SpeakerEmbedder embedder(settings.windowMs, settings.hopMs);
    std::vector<speech::SpeakerWindow> windows;
    for (const audio::AudioChunk& chunk : recording.chunks) {
        std::vector<speech::SpeakerWindow> chunkWindows = embedder.describe(chunk, chunk.speech, &frames);
        std::move(chunkWindows.begin(), chunkWindows.end(), std::back_inserter(windows));
    }
    return windows;
}

int referenceSpeakers(const Recording& recording)
{
    QStringList speakers;
    for (const bench::SpeakerTurn& turn : recording.reference)
        speakers << turn.speaker;
    speakers.removeDuplicates();
    return int(speakers.size());
}

Result diarize(const Recording& recording, const Settings& settings)
{
    QList<speech::Word> words;
    for (const QList<speech::Word>& chunkWords : recording.chunkWords)
        words += chunkWords;
    speech::SpeakerFrames frames;
    const std::vector<speech::SpeakerWindow> windows = windowsOf(recording, settings, frames);
    speech::Transcript transcript;
    transcript.durationMs = recording.durationMs;
    speech::Transcriber::diarize(
        transcript, words, recording.speech, windows, frames, settings.transcription);
    Result result;
    result.speakers = int(transcript.speakers.size());
    if (settings.scoreTurns) {
        // Diagnostic: the diarizer's turns themselves, words or not.
        speech::SpeakerDiarizer::Options options = settings.transcription.diarization;
        options.clustering = settings.transcription.clustering;
        transcript.segments.clear();
        for (const speech::SpeakerTurn& turn :
            speech::SpeakerDiarizer(options).diarize(recording.speech, windows, frames))
            transcript.segments.append({QString(), turn.startMs, turn.endMs, turn.speaker, QString(), {}});
    }
    const QList<bench::SpeakerTurn> hypothesis = bench::DiarizationScore::turnsOfSegments(transcript);
    const double end = double(recording.durationMs) / 1000.0;
    result.collar = bench::DiarizationScore::score(recording.reference, hypothesis, 0.0, end, 0.25);
    result.none = bench::DiarizationScore::score(recording.reference, hypothesis, 0.0, end, 0.0);
    result.referenceSpeakers = referenceSpeakers(recording);
    return result;
}

QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, const QString& fallback) {
        return bench::argumentValue(args, name, fallback);
    };
    // Chunks are cut where the speech detector says: words cached for
    // another cut are not these chunks' words.
    const QString cache = value("--cache", QDir::tempPath() + u"/vx-diarization-words-detected");
    QDir().mkpath(cache);
    Settings settings;
    speech::SpeakerClustering::Options& options = settings.transcription.clustering;
    speech::SpeakerDiarizer::Options& diarization = settings.transcription.diarization;
    diarization.resegmentations = value("--passes", QString::number(diarization.resegmentations)).toInt();
    diarization.switchPenalty
        = value("--frame-switch", QString::number(diarization.switchPenalty)).toDouble();
    diarization.components = value("--components", QString::number(diarization.components)).toInt();
    options.threshold = value("--threshold", QString::number(options.threshold)).toDouble();
    options.speakers = value("--speakers", QStringLiteral("0")).toInt();
    if (args.contains(u"--method"))
        options.method = value("--method", QStringLiteral("bic")) == u"cosine"
            ? speech::SpeakerClustering::Method::Cosine
            : speech::SpeakerClustering::Method::Bic;
    options.bicPenalty = value("--penalty", QString::number(options.bicPenalty)).toDouble();
    options.switchPenalty = value("--switch", QString::number(options.switchPenalty)).toDouble();
    options.minShare = value("--min-share", QString::number(options.minShare)).toDouble();
    options.minSpeechMs = value("--min-speech", QString::number(options.minSpeechMs)).toInt();
    options.maxSpeakers = value("--max-speakers", QString::number(options.maxSpeakers)).toInt();
    settings.windowMs = value("--window", QString::number(settings.windowMs)).toInt();
    settings.hopMs = value("--hop", QString::number(settings.hopMs)).toInt();
    settings.scoreTurns = args.contains(u"--turns");
    const bool quiet = args.contains(u"--quiet");
    const bool onlyCached = args.contains(u"--only-cached");

    speech::SpeechDecoder* decoder = nullptr;
    std::unique_ptr<speech::SpeechDecoder> owner;
    std::vector<Recording> recordings;
    for (const bench::LabelledRecording& labelled : bench::labelledRecordings()) {
        Recording recording = load(labelled, cache, decoder, owner, onlyCached);
        if (!recording.name.isEmpty())
            recordings.push_back(std::move(recording));
    }

    QTextStream out(stdout);
    out << "| file | speakers ref/found | DER collar | DER none | miss | FA | confusion "
           "|\n|---|---|---|---|---|---|---|\n";
    double sums[2][2] = {{0, 0}, {0, 0}}; // [report|tune][collar|none]
    int counts[2] = {0, 0};
    double parts[2][3] = {{0, 0, 0}, {0, 0, 0}};
    double weighted[2][4] = {}; // [set][errors, reference with the collar; errors, reference without]
    double sane[2] = {0, 0}; // trn* with at least 10 s of reference speech: errors, reference (collar)

    for (size_t i = 0; i < recordings.size(); ++i) {
        const QString& name = recordings[i].name;
        const int set = name.startsWith(u"trn") ? 1 : 0;
        Settings used = settings;
        if (args.contains(u"--oracle-speakers")) // diagnostic: the reference count
            used.transcription.clustering.speakers = referenceSpeakers(recordings[i]);
        if (args.contains(u"--one-speaker"))
            used.transcription.clustering.speakers = 1;
        const Result r = diarize(recordings[i], used);
        sums[set][0] += r.collar.rate();
        sums[set][1] += r.none.rate();
        ++counts[set];
        weighted[set][0] += r.collar.missed + r.collar.falseAlarm + r.collar.confusion;
        weighted[set][1] += r.collar.referenceSpeech;
        weighted[set][2] += r.none.missed + r.none.falseAlarm + r.none.confusion;
        weighted[set][3] += r.none.referenceSpeech;
        if (set == 1 && r.none.referenceSpeech >= 10.0) {
            sane[0] += r.collar.missed + r.collar.falseAlarm + r.collar.confusion;
            sane[1] += r.collar.referenceSpeech;
        }
        parts[set][0] += r.none.missed / r.none.referenceSpeech;
        parts[set][1] += r.none.falseAlarm / r.none.referenceSpeech;
        parts[set][2] += r.none.confusion / r.none.referenceSpeech;
        if (!quiet)
            out << "| " << name << " | " << r.referenceSpeakers << '/' << r.speakers << " | "
                << percent(r.collar.rate(), 1) << " | " << percent(r.none.rate(), 1) << " | "
                << percent(r.none.missed, r.none.referenceSpeech) << " | "
                << percent(r.none.falseAlarm, r.none.referenceSpeech) << " | "
                << percent(r.none.confusion, r.none.referenceSpeech) << " |\n";
        out.flush();
    }
    for (int set = 0; set < 2; ++set) {
        out << (set == 0 ? "\nreport (dev00, dev01, sample)" : "tuning (trn01-09)") << ": DER collar "
            << percent(sums[set][0], counts[set]) << " %, no collar " << percent(sums[set][1], counts[set])
            << " % (miss " << percent(parts[set][0], counts[set]) << ", FA "
            << percent(parts[set][1], counts[set]) << ", confusion " << percent(parts[set][2], counts[set])
            << "); time-weighted DER collar " << percent(weighted[set][0], weighted[set][1]) << " %, none "
            << percent(weighted[set][2], weighted[set][3]) << " %\n";
    }
    out << "tuning files with at least 10 s of reference speech: time-weighted DER collar "
        << percent(sane[0], sane[1]) << " %\n";
    return 0;
}
