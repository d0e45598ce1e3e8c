#pragma once

#include "sync/PgConnection.h"

#include <QString>

namespace voxnote::sync {

/// What the team server's administrator does (`voxnote sync admin …`),
/// connected as a role that may create schemas and roles (not as a member).
///
/// `init` creates schema `voxnote`: the insert-only `changes` table with
/// UNIQUE (site, seq), `blobs` and `blob_parts` for media, `members` (team,
/// login role) and `remote` (the server's identity). Row-level security is
/// enabled and forced on all of them: a member reads and adds only rows of
/// teams it belongs to, and nobody may update or delete. Members get their
/// rights through the group role `voxnote_member`, own no table, and so
/// cannot switch row-level security off. A statement trigger sends NOTIFY
/// voxnote_changes after each upload, to wake clients. Safe to run again.
class PostgresAdmin
{
public:
    explicit PostgresAdmin(const QString& connectionString);

    void init();
    /// Lets login role `role` (created if missing, with `password` if given)
    /// share team `team`'s data.
    void addMember(const QString& team, const QString& role, const QString& password);

private:
    PgConnection m_connection;
};

} // namespace voxnote::sync
