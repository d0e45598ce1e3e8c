#pragma once

#include "ocr/OcrEngine.h"
#include "ocr/OcrPage.h"
#include "speech/Transcriber.h"
#include "speech/Transcript.h"
#include "tts/SpeechSynthesizer.h"
#include "tts/Voice.h"

#include <QCborArray>
#include <QCborMap>

namespace voxnote::worker {

/// The engines' data as it crosses the process boundary, and back. Readers
/// take what they find and default the rest; they never throw.
namespace messages {

QCborMap fromOcrSettings(const ocr::OcrSettings& settings);
ocr::OcrSettings toOcrSettings(const QCborMap& map);

QCborMap fromOcrPage(const ocr::OcrPage& page);
ocr::OcrPage toOcrPage(const QCborMap& map);
QCborArray fromOcrPages(const QList<ocr::OcrPage>& pages);
QList<ocr::OcrPage> toOcrPages(const QCborArray& array);

QCborMap fromTranscriptionOptions(const speech::TranscriptionOptions& options);
speech::TranscriptionOptions toTranscriptionOptions(const QCborMap& map);

QCborMap fromTranscript(const speech::Transcript& transcript);
speech::Transcript toTranscript(const QCborMap& map);

QCborMap fromSpeechSettings(const tts::SpeechSettings& settings);
tts::SpeechSettings toSpeechSettings(const QCborMap& map);

QCborMap fromVoice(const tts::Voice& voice);
tts::Voice toVoice(const QCborMap& map);

} // namespace messages

} // namespace voxnote::worker
