#pragma once

#include "Error.h"
#include "storage/ChangeLog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace voxnote::sync {

/// The remote is not the one this profile was set up with (its identity file
/// vanished, is empty or names another remote). Sync stops until the person
/// decides; nothing local is deleted.
class RemoteChangedError : public Error
{
public:
    using Error::Error;
};

/// What one pull brought: other devices' changes, each device's run
/// contiguous from just after the cursor it was asked for, and notes about
/// files that had to be skipped this time.
struct PullResult
{
    QList<storage::Change> changes;
    QStringList warnings;
};

/// Where a profile's changes meet those of the person's other devices and
/// team: push my change batches, pull the others' since a cursor, put and get
/// media. Implementations: `FolderRemote`, `PostgresRemote`. An object is used
/// by one thread at a time. Failures throw `Error` with a sentence that names
/// the remote (never a password).
class Remote
{
public:
    virtual ~Remote() = default;

    /// The remote, for messages: a folder path or a server without password.
    virtual QString description() const = 0;

    /// The identity the remote announces. Throws `RemoteChangedError` if it
    /// has none any more (identity file gone or empty).
    virtual QString remoteId() = 0;

    /// The highest sequence number of `site` the remote holds without a gap
    /// from 1 (0 if none).
    virtual qint64 pushedSequence(const QString& site) = 0;

    /// Publishes `changes`, consecutive changes of `site` that follow
    /// `pushedSequence(site)`. All or nothing.
    virtual void push(const QString& site, const QList<storage::Change>& changes) = 0;

    /// Changes of every site but `mySite`, each site's from `cursor(site) + 1`
    /// on without gaps, about `limit` in all.
    virtual PullResult pull(
        const QString& mySite, const std::function<qint64(const QString& site)>& cursor, int limit)
        = 0;

    /// True if the remote holds a copy of the blob that this device can rely
    /// on (one that matches its hash, or its own upload): publishing skips it.
    virtual bool hasBlob(const QString& hash) = 0;
    /// Publishes the blob stored at `path` under `hash`.
    virtual void putBlob(const QString& hash, const QString& path) = 0;
    /// Writes the blob's bytes (as published, verified again by the caller) to `target`.
    /// Returns false if the remote does not have it (yet). Throws `Error`,
    /// naming the blob, if it holds more than `maxBytes`: nothing larger is
    /// read into memory or onto the disk.
    virtual bool getBlob(const QString& hash, QIODevice& target, qint64 maxBytes) = 0;

    /// Notes the remote gathered outside `pull` (files it ignored), for the
    /// sync report; the call clears them.
    virtual QStringList takeWarnings() { return {}; }

    /// A function that makes a request the remote is waiting on give up soon
    /// (the waiting call then throws `Error`), callable from any thread; empty
    /// if the remote never waits long.
    virtual std::function<void()> interrupter() { return {}; }

    /// Waits up to `timeoutMs` for a sign that others pushed something.
    /// Returns true on such a sign; remotes without one return false at once.
    virtual bool waitForWakeUp(int timeoutMs)
    {
        Q_UNUSED(timeoutMs)
        return false;
    }
};

} // namespace voxnote::sync
