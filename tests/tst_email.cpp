#include "TestSupport.h"

#include "notify/EmailOutbox.h"
#include "notify/SmtpSender.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

namespace {

/// aiosmtpd on a free loopback port, for the length of a test.
class SmtpSink
{
public:
    explicit SmtpSink(const QString& mailFile)
        : m_mailFile(mailFile)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(VOXNOTE_SOURCE_DIR "/tests/helpers/smtp_sink.py"), mailFile});
        if (m_process.waitForReadyRead(30'000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> list;
        QFile file(m_mailFile);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (!line.isEmpty())
                    list << QJsonDocument::fromJson(line).object();
            }
        }
        return list;
    }

private:
    QString m_mailFile;
    QProcess m_process;
    int m_port = 0;
};

} // namespace

class TestEmail : public QObject
{
    Q_OBJECT

private slots:
    void notificationIsEmailedToTheAssignee();
    void failedSendIsKeptAndRetried();
};

void TestEmail::notificationIsEmailedToTheAssignee()
{
    QTemporaryDir dir;
    SmtpSink sink(dir.filePath(QStringLiteral("mail.jsonl")));
    QVERIFY2(sink.port() > 0, "the test SMTP server (python3-aiosmtpd) did not start");
    auto profile = storage::Profile::open(dir.filePath(QStringLiteral("profile")));
    storage::Connection& db = profile->database();
    people::PersonRepository people(db);
    people.setMe(QStringLiteral("Joon"), QString());
    const people::Person mina = people.add(QStringLiteral("Mina"), QStringLiteral("mina@example.org"));
    notify::EmailOutbox::saveSettings(db, {sink.url(), QStringLiteral("voxnote@example.org"), {}, {}});

    tasks::TaskRepository(db, people.me().id)
        .create({.title = QStringLiteral("회의록 보내기 — send minutes"), .assigneeId = mina.id});
    notify::EmailOutbox outbox(db);
    QCOMPARE(outbox.pending().size(), 1);
    notify::SmtpSender sender;
    QCOMPARE(outbox.sendDue(sender), 1);
    QVERIFY(outbox.pending().isEmpty());

    QTRY_COMPARE(sink.messages().size(), 1);
    const QJsonObject message = sink.messages().first();
    QCOMPARE(message[u"to"].toArray().first().toString(), QStringLiteral("mina@example.org"));
    QCOMPARE(message[u"from"].toString(), QStringLiteral("voxnote@example.org"));
    const QString data = message[u"data"].toString();
    QVERIFY2(data.contains(u"Joon assigned you “회의록 보내기 — send minutes”."), qPrintable(data));
    QVERIFY(data.contains(u"Subject: =?UTF-8?B?"));
}

void TestEmail::failedSendIsKeptAndRetried()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Clock::setInstance(&clock);
    auto profile = storage::Profile::open(dir.filePath(QStringLiteral("profile")));
    storage::Connection& db = profile->database();
    people::PersonRepository people(db);
    const people::Person mina = people.add(QStringLiteral("Mina"), QStringLiteral("mina@example.org"));
    // Nothing listens on port 9 of loopback here.
    notify::EmailOutbox::saveSettings(db,
        {QStringLiteral("smtp://127.0.0.1:9"), QStringLiteral("voxnote@example.org"), QStringLiteral("joon"),
            QStringLiteral("hunter2-secret")});
    tasks::TaskRepository(db, people.me().id)
        .create({.title = QStringLiteral("Call back"), .assigneeId = mina.id});

    notify::EmailOutbox outbox(db);
    notify::SmtpSender sender(5000);
    QCOMPARE(outbox.sendDue(sender), 0);
    QList<notify::OutgoingEmail> pending = outbox.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().attempts, 1);
    QVERIFY(pending.first().lastError.contains(u"could not be sent"));
    QVERIFY(!pending.first().lastError.contains(u"hunter2"));
    QVERIFY(pending.first().nextAttemptAtMs > clock.nowMs());
    QCOMPARE(outbox.sendDue(sender), 0); // not due yet: no second attempt
    QCOMPARE(outbox.pending().first().attempts, 1);

    SmtpSink sink(dir.filePath(QStringLiteral("mail.jsonl")));
    QVERIFY(sink.port() > 0);
    notify::EmailOutbox::saveSettings(db, {sink.url(), QStringLiteral("voxnote@example.org"), {}, {}});
    clock.advance(notify::EmailOutbox::retryDelayMs(1));
    QCOMPARE(outbox.sendDue(sender), 1);
    QVERIFY(outbox.pending().isEmpty());
    QTRY_COMPARE(sink.messages().size(), 1);
    QCOMPARE(outbox.all().first().attempts, 2);
    Clock::setInstance(nullptr);
}

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
