#pragma once

class QApplication;

namespace voxnote::ui {

/// The application's look: the Fusion style with the system's palette, or a
/// dark one when the desktop asks for dark (a dark system palette,
/// GTK_THEME=…:dark, or VOXNOTE_THEME=dark; VOXNOTE_THEME=light forces light).
class Theme
{
public:
    static void apply(QApplication& application);
    static bool isDark();
};

} // namespace voxnote::ui
