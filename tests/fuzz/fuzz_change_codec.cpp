// Fuzzes the wire form of synced changes (core/sync/ChangeCodec): any bytes
// either decode to changes or throw Error, never crash; what decodes encodes
// back to bytes that decode to the same changes.

#include "FuzzHarness.h"

#include "Error.h"
#include "sync/ChangeCodec.h"

using namespace voxnote;

namespace {

const QString kSite = QStringLiteral("0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b");

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    const auto change = [](qint64 seq, const QString& column, const QVariant& value, storage::Change::Op op) {
        storage::Change c;
        c.seq = seq;
        c.hlc = 1'700'000'000'000LL * 65536 + seq;
        c.table = QStringLiteral("notes");
        c.rowId = QStringLiteral("0190a3c4-0000-7000-8000-000000000001");
        c.column = column;
        c.value = value;
        c.op = op;
        if (column == u"body")
            c.base = kSite + QStringLiteral(":1");
        return c;
    };
    using Op = storage::Change::Op;
    const QList<storage::Change> changes {
        change(1, QStringLiteral("title"), QStringLiteral("Meeting"), Op::Insert),
        change(2, QStringLiteral("body"), QStringLiteral("회의록 — notes"), Op::Update),
        change(3, QStringLiteral("pinned"), 1LL, Op::Update),
        change(4, QStringLiteral("score"), 0.25, Op::Update),
        change(5, QStringLiteral("thumb"), QByteArray("\x00\x01\xff", 3), Op::Update),
        change(6, QStringLiteral("due"), QVariant(), Op::Update),
        change(7, QString(), QVariant(), Op::Delete)};
    return {{QStringLiteral("changes.cbor"), sync::ChangeCodec::encode(changes)},
        {QStringLiteral("one.cbor"), sync::ChangeCodec::encode({changes.first()})},
        {QStringLiteral("empty.cbor"), sync::ChangeCodec::encode({})},
        {QStringLiteral("value-text.cbor"), sync::ChangeCodec::encodeValue(QStringLiteral("text"))},
        {QStringLiteral("value-real.cbor"), sync::ChangeCodec::encodeValue(2.5)}};
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        // Decoding may normalise (a delete keeps no column), so the check is
        // that what was decoded once is a fixed point of encode and decode.
        const QByteArray once = sync::ChangeCodec::encode(sync::ChangeCodec::decode(bytes, kSite));
        const QList<storage::Change> changes = sync::ChangeCodec::decode(once, kSite);
        if (sync::ChangeCodec::encode(changes) != once)
            fuzz::violated("decoded changes do not survive encoding and decoding");
    } catch (const Error&) {
    }
    try {
        const QByteArray once = sync::ChangeCodec::encodeValue(sync::ChangeCodec::decodeValue(bytes));
        if (sync::ChangeCodec::encodeValue(sync::ChangeCodec::decodeValue(once)) != once)
            fuzz::violated("a decoded value does not survive encoding and decoding");
    } catch (const Error&) {
    }
    return 0;
}
