// Fuzzes the reader of sync-folder change files (core/sync/FolderRemote):
// the header, the checksum, the Ed25519 signature of a device whose key is
// known, decryption and the CBOR body. The first input byte chooses how the
// folder is read (encrypted or not, knowing the writer's key or not); the
// rest is the file, placed under the name its header gives. Whatever the
// bytes, pulling skips the file with a reason or returns exactly the
// changes it names, and never crashes.

#include "FuzzHarness.h"

#include "Error.h"
#include "storage/Profile.h"
#include "sync/DeviceKeys.h"
#include "sync/FolderRemote.h"

#include <QDataStream>
#include <QDir>
#include <QFile>

#include <memory>

using namespace voxnote;

namespace {

const QString kWriter = QStringLiteral("0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b");
const QString kReader = QStringLiteral("0190a3c4-0000-7000-8000-00000000beef");
const QByteArray kKey(32, '\x5a'); // a fixed folder key, so seeds made once stay valid

struct Folder
{
    QString root;
    std::unique_ptr<storage::Profile> reader;
};

Folder& folder()
{
    static Folder s_folder;
    return s_folder;
}

QList<storage::Change> someChanges(qint64 first, int count)
{
    QList<storage::Change> changes;
    for (int i = 0; i < count; ++i) {
        storage::Change change;
        change.site = kWriter;
        change.seq = first + i;
        change.hlc = 1'700'000'000'000LL * 65536 + change.seq;
        change.table = QStringLiteral("tasks");
        change.rowId = QStringLiteral("0190a3c4-0000-7000-8000-000000000002");
        change.column = i % 2 ? QStringLiteral("title") : QStringLiteral("priority");
        change.value = i % 2 ? QVariant(QStringLiteral("Call Mina")) : QVariant(qint64 {i});
        changes.append(change);
    }
    return changes;
}

/// The range the header names, so the file lies under the name a writer would give it.
std::pair<qint64, qint64> rangeOf(const QByteArray& file)
{
    QDataStream in(file);
    in.skipRawData(8);
    quint32 version = 0;
    quint32 flags = 0;
    QByteArray site;
    qint64 first = 0;
    qint64 last = 0;
    in >> version >> flags >> site >> first >> last;
    if (in.status() != QDataStream::Ok || first < 1 || last < first || last > 999'999'999'999LL)
        return {1, 1};
    return {first, last};
}

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    QList<std::pair<QString, QByteArray>> out;
    const QString root = QDir(scratchDir()).filePath(QStringLiteral("seeds"));
    QDir().mkpath(root);
    auto writer = storage::Profile::open(QDir(scratchDir()).filePath(QStringLiteral("seed-writer")));
    const auto take = [&](const QString& name, bool encrypted, bool signing, qint64 first, int count) {
        sync::FolderRemote remote(root, encrypted ? kKey : QByteArray(),
            signing ? std::make_unique<sync::DeviceKeys>(writer->database(), kWriter, 0) : nullptr);
        remote.push(kWriter, someChanges(first, count));
        QFile file(remote.changeFilePath(kWriter, first, first + count - 1));
        file.open(QIODevice::ReadOnly);
        // Read without key checks (bit 2): the seed's signer is not the writer
        // whose key the fuzzed folder publishes; the fuzzer flips the bit.
        out.append({name, QByteArray(1, encrypted ? '\x03' : '\x02') + file.readAll()});
        file.remove();
    };
    take(QStringLiteral("plain-1.chg"), false, false, 1, 1);
    take(QStringLiteral("plain-5.chg"), false, false, 3, 5);
    take(QStringLiteral("encrypted-4.chg"), true, false, 1, 4);
    take(QStringLiteral("signed-3.chg"), false, true, 1, 3);
    take(QStringLiteral("signed-encrypted-2.chg"), true, true, 7, 2);
    return out;
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, false);
    Folder& f = folder();
    f.root = QDir(fuzz::scratchDir()).filePath(QStringLiteral("folder"));
    sync::FolderRemote::create(f.root, QString());
    f.reader = storage::Profile::open(QDir(fuzz::scratchDir()).filePath(QStringLiteral("reader")));
    // The writer publishes its key, so a reader that looks for keys checks signatures.
    auto writer = storage::Profile::open(QDir(fuzz::scratchDir()).filePath(QStringLiteral("writer")));
    sync::FolderRemote publisher(
        f.root, {}, std::make_unique<sync::DeviceKeys>(writer->database(), kWriter, 0));
    publisher.push(kWriter, someChanges(1, 1));
    QFile::remove(publisher.changeFilePath(kWriter, 1, 1));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    Folder& f = folder();
    const bool encrypted = (data[0] & 1) != 0;
    const bool checkKeys = (data[0] & 2) == 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const auto [first, last] = rangeOf(bytes);
    sync::FolderRemote remote(f.root, encrypted ? kKey : QByteArray(),
        checkKeys ? std::make_unique<sync::DeviceKeys>(f.reader->database(), kReader, 0) : nullptr);
    const QString path = remote.changeFilePath(kWriter, first, last);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            fuzz::violated("could not write the change file");
    }
    try {
        const sync::PullResult pulled = remote.pull(
            kReader, [](const QString&) { return qint64 {0}; }, 100'000);
        if (!pulled.changes.isEmpty()) {
            if (pulled.changes.size() != last - first + 1)
                fuzz::violated("a change file gave another number of changes than its name says");
            for (qsizetype i = 0; i < pulled.changes.size(); ++i) {
                if (pulled.changes[i].site != kWriter || pulled.changes[i].seq != first + i)
                    fuzz::violated("a change file gave changes of another device or number");
            }
        }
        const qint64 published = remote.pushedSequence(kWriter);
        if (published != 0 && (published != last || first != 1))
            fuzz::violated("a device counts as published what its files do not hold");
    } catch (const Error&) {
        // e.g. a change file over the size limit: a sentence, not a crash
    }
    QFile::remove(path);
    return 0;
}
