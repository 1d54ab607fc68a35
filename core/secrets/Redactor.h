#pragma once
// Redactor: the registry of every secret value the app has loaded. Every
// string bound for a log line, an export, the incident store, an error
// message or the clipboard passes through redact(), which puts •••• in
// place of any registered secret. Thread-safe.
#include <QString>

namespace Redactor {
// Registers a secret value (values shorter than 4 characters are ignored: too
// likely to occur by chance, too short to matter).
void add(const QString &secret);
QString redact(const QString &text);
QByteArray redact(const QByteArray &text);
int count();
// Routes qDebug/qWarning/… through redact() (call once in main()).
void installMessageHandler();
inline const QString mask = QStringLiteral("••••");
} // namespace Redactor
