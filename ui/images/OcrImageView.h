#pragma once

#include "ocr/OcrPage.h"

#include <QImage>
#include <QWidget>

namespace voxnote::ui {

/// A page image with the boxes of its recognised words drawn over it,
/// scaled to fit. Words the engine was unsure of are tinted, and the parts
/// of the page that gave no words (`OcrPage::unreadRegions`) are outlined
/// in red; hovering a word shows its text and confidence. Lives on the GUI
/// thread.
class OcrImageView : public QWidget
{
    Q_OBJECT

public:
    /// Words below this confidence (0 … 100) are tinted.
    static constexpr double kLowConfidence = 60.0;

    explicit OcrImageView(QWidget* parent = nullptr);

    /// Shows `image` (upright, as recognised) with the words of `page`.
    void setPage(const QImage& image, const ocr::OcrPage& page);
    void clear();

    /// Where word `index` is drawn, in widget pixels.
    QRectF wordRect(int index) const;
    /// The word under `point` (widget pixels), or -1.
    int wordAt(const QPointF& point) const;
    const QList<ocr::OcrWord>& words() const { return m_page.words; }

    /// The tooltip text of word `index`.
    static QString describe(const ocr::OcrWord& word);

    QSize sizeHint() const override { return {480, 600}; }

signals:
    void wordClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    /// Where the image is drawn, scaled to fit.
    QRectF imageArea() const;
    /// Page pixels → widget pixels.
    QTransform toWidget() const;

    QImage m_image;
    ocr::OcrPage m_page;
};

} // namespace voxnote::ui
