#pragma once

class QApplication;

namespace voxnote::ui {

/// The application's look: the Fusion style with the system's palette, or a
/// dark one. The choice is the person's (Settings: system, light or dark);
/// "system" follows the desktop (a dark system palette, GTK_THEME=…:dark).
/// VOXNOTE_THEME=dark or =light overrides both (tests, screenshots).
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(QApplication& application);
    static bool isDark();

    /// The person's choice, kept in the application settings.
    static Mode mode();
    /// Stores the choice and applies it at once.
    static void setMode(QApplication& application, Mode mode);
};

} // namespace voxnote::ui
