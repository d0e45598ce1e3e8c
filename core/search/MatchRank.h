#pragma once

namespace voxnote::storage {
class Connection;
}

namespace voxnote::search {

/// Registers the FTS5 ranking function `vx_rank(table, titleWeight)` on a
/// connection: matches in the title count `titleWeight` times, matches in the
/// body once, and a short document ranks above a long one with as many
/// matches. Higher is better.
///
/// Unlike FTS5's bm25(), it needs nothing but the row at hand: bm25 weighs
/// each term by how rare it is in the whole index, and finds that out by
/// running the query over every matching row, which for a common word (or any
/// word in the trigram index, where it is a phrase) costs hundreds of
/// milliseconds on a large collection. Throws `DatabaseError` if FTS5 is missing.
void registerMatchRank(storage::Connection& connection);

} // namespace voxnote::search
