#include "TestSupport.h"

#include "EmptyStatePage.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using voxnote::ui::EmptyStatePage;
using voxnote::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithEverySection();
    void keyboardSwitchesSections();
    void restoresSizeAndSection();
    void screenshot();
    void darkTheme();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-test"));
    QSettings().clear();
}

void TestMainWindow::opensWithEverySection()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList names;
    for (int row = 0; row < sidebar->count(); ++row)
        names << sidebar->item(row)->text();
    QCOMPARE(names,
        (QStringList {QStringLiteral("Notes"), QStringLiteral("Tasks"), QStringLiteral("Board"),
            QStringLiteral("Dashboard"), QStringLiteral("Jobs"), QStringLiteral("Notifications")}));

    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->count(), sidebar->count());
    sidebar->setCurrentRow(3);
    QCOMPARE(window.currentSection(), MainWindow::Section::Dashboard);
    QCOMPARE(qobject_cast<EmptyStatePage*>(pages->currentWidget())->title(),
        QStringLiteral("Nothing to chart yet"));
}

void TestMainWindow::keyboardSwitchesSections()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Tasks);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Jobs);
}

void TestMainWindow::restoresSizeAndSection()
{
    QTemporaryDir dir;
    {
        MainWindow window(dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showSection(MainWindow::Section::Board);
        window.close();
    }
    MainWindow again(dir.path());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.currentSection(), MainWindow::Section::Board);
}

void TestMainWindow::screenshot()
{
    // Kept in the build folder for a person to look at.
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.resize(1100, 700);
    window.showSection(MainWindow::Section::Notes);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(QStringLiteral("mainwindow.png")));
}

void TestMainWindow::darkTheme()
{
    qputenv("VOXNOTE_THEME", "dark");
    voxnote::ui::Theme::apply(*qApp);
    QVERIFY(voxnote::ui::Theme::isDark());
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.resize(1100, 700);
    window.showSection(MainWindow::Section::Tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 180);
    QVERIFY(window.grab().save(QStringLiteral("mainwindow-dark.png")));
    qputenv("VOXNOTE_THEME", "light");
    voxnote::ui::Theme::apply(*qApp);
    QVERIFY(!voxnote::ui::Theme::isDark());
    qunsetenv("VOXNOTE_THEME");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
