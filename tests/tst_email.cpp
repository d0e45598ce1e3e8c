#include "TestSupport.h"

#include "Error.h"
#include "notify/EmailOutbox.h"
#include "notify/SmtpSender.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

namespace {

/// aiosmtpd on a free loopback port, for the length of a test. It offers no
/// STARTTLS; with `login` it accepts AUTH in the clear and records it.
class SmtpSink
{
public:
    explicit SmtpSink(const QString& mailFile, bool login = false)
        : m_mailFile(mailFile)
    {
        QStringList arguments {QStringLiteral(VOXNOTE_SOURCE_DIR "/tests/helpers/smtp_sink.py"), mailFile};
        if (login)
            arguments << QStringLiteral("login");
        m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
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
    /// The messages received (logins left out).
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> list;
        for (const QByteArray& line : raw().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (!line.isEmpty() && !entry.contains(u"login"))
                list << entry;
        }
        return list;
    }
    /// Everything the server recorded, logins included.
    QByteArray raw() const
    {
        QFile file(m_mailFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString m_mailFile;
    QProcess m_process;
    int m_port = 0;
};

/// Installs a clock for one scope, and takes it out again however the scope ends.
class InstalledClock
{
public:
    explicit InstalledClock(Clock* clock) { Clock::setInstance(clock); }
    ~InstalledClock() { Clock::setInstance(nullptr); }
    InstalledClock(const InstalledClock&) = delete;
    InstalledClock& operator=(const InstalledClock&) = delete;
};

} // namespace

class TestEmail : public QObject
{
    Q_OBJECT

private slots:
    void notificationIsEmailedToTheAssignee();
    void failedSendIsKeptAndRetried();
    void loginNeverGoesOutInCleartext();
    void addressesCannotInjectCommands();
    void syncedAddressIsCheckedWhenApplied();
    void headersAreFoldedAndTheBodyHasNoBareCarriageReturn();
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
    notify::EmailOutbox::saveSettings(db, {sink.url(), QStringLiteral("voxnote@example.org"), {}, {}, true});

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
    notify::EmailOutbox::saveSettings(db, {sink.url(), QStringLiteral("voxnote@example.org"), {}, {}, true});
    clock.advance(notify::EmailOutbox::retryDelayMs(1));
    QCOMPARE(outbox.sendDue(sender), 1);
    QVERIFY(outbox.pending().isEmpty());
    QTRY_COMPARE(sink.messages().size(), 1);
    QCOMPARE(outbox.all().first().attempts, 2);
    Clock::setInstance(nullptr);
}

void TestEmail::loginNeverGoesOutInCleartext()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    const InstalledClock installed(&clock);
    SmtpSink sink(dir.filePath(QStringLiteral("mail.jsonl")), true);
    QVERIFY2(sink.port() > 0, "the test SMTP server (python3-aiosmtpd) did not start");
    auto profile = storage::Profile::open(dir.filePath(QStringLiteral("profile")));
    storage::Connection& db = profile->database();
    people::PersonRepository people(db);
    const people::Person mina = people.add(QStringLiteral("Mina"), QStringLiteral("mina@example.org"));
    // smtp:// to a server that offers no STARTTLS (or had it stripped on the way).
    notify::EmailOutbox::saveSettings(db,
        {sink.url(), QStringLiteral("voxnote@example.org"), QStringLiteral("joon"),
            QStringLiteral("hunter2-secret")});
    QVERIFY(!notify::EmailOutbox::settings(db).allowUnencrypted);
    tasks::TaskRepository(db, people.me().id)
        .create({.title = QStringLiteral("Call back"), .assigneeId = mina.id});

    notify::EmailOutbox outbox(db);
    notify::SmtpSender sender(10'000);
    QCOMPARE(outbox.sendDue(sender), 0);
    const QString error = outbox.pending().first().lastError;
    QVERIFY2(error.contains(u"encrypt") && error.contains(u"127.0.0.1"), qPrintable(error));
    QVERIFY2(!sink.raw().contains("hunter2"), sink.raw().constData());
    QVERIFY(sink.messages().isEmpty());

    // Choosing an unencrypted relay is the person's decision, kept and shown with the settings.
    notify::EmailOutbox::saveSettings(db,
        {sink.url(), QStringLiteral("voxnote@example.org"), QStringLiteral("joon"),
            QStringLiteral("hunter2-secret"), true});
    QVERIFY(notify::EmailOutbox::settings(db).allowUnencrypted);
    clock.advance(notify::EmailOutbox::retryDelayMs(1));
    QCOMPARE(outbox.sendDue(sender), 1);
    QTRY_COMPARE(sink.messages().size(), 1);
    QVERIFY(sink.raw().contains("hunter2-secret"));
}

void TestEmail::addressesCannotInjectCommands()
{
    QTemporaryDir dir;
    SmtpSink sink(dir.filePath(QStringLiteral("mail.jsonl")));
    QVERIFY2(sink.port() > 0, "the test SMTP server (python3-aiosmtpd) did not start");
    const notify::SmtpSettings settings {sink.url(), QStringLiteral("voxnote@example.org"), {}, {}, true};
    notify::SmtpSender sender(10'000);
    const QString injected = QStringLiteral("mina@example.org>\r\nRCPT TO:<evil@example.net");
    QVERIFY_THROWS_EXCEPTION(
        Error, sender.send(settings, injected, QStringLiteral("Hi"), QStringLiteral("Body")));
    QVERIFY_THROWS_EXCEPTION(Error,
        sender.send(settings, QStringLiteral("mina@example.org\nBcc: evil@example.net"), QStringLiteral("Hi"),
            QStringLiteral("Body")));
    notify::SmtpSettings badFrom = settings;
    badFrom.from = QStringLiteral("voxnote@example.org>\r\nRCPT TO:<evil@example.net");
    QVERIFY_THROWS_EXCEPTION(Error,
        sender.send(
            badFrom, QStringLiteral("mina@example.org"), QStringLiteral("Hi"), QStringLiteral("Body")));
    auto profile = storage::Profile::open(dir.filePath(QStringLiteral("profile")));
    QVERIFY_THROWS_EXCEPTION(Error, notify::EmailOutbox::saveSettings(profile->database(), badFrom));

    sender.send(settings, QStringLiteral("mina@example.org"), QStringLiteral("Hi"), QStringLiteral("Body"));
    QTRY_COMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.messages().first()[u"to"].toArray(), QJsonArray {QStringLiteral("mina@example.org")});
    QVERIFY(!sink.raw().contains("evil"));
}

void TestEmail::syncedAddressIsCheckedWhenApplied()
{
    QTemporaryDir dir;
    auto profile = storage::Profile::open(dir.filePath(QStringLiteral("profile")));
    storage::Connection& db = profile->database();
    people::PersonRepository people(db);
    people.setMe(QStringLiteral("Joon"), QString());
    notify::EmailOutbox::saveSettings(
        db, {QStringLiteral("smtps://mail.example.org"), QStringLiteral("voxnote@example.org"), {}, {}});

    // Another device's person row, with a line break in the address.
    const QString peer = QStringLiteral("01900000-0000-7000-8000-0000000000f2");
    const QString id = QStringLiteral("01900000-0000-7000-8000-0000000000e1");
    auto change = [&](qint64 seq, const QString& column, const QVariant& value) {
        storage::Change c;
        c.site = peer;
        c.seq = seq;
        c.hlc = hlc::pack(Clock::instance().nowMs(), seq);
        c.table = QStringLiteral("people");
        c.rowId = id;
        c.column = column;
        c.value = value;
        c.op = storage::Change::Op::Insert;
        return c;
    };
    auto apply = [&db](const QList<storage::Change>& changes) {
        db.exec("PRAGMA foreign_keys = OFF");
        storage::Transaction transaction(db);
        const sync::ApplyResult result = sync::ChangeApplier(db).apply(changes);
        transaction.commit();
        db.exec("PRAGMA foreign_keys = ON");
        return result;
    };
    const sync::ApplyResult result = apply({change(1, QStringLiteral("name"), QStringLiteral("Mina")),
        change(2, QStringLiteral("email"), QStringLiteral("mina@example.org>\r\nRCPT TO:<evil@example.net")),
        change(3, QStringLiteral("created_at"), qint64 {1})});
    QCOMPARE(result.applied, 3);
    const QString warnings = result.warnings.join(u' ');
    QVERIFY2(warnings.contains(peer) && warnings.contains(u"e-mail"), qPrintable(warnings));
    QCOMPARE(people.find(id)->name, QStringLiteral("Mina"));
    QCOMPARE(people.find(id)->email, QString());

    tasks::TaskRepository(db, people.me().id).create({.title = QStringLiteral("Review"), .assigneeId = id});
    QVERIFY(notify::EmailOutbox(db).pending().isEmpty());

    // A proper address from that device later is taken as usual.
    apply({change(4, QStringLiteral("email"), QStringLiteral("mina@example.org"))});
    QCOMPARE(people.find(id)->email, QStringLiteral("mina@example.org"));
}

void TestEmail::headersAreFoldedAndTheBodyHasNoBareCarriageReturn()
{
    const QString subject
        = QStringLiteral("Voxnote: ") + QStringLiteral("회의록 보내기 — send the minutes ").repeated(8);
    const QByteArray message = notify::SmtpSender::composeMessage(QStringLiteral("voxnote@example.org"),
        QStringLiteral("mina@example.org"), subject, QStringLiteral("line one\rline two\nline three"));
    const qsizetype end = message.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    const QByteArray headers = message.left(end);
    for (const QByteArray& line : headers.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
    QVERIFY(headers.contains("To: <mina@example.org>"));
    // The folded words decode back to the subject.
    QString decoded;
    const QList<QByteArray> lines = headers.mid(headers.indexOf("Subject: ") + 9).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i].trimmed();
        if (i > 0 && !lines[i].startsWith(' '))
            break;
        QVERIFY2(line.startsWith("=?UTF-8?B?") && line.endsWith("?="), line.constData());
        decoded += QString::fromUtf8(QByteArray::fromBase64(line.mid(10, line.size() - 12)));
    }
    QCOMPARE(decoded, subject);
    const QByteArray body = message.mid(end + 4);
    QVERIFY(!body.contains("\rl"));
    QCOMPARE(body, QByteArray("line one\r\nline two\r\nline three\r\n"));
}

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
