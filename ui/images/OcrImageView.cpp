#include "images/OcrImageView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace voxnote::ui {

OcrImageView::OcrImageView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ocrImage"));
    setMouseTracking(true);
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void OcrImageView::setPage(const QImage& image, const ocr::OcrPage& page)
{
    m_image = image;
    m_page = page;
    update();
}

void OcrImageView::clear()
{
    m_image = {};
    m_page = {};
    update();
}

QRectF OcrImageView::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const double scale = std::min(area.width() / m_image.width(), area.height() / m_image.height());
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    return QRectF(area.left() + (area.width() - size.width()) / 2,
        area.top() + (area.height() - size.height()) / 2, size.width(), size.height());
}

QTransform OcrImageView::toWidget() const
{
    if (m_image.isNull())
        return {};
    const QRectF target = imageArea();
    // Boxes are in the pixels of the page as recognised; if the stored size
    // differs from the image (a rendering at another scale), stretch.
    const double sx = m_page.size.width() > 0 ? double(m_image.width()) / m_page.size.width() : 1.0;
    const double sy = m_page.size.height() > 0 ? double(m_image.height()) / m_page.size.height() : 1.0;
    const double scale = target.width() / m_image.width();
    return QTransform::fromScale(sx * scale, sy * scale)
        * QTransform::fromTranslate(target.left(), target.top());
}

QRectF OcrImageView::wordRect(int index) const
{
    if (index < 0 || index >= m_page.words.size())
        return {};
    return toWidget().mapRect(QRectF(m_page.words[index].box));
}

int OcrImageView::wordAt(const QPointF& point) const
{
    for (int i = 0; i < m_page.words.size(); ++i) {
        if (wordRect(i).adjusted(-1, -1, 1, 1).contains(point))
            return i;
    }
    return -1;
}

QString OcrImageView::describe(const ocr::OcrWord& word)
{
    const QString confidence = tr("%1% confident").arg(qRound(word.confidence));
    if (word.confidence < kLowConfidence)
        return tr("“%1” — %2, please check").arg(word.text, confidence);
    return tr("“%1” — %2").arg(word.text, confidence);
}

void OcrImageView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = imageArea();
    painter.drawImage(target, m_image);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(target);

    const QColor sure(40, 120, 220);
    const QColor unsure(230, 120, 20);
    for (int i = 0; i < m_page.words.size(); ++i) {
        const QRectF box = wordRect(i);
        const bool low = m_page.words[i].confidence < kLowConfidence;
        QColor fill = low ? unsure : sure;
        fill.setAlpha(low ? 90 : 28);
        painter.fillRect(box, fill);
        painter.setPen(QPen(low ? unsure : sure, low ? 1.5 : 1.0));
        painter.drawRect(box);
    }
    // What could not be read: outlined so that the reader looks there.
    const QColor unread(210, 40, 40);
    QColor unreadFill = unread;
    unreadFill.setAlpha(40);
    painter.setPen(QPen(unread, 2, Qt::DashLine));
    for (const QRect& region : m_page.unreadRegions) {
        const QRectF box = toWidget().mapRect(QRectF(region));
        painter.fillRect(box, unreadFill);
        painter.drawRect(box);
    }
}

bool OcrImageView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = wordAt(help->pos());
        if (index >= 0)
            QToolTip::showText(
                help->globalPos(), describe(m_page.words[index]), this, wordRect(index).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void OcrImageView::mouseReleaseEvent(QMouseEvent* event)
{
    const int index = wordAt(event->position());
    if (index >= 0)
        emit wordClicked(index);
    QWidget::mouseReleaseEvent(event);
}

} // namespace voxnote::ui
