#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace voxnote::storage {
class Connection;
}

namespace voxnote::ui {

/// The global search (Ctrl+K): a field over the window and, below it, the
/// hits from notes, transcripts, text in images and tasks, grouped by kind,
/// each with its highlighted snippet (and time, for transcripts). Up/Down
/// move through the hits, Enter opens one, Escape closes. Searches as the
/// person types, a moment after they stop. Lives on the GUI thread.
class SearchPalette : public QFrame
{
    Q_OBJECT

public:
    SearchPalette(storage::Connection& connection, QWidget* parent);

    /// Shows the palette over its parent with the field focused and selected.
    void open();
    /// Searches for `text` now (tests; typing does it after a pause).
    void search(const QString& text);
    QLineEdit* field() const { return m_field; }
    QListWidget* results() const { return m_results; }
    /// Opens the selected hit.
    void activateCurrent();

signals:
    /// `kind` is "note", "segment", "ocr" or "task"; `id` the note, segment,
    /// OCR page or task; `positionMs` the transcript time, or -1.
    void resultActivated(const QString& kind, const QString& id, const QString& noteId, qint64 positionMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    void moveSelection(int step);

    storage::Connection& m_connection;
    QLineEdit* m_field;
    QListWidget* m_results;
    QLabel* m_message;
    QTimer* m_typing;
};

} // namespace voxnote::ui
