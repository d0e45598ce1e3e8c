#!/bin/sh
# Makes the README's "First steps" pictures again from the real window, as
# tst_layout draws them (offscreen, English, light), into docs/images.
# Run from anywhere after `./setup.sh test` (or any build in build/test).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build/test}
cmake --build "$build" --target tst_layout
mkdir -p "$here/docs/images"
cd "$build/tests/shell"
QT_QPA_PLATFORM=offscreen VOXNOTE_THEME=light LANGUAGE=en LC_ALL=C.UTF-8 \
    QT_LOGGING_RULES='voxnote.*.debug=false;voxnote.*.info=false' \
    LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0" \
    VOXNOTE_SCREENSHOT_DIR="$here/docs/images" ./tst_layout firstStepsScreenshots
ls -l "$here"/docs/images/first-steps-*.png
