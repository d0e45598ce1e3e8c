#include "TestSupport.h"
#include "WavFixture.h"

#include "jobs/JobStore.h"
#include "storage/Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using voxnote::test::runVoxnote;

class TestTranscribeCli : public QObject
{
    Q_OBJECT

private slots:
    void printsTranscriptAndSavesNote();
    void badFileFailsAloneAndIsNotSaved();
    void writesFormatsToFilesAndFolders();
    void wrongArgumentsAreUsageErrors();
    void sameNamesIntoOneFolderAreRefused();
    void aRecordingWithoutSpeechSaysSo();

private:
    qint64 rows(const QString& dataDir, const char* table);
    QTemporaryDir m_dir;
};

qint64 TestTranscribeCli::rows(const QString& dataDir, const char* table)
{
    auto profile = storage::Profile::open(dataDir);
    return profile->database().queryInt(std::string("SELECT count(*) FROM ") + table);
}

void TestTranscribeCli::printsTranscriptAndSavesNote()
{
    const QString data = m_dir.filePath(QStringLiteral("saved"));
    const auto result = runVoxnote({QStringLiteral("transcribe"),
        test::testData(QStringLiteral("speech/jfk.flac")), QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"country", Qt::CaseInsensitive), qPrintable(result.out));
    // stderr is not a terminal here: no progress, nothing else either.
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(rows(data, "notes"), 1);
    QCOMPARE(rows(data, "attachments"), 1);
    QCOMPARE(rows(data, "transcripts"), 1);
    QVERIFY(rows(data, "transcript_segments") >= 1);
}

void TestTranscribeCli::badFileFailsAloneAndIsNotSaved()
{
    const QString data = m_dir.filePath(QStringLiteral("batch"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.wav"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString text = m_dir.filePath(QStringLiteral("readme.mp3"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not audio at all.\n");
    file.close();

    const auto result = runVoxnote({QStringLiteral("transcribe"), empty, text,
        test::testData(QStringLiteral("speech/jfk.flac")), QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"“empty.wav” is empty"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"“readme.mp3” is not an audio file"), qPrintable(result.err));
    QVERIFY(result.out.contains(u"==> jfk.flac <=="));
    QVERIFY(result.out.contains(u"country", Qt::CaseInsensitive));
    QCOMPARE(rows(data, "notes"), 1);
    QCOMPARE(rows(data, "transcripts"), 1);
}

void TestTranscribeCli::writesFormatsToFilesAndFolders()
{
    const QString out = m_dir.filePath(QStringLiteral("jfk.srt"));
    auto result = runVoxnote({QStringLiteral("transcribe"), test::testData(QStringLiteral("speech/jfk.flac")),
        QStringLiteral("--no-save"), QStringLiteral("--format"), QStringLiteral("srt"), QStringLiteral("-o"),
        out, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("unused"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile srt(out);
    QVERIFY(srt.open(QIODevice::ReadOnly));
    QVERIFY(srt.readAll().startsWith("1\n00:00:"));
    // --no-save touches no profile.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unused"))));

    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    result = runVoxnote({QStringLiteral("transcribe"), test::testData(QStringLiteral("speech/jfk.flac")),
        test::testData(QStringLiteral("diarization/sample.wav")), QStringLiteral("--no-save"),
        QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--speakers"), QStringLiteral("2"),
        QStringLiteral("-o"), folder});
    QCOMPARE(result.exitCode, 0);
    QFile json(QDir(folder).filePath(QStringLiteral("sample.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root[u"speakers"].toArray().size(), 2);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("jfk.json"))));
}

void TestTranscribeCli::wrongArgumentsAreUsageErrors()
{
    const QString jfk = test::testData(QStringLiteral("speech/jfk.flac"));
    for (const QStringList& arguments : {QStringList {QStringLiteral("transcribe")},
             QStringList {QStringLiteral("transcribe"), jfk, QStringLiteral("-f"), QStringLiteral("docx")},
             QStringList {
                 QStringLiteral("transcribe"), jfk, QStringLiteral("--speakers"), QStringLiteral("0")}}) {
        const auto result = runVoxnote(arguments + QStringList {QStringLiteral("--no-save")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"voxnote transcribe --help"), qPrintable(result.err));
    }
}

void TestTranscribeCli::sameNamesIntoOneFolderAreRefused()
{
    // a/x.flac and b/x.flac would both become OUT/x.srt: the second would
    // silently replace the first.
    QTemporaryDir dir;
    const QString jfk = test::testData(QStringLiteral("speech/jfk.flac"));
    for (const char* folder : {"a", "b"}) {
        QVERIFY(QDir(dir.path()).mkpath(QString::fromLatin1(folder)));
        QVERIFY(QFile::copy(jfk, dir.filePath(QString::fromLatin1(folder) + QStringLiteral("/x.flac"))));
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto result = runVoxnote({QStringLiteral("transcribe"), dir.filePath(QStringLiteral("a/x.flac")),
        dir.filePath(QStringLiteral("b/x.flac")), QStringLiteral("-f"), QStringLiteral("srt"),
        QStringLiteral("-o"), out, QStringLiteral("--no-save")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(
        result.err.contains(u"x.srt") && result.err.contains(u"a/x.flac") && result.err.contains(u"b/x.flac"),
        qPrintable(result.err));
    QVERIFY(QDir(out).isEmpty());
}

void TestTranscribeCli::aRecordingWithoutSpeechSaysSo()
{
    // Ten seconds of a steady hum: no words, an empty transcript, and a
    // sentence on stderr instead of a silent success.
    std::vector<qint16> hum = test::tone(10.0, 16000, 100.0, 0.2);
    const std::vector<qint16> overtone = test::tone(10.0, 16000, 300.0, 0.1);
    for (size_t i = 0; i < hum.size(); ++i)
        hum[i] = qint16(hum[i] + overtone[i]);
    const QString path = m_dir.filePath(QStringLiteral("hum.wav"));
    QVERIFY(test::writeFile(path, test::wavBytes(hum, 16000, 1)));
    const QString data = m_dir.filePath(QStringLiteral("hum"));
    const auto result = runVoxnote({QStringLiteral("transcribe"), path, QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"No speech was found in “hum.wav”"), qPrintable(result.err));
    QVERIFY2(result.out.trimmed().isEmpty(), qPrintable(result.out));
    QCOMPARE(rows(data, "transcripts"), 1);
    QCOMPARE(rows(data, "transcript_segments"), 0);
    // The job's result carries the sentence too, for the window to show.
    auto profile = storage::Profile::open(data);
    const QList<jobs::JobStatus> jobs = jobs::JobStore(profile->database()).list(10);
    QCOMPARE(jobs.size(), 1);
    const QJsonObject jobResult = jobs[0].results.last().toObject();
    QCOMPARE(jobResult[u"words"].toInt(), 0);
    QVERIFY(jobResult[u"notice"].toString().startsWith(u"No speech was found"));
}

QTEST_GUILESS_MAIN(TestTranscribeCli)
#include "tst_transcribecli.moc"
