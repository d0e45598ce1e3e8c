#pragma once

namespace voxnote::ui {

/// Makes Qt Multimedia use its FFmpeg backend unless the user chose one
/// (QT_MEDIA_BACKEND). Debian installs both, and picks GStreamer, which
/// without gstreamer1.0-plugins-good cannot open FLAC or OGG ("missing a
/// plug-in"); FFmpeg plays every format Voxnote imports, and recognises a
/// blob (which has no file extension) by its content. Takes effect only
/// before the first Qt Multimedia object is made, so call it early; calling
/// it again is harmless. GUI thread.
void preferFfmpegMediaBackend();

} // namespace voxnote::ui
