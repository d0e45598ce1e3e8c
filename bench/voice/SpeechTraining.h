#pragma once

#include "DiarizationScore.h"

#include <QString>

#include <vector>

namespace voxnote::bench {

/// The shared diarization recordings and what the speech-detection programs
/// need of them: where they are, which set each belongs to, and the speech
/// of their reference (the union of all speakers' turns).
struct LabelledRecording
{
    QString name;
    QString wav;
    QList<SpeakerTurn> reference;
    bool tune = false; ///< trn*: tune on it; otherwise report only
};

/// dev00, dev01, sample (report) and trn01 … trn09 (tune).
QList<LabelledRecording> labelledRecordings();

/// Whether any reference speaker talks at `seconds`.
bool isReferenceSpeech(const QList<SpeakerTurn>& reference, double seconds);

/// The whole recording as 16 kHz mono.
std::vector<float> decodedSamples(const QString& path);

} // namespace voxnote::bench
