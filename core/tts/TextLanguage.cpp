#include "tts/TextLanguage.h"

#include <QMap>

#include <algorithm>

namespace voxnote::tts {

namespace {

struct ScriptLanguage
{
    QChar::Script script;
    const char* language;
    int weight; // letters of Latin text one character of this script stands for
};

constexpr ScriptLanguage kScripts[] = {
    {QChar::Script_Hangul, "ko", 3},
    {QChar::Script_Hiragana, "ja", 3},
    {QChar::Script_Katakana, "ja", 3},
    {QChar::Script_Han, "cmn", 3},
    {QChar::Script_Cyrillic, "ru", 1},
    {QChar::Script_Greek, "el", 1},
    {QChar::Script_Arabic, "ar", 1},
    {QChar::Script_Hebrew, "he", 1},
    {QChar::Script_Devanagari, "hi", 1},
    {QChar::Script_Thai, "th", 1},
    {QChar::Script_Georgian, "ka", 1},
    {QChar::Script_Armenian, "hy", 1},
    {QChar::Script_Latin, "en", 1},
};

} // namespace

QString TextLanguage::guess(const QString& text)
{
    QMap<QString, int> scores;
    for (const uint codePoint : text.toUcs4()) {
        if (!QChar::isLetter(codePoint))
            continue;
        const QChar::Script script = QChar::script(codePoint);
        for (const ScriptLanguage& entry : kScripts) {
            if (entry.script == script) {
                scores[QString::fromLatin1(entry.language)] += entry.weight;
                break;
            }
        }
    }
    // Kana beside Han characters means Japanese, not Chinese.
    if (scores.contains(QStringLiteral("ja")) && scores.contains(QStringLiteral("cmn")))
        scores[QStringLiteral("ja")] += scores.take(QStringLiteral("cmn"));
    QString best = QStringLiteral("en");
    int bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it.value() > bestScore) {
            best = it.key();
            bestScore = it.value();
        }
    }
    return best;
}

bool TextLanguage::isSpeakable(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(
        codePoints.cbegin(), codePoints.cend(), [](uint c) { return QChar::isLetterOrNumber(c); });
}

} // namespace voxnote::tts
