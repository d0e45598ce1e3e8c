#include "search/MatchRank.h"

#include "storage/Connection.h"
#include "storage/DatabaseError.h"

#include <sqlite3.h>

#include <cmath>

namespace voxnote::search {

namespace {

void matchRank(
    const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const double titleWeight = argc > 0 ? sqlite3_value_double(argv[0]) : 4.0;
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "vx_rank: no match information", -1);
        return;
    }
    double score = 0;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK)
            score += column == 0 ? titleWeight : 1.0;
    }
    int tokens = 0;
    api->xColumnSize(fts, -1, &tokens);
    sqlite3_result_double(context, score / (1.0 + 0.1 * std::log1p(tokens)));
}

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

void registerMatchRank(storage::Connection& connection)
{
    fts5_api* api = fts5Of(connection.handle());
    if (!api || api->xCreateFunction(api, "vx_rank", nullptr, &matchRank, nullptr) != SQLITE_OK)
        throw storage::DatabaseError(
            QStringLiteral(
                "The SQLite library on this system has no FTS5 full-text search, which Voxnote needs."),
            SQLITE_ERROR);
}

} // namespace voxnote::search
