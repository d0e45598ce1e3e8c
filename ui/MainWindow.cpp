#include "MainWindow.h"

#include "EmptyStatePage.h"
#include "Theme.h"
#include "jobs/JobQueue.h"
#include "notes/NoteEditor.h"
#include "notes/NotesPage.h"
#include "pipelines/Pipelines.h"
#include "storage/Profile.h"
#include "tasks/BoardPage.h"
#include "tasks/TasksPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace voxnote::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSectionKey = QStringLiteral("mainWindow/section");

// The section icon, white on the selection highlight so it stays visible.
QIcon sectionIcon(const QString& path, const QColor& selectedColor)
{
    QIcon icon;
    for (const int size : {20, 40}) {
        const QPixmap normal = QIcon(path).pixmap(size, size);
        QPixmap selected(normal.size());
        selected.fill(Qt::transparent);
        QPainter painter(&selected);
        painter.drawPixmap(0, 0, normal);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), selectedColor);
        painter.end();
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(storage::Profile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_dataDir(profile.dataDir())
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_queue(new jobs::JobQueue(profile.dataDir(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    setWindowTitle(QStringLiteral("Voxnote"));
    setMinimumSize(720, 480);

    buildSidebar();

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 800});
    setCentralWidget(splitter);

    buildMenus();
    statusBar()->showMessage(tr("Everything stays on this computer. Data folder: %1").arg(m_dataDir));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setMinimumWidth(160);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setAutoFillBackground(true);
    QPalette palette = m_sidebar->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window).darker(Theme::isDark() ? 115 : 104));
    m_sidebar->setPalette(palette);
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { padding: 8px 6px; border: none; }"
        "QListWidget#sidebar::item { padding: 4px 8px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget#sidebar::item:hover { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: "
        "palette(highlighted-text); }"));

    pipelines::registerPipelines(*m_queue);
    m_queue->start();
    m_notes = new NotesPage(m_profile, *m_queue, m_pages);
    connect(m_notes, &NotesPage::errorOccurred, this, &MainWindow::showError);
    addSection(Section::Notes, QStringLiteral("notes"), tr("Notes"), m_notes);
    m_tasks = new TasksPage(m_profile.database(), m_pages);
    connect(m_tasks, &TasksPage::errorOccurred, this, &MainWindow::showError);
    addSection(Section::Tasks, QStringLiteral("tasks"), tr("Tasks"), m_tasks);
    m_board = new BoardPage(m_profile.database(), m_pages);
    connect(m_board, &BoardPage::errorOccurred, this, &MainWindow::showError);
    connect(m_board, &BoardPage::tasksChanged, m_tasks, &TasksPage::reload);
    connect(m_tasks, &TasksPage::tasksChanged, m_board, &BoardPage::reload);
    addSection(Section::Board, QStringLiteral("board"), tr("Board"), m_board);
    addPlaceholderSection(Section::Dashboard, QStringLiteral("dashboard"), tr("Dashboard"),
        tr("Nothing to chart yet"),
        tr("Once there are tasks, this shows how the work is moving: by status, by person and by week."));
    addPlaceholderSection(Section::Jobs, QStringLiteral("jobs"), tr("Jobs"), tr("No jobs running"),
        tr("Transcriptions, text recognition and read-aloud run here in the background, so the window never "
           "waits."));
    addPlaceholderSection(Section::Notifications, QStringLiteral("notifications"), tr("Notifications"),
        tr("You are all caught up"),
        tr("When a task is assigned to you or changes state, you will see it here."));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::addSection(Section section, const QString& iconName, const QString& name, QWidget* page)
{
    const QString iconPath = u":/icons/" + iconName + u".svg";
    const QColor selected = m_sidebar->palette().color(QPalette::HighlightedText);
    auto* item = new QListWidgetItem(sectionIcon(iconPath, selected), name, m_sidebar);
    item->setData(Qt::UserRole, static_cast<int>(section));
    item->setSizeHint(QSize(0, 36));
    page->setObjectName(iconName + u"Page");
    m_pages->addWidget(page);
}

void MainWindow::addPlaceholderSection(Section section, const QString& iconName, const QString& name,
    const QString& emptyTitle, const QString& emptyText)
{
    const QString iconPath = u":/icons/" + iconName + u".svg";
    addSection(section, iconName, name, new EmptyStatePage(iconPath, emptyTitle, emptyText, m_pages));
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Voxnote"), message);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newNote = file->addAction(tr("&New Note"), this, [this] {
        showSection(Section::Notes);
        m_notes->newNote();
    });
    newNote->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QAction* action = view->addAction(m_sidebar->item(row)->icon(), m_sidebar->item(row)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Voxnote"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(static_cast<int>(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_sidebar->currentRow());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Voxnote"),
        tr("<h3>Voxnote %1</h3><p>Notes, transcripts, text recognition, read-aloud and team tasks, all on "
           "this computer.</p><p>Data folder: %2</p>")
            .arg(QApplication::applicationVersion(), m_dataDir.toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int section = settings.value(kSectionKey, 0).toInt();
    if (section >= 0 && section < m_sidebar->count())
        m_sidebar->setCurrentRow(section);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
    settings.setValue(kSectionKey, m_sidebar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_notes->editor()->save();
    saveLayout();
    event->accept();
}

} // namespace voxnote::ui
