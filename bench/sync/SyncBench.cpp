// voxnote_bench_sync [--quick]: times sync through a folder (plain and
// encrypted) and through a PostgreSQL server it starts on loopback:
// 10,000 changes pushed and pulled, a 100 MB attachment, and a new device
// catching up with 100,000 changes. Prints one table; compares the 100 MB
// file with a plain `cp` of the same file.

#include "BenchStatistics.h"
#include "SyncTestSupport.h"
#include "notes/NoteRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "sync/PostgresAdmin.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace voxnote;

namespace {

struct Row
{
    QString what;
    QString remote;
    double seconds = 0;
    qint64 items = 0;
    QString unit;
};

struct Device
{
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<sync::SyncEngine> engine;
};

using Setup = std::function<void(sync::SyncEngine&, int device)>;

Device device(const QString& dir, const Setup& setup, int number)
{
    Device d;
    d.profile = storage::Profile::open(dir);
    d.engine
        = std::make_unique<sync::SyncEngine>(d.profile->database(), d.profile->blobs(), d.profile->dataDir());
    setup(*d.engine, number);
    return d;
}

// Five changes per note (title, body, pinned, created, updated).
void makeChanges(storage::Profile& profile, int changes)
{
    storage::NoteRepository notes(profile.database());
    storage::Transaction transaction(profile.database());
    for (int i = 0; i < changes / 5; ++i)
        notes.create(QStringLiteral("Bench note %1").arg(i),
            QStringLiteral("Body of bench note %1 with some words").arg(i));
    transaction.commit();
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

using bench::median;

void changesRoundTrip(
    std::vector<Row>& rows, const QString& remote, const Setup& setup, int changes, int runs)
{
    std::vector<double> push;
    std::vector<double> pull;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Device a = device(dir.filePath(QStringLiteral("a")), setup, 0);
        makeChanges(*a.profile, changes);
        push.push_back(timed([&] { a.engine->run(); }));
        Device b = device(dir.filePath(QStringLiteral("b")), setup, 1);
        pull.push_back(timed([&] { b.engine->run(); }));
    }
    rows.push_back({QStringLiteral("push %1 changes").arg(changes), remote, median(push), changes,
        QStringLiteral("changes")});
    rows.push_back({QStringLiteral("pull %1 changes").arg(changes), remote, median(pull), changes,
        QStringLiteral("changes")});
}

void bigAttachment(
    std::vector<Row>& rows, const QString& remote, const Setup& setup, const QString& file, qint64 bytes)
{
    QTemporaryDir dir;
    Device a = device(dir.filePath(QStringLiteral("a")), setup, 0);
    storage::NoteRepository notes(a.profile->database());
    const QString hash = a.profile->blobs().putFile(file);
    notes.attach(notes.create(QStringLiteral("Big"), QString()).id, hash, QStringLiteral("audio"),
        QStringLiteral("big.wav"), QStringLiteral("audio/wav"), bytes);
    const double up = timed([&] { a.engine->run(); });
    Device b = device(dir.filePath(QStringLiteral("b")), setup, 1);
    const double down = timed([&] { b.engine->run(); });
    if (!b.profile->blobs().contains(hash))
        std::fprintf(stderr, "the 100 MB attachment did not arrive through %s\n", qPrintable(remote));
    rows.push_back({QStringLiteral("send 100 MB attachment"), remote, up, bytes >> 20, QStringLiteral("MB")});
    rows.push_back(
        {QStringLiteral("fetch + verify 100 MB"), remote, down, bytes >> 20, QStringLiteral("MB")});
}

void catchUp(std::vector<Row>& rows, const QString& remote, const Setup& setup, int changes)
{
    QTemporaryDir dir;
    Device a = device(dir.filePath(QStringLiteral("a")), setup, 0);
    makeChanges(*a.profile, changes);
    a.engine->run();
    Device fresh = device(dir.filePath(QStringLiteral("new")), setup, 1);
    const double seconds = timed([&] { fresh.engine->run(); });
    rows.push_back({QStringLiteral("new device catches up %1").arg(changes), remote, seconds, changes,
        QStringLiteral("changes")});
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const bool quick = application.arguments().contains(QStringLiteral("--quick"));
    const int changes = quick ? 2000 : 10000;
    const int catchUpChanges = quick ? 10000 : 100000;
    const qint64 bigBytes = (quick ? 10LL : 100LL) << 20;
    std::vector<Row> rows;

    QTemporaryDir scratch;
    const QString big = scratch.filePath(QStringLiteral("big.bin"));
    {
        QFile file(big);
        file.open(QIODevice::WriteOnly);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 written = 0; written < bigBytes; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            file.write(chunk);
        }
    }
    const double copy = timed([&] {
        QProcess::execute(QStringLiteral("cp"), {big, scratch.filePath(QStringLiteral("copy.bin"))});
        QProcess::execute(QStringLiteral("sync"), {});
    });
    rows.push_back({QStringLiteral("cp of the same file + sync"), QStringLiteral("(plain tool)"), copy,
        bigBytes >> 20, QStringLiteral("MB")});

    int folderNumber = 0;
    auto folder = [&](bool encrypted) {
        const QString path = scratch.filePath(QStringLiteral("remote%1").arg(++folderNumber));
        return Setup([path, encrypted](sync::SyncEngine& engine, int) {
            engine.setupFolder(path, encrypted ? QStringLiteral("bench passphrase") : QString());
        });
    };
    // Each measurement gets a fresh folder.
    auto freshFolder = [&](bool encrypted) {
        auto current = std::make_shared<Setup>(folder(encrypted));
        return Setup([current, &folder, encrypted](sync::SyncEngine& engine, int number) {
            if (number == 0)
                *current = folder(encrypted);
            (*current)(engine, number);
        });
    };

    changesRoundTrip(rows, QStringLiteral("folder"), freshFolder(false), changes, 3);
    changesRoundTrip(rows, QStringLiteral("folder, encrypted"), freshFolder(true), changes, 3);
    bigAttachment(rows, QStringLiteral("folder"), freshFolder(false), big, bigBytes);
    bigAttachment(rows, QStringLiteral("folder, encrypted"), freshFolder(true), big, bigBytes);
    catchUp(rows, QStringLiteral("folder"), freshFolder(false), catchUpChanges);

    std::unique_ptr<test::PostgresServer> server;
    if (test::PostgresServer::available()) {
        try {
            server = std::make_unique<test::PostgresServer>();
            server->start();
            sync::PostgresAdmin admin(server->adminConnection());
            admin.init();
            admin.addMember(QStringLiteral("bench"), QStringLiteral("bench_a"), QStringLiteral("pw-a"));
            admin.addMember(QStringLiteral("bench"), QStringLiteral("bench_b"), QStringLiteral("pw-b"));
        } catch (const std::exception& error) {
            std::fprintf(stderr, "no PostgreSQL runs: %s\n", error.what());
            server.reset();
        }
    }
    if (server) {
        int team = 0;
        auto freshTeam = [&] {
            auto name = std::make_shared<QString>();
            return Setup([&server, &team, name](sync::SyncEngine& engine, int number) {
                if (number == 0) {
                    *name = QStringLiteral("bench%1").arg(++team);
                    sync::PostgresAdmin admin(server->adminConnection());
                    admin.addMember(*name, QStringLiteral("bench_a"), {});
                    admin.addMember(*name, QStringLiteral("bench_b"), {});
                }
                engine.setupPostgres(number == 0
                        ? server->memberConnection(QStringLiteral("bench_a"), QStringLiteral("pw-a"))
                        : server->memberConnection(QStringLiteral("bench_b"), QStringLiteral("pw-b")),
                    *name);
            });
        };
        changesRoundTrip(rows, QStringLiteral("postgres"), freshTeam(), changes, 3);
        bigAttachment(rows, QStringLiteral("postgres"), freshTeam(), big, bigBytes);
        catchUp(rows, QStringLiteral("postgres"), freshTeam(), catchUpChanges);
    }

    std::printf("\n%-34s %-20s %10s %14s\n", "what", "remote", "seconds", "per second");
    for (const Row& row : rows) {
        std::printf("%-34s %-20s %10.2f %10.0f %s\n", qPrintable(row.what), qPrintable(row.remote),
            row.seconds, row.seconds > 0 ? static_cast<double>(row.items) / row.seconds : 0.0,
            qPrintable(row.unit));
    }
    std::printf(
        "\n(10,000-change rows: median of 3 runs; others: one run. Wall time on a shared, noisy machine.)\n");
    return 0;
}
