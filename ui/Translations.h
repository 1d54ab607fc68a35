#pragma once
// Translations: loads the embedded .qm of the app (and Qt's own) for a locale.
#include <QLocale>

namespace Translations {
// Installs the translators for `locale` on the application; returns whether
// the app's own catalogue was found for it.
bool install(const QLocale &locale);
} // namespace Translations
