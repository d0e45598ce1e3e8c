#pragma once

namespace voxnote {

/// Lowers the calling thread's scheduling priority (its nice value, to 10)
/// so that background work — jobs, engine workers — yields the processor to
/// the window's thread whenever both want it. Threads started from a lowered
/// thread inherit it. Harmless where it is not supported.
void lowerCurrentThreadPriority();

} // namespace voxnote
