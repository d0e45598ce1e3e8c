#pragma once

#include <QLoggingCategory>

// One logging category per module. Enable debug output for one module with
// QT_LOGGING_RULES="voxnote.storage.debug=true", or for all with --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBlobs)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
