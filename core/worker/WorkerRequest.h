#pragma once

#include <QCborMap>
#include <QString>

#include <functional>

namespace voxnote::worker {

/// Whom a request keeps waiting: a person who just asked (reading aloud, the
/// image just pasted) or nobody in particular (a long transcription, a batch
/// of pages). Interactive requests are served first.
enum class Priority { Interactive, Background };

/// One piece of engine work for a worker.
struct WorkerRequest
{
    QString op; ///< "ocr", "transcribe", "synthesize", "voices", "engines" …
    QCborMap args; ///< file paths and options, never file contents
    QString subject; ///< what errors call the input, e.g. the file name
    qint64 cpuSeconds = 0; ///< processor time the request may use; 0: no limit
    Priority priority = Priority::Background;
};

/// Receives each "partial" message of a request (audio, a word …) on the
/// calling thread.
using PartialHandler = std::function<void(const QCborMap& partial)>;

} // namespace voxnote::worker
