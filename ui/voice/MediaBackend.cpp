#include "voice/MediaBackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace voxnote::ui {

void preferFfmpegMediaBackend()
{
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
}

} // namespace voxnote::ui
