#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote import PATH…`: recordings and images become notes, as dropped on
/// the window; a folder brings in what it and its subfolders hold, and what
/// was skipped is said by reason. Their transcription and recognition are
/// queued (run at once with --wait).
class ImportVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
