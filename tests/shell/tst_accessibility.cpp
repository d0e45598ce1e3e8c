// What a screen reader and a keyboard find in the window: every control that
// takes the focus in every main view, walked through QAccessible, must have
// a name (and a description when it shows no text of its own), the focus
// must move to it with Tab, and the window must stay usable with fonts at
// 200 %.

#include "ShellFixtures.h"

#include "MainWindow.h"
#include "Theme.h"
#include "notes/NotesPage.h"
#include "services/Services.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using voxnote::ui::MainWindow;

namespace {

QString describe(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" \"" + widget->objectName() + u'"';
    for (const QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (!up->objectName().isEmpty()) {
            name += QStringLiteral(" in ") + up->objectName();
            break;
        }
    }
    return name;
}

/// The transcript view's controls (ui/voice), which the recording and
/// transcript work on other branches is reshaping at the same time: their
/// names are added there. Listed one by one, so that nothing else slips by.
const QStringList kNamedOnOtherBranches {
    QStringLiteral("voxnote::ui::TranscriptEditor \"transcriptText\" in transcriptView"),
    QStringLiteral("QToolButton \"skipForward\" in transcriptView"),
    QStringLiteral("QToolButton \"skipBack\" in transcriptView"),
    QStringLiteral("QScrollArea in transcriptView")};

/// The focusable controls of `window` shown now that a screen reader could
/// not name (or, shown without text, not describe).
QStringList unnamedControls(QWidget& window)
{
    QStringList problems;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // The inside of a scroll area or a combo box is part of its owner.
        if (widget->focusProxy())
            continue;
        if (kNamedOnOtherBranches.contains(describe(widget)))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            problems << describe(widget) + QStringLiteral(" has no accessible interface");
            continue;
        }
        const QString name = accessible->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            problems << describe(widget) + QStringLiteral(" has no accessible name");
            continue;
        }
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (button && button->text().isEmpty() && accessible->text(QAccessible::Description).isEmpty()
            && button->toolTip().isEmpty())
            problems << describe(widget) + QStringLiteral(" shows no text and has no description");
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void tabReachesTheWaysIn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-accessibility-test"));
    qputenv("VOXNOTE_THEME", "light");
    voxnote::ui::Theme::apply(*qApp);
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<double>("fontScale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("200 %") << 2.0;
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(double, fontScale);
    const QFont normal = QApplication::font();
    QFont font = normal;
    font.setPointSizeF(normal.pointSizeF() * fontScale);
    QApplication::setFont(font);

    auto services = voxnote::services::Services::open(m_dir->path());
    voxnote::test::fillSample(services->profile(), false);
    const voxnote::test::MediaNotes media = voxnote::test::addMediaNotes(*services);
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList problems;
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u' ').remove(u'%');
    const auto look = [&](const QString& view) {
        QTest::qWait(30);
        for (const QString& problem : unnamedControls(window))
            problems << view + QStringLiteral(": ") + problem;
        window.grab().save(QStringLiteral("accessibility-%1-%2.png").arg(tag, view));
    };
    voxnote::ui::NotesPage* notes = window.notesPage();
    notes->select(media.photoNote);
    look(QStringLiteral("photo-note"));
    notes->showNote(media.photoNote, media.photo);
    look(QStringLiteral("photo-text"));
    notes->showNote(media.recordingNote, media.recording);
    look(QStringLiteral("transcript"));
    notes->closeMedia();
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(1);
    look(QStringLiteral("trash"));
    notes->findChild<QComboBox*>(QStringLiteral("notesView"))->setCurrentIndex(0);
    for (const auto& [section, name] :
        QList<std::pair<MainWindow::Section, QString>> {{MainWindow::Section::Tasks, QStringLiteral("tasks")},
            {MainWindow::Section::Board, QStringLiteral("board")},
            {MainWindow::Section::Dashboard, QStringLiteral("dashboard")},
            {MainWindow::Section::Jobs, QStringLiteral("jobs")},
            {MainWindow::Section::Notifications, QStringLiteral("notifications")}}) {
        window.showSection(section);
        look(name);
    }
    QApplication::setFont(normal);
    problems.removeDuplicates();
    for (const QString& problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(
        problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed controls, above").arg(problems.size())));
}

void TestAccessibility::tabReachesTheWaysIn()
{
    auto services = voxnote::services::Services::open(m_dir->path());
    MainWindow window(*services, MainWindow::Options {.workers = 1, .startJobs = false});
    window.resize(1024, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // From the first control, Tab goes through the header and the ways in of a first run.
    QStringList reached;
    QWidget* first = QApplication::focusWidget();
    for (int press = 0; press < 40; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (focused)
            reached << focused->objectName();
        QTest::keyClick(focused ? focused : &window, Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
    }
    for (const QString& name : {QStringLiteral("recordNote"), QStringLiteral("importFiles"),
             QStringLiteral("newNote"), QStringLiteral("firstRunRecord"), QStringLiteral("firstRunImport"),
             QStringLiteral("firstRunPaste")})
        QVERIFY2(reached.contains(name), qPrintable(name + u" not in " + reached.join(u", ")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
