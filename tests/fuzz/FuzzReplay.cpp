// The main a harness is linked with for the test suite (GCC, ASan/UBSan):
//
//     fuzz_replay_<harness> [--mutations N] [--keep-last FILE] [--write-seeds DIR] PATH…
//
// runs every file under each PATH (its seed corpus and the regression inputs
// of crashes found before) through LLVMFuzzerTestOneInput, then N inputs made
// from them by a fixed-seed mutator (bit flips, cuts, copies, interesting
// numbers), so each test run fuzzes for a short, bounded and repeatable
// time. A crash or sanitizer report fails the test; an empty corpus too.
// With --keep-last, each mutated input is written to FILE before it runs, so
// the one that crashed is there to become a regression input.

#include "FuzzHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

namespace {

QByteArray mutated(QByteArray data, std::mt19937& random)
{
    const int steps = 1 + static_cast<int>(random() % 4);
    for (int step = 0; step < steps; ++step) {
        const auto at = [&] {
            return data.isEmpty() ? 0 : static_cast<qsizetype>(random() % data.size());
        };
        switch (random() % 6) {
        case 0: // flip a bit
            if (!data.isEmpty())
                data[at()] = static_cast<char>(data[at()] ^ (1 << (random() % 8)));
            break;
        case 1: { // an interesting byte or 32-bit number
            static const quint32 interesting[] = {0, 1, 0x7f, 0x80, 0xff, 0x7fffffff, 0x80000000, 0xffffffff};
            const quint32 value = interesting[random() % std::size(interesting)];
            const qsizetype where = at();
            for (int i = 0; i < 4 && where + i < data.size(); ++i)
                data[where + i] = static_cast<char>(value >> (8 * i));
            break;
        }
        case 2: // cut the end off
            data.truncate(at());
            break;
        case 3: { // remove a piece
            const qsizetype where = at();
            data.remove(where, static_cast<qsizetype>(random() % 64));
            break;
        }
        case 4: { // copy a piece elsewhere
            const qsizetype from = at();
            const QByteArray piece = data.mid(from, static_cast<qsizetype>(random() % 64));
            data.insert(at(), piece);
            break;
        }
        default: { // random bytes
            QByteArray noise(static_cast<qsizetype>(1 + random() % 16), Qt::Uninitialized);
            for (char& c : noise)
                c = static_cast<char>(random());
            data.insert(at(), noise);
            break;
        }
        }
    }
    return data;
}

int run(const QByteArray& data)
{
    return LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
}

} // namespace

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    long mutations = 0;
    QString keepLast;
    std::vector<QString> files;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == u"--mutations" && i + 1 < argc) {
            mutations = std::strtol(argv[++i], nullptr, 10);
        } else if (argument == u"--keep-last" && i + 1 < argc) {
            keepLast = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == u"--write-seeds" && i + 1 < argc) {
            const QDir dir(QString::fromLocal8Bit(argv[++i]));
            dir.mkpath(QStringLiteral("."));
            for (const auto& [name, bytes] : voxnote::fuzz::seeds()) {
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                    return 1;
            }
            return 0;
        } else if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.push_back(it.next());
        } else {
            files.push_back(argument);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no inputs: give the harness's corpus folder\n");
        return 1;
    }
    std::vector<QByteArray> inputs;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        inputs.push_back(file.readAll());
        std::fprintf(stderr, "input %s (%lld bytes)\n", qPrintable(path),
            static_cast<long long>(inputs.back().size()));
        run(inputs.back());
    }
    std::mt19937 random(19);
    for (long i = 0; i < mutations; ++i) {
        const QByteArray input = mutated(inputs[random() % inputs.size()], random);
        if (!keepLast.isEmpty()) {
            QFile last(keepLast);
            if (!last.open(QIODevice::WriteOnly | QIODevice::Truncate) || last.write(input) != input.size())
                return 1;
        }
        run(input);
    }
    std::printf("%zu corpus inputs and %ld mutated inputs ran without a crash\n", inputs.size(), mutations);
    return 0;
}
