#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote info`: where the profile lives and what it holds.
class InfoVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
