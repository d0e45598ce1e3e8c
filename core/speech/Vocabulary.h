#pragma once

#include "speech/VocabularyWord.h"

#include <QByteArray>
#include <QJsonArray>

namespace voxnote::speech {

class WordPronouncer;

/// The user's own words (names, places, jargon) that the recogniser should
/// know: checked when added, at most `kMaxWords`, kept in the order added,
/// one entry per spelling (case-insensitive). Stored by `settings::Settings`
/// as JSON. A value type; call from any thread.
class Vocabulary
{
public:
    /// More words than this make every decoder start slower for little gain;
    /// the limit is named in the error.
    static constexpr int kMaxWords = 5000;
    static constexpr int kMaxLength = 48;

    Vocabulary() = default;
    explicit Vocabulary(VocabularyWords words);

    const VocabularyWords& words() const { return m_words; }
    bool isEmpty() const { return m_words.isEmpty(); }
    qsizetype size() const { return m_words.size(); }

    /// Adds `word` (or gives it a new pronunciation if it is there) with its
    /// pronunciation from `pronouncer`, and returns the entry. Throws `Error`
    /// with a sentence for a word without letters, with spaces or brackets,
    /// longer than `kMaxLength`, beyond `kMaxWords`, or one whose sound
    /// cannot be found; the vocabulary is unchanged then.
    VocabularyWord add(const QString& word, const QString& soundsLike, const WordPronouncer& pronouncer);
    /// Adds `entry` as it is (its pronunciation already found), or replaces
    /// the entry of the same spelling. Throws `Error` if the vocabulary is full.
    void put(const VocabularyWord& entry);
    /// Removes `word` (any case). Returns false if it was not there.
    bool remove(const QString& word);
    /// The entry for `word` (any case), or -1.
    qsizetype indexOf(const QString& word) const;

    /// Checks a spelling; throws `Error` with the sentence `add` would give.
    static QString checkedSpelling(const QString& word);

    QByteArray toJson() const;
    /// Entries that are not well-formed are skipped.
    static Vocabulary fromJson(const QByteArray& json);
    /// The same as a JSON array, as a job parameter carries it.
    QJsonArray toJsonArray() const;
    static Vocabulary fromJsonArray(const QJsonArray& array);

private:
    void checkRoomFor(const QString& word) const;

    VocabularyWords m_words;
};

} // namespace voxnote::speech
