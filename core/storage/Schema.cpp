#include "storage/Schema.h"

#include "storage/Migration.h"
#include "storage/schema/SchemaPart.h"

namespace voxnote::storage {

namespace {

const std::vector<const schema::SchemaPart*>& parts()
{
    static const std::vector<const schema::SchemaPart*> s_parts {
        &schema::foundation(),
        &schema::voice(),
        &schema::images(),
        &schema::domain(),
        &schema::jobs(),
        &schema::sync(),
        &schema::jobOwners(),
        &schema::imagesCoverage(),
        &schema::secretsOut(),
    };
    return s_parts;
}

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> s_migrations = [] {
        std::vector<Migration> migrations;
        for (const schema::SchemaPart* part : parts())
            migrations.push_back({part->version, part->description, part->sql, part->apply});
        return migrations;
    }();
    return s_migrations;
}

const QStringList& syncedTables()
{
    static const QStringList s_tables = [] {
        QStringList tables;
        for (const schema::SchemaPart* part : parts())
            tables += part->syncedTables;
        return tables;
    }();
    return s_tables;
}

} // namespace voxnote::storage
