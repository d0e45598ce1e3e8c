#pragma once

#include "tts/Voice.h"

#include <QList>

namespace voxnote::tts {

/// The voice of `installed` that `voice` names (identifier, name or
/// language code), or, if `voice` is empty, the voice for the language of
/// `text` (Hangul → Korean, …; English otherwise). Throws `Error` listing
/// the installed voices if there is no such voice. Call from any thread.
Voice chooseVoice(const QList<Voice>& installed, const QString& voice, const QString& text);

} // namespace voxnote::tts
