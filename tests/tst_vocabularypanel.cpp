// Settings → Your Words: adding, refusing and removing vocabulary words in
// the window, stored where `voxnote vocab` reads them.

#include "settings/Settings.h"
#include "settings/VocabularyPanel.h"
#include "speech/Vocabulary.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace voxnote;

class TestVocabularyPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsRefusesAndRemovesWords();
};

void TestVocabularyPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    settings::Settings().setVocabulary({});
}

void TestVocabularyPanel::addsRefusesAndRemovesWords()
{
    settings::Settings settings;
    ui::VocabularyPanel panel(settings);
    panel.resize(620, 420);
    panel.show();
    auto* word = panel.findChild<QLineEdit*>(QStringLiteral("vocabularyWord"));
    auto* soundsLike = panel.findChild<QLineEdit*>(QStringLiteral("vocabularySoundsLike"));
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("vocabularyList"));
    QVERIFY(word && soundsLike && list);
    QSignalSpy processed(&panel, &ui::VocabularyPanel::wordProcessed);

    // No letters: refused at once, with the reason.
    word->setText(QStringLiteral("2024"));
    panel.addWord();
    QCOMPARE(processed.count(), 1);
    QVERIFY2(panel.message().contains(u"has no letters"), qPrintable(panel.message()));
    QCOMPARE(list->count(), 0);

    // A name with what it sounds like: looked up in the background.
    word->setText(QStringLiteral("Siobhan"));
    soundsLike->setText(QStringLiteral("shiv on"));
    QTest::keyClick(word, Qt::Key_Return);
    QVERIFY(processed.wait(20000));
    QVERIFY2(panel.message().contains(u"Added “Siobhan”"), qPrintable(panel.message()));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"shiv on"));
    QVERIFY(word->text().isEmpty());
    QCOMPARE(settings.vocabulary().words().value(0).word, QStringLiteral("Siobhan"));

    // One espeak-ng cannot say: refused, the list unchanged.
    word->setText(QStringLiteral("회의"));
    panel.addWord();
    QVERIFY(processed.wait(20000));
    QVERIFY2(panel.message().contains(u"cannot tell how “회의” sounds"), qPrintable(panel.message()));
    QCOMPARE(list->count(), 1);
    QCOMPARE(word->text(), QStringLiteral("회의"));
    word->clear();

    const QString shot = QCoreApplication::applicationDirPath() + u"/screenshots/vocabulary-panel.png";
    QDir().mkpath(QCoreApplication::applicationDirPath() + u"/screenshots");
    panel.grab().save(shot);

    list->item(0)->setSelected(true);
    panel.removeSelected();
    QCOMPARE(list->count(), 0);
    QVERIFY(settings.vocabulary().isEmpty());
}

QTEST_MAIN(TestVocabularyPanel)
#include "tst_vocabularypanel.moc"
