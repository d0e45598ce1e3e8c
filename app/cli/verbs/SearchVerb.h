#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote search QUERY [--kind K] [--tag T] [--from DATE] [--to DATE]`
class SearchVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
