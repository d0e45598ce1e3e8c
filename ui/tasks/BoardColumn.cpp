#include "tasks/BoardColumn.h"

#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>

namespace voxnote::ui {

namespace {

// A card: a rounded panel with the title and, below it, who and when.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {200, QFontMetrics(option.font).height() * 2 + 28};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QRect card = option.rect.adjusted(6, 4, -6, -4);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(option.palette.color(selected ? QPalette::Highlight : QPalette::Base));
        painter->drawRoundedRect(card, 6, 6);
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.65);
        const QRect inner = card.adjusted(10, 6, -10, -6);
        const QFontMetrics metrics(option.font);
        QFont titleFont = option.font;
        titleFont.setWeight(QFont::DemiBold);
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(QRect(inner.left(), inner.top(), inner.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(titleFont).elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, inner.width()));
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(
            QRect(inner.left(), inner.bottom() - metrics.height(), inner.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(
                index.data(BoardColumn::DetailRole).toString(), Qt::ElideRight, inner.width()));
        painter->restore();
    }
};

} // namespace

BoardColumn::BoardColumn(tasks::TaskStatus status, QWidget* parent)
    : QListWidget(parent)
    , m_status(status)
{
    setObjectName(u"column-" + tasks::statusKey(status));
    setAccessibleName(tasks::statusLabel(status));
    setAccessibleDescription(tr("Tasks with this status; drag a card to another column to change it"));
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new CardDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    setPalette(palette);
}

QStringList BoardColumn::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* BoardColumn::mimeData(const QList<QListWidgetItem*>& items) const
{
    auto* mime = new QMimeData;
    if (!items.isEmpty())
        mime->setData(QString::fromLatin1(kMimeType), items.first()->data(IdRole).toString().toUtf8());
    return mime;
}

void BoardColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType)))
        event->acceptProposedAction();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType)))
        event->acceptProposedAction();
}

void BoardColumn::dropEvent(QDropEvent* event)
{
    const QByteArray id = event->mimeData()->data(QString::fromLatin1(kMimeType));
    if (id.isEmpty())
        return;
    // The board reloads from the database; the view must not move the card itself.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    dropTask(QString::fromUtf8(id), event->position().toPoint());
}

void BoardColumn::dropTask(const QString& taskId, QPoint position)
{
    const QListWidgetItem* target = itemAt(position);
    // Dropped on the lower half of a card: after it, i.e. before the next one.
    QString before;
    if (target) {
        const bool lowerHalf = position.y() > visualItemRect(target).center().y();
        const QListWidgetItem* next = lowerHalf ? item(row(target) + 1) : target;
        before = next ? next->data(IdRole).toString() : QString();
    }
    emit taskDropped(taskId, m_status, before);
}

} // namespace voxnote::ui
