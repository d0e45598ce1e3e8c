#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

class BoardPage;
class NotesPage;
class TasksPage;

/// The one window: a sidebar of sections (Notes, Tasks, Board, Dashboard,
/// Jobs, Notifications) beside the selected section's page. Restores its
/// size and layout from the last session. Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Notes, Tasks, Board, Dashboard, Jobs, Notifications };
    Q_ENUM(Section)

    /// `profile` must outlive the window.
    explicit MainWindow(storage::Profile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    NotesPage* notesPage() const { return m_notes; }
    TasksPage* tasksPage() const { return m_tasks; }
    BoardPage* boardPage() const { return m_board; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildSidebar();
    void buildMenus();
    void addSection(Section section, const QString& iconName, const QString& name, QWidget* page);
    void addPlaceholderSection(Section section, const QString& iconName, const QString& name,
        const QString& emptyTitle, const QString& emptyText);
    void showError(const QString& message);
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    storage::Profile& m_profile;
    QString m_dataDir;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    jobs::JobQueue* m_queue;
    NotesPage* m_notes = nullptr;
    TasksPage* m_tasks = nullptr;
    BoardPage* m_board = nullptr;
};

} // namespace voxnote::ui
