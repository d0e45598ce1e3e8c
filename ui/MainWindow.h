#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace voxnote::ui {

/// The one window: a sidebar of sections (Notes, Tasks, Board, Dashboard,
/// Jobs, Notifications) beside the selected section's page. Restores its
/// size and layout from the last session. Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Notes, Tasks, Board, Dashboard, Jobs, Notifications };
    Q_ENUM(Section)

    explicit MainWindow(const QString& dataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildSidebar();
    void buildMenus();
    void addSection(Section section, const QString& iconName, const QString& name, const QString& emptyTitle,
        const QString& emptyText);
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    QString m_dataDir;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
};

} // namespace voxnote::ui
