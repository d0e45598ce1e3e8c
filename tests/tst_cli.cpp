#include "TestSupport.h"

#include "jobs/JobStore.h"
#include "notes/NoteRepository.h"
#include "storage/DataDirectory.h"
#include "storage/Profile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using voxnote::test::runVoxnote;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void importAFolderSaysWhatItSkipped();
    void unknownVerbIsUsageError();
    void badOptionIsUsageError();
    void infoNeedsNoDisplay();
    void windowWithoutDisplaySaysSo();
    void infoAsJson();
    void checkFindsDamagedMedia();
    void dataDirectoryThatIsAFile();
    void notADatabase();
    void corruptedDatabase();
    void unwritableDataDirectory();
    void fullDisk();
    void dataDirFromEnvironment();
    void speaksKorean();
    void transcribeTakesTheSpeakerCountFromSettings();
};

void TestCli::versionAndHelp()
{
    auto result = runVoxnote({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("voxnote " VOXNOTE_VERSION));

    result = runVoxnote({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"info"));
    QVERIFY(result.out.contains(u"check"));
    QVERIFY(result.out.contains(u"--data-dir"));

    result = runVoxnote({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"Usage: voxnote"));
}

void TestCli::unknownVerbIsUsageError()
{
    const auto result = runVoxnote({QStringLiteral("transcibe"), QStringLiteral("meeting.wav")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"'transcibe' is not a Voxnote command"), qPrintable(result.err));
}

void TestCli::badOptionIsUsageError()
{
    QTemporaryDir dir;
    const auto result = runVoxnote(
        {QStringLiteral("info"), QStringLiteral("--frobnicate"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"frobnicate"), qPrintable(result.err));
    QVERIFY(result.err.contains(u"voxnote info --help"));
}

void TestCli::infoNeedsNoDisplay()
{
    QTemporaryDir dir;
    // runVoxnote removes DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM.
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(dir.path()), qPrintable(result.out + result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCli::windowWithoutDisplaySaysSo()
{
    QTemporaryDir dir;
    // No verb asks for the window; without a display it must say so, not abort.
    const auto result = runVoxnote({QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"No display found"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"voxnote --help"), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestCli::infoAsJson()
{
    QTemporaryDir dir;
    {
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository(profile->database()).create(QStringLiteral("One"), QString());
    }
    const auto result = runVoxnote(
        {QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(info[u"notes"].toInt(), 1);
    QCOMPARE(info[u"changes"].toInt(), 5);
    QCOMPARE(info[u"dataDir"].toString(), dir.path());
    QVERIFY(info[u"schemaVersion"].toInt() >= 1);
}

void TestCli::checkFindsDamagedMedia()
{
    QTemporaryDir dir;
    QString blobPath;
    {
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository notes(profile->database());
        const auto note = notes.create(QStringLiteral("Scan"), QString());
        const QString hash = profile->blobs().putData(QByteArray("page image bytes").repeated(100));
        notes.attach(note.id, hash, QStringLiteral("image"), QStringLiteral("page.png"),
            QStringLiteral("image/png"), 1600);
        blobPath = profile->blobs().pathOf(hash);
    }
    auto result = runVoxnote({QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"good order"));

    test::damageFile(blobPath, 10, 4);
    result = runVoxnote({QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"damaged"), qPrintable(result.err));
}

void TestCli::dataDirectoryThatIsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), path});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(),
        QStringLiteral(
            "The data directory %1 is a file, not a folder. Move the file away or choose another folder "
            "with --data-dir.")
            .arg(path));
}

void TestCli::notADatabase()
{
    QTemporaryDir dir;
    const QString path = storage::DataDirectory::databasePath(dir.path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n").repeated(600));
    file.close();
    const QByteArray before = test::fileHash(path);
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.contains(path + QStringLiteral(" is not a Voxnote database")), qPrintable(result.err));
    QCOMPARE(test::fileHash(path), before);
}

void TestCli::corruptedDatabase()
{
    QTemporaryDir dir;
    {
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository notes(profile->database());
        for (int i = 0; i < 30; ++i)
            notes.create(QStringLiteral("n"), QString(300, u'z'));
    }
    const QString path = storage::DataDirectory::databasePath(dir.path());
    test::damageFile(path, 100, 2000);
    const QByteArray before = test::fileHash(path);
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"is damaged"), qPrintable(result.err));
    QVERIFY(result.err.contains(u"backups"));
    QCOMPARE(test::fileHash(path), before);
}

void TestCli::unwritableDataDirectory()
{
    QTemporaryDir scratch;
    const QString folder = test::unwritableFolder(scratch.path());
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), folder});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"cannot write to its data folder " + folder), qPrintable(result.err));
}

void TestCli::fullDisk()
{
    QTemporaryDir dir;
    // Room for the empty database file, not for its schema.
    const auto result = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()}, 2048);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no space left") || result.err.contains(u"Free some disk space"),
        qPrintable(result.err));
    // Once there is room again, the database opens normally.
    const auto retry = runVoxnote({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(retry.exitCode, 0);
}

void TestCli::dataDirFromEnvironment()
{
    QTemporaryDir dir;
    qputenv("VOXNOTE_DATA_DIR", dir.path().toUtf8());
    QProcess process;
    process.start(QStringLiteral(VOXNOTE_BINARY), {QStringLiteral("--json"), QStringLiteral("info")});
    QVERIFY(process.waitForFinished(60'000));
    qunsetenv("VOXNOTE_DATA_DIR");
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject info = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(info[u"dataDir"].toString(), dir.path());
}

void TestCli::speaksKorean()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VOXNOTE_BINARY),
        {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral(" "), QStringLiteral("--data-dir"),
            dir.path()});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
        QStringLiteral("할 일에는 제목이 필요합니다."));
}

void TestCli::transcribeTakesTheSpeakerCountFromSettings()
{
    // Settings ▸ Processing ▸ Speakers, as the window saves it.
    QTemporaryDir config;
    QTemporaryDir dir;
    {
        QSettings settings(
            config.filePath(QStringLiteral("Unknown Organization/voxnote.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("processing/speakers"), 2);
        settings.setValue(QStringLiteral("processing/speechLanguage"), QStringLiteral("en-US"));
    }
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const auto result = test::runVoxnote({QStringLiteral("transcribe"), QStringLiteral("--data-dir"),
        dir.path(), test::testData(QStringLiteral("speech/jfk.flac"))});
    qputenv("XDG_CONFIG_HOME", previous);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    auto profile = storage::Profile::open(dir.path());
    const QList<jobs::JobStatus> jobs = jobs::JobStore(profile->database()).list(10);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].params.value(u"speakers").toInt(), 2);
    QCOMPARE(jobs[0].params.value(u"language").toString(), QStringLiteral("en-US"));

    // A language the speech model does not know is refused with a sentence.
    {
        QSettings settings(
            config.filePath(QStringLiteral("Unknown Organization/voxnote.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("processing/speechLanguage"), QStringLiteral("ko"));
    }
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    for (const bool save : {true, false}) {
        QStringList arguments {QStringLiteral("transcribe"), QStringLiteral("--data-dir"), dir.path(),
            test::testData(QStringLiteral("speech/jfk.flac"))};
        if (!save)
            arguments << QStringLiteral("--no-save");
        const auto refused = test::runVoxnote(arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"cannot be transcribed in “ko”"), qPrintable(refused.err));
    }
    qputenv("XDG_CONFIG_HOME", previous);
}

void TestCli::importAFolderSaysWhatItSkipped()
{
    QTemporaryDir dir;
    QTemporaryDir files;
    const QString root = files.filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/old")));
    QImage page(300, 120, QImage::Format_RGB32);
    page.fill(Qt::white);
    QVERIFY(page.save(root + QStringLiteral("/page.png")));
    QVERIFY(page.save(root + QStringLiteral("/old/page-2.png")));
    {
        QFile other(root + QStringLiteral("/old/list.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not media");
    }
    QVERIFY(QFile::link(root, root + QStringLiteral("/old/loop")));
    const QString empty = files.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));

    auto result = runVoxnote({QStringLiteral("import"), QStringLiteral("--data-dir"), dir.path(), root});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(u"note "), 2);
    QVERIFY2(result.err.contains(u"1 file(s) skipped: neither recordings nor images (list.txt)."),
        qPrintable(result.err));
    QVERIFY2(result.err.contains(u"1 link(s) back to a folder already imported not followed (loop)."),
        qPrintable(result.err));
    {
        auto profile = storage::Profile::open(dir.path());
        QCOMPARE(notes::NoteRepository(profile->database()).list().size(), 2);
    }
    // An empty folder is a failure that says so; nothing else is imported twice.
    result = runVoxnote({QStringLiteral("import"), QStringLiteral("--data-dir"), dir.path(), empty});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"holds no recordings or images"), qPrintable(result.err));
    result = runVoxnote({QStringLiteral("import"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
