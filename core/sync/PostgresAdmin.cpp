#include "sync/PostgresAdmin.h"

#include "util/Log.h"

namespace voxnote::sync {

namespace {

const char* const kSchema = R"sql(
CREATE SCHEMA IF NOT EXISTS voxnote;
CREATE TABLE IF NOT EXISTS voxnote.remote (
    remote_id  text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO voxnote.remote (remote_id) SELECT gen_random_uuid()::text WHERE NOT EXISTS (SELECT 1 FROM voxnote.remote);
CREATE TABLE IF NOT EXISTS voxnote.members (
    team_id   text NOT NULL,
    role_name name NOT NULL,
    PRIMARY KEY (team_id, role_name)
);
CREATE TABLE IF NOT EXISTS voxnote.changes (
    team_id     text NOT NULL,
    site        text NOT NULL,
    seq         bigint NOT NULL CHECK (seq > 0),
    hlc         bigint NOT NULL,
    tbl         text NOT NULL,
    row_id      text NOT NULL,
    col         text,
    value       bytea,
    op          text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    base        text,
    author      name NOT NULL DEFAULT current_user,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site, seq)
);
CREATE INDEX IF NOT EXISTS changes_by_team ON voxnote.changes (team_id, site, seq);
-- Each device (site) belongs to the login that registered it; only that
-- login may add its changes, so no member can write as another's device.
CREATE TABLE IF NOT EXISTS voxnote.sites (
    site       text PRIMARY KEY,
    team_id    text NOT NULL,
    author     name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- Devices that pushed before devices were registered belong to the login
-- that pushed them first.
INSERT INTO voxnote.sites (site, team_id, author)
    SELECT DISTINCT ON (site) site, team_id, author FROM voxnote.changes ORDER BY site, received_at
    ON CONFLICT DO NOTHING;
-- Media: one copy per member who publishes it, so that nobody can take a
-- hash first and leave junk under it for everyone; readers take the copy
-- that matches its hash.
CREATE TABLE IF NOT EXISTS voxnote.blobs (
    team_id text NOT NULL,
    hash    text NOT NULL,
    size    bigint NOT NULL,
    author  name NOT NULL DEFAULT current_user,
    PRIMARY KEY (team_id, hash, author)
);
CREATE TABLE IF NOT EXISTS voxnote.blob_parts (
    team_id text NOT NULL,
    hash    text NOT NULL,
    author  name NOT NULL DEFAULT current_user,
    part    integer NOT NULL,
    data    bytea NOT NULL,
    PRIMARY KEY (team_id, hash, author, part)
);
-- A server prepared by an earlier Voxnote had one copy per hash.
ALTER TABLE voxnote.blob_parts ADD COLUMN IF NOT EXISTS author name NOT NULL DEFAULT current_user;
DO $$ BEGIN
    IF (SELECT indnkeyatts FROM pg_index
        WHERE indrelid = 'voxnote.blobs'::regclass AND indisprimary) = 2 THEN
        ALTER TABLE voxnote.blobs DROP CONSTRAINT blobs_pkey;
        ALTER TABLE voxnote.blobs ADD PRIMARY KEY (team_id, hash, author);
    END IF;
    IF (SELECT indnkeyatts FROM pg_index
        WHERE indrelid = 'voxnote.blob_parts'::regclass AND indisprimary) = 3 THEN
        ALTER TABLE voxnote.blob_parts DROP CONSTRAINT blob_parts_pkey;
        ALTER TABLE voxnote.blob_parts ADD PRIMARY KEY (team_id, hash, author, part);
    END IF;
END $$;

ALTER TABLE voxnote.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE voxnote.members FORCE ROW LEVEL SECURITY;
ALTER TABLE voxnote.sites ENABLE ROW LEVEL SECURITY;
ALTER TABLE voxnote.sites FORCE ROW LEVEL SECURITY;
ALTER TABLE voxnote.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE voxnote.changes FORCE ROW LEVEL SECURITY;
ALTER TABLE voxnote.blobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE voxnote.blobs FORCE ROW LEVEL SECURITY;
ALTER TABLE voxnote.blob_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE voxnote.blob_parts FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS own_memberships ON voxnote.members;
CREATE POLICY own_memberships ON voxnote.members FOR SELECT USING (role_name = current_user);
DROP POLICY IF EXISTS team_reads ON voxnote.changes;
CREATE POLICY team_reads ON voxnote.changes FOR SELECT
    USING (team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));
DROP POLICY IF EXISTS team_reads ON voxnote.sites;
CREATE POLICY team_reads ON voxnote.sites FOR SELECT
    USING (team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user)
           OR author = current_user);
DROP POLICY IF EXISTS own_devices ON voxnote.sites;
CREATE POLICY own_devices ON voxnote.sites FOR INSERT
    WITH CHECK (author = current_user
                AND team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));
DROP POLICY IF EXISTS team_writes ON voxnote.changes;
CREATE POLICY team_writes ON voxnote.changes FOR INSERT
    WITH CHECK (author = current_user
                AND team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user)
                AND EXISTS (SELECT 1 FROM voxnote.sites s WHERE s.site = changes.site AND s.author = current_user));
DROP POLICY IF EXISTS team_reads ON voxnote.blobs;
CREATE POLICY team_reads ON voxnote.blobs FOR SELECT
    USING (team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));
DROP POLICY IF EXISTS team_writes ON voxnote.blobs;
CREATE POLICY team_writes ON voxnote.blobs FOR INSERT
    WITH CHECK (author = current_user
                AND team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));
DROP POLICY IF EXISTS team_reads ON voxnote.blob_parts;
CREATE POLICY team_reads ON voxnote.blob_parts FOR SELECT
    USING (team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));
DROP POLICY IF EXISTS team_writes ON voxnote.blob_parts;
CREATE POLICY team_writes ON voxnote.blob_parts FOR INSERT
    WITH CHECK (author = current_user
                AND team_id IN (SELECT m.team_id FROM voxnote.members m WHERE m.role_name = current_user));

DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'voxnote_member') THEN
        CREATE ROLE voxnote_member NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA voxnote FROM PUBLIC;
GRANT USAGE ON SCHEMA voxnote TO voxnote_member;
GRANT SELECT ON voxnote.remote, voxnote.members TO voxnote_member;
GRANT SELECT, INSERT ON voxnote.sites TO voxnote_member;
GRANT SELECT, INSERT ON voxnote.changes, voxnote.blobs, voxnote.blob_parts TO voxnote_member;

CREATE OR REPLACE FUNCTION voxnote.wake_clients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('voxnote_changes', '');
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER changes_wake_clients AFTER INSERT ON voxnote.changes
    FOR EACH STATEMENT EXECUTE FUNCTION voxnote.wake_clients();
)sql";

} // namespace

PostgresAdmin::PostgresAdmin(const QString& connectionString)
    : m_connection(connectionString)
{
}

void PostgresAdmin::init()
{
    m_connection.execScript(
        QStringLiteral("BEGIN;") + QString::fromUtf8(kSchema) + QStringLiteral("COMMIT;"));
    qCInfo(lcSync) << "prepared sync schema on" << m_connection.description();
}

void PostgresAdmin::addMember(const QString& team, const QString& role, const QString& password)
{
    m_connection.exec(QStringLiteral("BEGIN"));
    const bool exists
        = m_connection.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role}).rows() > 0;
    const QString passwordClause
        = password.isEmpty() ? QString() : QStringLiteral(" PASSWORD ") + m_connection.literal(password);
    if (!exists)
        m_connection.exec(
            QStringLiteral("CREATE ROLE ") + m_connection.identifier(role) + u" LOGIN" + passwordClause);
    else if (!password.isEmpty())
        m_connection.exec(QStringLiteral("ALTER ROLE ") + m_connection.identifier(role) + passwordClause);
    m_connection.exec(QStringLiteral("GRANT voxnote_member TO ") + m_connection.identifier(role));
    m_connection.exec(QStringLiteral("INSERT INTO voxnote.members (team_id, role_name) VALUES ($1, $2) "
                                     "ON CONFLICT DO NOTHING"),
        {team, role});
    m_connection.exec(QStringLiteral("COMMIT"));
    qCInfo(lcSync) << "added" << role << "to team" << team;
}

} // namespace voxnote::sync
