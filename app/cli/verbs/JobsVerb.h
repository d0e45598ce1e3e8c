#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote jobs [list | show ID | retry ID | cancel ID]`: the work queue.
class JobsVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
