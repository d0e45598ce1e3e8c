#pragma once

#include <QList>
#include <QString>

namespace voxnote::speech {

/// A word of the user's own vocabulary (a name, a place, jargon) as the
/// recogniser gets it: the spelling the transcript should show, what the
/// user said it sounds like (empty if nothing), and its pronunciation in the
/// CMU phone set ("D AE SH W UH D"), worked out when the word was added.
struct VocabularyWord
{
    QString word;
    QString soundsLike;
    QString phones;

    bool operator==(const VocabularyWord&) const = default;
};

using VocabularyWords = QList<VocabularyWord>;

} // namespace voxnote::speech
