#pragma once

// What every fuzz harness in tests/fuzz shares. A harness defines
// `LLVMFuzzerTestOneInput` (and may define `voxnoteFuzzSeeds`); it is linked
// either with libFuzzer (clang, tests/fuzz/run-fuzzers.sh) or with
// FuzzReplay.cpp, the small main that runs a corpus through it as a test.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace voxnote::fuzz {

/// Seed inputs a harness can make itself (name, bytes), written by
/// `fuzz_replay_<harness> --write-seeds DIR`. Harnesses whose seeds are
/// media files copied into the corpus return none.
QList<std::pair<QString, QByteArray>> seeds();

/// Called once before the first input: makes the Qt application object the
/// harness needs (`gui` for image decoding) and silences Qt's log output,
/// which would otherwise drown the fuzzer's.
void initialize(int* argc, char*** argv, bool gui);

/// A folder of this process's own for the files a harness writes, on a RAM
/// disk where there is one. Removed at exit.
QString scratchDir();

/// Writes `bytes` to `name` in the scratch folder and returns its path.
QString writeScratch(const QString& name, const QByteArray& bytes);

/// Stops the run with `what` when an invariant of the code under test does
/// not hold: a crash the fuzzer records, not an exception the code expects.
[[noreturn]] void violated(const char* what);

/// Takes typed values off the front of a fuzzer input; once it runs out,
/// everything is zero or empty.
class InputReader
{
public:
    InputReader(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool empty() const { return m_size == 0; }
    uint8_t byte();
    bool flag() { return (byte() & 1) != 0; }
    qint64 integer();
    /// Up to `maxBytes` bytes (their count is taken from the input first).
    QByteArray bytes(size_t maxBytes);
    QString text(size_t maxBytes) { return QString::fromUtf8(bytes(maxBytes)); }
    QByteArray rest();

private:
    const uint8_t* m_data;
    size_t m_size;
};

} // namespace voxnote::fuzz
