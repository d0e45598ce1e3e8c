#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote speak (TEXT | -f FILE | - | --note ID) [--voice NAME]
/// [--rate WPM] [--pitch N] [--volume N] -o OUT.(wav|flac|ogg|mp3)`: reads
/// text aloud into a sound file. With --note, the rendition is also stored
/// as an attachment of that note (and -o may be left out).
class SpeakVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
