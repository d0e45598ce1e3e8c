#pragma once

#include "cli/Verb.h"

namespace voxnote::cli {

/// `voxnote ocr IMAGE... [--lang eng+kor] [--format txt|json|hocr] [-o OUT]
/// [--no-save] [--no-rotate]`: recognises the text of images (each saved as
/// a note unless --no-save). A file that fails is reported and skipped; the
/// exit code is 1 if any did.
class OcrVerb : public Verb
{
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace voxnote::cli
