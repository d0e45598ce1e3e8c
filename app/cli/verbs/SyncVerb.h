#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote sync setup folder PATH [--encrypt] | setup postgres URL --team T |
/// now | status | admin init URL | admin add-member URL TEAM ROLE`.
/// Passphrases and passwords come from VOXNOTE_SYNC_PASSPHRASE /
/// VOXNOTE_MEMBER_PASSWORD or are asked for on the terminal; never from
/// the command line, where other users could read them.
class SyncVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
