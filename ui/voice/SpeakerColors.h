#pragma once

#include <QColor>

namespace voxnote::ui {

/// The colour of speaker `index` (0-based; -1 for an unknown speaker): hues
/// a golden angle apart, so neighbouring speakers never look alike, in a
/// shade that reads on the current light or dark palette.
QColor speakerColor(int index);
/// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor& background);

} // namespace voxnote::ui
