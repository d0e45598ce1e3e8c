#include "voice/SpeakerColors.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace voxnote::ui {

QColor speakerColor(int index)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
    if (index < 0)
        return dark ? QColor(110, 110, 110) : QColor(200, 200, 200);
    const double hue = std::fmod(210.0 + index * 137.508, 360.0) / 360.0;
    return QColor::fromHsvF(float(hue), dark ? 0.55f : 0.45f, dark ? 0.62f : 0.93f);
}

QColor textColorOn(const QColor& background)
{
    const double luminance
        = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

} // namespace voxnote::ui
