#include "TestSupport.h"

#include "storage/ChangeLog.h"
#include "storage/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

namespace {

/// Runs `voxnote --data-dir DIR --json ARGS…` and parses its JSON output.
QJsonObject json(const QString& dataDir, QStringList args, int expectedExit = 0)
{
    args.prepend(QStringLiteral("--json"));
    args << QStringLiteral("--data-dir") << dataDir;
    const auto result = test::runVoxnote(args);
    if (result.exitCode != expectedExit)
        qWarning().noquote() << "voxnote" << args.join(u' ') << "exited" << result.exitCode << result.err;
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

qint64 changeCount(const QString& dataDir)
{
    auto profile = storage::Profile::open(dataDir);
    return storage::ChangeLog(profile->database()).count();
}

} // namespace

class TestDomainCli : public QObject
{
    Q_OBJECT

private slots:
    void taskLifecycle();
    void notesTagsAndSearch();
    void attachmentAndDashboard();
    void badInputIsOneSentenceAndChangesNothing_data();
    void badInputIsOneSentenceAndChangesNothing();
};

void TestDomainCli::taskLifecycle()
{
    QTemporaryDir dir;
    json(dir.path(),
        {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Mina"), QStringLiteral("--email"),
            QStringLiteral("mina@example.org")});
    const QJsonObject task = json(dir.path(),
        {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Send minutes"),
            QStringLiteral("--assignee"), QStringLiteral("Mina"), QStringLiteral("--due"),
            QStringLiteral("2026-12-01")});
    QCOMPARE(task[u"title"].toString(), QStringLiteral("Send minutes"));
    QCOMPARE(task[u"assignee"].toObject()[u"name"].toString(), QStringLiteral("Mina"));
    QCOMPARE(task[u"due"].toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(task[u"status"].toString(), QStringLiteral("todo"));
    const QString id = task[u"id"].toString();

    QCOMPARE(json(dir.path(), {QStringLiteral("task"), QStringLiteral("done"), id})[u"status"].toString(),
        QStringLiteral("done"));
    json(dir.path(),
        {QStringLiteral("task"), QStringLiteral("comment"), id, QStringLiteral("Sent"),
            QStringLiteral("today")});
    const QJsonArray events
        = json(dir.path(), {QStringLiteral("task"), QStringLiteral("log"), id})[u"events"].toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].toObject()[u"field"].toString(), QStringLiteral("status"));
    QCOMPARE(events[2].toObject()[u"new"].toString(), QStringLiteral("Sent today"));

    const QJsonArray done = json(dir.path(),
        {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--status"),
            QStringLiteral("done")})[u"tasks"]
                                .toArray();
    QCOMPARE(done.size(), 1);
    const auto text = test::runVoxnote(
        {QStringLiteral("task"), QStringLiteral("log"), id, QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"changed status: To do → Done"), qPrintable(text.out));
}

void TestDomainCli::notesTagsAndSearch()
{
    QTemporaryDir dir;
    const QJsonObject note = json(dir.path(),
        {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("주간 회의"), QStringLiteral("--body"),
            QStringLiteral("오늘 회의록을 정리했다"), QStringLiteral("--tag"), QStringLiteral("work")});
    QCOMPARE(note[u"tags"].toArray().first().toString(), QStringLiteral("work"));
    const QJsonArray hits
        = json(dir.path(), {QStringLiteral("search"), QStringLiteral("회의")})[u"hits"].toArray();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject()[u"id"].toString(), note[u"id"].toString());
    QVERIFY(hits.first().toObject()[u"snippetHtml"].toString().contains(u"<mark>"));
    const QJsonArray tags
        = json(dir.path(), {QStringLiteral("note"), QStringLiteral("tag"), QStringLiteral("list")})[u"tags"]
              .toArray();
    QCOMPARE(tags.first().toObject()[u"notes"].toInt(), 1);
    json(dir.path(), {QStringLiteral("note"), QStringLiteral("rm"), note[u"id"].toString()});
    QVERIFY(
        json(dir.path(), {QStringLiteral("search"), QStringLiteral("회의")})[u"hits"].toArray().isEmpty());
}

void TestDomainCli::attachmentAndDashboard()
{
    QTemporaryDir dir;
    const QString scan = test::testData(QStringLiteral("ocr/phototest.tif"));
    const QJsonObject note = json(dir.path(),
        {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("Scan"), QStringLiteral("--attach"),
            scan, QStringLiteral("--attach"), scan});
    const QJsonArray attachments = note[u"attachments"].toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[0].toObject()[u"kind"].toString(), QStringLiteral("image"));
    QCOMPARE(attachments[0].toObject()[u"sha256"], attachments[1].toObject()[u"sha256"]); // stored once
    QCOMPARE(json(dir.path(), {QStringLiteral("check")})[u"mediaFiles"].toInt(), 1);

    const QString id
        = json(dir.path(), {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Review")})[u"id"]
              .toString();
    json(dir.path(),
        {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Late"), QStringLiteral("--due"),
            QStringLiteral("2020-01-01")});
    json(dir.path(), {QStringLiteral("task"), QStringLiteral("done"), id});
    const QJsonObject dashboard = json(dir.path(), {QStringLiteral("dashboard")});
    QCOMPARE(dashboard[u"byStatus"].toObject()[u"done"].toInt(), 1);
    QCOMPARE(dashboard[u"byStatus"].toObject()[u"todo"].toInt(), 1);
    QCOMPARE(dashboard[u"overdue"].toInt(), 1);
    QCOMPARE(dashboard[u"perWeek"].toArray().last().toObject()[u"created"].toInt(), 2);
}

void TestDomainCli::badInputIsOneSentenceAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("empty title") << QStringList {QStringLiteral("task"), QStringLiteral("add"),
        QStringLiteral("  ")} << QStringLiteral("A task needs a title.");
    QTest::newRow("unknown status") << QStringList {QStringLiteral("task"), QStringLiteral("add"),
        QStringLiteral("x"), QStringLiteral("--status"), QStringLiteral("paused")}
                                    << QStringLiteral("is not a task status");
    QTest::newRow("unknown assignee") << QStringList {QStringLiteral("task"), QStringLiteral("add"),
        QStringLiteral("x"), QStringLiteral("--assignee"), QStringLiteral("Ghost")}
                                      << QStringLiteral("Nobody called “Ghost”");
    QTest::newRow("bad date") << QStringList {QStringLiteral("task"), QStringLiteral("add"),
        QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("31/12/2026")}
                              << QStringLiteral("is not a date");
    QTest::newRow("missing note") << QStringList {QStringLiteral("note"), QStringLiteral("show"),
        QStringLiteral("01a2011b-0000-7000-8000-000000000000")}
                                  << QStringLiteral("There is no note with the id");
    QTest::newRow("missing task") << QStringList {QStringLiteral("task"), QStringLiteral("done"),
        QStringLiteral("nope")} << QStringLiteral("There is no task with the id nope.");
    QTest::newRow("fts syntax") << QStringList {QStringLiteral("search"), QStringLiteral("\"*(")}
                                << QStringLiteral("Type a word or number to search for.");
    QTest::newRow("empty note title") << QStringList {QStringLiteral("note"), QStringLiteral("add"),
        QString()} << QStringLiteral("A note needs a title.");
    QTest::newRow("bad email") << QStringList {QStringLiteral("person"), QStringLiteral("add"),
        QStringLiteral("Kim"), QStringLiteral("--email"), QStringLiteral("kim-at-home")}
                               << QStringLiteral("is not an e-mail address");
}

void TestDomainCli::badInputIsOneSentenceAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, sentence);
    QTemporaryDir dir;
    // "me" is made on first use; make it now so the failing command has nothing to add.
    test::runVoxnote(
        {QStringLiteral("person"), QStringLiteral("me"), QStringLiteral("--data-dir"), dir.path()});
    const qint64 before = changeCount(dir.path());
    const auto result = test::runVoxnote(args + QStringList {QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one sentence, one line
    QVERIFY(!result.err.contains(u"SQL", Qt::CaseInsensitive));
    QVERIFY(!result.err.contains(u"fts5", Qt::CaseInsensitive));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(changeCount(dir.path()), before);
    auto profile = storage::Profile::open(dir.path());
    QCOMPARE(profile->database().queryInt("SELECT count(*) FROM tasks")
            + profile->database().queryInt("SELECT count(*) FROM notes"),
        0);
}

QTEST_GUILESS_MAIN(TestDomainCli)
#include "tst_domaincli.moc"
