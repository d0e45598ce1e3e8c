#include "DiarizationScore.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace voxnote::bench {

namespace {

constexpr double kStep = 0.01;

int frameOf(double seconds)
{
    return int(std::lround(seconds / kStep));
}

} // namespace

QList<SpeakerTurn> DiarizationScore::readRttm(const QString& path, const QString& file)
{
    QList<SpeakerTurn> turns;
    QFile rttm(path);
    if (!rttm.open(QIODevice::ReadOnly))
        return turns;
    QTextStream in(&rttm);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() >= 8 && fields[0] == u"SPEAKER" && fields[1] == file) {
            const double start = fields[3].toDouble();
            turns.append({start, start + fields[4].toDouble(), fields[7]});
        }
    }
    return turns;
}

QList<SpeakerTurn> DiarizationScore::turnsOf(const speech::Transcript& transcript, double bridge)
{
    QList<SpeakerTurn> turns;
    for (const speech::TranscriptSegment& segment : transcript.segments) {
        const QString speaker = QString::number(segment.speaker);
        for (const speech::Word& word : segment.words) {
            const double start = double(word.startMs) / 1000.0;
            const double end = double(word.endMs) / 1000.0;
            if (!turns.isEmpty() && turns.back().speaker == speaker && start - turns.back().end < bridge)
                turns.back().end = end;
            else
                turns.append({start, end, speaker});
        }
    }
    return turns;
}

QList<SpeakerTurn> DiarizationScore::turnsOfSegments(const speech::Transcript& transcript)
{
    QList<SpeakerTurn> turns;
    for (const speech::TranscriptSegment& segment : transcript.segments) {
        turns.append({double(segment.startMs) / 1000.0, double(segment.endMs) / 1000.0,
            QString::number(segment.speaker)});
    }
    return turns;
}

DiarizationScore DiarizationScore::score(const QList<SpeakerTurn>& reference,
    const QList<SpeakerTurn>& hypothesis, double regionStart, double regionEnd, double collar)
{
    const int first = frameOf(regionStart);
    const int frames = frameOf(regionEnd) - first;
    QHash<QString, int> refIds;
    QHash<QString, int> hypIds;
    for (const SpeakerTurn& turn : reference)
        refIds.insert(turn.speaker, refIds.value(turn.speaker, int(refIds.size())));
    for (const SpeakerTurn& turn : hypothesis)
        hypIds.insert(turn.speaker, hypIds.value(turn.speaker, int(hypIds.size())));

    // Per frame: which reference and hypothesis speakers talk; scored or not.
    std::vector<std::vector<char>> ref(size_t(frames), std::vector<char>(size_t(refIds.size()), 0));
    std::vector<std::vector<char>> hyp(size_t(frames), std::vector<char>(size_t(hypIds.size()), 0));
    std::vector<char> scored(size_t(frames), 1);
    const auto mark = [&](const QList<SpeakerTurn>& turns, const QHash<QString, int>& ids, auto& grid) {
        for (const SpeakerTurn& turn : turns) {
            for (int f = std::max(0, frameOf(turn.start) - first);
                 f < std::min(frames, frameOf(turn.end) - first); ++f)
                grid[size_t(f)][size_t(ids.value(turn.speaker))] = 1;
        }
    };
    mark(reference, refIds, ref);
    mark(hypothesis, hypIds, hyp);
    for (const SpeakerTurn& turn : reference) {
        for (const double edge : {turn.start, turn.end}) {
            for (int f = std::max(0, frameOf(edge - collar) - first);
                 f < std::min(frames, frameOf(edge + collar) - first); ++f)
                scored[size_t(f)] = 0;
        }
    }

    // Overlap of each hypothesis speaker with each reference speaker.
    const size_t nRef = size_t(refIds.size());
    const size_t nHyp = size_t(hypIds.size());
    std::vector<std::vector<double>> overlap(nHyp, std::vector<double>(nRef, 0.0));
    DiarizationScore result;
    for (size_t f = 0; f < size_t(frames); ++f) {
        if (!scored[f])
            continue;
        const int refCount = int(std::count(ref[f].begin(), ref[f].end(), 1));
        const int hypCount = int(std::count(hyp[f].begin(), hyp[f].end(), 1));
        result.referenceSpeech += refCount * kStep;
        result.missed += std::max(0, refCount - hypCount) * kStep;
        result.falseAlarm += std::max(0, hypCount - refCount) * kStep;
        for (size_t h = 0; h < nHyp; ++h) {
            for (size_t r = 0; r < nRef && hyp[f][h]; ++r)
                overlap[h][r] += ref[f][r] ? kStep : 0.0;
        }
        result.confusion += std::min(refCount, hypCount) * kStep; // minus the matched part, below
    }
    // The one-to-one mapping that matches the most speech (exhaustive; few speakers).
    std::vector<char> used(nRef, 0);
    double best = 0.0;
    const std::function<void(size_t, double)> search = [&](size_t h, double matched) {
        if (h == nHyp) {
            best = std::max(best, matched);
            return;
        }
        search(h + 1, matched);
        for (size_t r = 0; r < nRef; ++r) {
            if (!used[r]) {
                used[r] = 1;
                search(h + 1, matched + overlap[h][r]);
                used[r] = 0;
            }
        }
    };
    search(0, 0.0);
    result.confusion -= best;
    return result;
}

} // namespace voxnote::bench
