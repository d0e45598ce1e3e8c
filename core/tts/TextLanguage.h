#pragma once

#include <QString>

namespace voxnote::tts {

/// Guesses the language to speak a text in from the scripts its letters are
/// written in: Hangul → "ko", kana → "ja", Han → "cmn", Cyrillic → "ru",
/// Greek → "el", Arabic → "ar", Hebrew → "he", Devanagari → "hi", Thai →
/// "th", Georgian → "ka", Armenian → "hy"; Latin and anything else → "en".
/// A syllable of Hangul or a Han character counts as much as a few Latin
/// letters, so a Korean sentence with an English word in it stays Korean.
/// Pure function: call from any thread.
class TextLanguage
{
public:
    static QString guess(const QString& text);
    /// True if `text` has a letter or digit to speak.
    static bool isSpeakable(const QString& text);
};

} // namespace voxnote::tts
