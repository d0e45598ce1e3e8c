#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::services {
class Services;
}
namespace voxnote::sync {
class SyncService;
}

namespace voxnote::ui {

class BoardPage;
class DashboardPage;
class ImportQueue;
class JobStatusBar;
class JobsPage;
class NotesPage;
class NotificationCenter;
class NotificationsPage;
class SearchPalette;
class TasksPage;

/// The one window: a sidebar of sections (Notes, Tasks, Board, Dashboard,
/// Jobs, Notifications with its unread count) beside the selected section's
/// page; a search palette (Ctrl+K) over notes, transcripts, OCR text and
/// tasks; drag and drop and paste of audio and images; running jobs in the
/// status bar. Everything it shows comes from the services (storage, the
/// job queue, settings, sync); its pages follow the data as it changes, not
/// each other. Starts the job queue and sync. Restores its size and layout
/// from the last session. Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Notes, Tasks, Board, Dashboard, Jobs, Notifications };
    Q_ENUM(Section)

    struct Options
    {
        int workers = 0; ///< job worker threads, if the window makes the queue; 0 for one per core
        bool startJobs = true; ///< tests may hold the queue to look at queued jobs
    };

    /// `services` must outlive the window.
    MainWindow(services::Services& services, const Options& options, QWidget* parent = nullptr);
    explicit MainWindow(services::Services& services, QWidget* parent = nullptr)
        : MainWindow(services, Options {}, parent)
    {
    }
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    NotesPage* notesPage() const { return m_notes; }
    TasksPage* tasksPage() const { return m_tasks; }
    BoardPage* boardPage() const { return m_board; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    JobsPage* jobsPage() const { return m_jobsPage; }
    NotificationsPage* notificationsPage() const { return m_notificationsPage; }
    SearchPalette* searchPalette() const { return m_search; }
    ImportQueue* importQueue() const { return m_import; }
    JobStatusBar* jobStatusBar() const { return m_jobStatus; }
    NotificationCenter* notificationCenter() const { return m_notificationCenter; }
    jobs::JobQueue& jobQueue() { return m_queue; }

    /// Opens the search palette with the keyboard focus in its field (Ctrl+K).
    void openSearch();
    /// Imports audio and image files as notes (drag and drop, File ▸ Import).
    void importFiles(const QStringList& paths);
    /// Imports the clipboard's image as a note to recognise; returns false if
    /// the clipboard holds no image.
    bool pasteImage();
    /// Opens a search result: a note (at a transcript's time) or a task.
    void openSearchResult(const QString& kind, const QString& id, const QString& noteId,
        const QString& attachmentId = {}, qint64 positionMs = -1);
    /// Opens the settings dialog.
    void showSettings();

signals:
    /// The person asked for a restart (to use a new language); the window
    /// closes, and whoever started it starts Voxnote again.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Offers to restart after the language changed in Settings.
    void offerRestartForLanguage();
    void buildSidebar();
    void buildMenus();
    void buildStatusBar();
    void addSection(Section section, const QString& iconName, const QString& name, QWidget* page);
    void applySidebarPalette();
    void updateUnreadBadge(int unread);
    void showError(const QString& message);
    void showImportReport(
        const QStringList& imported, const QStringList& failures, const QStringList& skipped);
    void chooseFilesToImport();
    /// Imports every recording and image in a chosen folder and its subfolders.
    void chooseFolderToImport();
    /// Pastes the clipboard's image as a note, or says in the status bar that there is none.
    void pasteImageOrSayWhy();
    void record();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    services::Services& m_services;
    QString m_dataDir;
    jobs::JobQueue& m_queue;
    sync::SyncService& m_sync;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QSplitter* m_splitter = nullptr;
    NotesPage* m_notes = nullptr;
    TasksPage* m_tasks = nullptr;
    BoardPage* m_board = nullptr;
    DashboardPage* m_dashboard = nullptr;
    JobsPage* m_jobsPage = nullptr;
    NotificationsPage* m_notificationsPage = nullptr;
    NotificationCenter* m_notificationCenter = nullptr;
    SearchPalette* m_search = nullptr;
    ImportQueue* m_import = nullptr;
    JobStatusBar* m_jobStatus = nullptr;
    QString m_lastImportedNote;
};

} // namespace voxnote::ui
