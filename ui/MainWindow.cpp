#include "MainWindow.h"

#include "Error.h"
#include "Theme.h"
#include "dashboard/DashboardPage.h"
#include "import/ImportQueue.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStatusBar.h"
#include "jobs/JobText.h"
#include "jobs/JobsPage.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListModel.h"
#include "notes/NotesPage.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationsPage.h"
#include "search/SearchPalette.h"
#include "services/Services.h"
#include "settings/SettingsDialog.h"
#include "storage/Profile.h"
#include "sync/SyncService.h"
#include "sync/SyncSettingsPanel.h"
#include "sync/SyncStatusIndicator.h"
#include "tasks/BoardPage.h"
#include "tasks/TasksPage.h"
#include "util/Log.h"
#include "voice/RecorderDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>

namespace voxnote::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSectionKey = QStringLiteral("mainWindow/section");
const QString kImportFolderKey = QStringLiteral("mainWindow/importFolder");
constexpr int kSectionRole = Qt::UserRole;
constexpr int kBadgeRole = Qt::UserRole + 1;
constexpr int kIconRole = Qt::UserRole + 2;
constexpr int kBadgeColorRole = Qt::UserRole + 3; ///< the pill's colour; red when unset

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

/// Draws a section with its count (unread notifications) as a pill on the right.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(kBadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setWeight(QFont::DemiBold);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(
            option.rect.right() - width - 10, option.rect.center().y() - height / 2, width, height);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const QVariant color = index.data(kBadgeColorRole);
        painter->setBrush(selected ? option.palette.color(QPalette::HighlightedText)
                : color.isValid()  ? color.value<QColor>()
                                   : QColor(0xe0, 0x4f, 0x5f));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(selected ? option.palette.color(QPalette::Highlight) : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

/// Local files among dropped URLs.
QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

MainWindow::MainWindow(services::Services& services, const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_dataDir(services.dataDir())
    , m_queue(services.jobQueue(options.workers))
    , m_sync(services.sync())
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    setWindowTitle(QStringLiteral("Voxnote"));
    setMinimumSize(720, 480);
    setAcceptDrops(true);

    m_import = new ImportQueue(m_services, this);

    buildSidebar();

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({200, 800});
    setCentralWidget(m_splitter);

    m_search = new SearchPalette(m_services.database(), this);
    connect(m_search, &SearchPalette::resultActivated, this, &MainWindow::openSearchResult);

    buildMenus();
    buildStatusBar();
    restoreLayout();

    // Drops and Ctrl+V with an image are taken wherever they land in this window,
    // before a text field turns a file into its path.
    qApp->installEventFilter(this);
    if (options.startJobs)
        m_queue.start();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_sync.stop();
}

void MainWindow::buildSidebar()
{
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setMinimumWidth(160);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { padding: 8px 6px; border: none; }"
        "QListWidget#sidebar::item { padding: 4px 8px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget#sidebar::item:hover { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: "
        "palette(highlighted-text); }"));

    // Each page follows the data it shows (services().changes()), whoever changed it.
    storage::Connection& db = m_services.database();
    storage::DataChanges& changes = m_services.changes();
    m_notes = new NotesPage(m_services, m_pages);
    connect(m_notes, &NotesPage::errorOccurred, this, &MainWindow::showError);
    connect(m_notes, &NotesPage::recordRequested, this, &MainWindow::record);
    connect(m_notes, &NotesPage::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_notes, &NotesPage::pasteImageRequested, this, &MainWindow::pasteImageOrSayWhy);
    addSection(Section::Notes, QStringLiteral("notes"), tr("Notes"), m_notes);
    m_tasks = new TasksPage(db, changes, m_pages);
    connect(m_tasks, &TasksPage::errorOccurred, this, &MainWindow::showError);
    addSection(Section::Tasks, QStringLiteral("tasks"), tr("Tasks"), m_tasks);
    m_board = new BoardPage(db, changes, m_pages);
    connect(m_board, &BoardPage::errorOccurred, this, &MainWindow::showError);
    addSection(Section::Board, QStringLiteral("board"), tr("Board"), m_board);
    m_dashboard = new DashboardPage(db, changes, m_pages);
    addSection(Section::Dashboard, QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    m_jobsPage = new JobsPage(m_queue, changes, m_pages);
    connect(m_jobsPage, &JobsPage::errorOccurred, this, &MainWindow::showError);
    addSection(Section::Jobs, QStringLiteral("jobs"), tr("Jobs"), m_jobsPage);
    m_notificationsPage = new NotificationsPage(db, changes, m_pages);
    connect(m_notificationsPage, &NotificationsPage::errorOccurred, this, &MainWindow::showError);
    addSection(
        Section::Notifications, QStringLiteral("notifications"), tr("Notifications"), m_notificationsPage);
    applySidebarPalette();
    // Wide enough for the longest section name with its icon and a count,
    // in the language and font size in use.
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(row)->text()));
    m_sidebar->setMinimumWidth(std::max(160, widest + m_sidebar->iconSize().width() + 80));

    m_notificationCenter = new NotificationCenter(db, changes, this);
    connect(m_notificationCenter, &NotificationCenter::unreadChanged, this, &MainWindow::updateUnreadBadge);
    connect(m_notificationCenter, &NotificationCenter::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showSection(Section::Notifications);
    });
    updateUnreadBadge(m_notificationCenter->unreadCount());
    connect(m_notificationsPage, &NotificationsPage::openTaskRequested, this,
        [this](const QString& taskId) { openSearchResult(QStringLiteral("task"), taskId, {}); });
    connect(m_notificationsPage, &NotificationsPage::openJobsRequested, this,
        [this] { showSection(Section::Jobs); });
    connect(m_jobsPage, &JobsPage::openNoteRequested, this,
        [this](const QString& noteId) { openSearchResult(QStringLiteral("note"), noteId, noteId); });

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::addSection(Section section, const QString& iconName, const QString& name, QWidget* page)
{
    auto* item = new QListWidgetItem(name, m_sidebar);
    item->setData(kSectionRole, static_cast<int>(section));
    item->setData(kIconRole, QString(u":/icons/" + iconName + u".svg"));
    item->setSizeHint(QSize(0, 36));
    page->setObjectName(iconName + u"Page");
    m_pages->addWidget(page);
}

void MainWindow::applySidebarPalette()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window).darker(Theme::isDark() ? 115 : 104));
    m_sidebar->setPalette(palette);
    const QColor selected = palette.color(QPalette::HighlightedText);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        item->setIcon(sectionIcon(item->data(kIconRole).toString(), selected));
    }
}

void MainWindow::updateUnreadBadge(int unread)
{
    QListWidgetItem* item = m_sidebar->item(static_cast<int>(Section::Notifications));
    item->setData(kBadgeRole, unread);
    item->setToolTip(unread > 0 ? tr("%n unread", nullptr, unread) : QString());
    setWindowTitle(unread > 0 ? QStringLiteral("Voxnote (%1)").arg(unread) : QStringLiteral("Voxnote"));
    if (QSystemTrayIcon* tray = m_notificationCenter->trayIcon())
        tray->setToolTip(unread > 0 ? tr("Voxnote: %n unread", nullptr, unread) : QStringLiteral("Voxnote"));
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
    QAction* newTask = file->addAction(tr("New &Task"), this, [this] {
        showSection(Section::Tasks);
        m_tasks->findChild<QWidget*>(QStringLiteral("quickAddTask"))->setFocus();
    });
    newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import Audio or Images…"), this, &MainWindow::chooseFilesToImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    QAction* importFolder = file->addAction(tr("Import a &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setObjectName(QStringLiteral("importFolderAction"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* record = file->addAction(tr("&Record…"), this, &MainWindow::record);
    record->setObjectName(QStringLiteral("recordAction"));
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* paste = edit->addAction(tr("&Paste Image"), this, &MainWindow::pasteImageOrSayWhy);
    paste->setObjectName(QStringLiteral("pasteImageAction"));
    paste->setShortcut(QKeySequence::Paste);
    QAction* find = edit->addAction(tr("&Search Everything…"), this, &MainWindow::openSearch);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QAction* action = view->addAction(m_sidebar->item(row)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
    }
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(theme);
    const QList<std::pair<Theme::Mode, QString>> modes {{Theme::Mode::System, tr("Follow the System")},
        {Theme::Mode::Light, tr("Light")}, {Theme::Mode::Dark, tr("Dark")}};
    for (const auto& [mode, label] : modes) {
        QAction* action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(Theme::mode() == mode);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] {
            Theme::setMode(*qApp, mode);
            applySidebarPalette();
            m_dashboard->markChanged();
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Voxnote"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_jobStatus = new JobStatusBar(m_queue, m_services.changes(), this);
    statusBar()->addPermanentWidget(m_jobStatus);
    // Sync is optional: the service stays idle until it is set up in Settings.
    // What it brings from other devices reaches the pages as data changes.
    auto* syncStatus = new SyncStatusIndicator(m_sync, this);
    statusBar()->addPermanentWidget(syncStatus);
    connect(syncStatus, &SyncStatusIndicator::settingsRequested, this, &MainWindow::showSettings);
    m_sync.start();
    connect(m_jobStatus, &JobStatusBar::clicked, this, [this] { showSection(Section::Jobs); });
    // Jobs at work are counted beside the Jobs section, in a calm colour: they are not news.
    const auto countJobs = [this](int count) {
        QListWidgetItem* item = m_sidebar->item(static_cast<int>(Section::Jobs));
        item->setData(kBadgeRole, count);
        item->setData(kBadgeColorRole, QColor(0x8a, 0x94, 0xa6));
        item->setToolTip(count > 0 ? tr("%n job(s) at work", nullptr, count) : QString());
    };
    connect(m_jobStatus, &JobStatusBar::activeCountChanged, this, countJobs);
    countJobs(m_jobStatus->activeCount());
    statusBar()->showMessage(tr("Everything stays on this computer. Data folder: %1").arg(m_dataDir));

    connect(m_import, &ImportQueue::progressChanged, this, [this](int done, int total) {
        if (done < total)
            statusBar()->showMessage(tr("Importing %1 of %2…").arg(done + 1).arg(total));
    });
    connect(m_import, &ImportQueue::noteImported, this,
        [this](const QString& noteId) { m_lastImportedNote = noteId; });
    connect(m_import, &ImportQueue::batchFinished, this, &MainWindow::showImportReport);

    // The end of a job is said where the person looks, whatever section is open.
    connect(&m_queue, &jobs::JobQueue::jobFinished, this, [this](const QString& id) {
        if (const std::optional<jobs::JobStatus> job = m_queue.status(id))
            statusBar()->showMessage(tr("“%1” is ready.").arg(JobText::subject(*job)), 8000);
    });
    connect(&m_queue, &jobs::JobQueue::jobFailed, this, [this](const QString& id, const QString& error) {
        const std::optional<jobs::JobStatus> job = m_queue.status(id);
        statusBar()->showMessage(
            tr("“%1” failed: %2").arg(job ? JobText::subject(*job) : tr("A job"), error), 15000);
    });
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(static_cast<int>(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_sidebar->currentRow());
}

void MainWindow::openSearch()
{
    m_search->open();
}

void MainWindow::openSearchResult(const QString& kind, const QString& id, const QString& noteId,
    const QString& attachmentId, qint64 positionMs)
{
    if (kind == u"task") {
        showSection(Section::Tasks);
        m_tasks->reload();
        m_tasks->select(id);
        return;
    }
    // A transcript hit opens its recording at its moment, an OCR hit its image.
    showSection(Section::Notes);
    m_notes->showNote(noteId, attachmentId, positionMs);
}

void MainWindow::importFiles(const QStringList& paths)
{
    m_import->importFiles(paths);
}

bool MainWindow::pasteImage()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage())
        return false;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull())
        return false;
    // Stored off the GUI thread; the note opens when it is made.
    m_import->importImage(image);
    return true;
}

void MainWindow::pasteImageOrSayWhy()
{
    if (!pasteImage())
        statusBar()->showMessage(tr("The clipboard holds no image."), 4000);
}

void MainWindow::showImportReport(
    const QStringList& imported, const QStringList& failures, const QStringList& skipped)
{
    if (!imported.isEmpty()) {
        m_notes->reloadIfChanged();
        statusBar()->showMessage(
            tr("Imported %n file(s); transcription and text recognition run in the background.", nullptr,
                static_cast<int>(imported.size())),
            6000);
        if (imported.size() == 1 && failures.isEmpty() && skipped.isEmpty()) {
            showSection(Section::Notes);
            m_notes->select(m_lastImportedNote);
        }
    } else {
        statusBar()->clearMessage();
    }
    if (failures.isEmpty() && skipped.isEmpty())
        return;
    // Not modal to the whole application: imports and jobs go on while it is read.
    const int count = static_cast<int>(imported.size());
    auto* box
        = new QMessageBox(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
            imported.isEmpty()       ? tr("Nothing could be imported.")
                : failures.isEmpty() ? tr("%n file(s) imported.", nullptr, count)
                                     : tr("%n file(s) imported; these could not be:", nullptr, count),
            QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // What failed, then what dropped folders held that is not for Voxnote, and why.
    QString text = failures.mid(0, 10).join(u'\n')
        + (failures.size() > 10 ? u'\n' + tr("…and %n more.", nullptr, static_cast<int>(failures.size() - 10))
                                : QString());
    if (!skipped.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + skipped.join(u'\n');
    box->setInformativeText(text);
    if (failures.size() > 10)
        box->setDetailedText(failures.join(u'\n'));
    box->open();
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QString folder
        = settings.value(kImportFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Audio or Images"), folder,
        tr("Audio and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;"
           "All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kImportFolderKey, QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void MainWindow::chooseFolderToImport()
{
    QSettings settings;
    const QString start
        = settings.value(kImportFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .toString();
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Recordings and Images"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(kImportFolderKey, folder);
    // Its subfolders too; what is not a recording or an image is listed in the report.
    importFiles({folder});
}

void MainWindow::record()
{
    auto* dialog = new RecorderDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecorderDialog::recorded, this, [this](const QString& noteId) {
        showSection(Section::Notes);
        m_notes->select(noteId);
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_services.profile(), m_services.settings(), this);
    auto* syncPanel = new SyncSettingsPanel(m_sync);
    connect(syncPanel, &SyncSettingsPanel::openNoteRequested, this, [this, &dialog](const QString& noteId) {
        dialog.accept();
        showSection(Section::Notes);
        m_notes->showNote(noteId);
    });
    dialog.setSyncPanel(syncPanel);
    connect(&dialog, &SettingsDialog::themeChanged, this, [this] {
        applySidebarPalette();
        m_dashboard->markChanged();
    });
    bool languageChanged = false;
    connect(&dialog, &SettingsDialog::languageChanged, this, [&languageChanged] { languageChanged = true; });
    dialog.exec();
    if (languageChanged)
        offerRestartForLanguage();
}

void MainWindow::offerRestartForLanguage()
{
    // Not modal to the application: the person may go on and restart later.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Language"),
        tr("Voxnote uses the new language after a restart. Restart now?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restartOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Nothing is lost: notes are saved, and jobs at work go on after the restart."));
    QPushButton* restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNow"));
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(restart, &QPushButton::clicked, this, [this] {
        emit restartRequested();
        close();
    });
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Voxnote"),
        tr("<h3>Voxnote %1</h3><p>Notes, transcripts, text recognition, read-aloud and team tasks, all on "
           "this computer.</p><p>Data folder: %2</p>")
            .arg(QApplication::applicationVersion(), m_dataDir.toHtmlEscaped()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop
        && type != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != this)
        return QMainWindow::eventFilter(watched, event);
    if (type == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste) && QApplication::clipboard()->mimeData()
            && QApplication::clipboard()->mimeData()->hasImage()
            && !QApplication::clipboard()->mimeData()->hasText())
            return pasteImage();
        return QMainWindow::eventFilter(watched, event);
    }
    auto* drop = static_cast<QDropEvent*>(event);
    const QStringList paths = localFiles(drop->mimeData());
    if (paths.isEmpty())
        return QMainWindow::eventFilter(watched, event);
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop)
        importFiles(paths);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int section = settings.value(kSectionKey, 0).toInt();
    if (section >= 0 && section < m_sidebar->count())
        m_sidebar->setCurrentRow(section);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kSectionKey, m_sidebar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_notes->editor()->save();
    saveLayout();
    event->accept();
}

} // namespace voxnote::ui
