#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote notifications [--all] [--read ID | --read-all] [--outbox] [--send]`
/// and `voxnote notifications smtp URL --from ADDRESS [--user U --password-env VAR]`.
class NotificationsVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
