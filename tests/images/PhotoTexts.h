#pragma once

// The prose that the generated photo pages are made of (PhotoPages.h).

#include <QStringList>

namespace voxnote::test {

/// Paragraphs of ordinary English prose.
const QStringList& englishParagraphs();
/// Paragraphs of ordinary Korean prose (Hangul, words separated by spaces).
const QStringList& koreanParagraphs();
/// Korean prose with English words in it, as handouts and notices have:
/// names, products, addresses and terms left in Latin letters.
const QStringList& mixedParagraphs();

} // namespace voxnote::test
