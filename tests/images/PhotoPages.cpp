#include "PhotoPages.h"

#include "PhotoTexts.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace voxnote::test {

namespace {

// A page of a book at 300 dpi: 11-point text is 46 pixels, set a little
// smaller so that two columns still hold a few words per line.
constexpr int kPageWidth = 1600;
constexpr int kMargin = 110;
constexpr int kGutter = 70;
constexpr int kFontPixels = 40;
constexpr double kLineSpacing = 1.5;
constexpr int kLinesPerColumn = 16;
constexpr int kDotsPerMeter = 11811; // 300 dpi

/// Uniform numbers from a seed, the same on every standard library.
class Dice
{
public:
    explicit Dice(unsigned seed)
        : m_engine(seed)
    {
    }
    double uniform(double low, double high) { return low + (high - low) * (m_engine() / 4294967296.0); }
    int below(int count) { return static_cast<int>(m_engine() % static_cast<unsigned>(count)); }
    bool chance(double p) { return uniform(0, 1) < p; }
    double gaussian()
    {
        const double u = std::max(uniform(0, 1), 1e-12);
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * uniform(0, 1));
    }

private:
    std::mt19937 m_engine;
};

struct Layout
{
    QStringList lines; // in reading order
    QList<QRect> boxes;
    QImage image;
};

QFont pageFont(Script script)
{
    QFont font(script == Script::English ? QStringLiteral("DejaVu Sans") : QStringLiteral("NanumGothic"));
    font.setPixelSize(kFontPixels);
    return font;
}

/// Lines of at most `width` pixels, paragraph after paragraph from `first`,
/// an empty entry between paragraphs, until `count` lines are filled.
QStringList wrapParagraphs(
    const QStringList& paragraphs, int first, const QFontMetrics& metrics, int width, int count)
{
    QStringList lines;
    for (int p = first; static_cast<int>(lines.size()) < count; ++p) {
        if (!lines.isEmpty())
            lines.append(QString());
        QString line;
        for (const QString& word : paragraphs[p % paragraphs.size()].split(u' ')) {
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                lines.append(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.append(line);
    }
    lines = lines.mid(0, count);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Layout renderPage(const PhotoPageSpec& spec, Dice& dice)
{
    const QStringList& paragraphs = spec.script == Script::Korean ? koreanParagraphs()
        : spec.script == Script::Mixed                            ? mixedParagraphs()
                                                                  : englishParagraphs();
    const QFont font = pageFont(spec.script);
    const QFontMetrics metrics(font);
    const int columnWidth = (kPageWidth - 2 * kMargin - (spec.columns - 1) * kGutter) / spec.columns;
    const int lineHeight = qRound(kFontPixels * kLineSpacing);
    const QStringList all = wrapParagraphs(paragraphs, dice.below(static_cast<int>(paragraphs.size())),
        metrics, columnWidth, kLinesPerColumn * spec.columns);

    Layout layout;
    layout.image = QImage(kPageWidth, 2 * kMargin + kLinesPerColumn * lineHeight, QImage::Format_RGB32);
    layout.image.fill(Qt::white);
    QPainter painter(&layout.image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < static_cast<int>(all.size()); ++i) {
        if (all[i].isEmpty())
            continue;
        const int x = kMargin + (i / kLinesPerColumn) * (columnWidth + kGutter);
        const int baseline = kMargin + (i % kLinesPerColumn) * lineHeight + metrics.ascent();
        painter.drawText(x, baseline, all[i]);
        layout.lines.append(all[i]);
        layout.boxes.append(QRect(x, baseline - metrics.ascent(), metrics.horizontalAdvance(all[i]),
            metrics.ascent() + metrics.descent()));
    }
    return layout;
}

/// A grey image as floats, for the photo effects.
struct Plane
{
    explicit Plane(const QImage& image)
        : width(image.width())
        , height(image.height())
        , pixels(static_cast<size_t>(width) * static_cast<size_t>(height))
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            const uchar* row = gray.constScanLine(y);
            for (int x = 0; x < width; ++x)
                at(x, y) = row[x];
        }
    }
    float& at(int x, int y)
    {
        return pixels[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
    }
    QImage toImage() const
    {
        QImage image(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            uchar* row = image.scanLine(y);
            for (int x = 0; x < width; ++x)
                row[x] = static_cast<uchar>(std::clamp(
                    qRound(
                        pixels[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)]),
                    0, 255));
        }
        return image;
    }

    int width;
    int height;
    std::vector<float> pixels;
};

std::vector<float> kernel(double sigma)
{
    const int radius = std::max(1, static_cast<int>(std::ceil(3 * sigma)));
    std::vector<float> weights(static_cast<size_t>(2 * radius + 1));
    float sum = 0;
    for (int i = -radius; i <= radius; ++i)
        sum += weights[static_cast<size_t>(i + radius)]
            = static_cast<float>(std::exp(-i * i / (2 * sigma * sigma)));
    for (float& weight : weights)
        weight /= sum;
    return weights;
}

/// Convolves `rect` of `plane` along x (`horizontal`) or y with `weights`.
void convolve(Plane& plane, const QRect& rect, const std::vector<float>& weights, bool horizontal)
{
    const int radius = static_cast<int>(weights.size() / 2);
    const Plane source = plane;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            float sum = 0;
            for (int i = -radius; i <= radius; ++i) {
                const int sx = horizontal ? std::clamp(x + i, 0, plane.width - 1) : x;
                const int sy = horizontal ? y : std::clamp(y + i, 0, plane.height - 1);
                sum += weights[static_cast<size_t>(i + radius)]
                    * source.pixels[static_cast<size_t>(sy) * static_cast<size_t>(plane.width)
                        + static_cast<size_t>(sx)];
            }
            plane.at(x, y) = sum;
        }
    }
}

void blur(Plane& plane, double sigma)
{
    const QRect all(0, 0, plane.width, plane.height);
    const std::vector<float> weights = kernel(sigma);
    convolve(plane, all, weights, true);
    convolve(plane, all, weights, false);
}

/// The page as a camera held at an angle sees it: turned by `tilt`, one edge
/// farther away than the other by `perspective`, on a desk.
QImage photograph(const QImage& page, double tilt, double perspective, Dice& dice)
{
    const double w = page.width();
    const double h = page.height();
    QPolygonF quad {QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)};
    const int farEdge = dice.below(4); // top, right, bottom, left
    const double along = (farEdge % 2 == 0) ? w : h;
    const double inset = std::tan(perspective * std::numbers::pi / 180) * 0.25 * along;
    const int a = farEdge;
    const int b = (farEdge + 1) % 4;
    const QPointF direction = (quad[b] - quad[a]) / along;
    quad[a] += direction * inset;
    quad[b] -= direction * inset;
    const QTransform turn
        = QTransform().translate(w / 2, h / 2).rotate(tilt).scale(0.92, 0.92).translate(-w / 2, -h / 2);
    QTransform transform;
    QTransform::quadToQuad(
        QPolygonF {QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)}, turn.map(quad), transform);
    QImage photo(page.size(), QImage::Format_RGB32);
    const int desk = qRound(dice.uniform(110, 190));
    photo.fill(QColor(desk, desk, desk));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transform);
    painter.drawImage(0, 0, page);
    return photo;
}

QByteArray encoded(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

/// Returns the JPEG file of the photo.
QByteArray degrade(const QImage& page, PhotoDamage& damage, Dice& dice)
{
    damage.tiltDegrees = dice.uniform(1, 10) * (dice.chance(0.5) ? 1 : -1);
    damage.perspectiveDegrees = dice.uniform(0, 15);
    damage.blurSigma = dice.uniform(0.5, 1.5);
    damage.noiseSigma = dice.uniform(3, 12);
    damage.shadow = dice.uniform(0.15, 0.5);
    damage.jpegQuality = qRound(dice.uniform(40, 70));
    damage.scale = dice.chance(0.4) ? dice.uniform(0.5, 0.75) : 1.0;

    Plane plane(photograph(page, damage.tiltDegrees, damage.perspectiveDegrees, dice));
    // Light from one side: the far side of the page is darker.
    const double angle = dice.uniform(0, 2 * std::numbers::pi);
    const double dx = std::cos(angle);
    const double dy = std::sin(angle);
    const double reach = std::abs(dx) * plane.width + std::abs(dy) * plane.height;
    for (int y = 0; y < plane.height; ++y) {
        for (int x = 0; x < plane.width; ++x) {
            const double t = ((x - plane.width / 2.0) * dx + (y - plane.height / 2.0) * dy) / reach + 0.5;
            plane.at(x, y) *= static_cast<float>(1 - damage.shadow * std::clamp(t, 0.0, 1.0));
        }
    }
    blur(plane, damage.blurSigma);
    QImage image = plane.toImage();
    if (damage.scale < 1) {
        image = image.scaled(qRound(image.width() * damage.scale), qRound(image.height() * damage.scale),
            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    Plane noisy(image);
    for (float& pixel : noisy.pixels)
        pixel += static_cast<float>(dice.gaussian() * damage.noiseSigma);
    // Paper under warm light, then the camera's JPEG.
    const QImage gray = noisy.toImage();
    QImage color(gray.size(), QImage::Format_RGB32);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* in = gray.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(color.scanLine(y));
        for (int x = 0; x < gray.width(); ++x)
            out[x] = qRgb(in[x], qRound(in[x] * 0.96), qRound(in[x] * 0.88));
    }
    return encoded(color, "JPG", damage.jpegQuality);
}

QString scriptName(Script script)
{
    switch (script) {
    case Script::English:
        return QStringLiteral("eng");
    case Script::Korean:
        return QStringLiteral("kor");
    case Script::Mixed:
        return QStringLiteral("mix");
    }
    return {};
}

/// The tesseract languages of a page's text.
QString languagesOf(Script script)
{
    return script == Script::English ? QStringLiteral("eng")
        : script == Script::Korean   ? QStringLiteral("kor")
                                     : QStringLiteral("kor+eng");
}

unsigned scriptSalt(Script script)
{
    return script == Script::Korean ? 17U : script == Script::Mixed ? 29U : 0U;
}

QString pageName(const PhotoPageSpec& spec)
{
    return QStringLiteral("%1-%2col-%3-s%4")
        .arg(scriptName(spec.script))
        .arg(spec.columns)
        .arg(spec.photo ? u"photo" : u"clean")
        .arg(spec.seed);
}

} // namespace

PhotoPage makePhotoPage(const PhotoPageSpec& spec)
{
    Dice dice(spec.seed * 2654435761U + scriptSalt(spec.script) + spec.columns);
    Layout layout = renderPage(spec, dice);
    PhotoPage page;
    page.name = pageName(spec);
    page.truth = layout.lines.join(u'\n');
    page.languages = languagesOf(spec.script);
    if (spec.photo) {
        page.file = degrade(layout.image, page.damage, dice);
        page.fileSuffix = QStringLiteral("jpg");
        page.image.loadFromData(page.file, "JPG");
    } else {
        page.image = layout.image;
        page.image.setDotsPerMeterX(kDotsPerMeter);
        page.image.setDotsPerMeterY(kDotsPerMeter);
        page.file = encoded(page.image, "PNG", -1);
        page.fileSuffix = QStringLiteral("png");
        page.lineBoxes = layout.boxes;
    }
    return page;
}

QList<PhotoSet> photoSets(bool report, int count)
{
    const unsigned base = report ? kReportSeeds : 1;
    const auto set = [&](const QString& name, Script script, bool photo, unsigned offset) {
        PhotoSet result {name, {}};
        for (int i = 0; i < count; ++i)
            result.pages.append({script, 1 + i % 2, photo, base + offset + static_cast<unsigned>(i)});
        return result;
    };
    return {
        set(QStringLiteral("English clean"), Script::English, false, 0),
        set(QStringLiteral("English photos"), Script::English, true, 100),
        set(QStringLiteral("Korean clean"), Script::Korean, false, 200),
        set(QStringLiteral("Korean photos"), Script::Korean, true, 300),
        set(QStringLiteral("Mixed clean"), Script::Mixed, false, 400),
        set(QStringLiteral("Mixed photos"), Script::Mixed, true, 500),
    };
}

PhotoPage pageWithUnreadableBand(const PhotoPageSpec& spec, int fromLine, int toLine)
{
    PhotoPageSpec clean = spec;
    clean.photo = false;
    Dice dice(spec.seed * 2654435761U + scriptSalt(spec.script) + spec.columns);
    const Layout layout = renderPage(clean, dice);
    QRect band;
    QStringList kept;
    for (int i = 0; i < static_cast<int>(layout.lines.size()); ++i) {
        if (i >= fromLine && i <= toLine)
            band = band.united(layout.boxes[i]);
        else
            kept.append(layout.lines[i]);
    }
    // Smeared sideways as by a moving camera and then darkened: each word
    // leaves a dark streak of its own size, ink that reads as nothing.
    Plane plane(layout.image);
    const QRect smear = band.adjusted(-kFontPixels, -4, kFontPixels, 4);
    convolve(plane, smear, std::vector<float>(kFontPixels + 1, 1.0F / (kFontPixels + 1)), true);
    convolve(plane, smear, kernel(3), false);
    for (int y = smear.top(); y <= smear.bottom(); ++y) {
        for (int x = smear.left(); x <= smear.right(); ++x)
            plane.at(x, y) = 255 - std::min(255.0F, (255 - plane.at(x, y)) * 2.5F);
    }
    PhotoPage page;
    page.name = pageName(clean) + QStringLiteral("-band%1-%2").arg(fromLine).arg(toLine);
    page.image = plane.toImage();
    page.image.setDotsPerMeterX(kDotsPerMeter);
    page.image.setDotsPerMeterY(kDotsPerMeter);
    page.file = encoded(page.image, "PNG", -1);
    page.fileSuffix = QStringLiteral("png");
    page.truth = kept.join(u'\n');
    page.languages = languagesOf(clean.script);
    page.lineBoxes = layout.boxes;
    return page;
}

} // namespace voxnote::test
