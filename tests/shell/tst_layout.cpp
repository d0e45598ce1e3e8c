// The window's layout at the sizes people use it: every main view at
// 1024×700 and 1920×1080, in English and Korean, light and dark. Fails when a
// list gets a horizontal scroll bar, a pane is squeezed by another's minimum
// width, a toolbar action can be reached neither on its row nor in its »
// menu, a button or label is cut, or a chart elides its labels ("10/…").
// Also the first run: what an empty profile shows and where it leads.

#include "ShellFixtures.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "SourceTextTranslator.h"
#include "Theme.h"
#include "Translations.h"
#include "import/ImportQueue.h"
#include "jobs/JobQueue.h"
#include "notes/AttachmentContents.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListModel.h"
#include "notes/NoteRepository.h"
#include "notes/NotesPage.h"
#include "ocr/OcrRepository.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "speech/Transcript.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using voxnote::ui::MainWindow;

namespace {

/// The narrowest the note list may be made by the panes beside it: a title
/// and its date side by side.
constexpr int kNoteListNarrowest = 220;

QString nameOf(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" \"" + widget->objectName() + u'"';
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        name += u" “" + label->text().left(40) + u'”';
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        name += u" “" + button->text().left(40) + u'”';
    return name;
}

/// Inside a scrolled area, being partly out of sight is what scrolling is for.
bool insideScrolledArea(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(up))
            return true;
        // A toolbar keeps what does not fit hidden or in its » menu; a
        // separate check looks at those.
        if (qobject_cast<const QToolBar*>(up))
            return true;
    }
    return false;
}

/// What is wrong with the layout of `window` as it is shown now.
QStringList layoutProblems(QWidget& window)
{
    QStringList problems;
    const QRect inWindow = window.rect();
    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->horizontalScrollBar()->isVisible())
            problems << nameOf(view)
                    + QStringLiteral(" has a horizontal scroll bar (%1 px wide)")
                          .arg(view->viewport()->width());
    }
    if (auto* list = window.findChild<QListView*>(QStringLiteral("noteList")); list && list->isVisible()) {
        if (list->width() < kNoteListNarrowest)
            problems << QStringLiteral("the note list is squeezed to %1 px").arg(list->width());
    }
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        if (!bar->isVisible())
            continue;
        const auto* more = bar->findChild<QToolButton*>(
            QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
        const bool overflowOpen = more && more->isVisible();
        for (QAction* action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            QWidget* button = bar->widgetForAction(action);
            const bool onRow = button && button->isVisible() && bar->rect().contains(button->geometry());
            if (!onRow && !overflowOpen)
                problems
                    << QStringLiteral("“%1” in %2 cannot be reached").arg(action->iconText(), nameOf(bar));
        }
    }
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        auto* label = qobject_cast<QLabel*>(widget);
        auto* button = qobject_cast<QAbstractButton*>(widget);
        auto* combo = qobject_cast<QComboBox*>(widget);
        if (!label && !button && !combo)
            continue;
        if (insideScrolledArea(widget, &window))
            continue;
        const QRect rect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        if (!inWindow.contains(rect)) {
            problems << nameOf(widget) + QStringLiteral(" lies outside the window");
            continue;
        }
        const bool hasText
            = (label && !label->text().isEmpty() && label->pixmap().isNull() && !label->wordWrap())
            || (button && !button->text().isEmpty()) || combo;
        // Wrapped text needs its height for the width it got.
        if (label && label->wordWrap() && !label->text().isEmpty()
            && label->height() < label->heightForWidth(label->width()))
            problems << nameOf(widget)
                    + QStringLiteral(" is cut: %1 px high of %2")
                          .arg(label->height())
                          .arg(label->heightForWidth(label->width()));
        // A widget narrower than the least it needs shows a cut text.
        if (hasText && widget->width() < widget->minimumSizeHint().width())
            problems << nameOf(widget)
                    + QStringLiteral(" is cut: %1 px of %2")
                          .arg(widget->width())
                          .arg(widget->minimumSizeHint().width());
    }
    for (QChartView* chart : window.findChildren<QChartView*>()) {
        if (!chart->isVisible() || !chart->scene())
            continue;
        for (QGraphicsItem* item : chart->scene()->items()) {
            QString text;
            if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                text = rich->toPlainText();
            else if (auto* plain = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text = plain->text();
            if (item->isVisible() && (text.contains(QStringLiteral("...")) || text.contains(u'…')))
                problems << QStringLiteral("the chart “%1” elides a label: “%2”")
                                .arg(chart->chart()->title(), text);
        }
    }
    return problems;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyViewFits_data();
    void everyViewFits();
    void firstRunShowsTheWaysIn();
    void headerOnEveryNotesView();
    void actionsThatDoNotFitAreInTheOverflowMenu();
    void firstStepsScreenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-layout-test"));
}

void TestLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
    qputenv("VOXNOTE_THEME", "light");
    voxnote::ui::Theme::apply(*qApp);
}

void TestLayout::cleanup()
{
    voxnote::test::removeTranslators();
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestLayout::everyViewFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)})
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
            for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")})
                QTest::addRow(
                    "%dx%d %s %s", size.width(), size.height(), qPrintable(language), qPrintable(theme))
                    << size << language << theme;
}

void TestLayout::everyViewFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QLocale::setDefault(QLocale(language));
    voxnote::installTranslations(*qApp);
    qputenv("VOXNOTE_THEME", theme.toUtf8());
    voxnote::ui::Theme::apply(*qApp);

    auto services = voxnote::services::Services::open(m_dir->path());
    voxnote::test::fillSample(services->profile(), language == u"ko");
    const voxnote::test::MediaNotes media = voxnote::test::addMediaNotes(*services);
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);

    QStringList problems;
    const QString row = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const auto look = [&](const QString& view) {
        QTest::qWait(30); // lets lists and charts lay out, as the event loop would
        for (const QString& problem : layoutProblems(window))
            problems << view + QStringLiteral(": ") + problem;
        window.grab().save(QStringLiteral("layout-%1-%2.png").arg(row, view));
    };
    voxnote::ui::NotesPage* notes = window.notesPage();
    window.showSection(MainWindow::Section::Notes);
    notes->select(voxnote::notes::NoteRepository(services->database()).list().last().id);
    look(QStringLiteral("notes"));
    // The photo note adds "Read This Page Aloud" to the editor's actions.
    notes->select(media.photoNote);
    look(QStringLiteral("photo-note"));
    // With room to spare, what the photo holds is shown whole, not in a scrolled strip.
    auto* contentsArea
        = notes->editor()->findChild<QAbstractScrollArea*>(QStringLiteral("attachmentContentsArea"));
    QVERIFY(contentsArea && contentsArea->isVisible());
    if (contentsArea->verticalScrollBar()->isVisible())
        problems
            << QStringLiteral("photo-note: the recognised text scrolls in %1 px").arg(contentsArea->height());
    notes->showNote(media.photoNote, media.photo);
    look(QStringLiteral("photo-text"));
    notes->showNote(media.recordingNote, media.recording);
    look(QStringLiteral("transcript"));
    // Coming from the photo note, the recording's lines stand in the note too.
    bool linesShown = false;
    for (const QLabel* label : notes->editor()->findChildren<QLabel*>(QStringLiteral("contentsPreview")))
        linesShown = linesShown || (label->isVisible() && label->text().contains(u"fellow americans"));
    QVERIFY(linesShown);
    notes->closeMedia();
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(1);
    look(QStringLiteral("trash"));
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(0);
    const QList<std::pair<MainWindow::Section, QString>> sections {
        {MainWindow::Section::Tasks, QStringLiteral("tasks")},
        {MainWindow::Section::Board, QStringLiteral("board")},
        {MainWindow::Section::Dashboard, QStringLiteral("dashboard")},
        {MainWindow::Section::Jobs, QStringLiteral("jobs")},
        {MainWindow::Section::Notifications, QStringLiteral("notifications")}};
    for (const auto& [section, name] : sections) {
        window.showSection(section);
        look(name);
    }
    for (const QString& problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(
        problems.isEmpty(), qPrintable(QStringLiteral("%1 layout problems, above").arg(problems.size())));
}

void TestLayout::firstRunShowsTheWaysIn()
{
    auto services = voxnote::services::Services::open(m_dir->path());
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentSection(), MainWindow::Section::Notes);
    voxnote::ui::NotesPage* notes = window.notesPage();
    auto* firstRun = notes->findChild<QWidget*>(QStringLiteral("notesFirstRun"));
    QVERIFY2(firstRun, "an empty profile shows no ways in");
    const auto showingFirstRun = [firstRun] {
        return firstRun->isVisible();
    };
    QVERIFY(showingFirstRun());
    // The three ways in, and the drop hint.
    for (const QString& name : {QStringLiteral("firstRunRecord"), QStringLiteral("firstRunImport"),
             QStringLiteral("firstRunPaste")}) {
        auto* button = firstRun->findChild<QPushButton*>(name);
        QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
    }
    auto* hint = firstRun->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(hint->text().contains(QStringLiteral("Drop")));
    const QStringList problems = layoutProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    window.grab().save(QStringLiteral("layout-first-run.png"));

    // Paste an Image with nothing on the clipboard says so, and makes nothing.
    QApplication::clipboard()->clear();
    firstRun->findChild<QPushButton*>(QStringLiteral("firstRunPaste"))->click();
    QVERIFY(!window.importQueue()->isBusy());
    QCOMPARE(voxnote::notes::NoteRepository(services->database()).list().size(), 0);

    // With an image there, it becomes a note, and the list replaces the ways in.
    QImage page(400, 200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QApplication::clipboard()->setImage(page);
    firstRun->findChild<QPushButton*>(QStringLiteral("firstRunPaste"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 20000);
    QCOMPARE(voxnote::notes::NoteRepository(services->database()).list().size(), 1);
    QTRY_VERIFY(!showingFirstRun());
    QVERIFY(notes->findChild<QListView*>(QStringLiteral("noteList"))->isVisible());
    QCOMPARE(notes->model()->rowCount(), 1);

    // Emptied again (the note in the trash), the ways in come back; the trash has its own sentence.
    const QString id = notes->model()->index(0).data(voxnote::ui::NoteListModel::IdRole).toString();
    notes->select(id);
    notes->editor()->findChild<QToolButton*>(QStringLiteral("trashNote"))->click();
    QTRY_VERIFY(showingFirstRun());
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(1);
    QVERIFY(!showingFirstRun());
    QCOMPARE(notes->model()->rowCount(), 1);
    notes->select(id);
    notes->editor()->findChild<QPushButton*>(QStringLiteral("restoreNote"))->click();
    QTRY_COMPARE(notes->model()->rowCount(), 0);
    QVERIFY(notes->findChild<QWidget*>(QStringLiteral("emptyTrash"))->isVisible());
}

void TestLayout::headerOnEveryNotesView()
{
    auto services = voxnote::services::Services::open(m_dir->path());
    voxnote::test::fillSample(services->profile(), false);
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NotesPage* notes = window.notesPage();
    auto* header = notes->findChild<QToolBar*>(QStringLiteral("notesHeader"));
    QVERIFY(header);
    const auto reachable = [&](const QString& name) {
        auto* button = header->findChild<QToolButton*>(name);
        return button && button->isVisible() && button->isEnabled();
    };
    const auto check = [&](const QString& view) {
        for (const QString& name :
            {QStringLiteral("recordNote"), QStringLiteral("importFiles"), QStringLiteral("newNote")})
            QVERIFY2(reachable(name), qPrintable(view + u": " + name));
    };
    check(QStringLiteral("the list"));
    notes->select(voxnote::notes::NoteRepository(services->database()).list().first().id);
    check(QStringLiteral("a note"));
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(1);
    check(QStringLiteral("the trash"));
    // New Note from the header leaves the trash for the new note.
    header->findChild<QToolButton*>(QStringLiteral("newNote"))->click();
    QCOMPARE(notes->findChild<QComboBox*>(QStringLiteral("notesView"))->currentIndex(), 0);
    QCOMPARE(voxnote::notes::NoteRepository(services->database()).list().size(), 4);
    QVERIFY(!notes->editor()->noteId().isEmpty());
}

void TestLayout::actionsThatDoNotFitAreInTheOverflowMenu()
{
    auto services = voxnote::services::Services::open(m_dir->path());
    const voxnote::test::MediaNotes media = voxnote::test::addMediaNotes(*services);
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(window.minimumSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NotesPage* notes = window.notesPage();
    notes->select(media.photoNote);
    QTest::qWait(30);
    auto* bar = notes->editor()->findChild<QToolBar*>(QStringLiteral("noteActions"));
    QVERIFY(bar);
    auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY2(more && more->isVisible(), "the narrowest window shows every action of a photo note on the row");
    // The note list keeps its room.
    QVERIFY(notes->findChild<QListView*>(QStringLiteral("noteList"))->width() >= kNoteListNarrowest);
    // Every action off the row is in the » menu, and works from there.
    QMenu* menu = more->menu();
    QVERIFY(menu);
    QStringList offRow;
    for (QAction* action : bar->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (!bar->widgetForAction(action)->isVisible()) {
            offRow << action->objectName();
            QVERIFY2(menu->actions().contains(action), qPrintable(action->objectName()));
        }
    }
    QVERIFY(offRow.contains(QStringLiteral("trashNote")));
    bar->findChild<QAction*>(QStringLiteral("trashNote"))->trigger();
    QVERIFY(voxnote::notes::NoteRepository(services->database()).find(media.photoNote)->deletedAtMs);
}

/// The three pictures of the README's "First steps", into
/// $VOXNOTE_SCREENSHOT_DIR (docs/images, by docs/refresh-screenshots.sh) or
/// the working folder: a first start, a recording and a photo in their notes.
void TestLayout::firstStepsScreenshots()
{
    const QString folder = qEnvironmentVariableIsSet("VOXNOTE_SCREENSHOT_DIR")
        ? qEnvironmentVariable("VOXNOTE_SCREENSHOT_DIR")
        : QStringLiteral(".");
    const auto save = [&](QWidget& window, const QString& name) {
        QTest::qWait(60);
        const QString path = QDir(folder).filePath(name);
        QVERIFY2(window.grab().save(path), qPrintable(path));
    };
    {
        auto services = voxnote::services::Services::open(m_dir->filePath(QStringLiteral("empty")));
        MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.notesPage()->findChild<QWidget*>(QStringLiteral("notesFirstRun"))->isVisible());
        save(window, QStringLiteral("first-steps-1-start.png"));
    }
    auto services = voxnote::services::Services::open(m_dir->filePath(QStringLiteral("sample")));
    voxnote::test::fillSample(services->profile(), false);
    const voxnote::test::MediaNotes media = voxnote::test::addMediaNotes(*services);
    // As they look once their work is done: the jobs of the fixture are not run.
    for (const voxnote::jobs::JobStatus& job : services->jobQueue().jobs())
        services->jobQueue().cancel(job.id);
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NotesPage* notes = window.notesPage();
    notes->select(media.recordingNote);
    QVERIFY(!notes->editor()->contents()->shownText(media.recording).isEmpty());
    save(window, QStringLiteral("first-steps-2-recording.png"));
    notes->select(media.photoNote);
    QVERIFY(!notes->editor()->contents()->warningsOf(media.photo).isEmpty());
    // Coming from the recording, the photo's text gets its own height, not the recording's.
    auto* area = notes->editor()->findChild<QAbstractScrollArea*>(QStringLiteral("attachmentContentsArea"));
    QTRY_VERIFY(!area->verticalScrollBar()->isVisible());
    save(window, QStringLiteral("first-steps-3-photo.png"));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
