#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote check`: verifies the database and every stored media file.
class CheckVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
