#pragma once

#include "tasks/Task.h"

#include <QListWidget>

namespace voxnote::ui {

/// One column of the board (To do, In progress or Done): task cards that
/// can be dragged within the column or to another one. A drop does not move
/// the card itself; it asks, through `taskDropped`, for the task to be moved,
/// and the board reloads from the database.
class BoardColumn : public QListWidget
{
    Q_OBJECT

public:
    static constexpr const char* kMimeType = "application/x-voxnote-task-id";
    enum Role { IdRole = Qt::UserRole + 1, DetailRole };

    BoardColumn(tasks::TaskStatus status, QWidget* parent = nullptr);

    tasks::TaskStatus status() const { return m_status; }
    /// What a drop of `taskId` at `position` (viewport coordinates) does.
    void dropTask(const QString& taskId, QPoint position);

signals:
    /// `beforeTaskId` is the card it was dropped onto (empty: the end).
    void taskDropped(const QString& taskId, tasks::TaskStatus status, const QString& beforeTaskId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    tasks::TaskStatus m_status;
};

} // namespace voxnote::ui
