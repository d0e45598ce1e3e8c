#include "MediaFixtures.h"
#include "TestSupport.h"

#include "audio/AudioDecoder.h"
#include "readaloud/ReadAloudPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace voxnote;
using namespace voxnote::ui;

class TestReadAloud : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highlightsTheSpokenWordsInOrder_data();
    void highlightsTheSpokenWordsInOrder();
    void pauseHoldsTheWordAndStopClearsIt();
    void savesTheSpeechAsAudio();
    void savingToAFolderThatDoesNotExistSaysSo();
    void nothingToReadSaysSo();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestReadAloud::initTestCase()
{
    test::useTheme(false);
}

void TestReadAloud::highlightsTheSpokenWordsInOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("English") << QStringLiteral(
        "The quick brown fox jumps over the lazy dog.\n\nThen it rests in the shade of a tree.");
    QTest::newRow("Korean") << QStringLiteral("안녕하세요. 오늘 회의를 시작하겠습니다.");
}

void TestReadAloud::highlightsTheSpokenWordsInOrder()
{
    QFETCH(QString, text);
    ReadAloudPanel panel;
    panel.resize(700, 300);
    panel.show();
    panel.setText(text);
    QSignalSpy words(&panel, &ReadAloudPanel::wordHighlighted);
    QSignalSpy finished(&panel, &ReadAloudPanel::finished);
    panel.findChild<QToolButton*>(QStringLiteral("readPlay"))->click();
    QCOMPARE(panel.state(), ReadAloudPanel::State::Playing);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(panel.state(), ReadAloudPanel::State::Stopped);

    // Every word of the text was highlighted, in order, each being a word of the text.
    const QStringList expected = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    int previous = -1;
    for (const QList<QVariant>& word : words) {
        const int position = word[0].toInt();
        const int length = word[1].toInt();
        QVERIFY2(position > previous, qPrintable(QStringLiteral("%1 after %2").arg(position).arg(previous)));
        const QString spoken = text.mid(position, length);
        QVERIFY2(!spoken.trimmed().isEmpty() && spoken.size() == length, qPrintable(spoken));
        previous = position;
    }
    // espeak-ng speaks short function words with the next one ("in the"):
    // so check that every word of the text was inside a highlighted span.
    QList<bool> covered(text.size(), false);
    for (const QList<QVariant>& word : words) {
        for (int i = word[0].toInt(); i < word[0].toInt() + word[1].toInt(); ++i)
            covered[i] = true;
    }
    int from = 0;
    for (const QString& word : expected) {
        const int at = int(text.indexOf(word, from));
        from = at + int(word.size());
        const QString letters = QString(word).remove(QRegularExpression(QStringLiteral("[.,]")));
        QVERIFY2(covered[at], qPrintable(word + QStringLiteral(" was not highlighted")));
        QVERIFY(covered[at + letters.size() - 1]);
    }
    QVERIFY(text.mid(words.last()[0].toInt()).startsWith(expected.last().left(2)));
}

void TestReadAloud::pauseHoldsTheWordAndStopClearsIt()
{
    ReadAloudPanel panel;
    panel.setText(QStringLiteral("One two three four five six seven eight nine ten eleven twelve."));
    QSignalSpy words(&panel, &ReadAloudPanel::wordHighlighted);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(words.size() >= 2, 20'000);
    panel.pause();
    QCOMPARE(panel.state(), ReadAloudPanel::State::Paused);
    const qint64 position = panel.positionMs();
    const qsizetype highlighted = words.size();
    QTest::qWait(300);
    QCOMPARE(panel.positionMs(), position);
    QCOMPARE(words.size(), highlighted);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(words.size() > highlighted, 20'000);
    panel.stop();
    QCOMPARE(panel.state(), ReadAloudPanel::State::Stopped);
    QVERIFY(panel.findChild<QTextEdit*>(QStringLiteral("readText"))->extraSelections().isEmpty());
    QCOMPARE(panel.positionMs(), 0);
}

void TestReadAloud::savesTheSpeechAsAudio()
{
    ReadAloudPanel panel;
    panel.setText(QStringLiteral("Saving this sentence as a sound file."));
    panel.setRate(200);
    QSignalSpy saved(&panel, &ReadAloudPanel::saved);
    const QString path = m_dir.filePath(QStringLiteral("speech.wav"));
    panel.saveAudio(path);
    QVERIFY(saved.wait(30'000));
    QCOMPARE(saved[0][0].toString(), path);
    const audio::AudioDecoder decoder(path);
    QVERIFY(decoder.info().durationMs() > 1000);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("readMessage"))->text().contains(u"speech.wav"));
}

void TestReadAloud::savingToAFolderThatDoesNotExistSaysSo()
{
    ReadAloudPanel panel;
    panel.setText(QStringLiteral("Nowhere to go."));
    QSignalSpy failed(&panel, &ReadAloudPanel::errorOccurred);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/speech.ogg"));
    panel.saveAudio(path);
    QVERIFY(failed.wait(30'000));
    QVERIFY2(failed[0][0].toString().contains(u"speech.ogg"), qPrintable(failed[0][0].toString()));
    QVERIFY(!QFile::exists(path));
}

void TestReadAloud::nothingToReadSaysSo()
{
    ReadAloudPanel panel;
    panel.setText(QStringLiteral("  —  \n "));
    QVERIFY(!panel.findChild<QToolButton*>(QStringLiteral("readPlay"))->isEnabled());
    panel.play();
    QCOMPARE(panel.state(), ReadAloudPanel::State::Stopped);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("readMessage"))->text().contains(u"no text"));
}

void TestReadAloud::screenshots()
{
    const QString english = QStringLiteral(
        "Minutes of the planning call\n\nWe agreed to move the launch to the spring so that the team has "
        "time "
        "to test the new recorder on every laptop we support. Dana sends the report by Friday.");
    const QString korean
        = QStringLiteral("회의록\n\n출시 일정을 봄으로 미루기로 했습니다. 금요일까지 보고서를 보내 주세요.");
    for (const auto& [name, text, dark] : {std::tuple {QStringLiteral("readaloud-light"), english, false},
             std::tuple {QStringLiteral("readaloud-dark"), english, true},
             std::tuple {QStringLiteral("readaloud-korean"), korean, false}}) {
        test::useTheme(dark);
        ReadAloudPanel panel;
        panel.resize(800, 360);
        panel.show();
        panel.setText(text);
        QSignalSpy words(&panel, &ReadAloudPanel::wordHighlighted);
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(words.size() >= 4, 20'000);
        panel.pause();
        test::saveScreenshot(panel, name);
    }
    test::useTheme(false);
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
