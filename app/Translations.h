#pragma once

class QCoreApplication;

namespace voxnote {

/// Installs Voxnote's and Qt's translations for the user's locale
/// (LANGUAGE / LC_ALL / LANG); English needs none.
void installTranslations(QCoreApplication& application);

} // namespace voxnote
