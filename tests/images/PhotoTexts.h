#pragma once

// The prose that the generated photo pages are made of (PhotoPages.h).

#include <QStringList>

namespace voxnote::test {

/// Paragraphs of ordinary English prose.
const QStringList& englishParagraphs();
/// Paragraphs of ordinary Korean prose (Hangul, words separated by spaces).
const QStringList& koreanParagraphs();

} // namespace voxnote::test
