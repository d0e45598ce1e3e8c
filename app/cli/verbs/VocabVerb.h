#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote vocab add WORD [--sounds-like TEXT] | list | remove WORD`: the
/// user's own words (names, places, jargon) that transcription recognises.
class VocabVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
