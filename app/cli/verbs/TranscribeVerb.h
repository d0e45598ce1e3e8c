#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote transcribe FILE... [--format txt|srt|vtt|json|md] [--speakers N]
/// [--language L] [-o OUT] [--no-save]`: transcribes recordings locally,
/// prints or writes the transcripts, and keeps each recording as a note with
/// its transcript. The speaker count and language default to those chosen in
/// Settings. A file that cannot be read is reported and skipped (exit code
/// 1); the others are still transcribed. A recording without speech is
/// transcribed empty, and stderr says so.
class TranscribeVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
