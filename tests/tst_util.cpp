#include "TestSupport.h"

#include "util/Clock.h"
#include "util/Log.h"
#include "util/LogFile.h"
#include "util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

class TestUtil : public QObject
{
    Q_OBJECT

private slots:
    void uuidsAreVersion7AndOrdered();
    void uuidsFollowTheClock();
    void logFileRotates();
};

void TestUtil::uuidsAreVersion7AndOrdered()
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 20'000; ++i) {
        const QString id = newUuidV7();
        QVERIFY(isUuid(id));
        QCOMPARE(id[14], u'7'); // version
        QVERIFY(QStringLiteral("89ab").contains(id[19])); // RFC variant
        QVERIFY2(id > previous, qPrintable(previous + u" then " + id)); // sortable by creation
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
    QVERIFY(!isUuid(QStringLiteral("not-a-uuid")));
}

void TestUtil::uuidsFollowTheClock()
{
    // Far enough ahead that no id made earlier in this process is newer.
    ManualClock clock(0x0FEDCBA98765);
    Clock::setInstance(&clock);
    const QString id = newUuidV7();
    Clock::setInstance(nullptr);
    QCOMPARE(id.left(13), QStringLiteral("0fedcba9-8765"));
}

void TestUtil::logFileRotates()
{
    QTemporaryDir dir;
    LogFile::install(dir.path(), {.maxBytes = 4096, .keepFiles = 2, .verbose = false});
    for (int i = 0; i < 400; ++i)
        qCInfo(lcApp) << "line" << i << QString(40, u'.');
    qCInfo(lcApp) << "the last line";
    LogFile::uninstall();

    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
        (QStringList {QStringLiteral("voxnote.log"), QStringLiteral("voxnote.log.1"),
            QStringLiteral("voxnote.log.2")}));
    for (const QString& name : files)
        QVERIFY(QFileInfo(dir.filePath(name)).size() < 4096 + 200);
    QFile current(dir.filePath(QStringLiteral("voxnote.log")));
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray text = current.readAll();
    QVERIFY(text.contains("the last line"));
    QVERIFY(text.contains(" I voxnote.app: "));
}

QTEST_GUILESS_MAIN(TestUtil)
#include "tst_util.moc"
