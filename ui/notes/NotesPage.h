#pragma once

#include <QWidget>

class QComboBox;
class QListView;
class QStackedWidget;

namespace voxnote::storage {
class Connection;
}

namespace voxnote::ui {

class NoteEditor;
class NoteListModel;

/// The Notes section: the list of notes (or the trash) beside the editor of
/// the selected one. Lives on the GUI thread.
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPage(storage::Connection& connection, QWidget* parent = nullptr);

    /// Creates an empty note, selects it and puts the cursor in its title.
    void newNote();
    void select(const QString& noteId);
    NoteListModel* model() const { return m_model; }
    NoteEditor* editor() const { return m_editor; }

signals:
    void errorOccurred(const QString& message);

private:
    void onNoteChanged(const QString& id);
    void onCurrentChanged();
    void updateEmptyState();

    storage::Connection& m_connection;
    NoteListModel* m_model;
    QComboBox* m_view;
    QListView* m_list;
    NoteEditor* m_editor;
    QStackedWidget* m_right;
};

} // namespace voxnote::ui
