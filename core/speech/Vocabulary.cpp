#include "speech/Vocabulary.h"

#include "Error.h"
#include "speech/WordPronouncer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voxnote::speech {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Vocabulary", text);
}

const QString kWord = QStringLiteral("word");
const QString kSoundsLike = QStringLiteral("soundsLike");
const QString kPhones = QStringLiteral("phones");

} // namespace

Vocabulary::Vocabulary(VocabularyWords words)
    : m_words(std::move(words))
{
}

QString Vocabulary::checkedSpelling(const QString& word)
{
    const QString spelling = word.trimmed();
    if (!std::any_of(spelling.cbegin(), spelling.cend(), [](QChar c) { return c.isLetter(); }))
        throw Error(tr("“%1” has no letters; a vocabulary word needs at least one.").arg(spelling));
    if (spelling.size() > kMaxLength) {
        throw Error(tr("“%1…” is longer than %2 characters; a vocabulary word must be shorter.")
                        .arg(spelling.left(20))
                        .arg(kMaxLength));
    }
    if (std::any_of(spelling.cbegin(), spelling.cend(), [](QChar c) { return c.isSpace(); }))
        throw Error(tr("“%1” has a space; add each word on its own.").arg(spelling));
    // "word(2)" is how the recogniser's dictionary writes a second pronunciation.
    if (spelling.contains(u'(') || spelling.contains(u')') || spelling.startsWith(u'<')
        || spelling.startsWith(u'[') || spelling.startsWith(u'+')) {
        throw Error(tr("“%1” holds a bracket or starts with <, [ or +, which the recogniser reserves; leave "
                       "them out.")
                        .arg(spelling));
    }
    return spelling;
}

VocabularyWord Vocabulary::add(
    const QString& word, const QString& soundsLike, const WordPronouncer& pronouncer)
{
    const QString spelling = checkedSpelling(word);
    checkRoomFor(spelling);
    VocabularyWord entry {spelling, soundsLike.simplified(), pronouncer.phonesFor(spelling, soundsLike)};
    put(entry);
    return entry;
}

void Vocabulary::checkRoomFor(const QString& word) const
{
    if (indexOf(word) < 0 && m_words.size() >= kMaxWords) {
        throw Error(tr("The vocabulary already holds %1 words, as many as it can; remove some before adding "
                       "“%2”.")
                        .arg(kMaxWords)
                        .arg(word));
    }
}

void Vocabulary::put(const VocabularyWord& entry)
{
    checkRoomFor(entry.word);
    const qsizetype existing = indexOf(entry.word);
    if (existing >= 0)
        m_words[existing] = entry;
    else
        m_words.append(entry);
}

bool Vocabulary::remove(const QString& word)
{
    const qsizetype at = indexOf(word.trimmed());
    if (at < 0)
        return false;
    m_words.removeAt(at);
    return true;
}

qsizetype Vocabulary::indexOf(const QString& word) const
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i].word.compare(word, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QByteArray Vocabulary::toJson() const
{
    return QJsonDocument(toJsonArray()).toJson(QJsonDocument::Compact);
}

Vocabulary Vocabulary::fromJson(const QByteArray& json)
{
    return fromJsonArray(QJsonDocument::fromJson(json).array());
}

QJsonArray Vocabulary::toJsonArray() const
{
    QJsonArray array;
    for (const VocabularyWord& entry : m_words)
        array.append(
            QJsonObject {{kWord, entry.word}, {kSoundsLike, entry.soundsLike}, {kPhones, entry.phones}});
    return array;
}

Vocabulary Vocabulary::fromJsonArray(const QJsonArray& array)
{
    VocabularyWords words;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        VocabularyWord entry {object.value(kWord).toString(), object.value(kSoundsLike).toString(),
            object.value(kPhones).toString()};
        if (!entry.word.isEmpty() && !entry.phones.isEmpty() && words.size() < kMaxWords)
            words.append(entry);
    }
    return Vocabulary(std::move(words));
}

} // namespace voxnote::speech
