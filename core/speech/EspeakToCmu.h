#pragma once

#include <QString>
#include <QStringList>

namespace voxnote::speech {

/// Maps the phoneme mnemonics espeak-ng prints for English (`espeak-ng -x
/// -v en-us`, e.g. "d'aSwUd") to the CMU phone set of PocketSphinx's en-us
/// model ("D AE SH W UH D"). Stress and syllable marks are dropped (the
/// model's phones carry no stress); each espeak-ng phoneme maps to one or two
/// CMU phones by a fixed table (`EspeakToCmu.cpp`). Pure functions; call from
/// any thread.
class EspeakToCmu
{
public:
    /// The CMU phones of `mnemonics`, or an empty list if it holds a
    /// phoneme the table does not know (another language's sounds, or a
    /// language switch such as "(fr)").
    static QStringList map(const QString& mnemonics);

    /// True if `phone` is one of the 39 phones of the CMU set ("AA" … "ZH").
    static bool isCmuPhone(const QString& phone);
};

} // namespace voxnote::speech
