#pragma once

#include "speech/Transcript.h"

#include <QList>
#include <QString>

namespace voxnote::notes {

/// A word of a segment's text as shown: where it is in the text (UTF-16
/// offsets) and when it is spoken.
struct TimedToken
{
    int offset = 0;
    int length = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    double confidence = 0.0;
};

/// Finds the words of `text` (split at white space) and gives each the times
/// of the recognised word it matches in `words` (compared without case and
/// punctuation, in order, longest common subsequence). Words the recognizer
/// did not hear (typed by the user) share the time of the words they
/// replaced, or of the gap they sit in, so editing a segment keeps every
/// timing it can and its start and end never change. Pure function; call
/// from any thread.
QList<TimedToken> alignWords(
    const QString& text, const QList<speech::Word>& words, qint64 segmentStartMs, qint64 segmentEndMs);

/// The words to store for `text` after an edit: its tokens with their times.
QList<speech::Word> wordsForText(const QString& text, const QList<TimedToken>& tokens);

} // namespace voxnote::notes
