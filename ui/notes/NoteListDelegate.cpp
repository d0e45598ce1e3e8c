#include "notes/NoteListDelegate.h"

#include "notes/NoteListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace voxnote::ui {

namespace {
constexpr int kPadding = 10;
constexpr int kNarrowest = 120;
} // namespace

QSize NoteListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    // Titles and previews are elided to the width they get: asking for more
    // would only give the list a horizontal scroll bar when it is narrow.
    return {kNarrowest, kPadding * 2 + metrics.height() * 2 + 4};
}

void NoteListDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.6);
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);

    const QString date = QLocale().toString(
        index.data(NoteListModel::UpdatedRole).toDateTime().date(), QLocale::ShortFormat);
    const int dateWidth = metrics.horizontalAdvance(date);
    QString title = index.data(Qt::DisplayRole).toString();
    if (index.data(NoteListModel::PinnedRole).toBool())
        title = QStringLiteral("📌 ") + title;

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width() - dateWidth - 8, titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(title, Qt::ElideRight, area.width() - dateWidth - 8));
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, titleMetrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, date);
    const QString preview = index.data(NoteListModel::PreviewRole).toString();
    painter->drawText(
        QRect(area.left(), area.top() + titleMetrics.height() + 4, area.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(preview.isEmpty() ? tr("No text") : preview, Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace voxnote::ui
