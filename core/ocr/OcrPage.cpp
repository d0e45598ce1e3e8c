#include "ocr/OcrPage.h"

namespace voxnote::ocr {

namespace {

constexpr int kWordFields = 9;

} // namespace

QJsonArray OcrPage::wordsToJson() const
{
    QJsonArray array;
    for (const OcrWord& word : words) {
        array.append(QJsonArray {word.text, word.box.x(), word.box.y(), word.box.width(), word.box.height(),
            qRound(word.confidence * 10) / 10.0, word.block, word.paragraph, word.line});
    }
    return array;
}

QList<OcrWord> OcrPage::wordsFromJson(const QJsonArray& array)
{
    QList<OcrWord> words;
    words.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonArray fields = value.toArray();
        if (fields.size() != kWordFields || !fields[0].isString())
            continue;
        words.append({fields[0].toString(),
            QRect(fields[1].toInt(), fields[2].toInt(), fields[3].toInt(), fields[4].toInt()),
            fields[5].toDouble(), fields[6].toInt(), fields[7].toInt(), fields[8].toInt()});
    }
    return words;
}

QJsonArray OcrPage::unreadRegionsToJson() const
{
    QJsonArray array;
    for (const QRect& region : unreadRegions)
        array.append(QJsonArray {region.x(), region.y(), region.width(), region.height()});
    return array;
}

QList<QRect> OcrPage::regionsFromJson(const QJsonArray& array)
{
    QList<QRect> regions;
    for (const QJsonValue& value : array) {
        const QJsonArray fields = value.toArray();
        if (fields.size() == 4)
            regions.append(QRect(fields[0].toInt(), fields[1].toInt(), fields[2].toInt(), fields[3].toInt()));
    }
    return regions;
}

} // namespace voxnote::ocr
