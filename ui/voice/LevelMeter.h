#pragma once

#include <QWidget>

namespace voxnote::ui {

/// A horizontal bar showing how loud the input is, green to amber to red,
/// with the recent peak held as a line. Lives on the GUI thread.
class LevelMeter : public QWidget
{
    Q_OBJECT

public:
    explicit LevelMeter(QWidget* parent = nullptr);

    /// The loudness of the last chunk, 0 … 1 (a meter scale, not linear amplitude).
    void setLevel(double level);
    double level() const { return m_level; }

    /// The meter level of 16-bit samples: their peak in dBFS mapped from
    /// -60 … 0 dB onto 0 … 1.
    static double levelOf(const QByteArray& samples);

    QSize sizeHint() const override { return {240, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_level = 0;
    double m_peak = 0;
};

} // namespace voxnote::ui
