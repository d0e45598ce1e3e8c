#pragma once

#include <QStyledItemDelegate>

namespace voxnote::ui {

/// Draws a note in the list: its title (with a pin when pinned), the date
/// it last changed, and the first words of its text.
class NoteListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace voxnote::ui
