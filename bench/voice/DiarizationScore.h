#pragma once

#include "speech/Transcript.h"

#include <QList>
#include <QString>

namespace voxnote::bench {

/// Who spoke when: one line of an RTTM file.
struct SpeakerTurn
{
    double start = 0.0;
    double end = 0.0;
    QString speaker;
};

/// The diarization error rate: (missed speech + false alarm + speaker
/// confusion) / reference speech, scored on 10 ms frames inside the scored
/// region, with the best one-to-one mapping of hypothesis to reference
/// speakers and, optionally, a forgiveness collar around every reference
/// boundary. Overlapping reference speech counts once per speaker (md-eval).
class DiarizationScore
{
public:
    double missed = 0.0;
    double falseAlarm = 0.0;
    double confusion = 0.0;
    double referenceSpeech = 0.0;

    double rate() const
    {
        return referenceSpeech > 0 ? (missed + falseAlarm + confusion) / referenceSpeech : 0.0;
    }

    static DiarizationScore score(const QList<SpeakerTurn>& reference, const QList<SpeakerTurn>& hypothesis,
        double regionStart, double regionEnd, double collar);

    /// The turns of `file` in an RTTM file.
    static QList<SpeakerTurn> readRttm(const QString& path, const QString& file);
    /// A transcript's words as speaker turns; words of one speaker less than
    /// `bridge` seconds apart become one turn.
    static QList<SpeakerTurn> turnsOf(const speech::Transcript& transcript, double bridge);
    /// A transcript's segments as speaker turns, as its subtitles show them.
    static QList<SpeakerTurn> turnsOfSegments(const speech::Transcript& transcript);
};

} // namespace voxnote::bench
