#include "util/Log.h"

Q_LOGGING_CATEGORY(lcApp, "voxnote.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "voxnote.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "voxnote.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBlobs, "voxnote.blobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "voxnote.ui", QtInfoMsg)
