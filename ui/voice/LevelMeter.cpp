#include "voice/LevelMeter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstdlib>

namespace voxnote::ui {

LevelMeter::LevelMeter(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("levelMeter"));
    setMinimumHeight(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Input level"));
}

double LevelMeter::levelOf(const QByteArray& samples)
{
    const auto* data = reinterpret_cast<const qint16*>(samples.constData());
    const qsizetype count = samples.size() / 2;
    int peak = 0;
    for (qsizetype i = 0; i < count; ++i)
        peak = std::max(peak, std::abs(int(data[i])));
    if (peak == 0)
        return 0.0;
    const double db = 20.0 * std::log10(peak / 32768.0);
    return std::clamp((db + 60.0) / 60.0, 0.0, 1.0);
}

void LevelMeter::setLevel(double level)
{
    m_level = std::clamp(level, 0.0, 1.0);
    // The peak line falls back slowly, so a loud moment stays visible.
    m_peak = std::max(m_level, m_peak - 0.02);
    update();
}

void LevelMeter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath groove;
    groove.addRoundedRect(area, 3, 3);
    painter.fillPath(groove, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(groove);
    painter.setClipPath(groove);
    QLinearGradient gradient(area.topLeft(), area.topRight());
    gradient.setColorAt(0.0, QColor(60, 180, 90));
    gradient.setColorAt(0.7, QColor(120, 200, 80));
    gradient.setColorAt(0.85, QColor(240, 180, 40));
    gradient.setColorAt(1.0, QColor(220, 60, 50));
    painter.fillRect(QRectF(area.left(), area.top(), area.width() * m_level, area.height()), gradient);
    if (m_peak > 0.01) {
        const double x = area.left() + area.width() * m_peak;
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

} // namespace voxnote::ui
