#pragma once

// Pages that look like phone photos of printed text, made in code with their
// ground truth, for the tests (tests/images) and the benchmark
// (bench/images). Everything is decided by a seed, so a page is the same on
// every run: the tuning part of the set uses seeds below kReportSeeds, the
// part whose figures are reported uses seeds from kReportSeeds on.
// Rendering needs a QGuiApplication (fonts): DejaVu Sans for English,
// NanumGothic (fonts-nanum) for Korean.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace voxnote::test {

/// Mixed: Korean prose with English words in it.
enum class Script { English, Korean, Mixed };

/// How one page is made. `photo` false gives a clean rendering at 300 dpi.
struct PhotoPageSpec
{
    Script script = Script::English;
    int columns = 1;
    bool photo = true;
    unsigned seed = 1;
};

/// The degradations a photo page got; all zero for a clean page.
struct PhotoDamage
{
    double tiltDegrees = 0; ///< clockwise
    double perspectiveDegrees = 0;
    double blurSigma = 0;
    double noiseSigma = 0;
    double shadow = 0; ///< darkening at the darker edge, 0 … 1
    int jpegQuality = 0; ///< 0: not compressed
    double scale = 1; ///< < 1: taken at low resolution
};

struct PhotoPage
{
    QString name; ///< e.g. "eng-2col-photo-s7"
    QImage image;
    QByteArray file; ///< `image` as a file: JPEG for photos, PNG for clean pages
    QString fileSuffix; ///< "jpg" or "png"
    QString truth; ///< the text in reading order, lines joined by '\n'
    QString languages; ///< the tesseract languages of the text
    PhotoDamage damage;
    /// The page's text lines in `image` before any photo damage (clean pages
    /// only: a photo moves them).
    QList<QRect> lineBoxes;
};

constexpr unsigned kReportSeeds = 1000;

/// Renders and degrades one page.
PhotoPage makePhotoPage(const PhotoPageSpec& spec);

/// One set of the benchmark: pages of one kind.
struct PhotoSet
{
    QString name; ///< e.g. "English photos"
    QList<PhotoPageSpec> pages;
};

/// The sets, `count` pages each, from the tuning part (`report` false) or
/// the report part of the seeds.
QList<PhotoSet> photoSets(bool report, int count);

/// A readable page whose lines `fromLine` … `toLine` (0-based) are smeared
/// beyond reading while their ink stays: the damaged page of the warning
/// tests. `truth` keeps only the readable lines.
PhotoPage pageWithUnreadableBand(const PhotoPageSpec& spec, int fromLine, int toLine);

} // namespace voxnote::test
