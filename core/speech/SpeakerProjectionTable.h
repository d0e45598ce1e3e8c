#pragma once

// The learned speaker projection (see SpeakerProjection.h). The numbers live
// in SpeakerProjectionTable.cpp, which `vx_tune_diarization
// --write-projection` generates; do not edit it by hand.

namespace voxnote::speech::generated {

extern const int kSpeakerProjectionOutputs;
extern const float kSpeakerProjection[];
extern const int kSpeakerProjectionSize;

} // namespace voxnote::speech::generated
