#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace voxnote::bench {

/// One LibriVox clip of pocketsphinx-testdata with what is said in it, and
/// the part of the split it belongs to. Clips 0870, 0880 and 0890 are the
/// tune part; 0920 and 0930 the report part (and jfk.flac, where a bench
/// adds it). Nothing may be chosen by looking at the report part.
struct LibrivoxClip
{
    QString name; ///< "0870"
    QString wav;
    QString reference;
    bool tune = false;
};

/// The five clips, in order; empty if pocketsphinx-testdata is missing.
QList<LibrivoxClip> librivoxClips();

/// For each word of `hypothesis`, whether it matches the reference word it
/// is aligned with (edit-distance alignment of normalised words).
QList<bool> correctWords(const QStringList& reference, const QStringList& hypothesis);

} // namespace voxnote::bench
