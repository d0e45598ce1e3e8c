#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote voices [--lang CODE]`: the voices `voxnote speak` can use.
class VoicesVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
