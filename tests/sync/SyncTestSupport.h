#pragma once

#include "storage/ChangeLog.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace voxnote::test {

/// A change as device `site` would send it: the crafted input of merge and
/// hostile-peer tests.
storage::Change changeFrom(const QString& site, qint64 seq, qint64 hlc, const QString& table,
    const QString& row, const QString& column, const QVariant& value,
    storage::Change::Op op = storage::Change::Op::Update);

/// One device of a sync test: a data directory driven by the
/// `vx_sync_replica` helper, each command in a process of its own.
class Replica
{
public:
    explicit Replica(QString dataDir);

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /// Runs a helper command and returns its result.
    Result run(const QStringList& arguments) const;
    /// Runs a helper command that must succeed; returns its stdout
    /// (trimmed). Otherwise fails the current test and returns "".
    QString ok(const QStringList& arguments) const;
    /// Runs `sync` and returns its report.
    QJsonObject sync() const;
    /// Starts a helper command without waiting (to kill it).
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;

    const QString& dataDir() const { return m_dataDir; }
    /// Shifts this device's clock.
    qint64 clockOffsetMs = 0;
    /// Batch size for push/apply (0: the default).
    int batch = 0;

private:
    QProcessEnvironment environment() const;
    QString m_dataDir;
};

/// A PostgreSQL server of the test's own: a cluster made with initdb in a
/// temporary directory (as the unprivileged `postgres` user when the test
/// runs as root), listening on 127.0.0.1 on a free port and on a socket in
/// that directory. Stopped and removed when destroyed.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    /// False if the PostgreSQL binaries are not installed.
    static bool available();
    /// Creates and starts the cluster. Throws std::runtime_error on failure.
    void start();

    /// The superuser, through the socket.
    QString adminConnection() const;
    /// A login role, over TCP with its password.
    QString memberConnection(const QString& role, const QString& password) const;
    /// The TCP port it listens on (127.0.0.1).
    int port() const { return m_port; }

private:
    QStringList asServerUser(const QString& program, const QStringList& arguments) const;
    void runOrThrow(const QString& program, const QStringList& arguments) const;

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace voxnote::test

namespace voxnote::test::scenarios {

/// Scenarios every remote must pass. The three replicas are set up with the
/// same remote and have synced once. Each checks with QCOMPARE/QVERIFY.

/// Random creates, edits, deletes and syncs in random order on all three,
/// then syncs until quiet: every replica must show identical data.
void randomEditsConverge(const Replica& a, const Replica& b, const Replica& c, quint32 seed, int rounds);
/// Two devices rename the same task offline: one title wins everywhere.
void sameTaskFieldEdited(const Replica& a, const Replica& b);
/// Two devices change the same note body offline: one text wins, the other
/// is kept as a linked conflict copy on every device.
void sameNoteBodyEdited(const Replica& a, const Replica& b);
/// One device deletes a note for good while another edits it: the note comes
/// back with the edit on both.
void editRacingDelete(const Replica& a, const Replica& b);
/// Syncs a, b, c (in that order) until a round changes nothing; then every
/// replica's data must be identical.
void syncUntilQuiet(const Replica& a, const Replica& b, const Replica& c);

} // namespace voxnote::test::scenarios
