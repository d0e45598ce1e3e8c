#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote task add|list|show|set|assign|done|rm|restore|log|comment …`
class TaskVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
