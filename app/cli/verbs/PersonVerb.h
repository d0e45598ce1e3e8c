#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote person add NAME [--email E] | list | me [--name N] [--email E]`
class PersonVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
