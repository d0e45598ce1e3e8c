#include "speech/EspeakToCmu.h"

#include <QHash>
#include <QSet>

#include <array>

namespace voxnote::speech {

namespace {

struct PhonemeMapping
{
    const char* espeak;
    const char* cmu;
};

// espeak-ng's English phonemes (phsource/ph_english, en-us) and the CMU
// phones nearest to them. Reduced vowels become AH, as the CMU dictionary
// writes them; r-coloured vowels become vowel + R, or ER; the American flap
// "t#" is written T, as in the dictionary ("water" W AO T ER).
constexpr std::array kMappings {
    // Vowels and diphthongs.
    PhonemeMapping {"a", "AE"},
    PhonemeMapping {"aa", "AE"},
    PhonemeMapping {"a#", "AH"},
    PhonemeMapping {"A:", "AA"},
    PhonemeMapping {"A@", "AA R"},
    PhonemeMapping {"A", "AA"},
    PhonemeMapping {"0", "AA"},
    PhonemeMapping {"0#", "AA"},
    PhonemeMapping {"O:", "AO"},
    PhonemeMapping {"O@", "AO R"},
    PhonemeMapping {"o@", "AO R"},
    PhonemeMapping {"O", "AO"},
    PhonemeMapping {"oU", "OW"},
    PhonemeMapping {"o", "OW"},
    PhonemeMapping {"OI", "OY"},
    PhonemeMapping {"aU", "AW"},
    PhonemeMapping {"aI", "AY"},
    PhonemeMapping {"aI@", "AY ER"},
    PhonemeMapping {"aI3", "AY ER"},
    PhonemeMapping {"aU@", "AW ER"},
    PhonemeMapping {"eI", "EY"},
    PhonemeMapping {"e@", "EH R"},
    PhonemeMapping {"e", "EH"},
    PhonemeMapping {"E", "EH"},
    PhonemeMapping {"E2", "EH"},
    PhonemeMapping {"E#", "EH"},
    PhonemeMapping {"I", "IH"},
    PhonemeMapping {"I2", "IH"},
    PhonemeMapping {"I#", "IH"},
    PhonemeMapping {"i", "IY"},
    PhonemeMapping {"i:", "IY"},
    PhonemeMapping {"i@", "IY AH"}, // "idea", "Indian"; the vowel of "near" is i@3
    PhonemeMapping {"i@3", "IH R"},
    PhonemeMapping {"U", "UH"},
    PhonemeMapping {"u:", "UW"},
    PhonemeMapping {"u", "UW"},
    PhonemeMapping {"U@", "UH R"},
    PhonemeMapping {"V", "AH"},
    PhonemeMapping {"@", "AH"},
    PhonemeMapping {"@2", "AH"},
    PhonemeMapping {"@5", "AH"},
    PhonemeMapping {"@L", "AH L"},
    PhonemeMapping {"3", "ER"},
    PhonemeMapping {"3:", "ER"},
    PhonemeMapping {"@3", "ER"},
    // Consonants.
    PhonemeMapping {"p", "P"},
    PhonemeMapping {"b", "B"},
    PhonemeMapping {"t", "T"},
    PhonemeMapping {"t#", "T"},
    PhonemeMapping {"d", "D"},
    PhonemeMapping {"d#", "D"},
    PhonemeMapping {"k", "K"},
    PhonemeMapping {"g", "G"},
    PhonemeMapping {"f", "F"},
    PhonemeMapping {"v", "V"},
    PhonemeMapping {"T", "TH"},
    PhonemeMapping {"D", "DH"},
    PhonemeMapping {"s", "S"},
    PhonemeMapping {"z", "Z"},
    PhonemeMapping {"z#", "Z"},
    PhonemeMapping {"S", "SH"},
    PhonemeMapping {"Z", "ZH"},
    PhonemeMapping {"tS", "CH"},
    PhonemeMapping {"dZ", "JH"},
    PhonemeMapping {"h", "HH"},
    PhonemeMapping {"m", "M"},
    PhonemeMapping {"n", "N"},
    PhonemeMapping {"N", "NG"},
    PhonemeMapping {"l", "L"},
    PhonemeMapping {"L", "AH L"},
    PhonemeMapping {"r", "R"},
    PhonemeMapping {"r-", "R"},
    PhonemeMapping {"j", "Y"},
    PhonemeMapping {"w", "W"},
    PhonemeMapping {"W", "W"},
    PhonemeMapping {"x", "K"},
    PhonemeMapping {"C", "HH"},
    PhonemeMapping {"n-", "AH N"},
    PhonemeMapping {"m-", "AH M"},
    // The glottal stop has no CMU phone.
    PhonemeMapping {"?", ""},
};

constexpr int kLongestPhoneme = 3;

const QHash<QString, QString>& table()
{
    static const QHash<QString, QString> mappings = [] {
        QHash<QString, QString> hash;
        for (const PhonemeMapping& mapping : kMappings)
            hash.insert(QString::fromLatin1(mapping.espeak), QString::fromLatin1(mapping.cmu));
        return hash;
    }();
    return mappings;
}

// Marks that carry no sound: primary and secondary stress, unstressed and
// syllable marks, word and pause boundaries, palatalisation.
bool isMark(QChar c)
{
    return QStringView(u"',%=_|;!-").contains(c) || c.isSpace();
}

} // namespace

QStringList EspeakToCmu::map(const QString& mnemonics)
{
    QStringList phones;
    const QHash<QString, QString>& mappings = table();
    qsizetype at = 0;
    while (at < mnemonics.size()) {
        const QChar c = mnemonics.at(at);
        // "n-" and "r-" are phonemes; a lone "-" is a syllable mark.
        if (isMark(c) && !(c == u'-' && at > 0 && QStringView(u"nmr").contains(mnemonics.at(at - 1)))) {
            ++at;
            continue;
        }
        bool matched = false;
        for (int length = kLongestPhoneme; length >= 1 && !matched; --length) {
            const QString candidate = mnemonics.mid(at, length);
            if (candidate.size() < length)
                continue;
            const auto found = mappings.constFind(candidate);
            if (found == mappings.cend())
                continue;
            if (!found->isEmpty())
                phones += found->split(u' ');
            at += length;
            matched = true;
        }
        if (!matched)
            return {}; // a sound outside English, or a language switch "(fr)"
    }
    return phones;
}

bool EspeakToCmu::isCmuPhone(const QString& phone)
{
    static const QSet<QString> phones {QStringLiteral("AA"), QStringLiteral("AE"), QStringLiteral("AH"),
        QStringLiteral("AO"), QStringLiteral("AW"), QStringLiteral("AY"), QStringLiteral("B"),
        QStringLiteral("CH"), QStringLiteral("D"), QStringLiteral("DH"), QStringLiteral("EH"),
        QStringLiteral("ER"), QStringLiteral("EY"), QStringLiteral("F"), QStringLiteral("G"),
        QStringLiteral("HH"), QStringLiteral("IH"), QStringLiteral("IY"), QStringLiteral("JH"),
        QStringLiteral("K"), QStringLiteral("L"), QStringLiteral("M"), QStringLiteral("N"),
        QStringLiteral("NG"), QStringLiteral("OW"), QStringLiteral("OY"), QStringLiteral("P"),
        QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("SH"), QStringLiteral("T"),
        QStringLiteral("TH"), QStringLiteral("UH"), QStringLiteral("UW"), QStringLiteral("V"),
        QStringLiteral("W"), QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("ZH")};
    return phones.contains(phone);
}

} // namespace voxnote::speech
