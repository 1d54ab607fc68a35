#pragma once
// Translations: loads the app's catalogue (and Qt's own) for a locale — from
// the installed folder (share/runbook-assistant/translations beside the
// executable) when it has one, else the copy embedded under :/i18n.
#include <QLocale>
#include <QString>

namespace Translations {
// Installs the translators for `locale` on the application and makes it the
// default QLocale; returns whether the app's own catalogue was found for it.
bool install(const QLocale &locale);
// Where an installed tree keeps the .qm files.
QString installedFolder();
} // namespace Translations
