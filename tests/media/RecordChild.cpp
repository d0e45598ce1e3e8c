// A child process that records a file fed in real time through the
// recorder dialog until it is killed (tst_recorder).
#include "services/Services.h"
#include "voice/FileCaptureSource.h"
#include "voice/RecorderDialog.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace voxnote;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: vx_record_child DATA_DIR AUDIO_FILE\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const auto profile = services::Services::open(dataDir);
    ui::RecorderDialog dialog(*profile);
    auto source = std::make_unique<ui::FileCaptureSource>(QString::fromLocal8Bit(argv[2]), true);
    ui::FileCaptureSource* feed = source.get();
    dialog.useSource(std::move(source));
    if (!dialog.record()) {
        std::fprintf(stderr, "%s\n", qPrintable(dialog.message()));
        return 1;
    }
    std::printf("path %s\n", qPrintable(dialog.recordingPath()));
    std::fflush(stdout);
    QObject::connect(feed, &ui::AudioCaptureSource::audioCaptured, &dialog, [&dialog] {
        std::printf("captured %lld\n", static_cast<long long>(dialog.elapsedMs()));
        std::fflush(stdout);
    });
    return app.exec();
}
