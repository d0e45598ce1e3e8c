#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote dashboard [--weeks N]`: the numbers behind the task dashboard.
class DashboardVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
