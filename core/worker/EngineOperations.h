#pragma once

#include <memory>

namespace voxnote::engines {
class EngineRegistry;
}

namespace voxnote::worker {

class WorkerServer;

/// Adds what an engine worker serves, with the engines of `registry`:
///
/// - "engines": the registered engines' names, versions and models;
/// - "ocr" {path, name, engine, settings, threads}: every page of an image
///   file → {pages};
/// - "transcribe" {path, name, engine, options}: an audio file → {transcript};
/// - "voices" {engine}: → {voices, sampleRate};
/// - "synthesize" {text, engine, settings}: partial {audio} and {word}
///   messages as the speech is made → {voice, sampleRate, sampleCount}.
///
/// Engines stay loaded from request to request for as long as the worker runs.
void addEngineOperations(WorkerServer& server, std::shared_ptr<const engines::EngineRegistry> registry);

} // namespace voxnote::worker
