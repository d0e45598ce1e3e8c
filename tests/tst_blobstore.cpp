#include "TestSupport.h"

#include "Error.h"
#include "storage/BlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace voxnote;
using namespace voxnote::storage;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

int filesUnder(const QString& root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void storesContentUnderItsHash();
    void sameContentIsStoredOnce();
    void damagedBlobIsDetectedAndRepaired();
    void missingBlobIsReported();
    void largeFileIsStreamed();
    void fullDiskLeavesNoPartialBlob();
    void unreadableSourceIsReported();
};

void TestBlobStore::storesContentUnderItsHash()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QByteArray content("a page of a book");
    const QString hash = store.putData(content);
    QCOMPARE(hash.toLatin1(), sha256Hex(content));
    QVERIFY(store.contains(hash));
    QCOMPARE(store.pathOf(hash), dir.filePath(QStringLiteral("blobs/") + hash.left(2) + u'/' + hash));
    QCOMPARE(store.read(hash), content);
    QCOMPARE(store.size(hash), content.size());
    QCOMPARE(QFile::permissions(store.pathOf(hash)) & 0x0077, QFileDevice::Permissions());
}

void TestBlobStore::sameContentIsStoredOnce()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QByteArray content = QByteArray("RIFF....WAVEfmt ").repeated(1000);
    const QString a = store.putFile(writeFile(dir, QStringLiteral("meeting.wav"), content));
    const QString b = store.putFile(writeFile(dir, QStringLiteral("copy of meeting.wav"), content));
    QCOMPARE(a, b);
    QCOMPARE(filesUnder(store.root()), 1); // no temporary file left behind either
    QVERIFY(store.putData(QByteArray("other")) != a);
    QCOMPARE(filesUnder(store.root()), 2);
}

void TestBlobStore::damagedBlobIsDetectedAndRepaired()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QByteArray content = QByteArray("scanned page ").repeated(500);
    const QString hash = store.putData(content);
    store.verify(hash);
    test::damageFile(store.pathOf(hash), 100, 8);
    try {
        store.verify(hash);
        QFAIL("a damaged blob must be detected");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"damaged"), qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(Error, store.read(hash));
    // Importing the original again replaces the damaged copy.
    QCOMPARE(store.putData(content), hash);
    QCOMPARE(store.read(hash), content);
}

void TestBlobStore::missingBlobIsReported()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QString hash = QString::fromLatin1(sha256Hex("never stored"));
    QVERIFY(!store.contains(hash));
    try {
        store.read(hash);
        QFAIL("a missing blob must be reported");
    } catch (const Error& error) {
        QVERIFY(error.message().contains(u"missing"));
    }
    QVERIFY(!store.contains(QStringLiteral("../../etc/passwd")));
}

void TestBlobStore::largeFileIsStreamed()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    QByteArray content(24 * 1024 * 1024, '\0');
    for (int i = 0; i < content.size(); i += 4096)
        content[i] = static_cast<char>(i / 4096);
    const QString hash = store.putFile(writeFile(dir, QStringLiteral("long.wav"), content));
    QCOMPARE(hash.toLatin1(), sha256Hex(content));
    store.verify(hash);
}

void TestBlobStore::fullDiskLeavesNoPartialBlob()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QString source = writeFile(dir, QStringLiteral("big.flac"), QByteArray(4 * 1024 * 1024, 'z'));

    // A file-size limit makes writes fail past 1 MiB, as a full disk would.
    rlimit saved {};
    ::getrlimit(RLIMIT_FSIZE, &saved);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = saved;
    limit.rlim_cur = 1024 * 1024;
    ::setrlimit(RLIMIT_FSIZE, &limit);
    QString message;
    try {
        store.putFile(source);
    } catch (const Error& error) {
        message = error.message();
    }
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, previousHandler);

    QVERIFY2(message.contains(u"nothing was saved"), qPrintable(message));
    QVERIFY(message.contains(u"big.flac"));
    QCOMPARE(filesUnder(store.root()), 0);
}

void TestBlobStore::unreadableSourceIsReported()
{
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    try {
        store.putFile(dir.filePath(QStringLiteral("no-such-recording.wav")));
        QFAIL("a missing source must be reported");
    } catch (const Error& error) {
        QVERIFY(error.message().contains(u"no-such-recording.wav"));
    }
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
