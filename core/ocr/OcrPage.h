#pragma once

#include <QJsonArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace voxnote::ocr {

/// One recognised word: its text, its box in the pixels of the upright page
/// (after any rotation), the engine's confidence 0 … 100, and where it sits
/// in the page's layout (0-based block, paragraph and line counters).
struct OcrWord
{
    QString text;
    QRect box;
    double confidence = 0;
    int block = 0;
    int paragraph = 0;
    int line = 0;
};

/// The text recognised on one page of an image. `text` is plain text: words
/// of a line joined by spaces, lines by "\n", paragraphs by a blank line.
struct OcrPage
{
    int page = 0; ///< 0-based page of the document
    int rotation = 0; ///< degrees (0, 90, 180, 270) the page was turned clockwise before recognition
    QSize size; ///< of the upright page, in pixels
    QString languages; ///< e.g. "eng+kor"
    QString engine; ///< engine name and version
    QString text;
    double meanConfidence = 0; ///< 0 … 100; 0 for a page without text
    QList<OcrWord> words;
    /// Of the page's text-like ink, the share that produced no words, 0 … 1.
    double unreadShare = 0;
    /// The parts of the page (in the pixels of the upright page) whose ink
    /// produced no words, when there are enough of them to warn.
    QList<QRect> unreadRegions;
    /// Empty, or a sentence for the user when part of the page could not be
    /// read, e.g. "Part of this page could not be read: lines 12–30."
    QString warning;

    /// The `engine` of a page whose words came from the file's own text (a
    /// PDF's text layer) instead of recognition.
    static constexpr char16_t kTextLayerEngine[] = u"pdf text layer";
    bool fromTextLayer() const { return engine == QStringView(kTextLayerEngine); }

    /// The words as a compact JSON array: [[text, x, y, w, h, confidence, block, paragraph, line], …].
    QJsonArray wordsToJson() const;
    /// The inverse of `wordsToJson`; malformed entries are skipped.
    static QList<OcrWord> wordsFromJson(const QJsonArray& array);
    /// `unreadRegions` as a JSON array [[x, y, w, h], …], and back.
    QJsonArray unreadRegionsToJson() const;
    static QList<QRect> regionsFromJson(const QJsonArray& array);
};

/// The pages recognised in one image file (or pasted image).
struct RecognizedDocument
{
    QString fileName; ///< as shown to the user
    QString noteId; ///< the note it was saved in; empty if not saved
    QList<OcrPage> pages;
    /// The image file the pages were read from, for exports that show the
    /// pages (a searchable PDF); empty when it is not at hand.
    QString sourcePath;
};

} // namespace voxnote::ocr
