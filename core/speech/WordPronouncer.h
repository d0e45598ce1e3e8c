#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace voxnote::speech {

/// Works out how a word of the user's vocabulary sounds, in the CMU phone
/// set the recogniser uses: from the CMU pronouncing dictionary PocketSphinx
/// ships when the word is in it, otherwise from espeak-ng's phonemes mapped
/// by `EspeakToCmu`. espeak-ng runs as its own program (`espeak-ng -q -x`),
/// so its global state never meets the read-aloud engine. Reads the
/// dictionary once per process. Call from any thread but the GUI's (a
/// lookup can take a tenth of a second); failures throw `Error` with a
/// sentence the user can act on.
class WordPronouncer
{
public:
    /// Uses the dictionary at `dictionary`, or PocketSphinx's en-us one if empty.
    explicit WordPronouncer(QString dictionary = {});

    /// The phones of `word` ("D AE SH W UH D"). `soundsLike` overrides the
    /// spelling: CMU phones as they are ("SH IH V AO N"), or words that
    /// sound the same ("shiv on"), each looked up as above.
    QString phonesFor(const QString& word, const QString& soundsLike = {}) const;

    /// The dictionary's first pronunciation of `word` (any case), if it has one.
    std::optional<QString> dictionaryPhones(const QString& word) const;
    /// espeak-ng's pronunciation of `text` mapped to CMU phones; empty if
    /// espeak-ng is missing or the text holds sounds outside English.
    static QStringList espeakPhones(const QString& text);

private:
    QString m_dictionary;
};

} // namespace voxnote::speech
