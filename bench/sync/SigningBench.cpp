// voxnote_bench_signing [--pairs N] [--changes N]: what signing change files
// (Ed25519, core/sync/DeviceKeys) costs sync through a folder. Two devices
// each make N changes (default 10,000) and sync both ways through a fresh
// folder, once with signing and checking on and once with both off (a
// FolderRemote without device keys, which only this bench builds); the two
// runs of a pair alternate in order. Prints the median of each step over
// the pairs (default 5) and signed ÷ unsigned. Steps: A pushes its changes;
// B pushes its own and pulls A's; A pulls B's.

#include "BenchStatistics.h"
#include "notes/NoteRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "sync/DeviceKeys.h"
#include "sync/FolderRemote.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace voxnote;

namespace {

struct Device
{
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<sync::SyncEngine> engine;
};

Device device(const QString& dir, const QString& folder)
{
    Device d;
    d.profile = storage::Profile::open(dir);
    d.engine
        = std::make_unique<sync::SyncEngine>(d.profile->database(), d.profile->blobs(), d.profile->dataDir());
    d.engine->setupFolder(folder, QString());
    return d;
}

// Five changes per note (title, body, pinned, created, updated).
void makeChanges(storage::Profile& profile, int changes, const QString& who)
{
    storage::NoteRepository notes(profile.database());
    storage::Transaction transaction(profile.database());
    for (int i = 0; i < changes / 5; ++i)
        notes.create(QStringLiteral("%1 note %2").arg(who).arg(i),
            QStringLiteral("Body of %1's bench note %2 with some words").arg(who).arg(i));
    transaction.commit();
}

/// The remote as the app opens it, with this device's keys only when signing.
std::unique_ptr<sync::FolderRemote> remoteOf(Device& d, const QString& folder, bool signing)
{
    if (!signing)
        return std::make_unique<sync::FolderRemote>(folder, QByteArray());
    storage::Connection& db = d.profile->database();
    return std::make_unique<sync::FolderRemote>(folder, QByteArray(),
        std::make_unique<sync::DeviceKeys>(
            db, storage::ChangeLog(db).siteId(), sync::SyncSettings(db).load()->pushedSeq));
}

double timedSync(Device& d, const QString& folder, bool signing)
{
    std::unique_ptr<sync::FolderRemote> remote = remoteOf(d, folder, signing);
    QElapsedTimer timer;
    timer.start();
    d.engine->run(*remote);
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

struct Times
{
    double push = 0; ///< A publishes its changes (nothing to pull yet)
    double both = 0; ///< B publishes its changes and takes in A's
    double pull = 0; ///< A takes in B's
    double total() const { return push + both + pull; }
};

Times roundTrip(bool signing, int changes)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder"));
    Device a = device(dir.filePath(QStringLiteral("a")), folder);
    Device b = device(dir.filePath(QStringLiteral("b")), folder);
    makeChanges(*a.profile, changes, QStringLiteral("A"));
    makeChanges(*b.profile, changes, QStringLiteral("B"));
    Times times;
    times.push = timedSync(a, folder, signing);
    times.both = timedSync(b, folder, signing);
    times.pull = timedSync(a, folder, signing);
    if (storage::NoteRepository(a.profile->database()).list(1 << 30).size() != 2 * changes / 5
        || storage::NoteRepository(b.profile->database()).list(1 << 30).size() != 2 * changes / 5)
        std::fprintf(stderr, "the devices did not converge: the figures are void\n");
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    const auto option = [&](const QString& name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    const int pairs = option(QStringLiteral("--pairs"), 5);
    const int changes = option(QStringLiteral("--changes"), 10000);
    std::vector<Times> on;
    std::vector<Times> off;
    for (int pair = 0; pair < pairs; ++pair) {
        // Alternate which goes first, so a machine getting busier or quieter favours neither.
        for (const bool signing :
            pair % 2 ? std::vector<bool> {false, true} : std::vector<bool> {true, false}) {
            const Times t = roundTrip(signing, changes);
            (signing ? on : off).push_back(t);
            std::fprintf(stderr, "pair %d, signing %s: %.3f + %.3f + %.3f s\n", pair + 1,
                signing ? "on " : "off", t.push, t.both, t.pull);
        }
    }
    using bench::median;
    const auto column = [](const std::vector<Times>& runs, double (*part)(const Times&)) {
        std::vector<double> values;
        for (const Times& t : runs)
            values.push_back(part(t));
        return median(values);
    };
    std::printf("\n%-46s %10s %10s %8s\n", "folder sync, median over pairs", "signed", "unsigned", "ratio");
    const auto row = [&](const QString& what, double (*part)(const Times&)) {
        const double signedTime = column(on, part);
        const double unsignedTime = column(off, part);
        std::printf("%-46s %9.3fs %9.3fs %7.3f\n", qPrintable(what), signedTime, unsignedTime,
            signedTime / unsignedTime);
    };
    row(QStringLiteral("A pushes %1 changes").arg(changes), [](const Times& t) { return t.push; });
    row(QStringLiteral("B pushes %1, pulls A's %1").arg(changes), [](const Times& t) { return t.both; });
    row(QStringLiteral("A pulls B's %1 changes").arg(changes), [](const Times& t) { return t.pull; });
    row(QStringLiteral("all three"), [](const Times& t) { return t.total(); });
#if defined(__SANITIZE_ADDRESS__)
    const char* build = "an AddressSanitizer build: build/release gives the figures to quote";
#else
    const char* build = "no sanitizers";
#endif
    std::printf("\n(%d pairs; wall time on a shared, noisy machine; %s)\n", pairs, build);
    return 0;
}
