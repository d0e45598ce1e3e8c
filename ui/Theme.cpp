#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace voxnote::ui {

namespace {

bool s_dark = false;
bool s_systemDark = false;
bool s_systemKnown = false;
const QString kThemeKey = QStringLiteral("appearance/theme");

bool systemPrefersDark()
{
    // Read once, before our own palette replaces the system's.
    if (!s_systemKnown) {
        const QPalette system = QGuiApplication::palette();
        s_systemDark = qEnvironmentVariable("GTK_THEME").contains(u"dark", Qt::CaseInsensitive)
            || system.color(QPalette::Window).lightness() < system.color(QPalette::WindowText).lightness();
        s_systemKnown = true;
    }
    return s_systemDark;
}

bool wantsDark()
{
    const QString forced = qEnvironmentVariable("VOXNOTE_THEME").toLower();
    if (forced == u"dark")
        return true;
    if (forced == u"light")
        return false;
    switch (Theme::mode()) {
    case Theme::Mode::Dark:
        return true;
    case Theme::Mode::Light:
        return false;
    case Theme::Mode::System:
        break;
    }
    return systemPrefersDark();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2d);
    const QColor base(0x1d, 0x1f, 0x23);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor muted(0x8b, 0x92, 0x9c);
    const QColor accent(0x5b, 0x8c, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3d, 0x44));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1b));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}

} // namespace

void Theme::apply(QApplication& application)
{
    systemPrefersDark();
    s_dark = wantsDark();
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(s_dark ? darkPalette() : application.style()->standardPalette());
}

bool Theme::isDark()
{
    return s_dark;
}

Theme::Mode Theme::mode()
{
    const QString value = QSettings().value(kThemeKey).toString();
    if (value == u"dark")
        return Mode::Dark;
    if (value == u"light")
        return Mode::Light;
    return Mode::System;
}

void Theme::setMode(QApplication& application, Mode mode)
{
    const QString value = mode == Mode::Dark ? QStringLiteral("dark")
        : mode == Mode::Light                ? QStringLiteral("light")
                                             : QStringLiteral("system");
    QSettings().setValue(kThemeKey, value);
    apply(application);
}

} // namespace voxnote::ui
