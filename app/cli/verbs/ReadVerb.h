#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote read IMAGE... -o OUT.(ogg|mp3|wav|flac) [--lang L] [--voice V]
/// [--rate WPM]`: reads photographed or scanned pages aloud into one sound
/// file, through the job queue's reading pipeline, and keeps the reading as
/// a note with the images, their text and the audio. Pages read before are
/// not recognised or spoken again; a page that cannot be read is named on
/// stderr, the others are still read, and the exit code is then 1.
class ReadVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
