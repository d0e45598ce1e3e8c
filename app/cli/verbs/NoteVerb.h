#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote note add|list|show|edit|rm|restore|revisions|search|tag …`
class NoteVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
