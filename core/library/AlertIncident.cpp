#include "library/AlertIncident.h"

#include "library/RunbookLibrary.h"
#include "runbook/CodeText.h"
#include "runbook/RunbookParser.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("AlertIncident", s);
}
} // namespace

namespace AlertIncident {

Result<AlertStart> plan(const Alert &alert, const QList<LibraryEntry> &library)
{
    using R = Result<AlertStart>;
    const auto match = RunbookLibrary::forAlert(library, alert.name(), alert.runbookUrl());
    if (!match)
        return R::failure(alert.runbookUrl().isEmpty()
                              ? tr("no runbook in the library is for %1 (%2 files indexed)").arg(alert.name()).arg(library.size())
                              : tr("no runbook in the library is for %1 or ends in the path of %2 (%3 files indexed)")
                                    .arg(alert.name(), alert.runbookUrl()).arg(library.size()));
    auto rb = RunbookParser::parseFile(match->entry.path);
    if (!rb)
        return R::failure(rb.error());
    AlertStart s;
    s.runbook = rb.value();
    s.sectionId = section(s.runbook, alert.name(), match->sectionId);
    s.variables = variables(alert, s.runbook);
    s.title = title(alert);
    s.severity = severity(alert);
    s.why = match->why;
    return s;
}

QMap<QString, QString> variables(const Alert &alert, const Runbook &runbook)
{
    QMap<QString, QString> byName; // NAMESPACE → value, from every label
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        if (!it.key().startsWith(QLatin1String("__")) && !it.value().isEmpty())
            byName.insert(CodeText::variableName(it.key()), it.value());
    QMap<QString, QString> out;
    for (const QString &v : runbook.variables) {
        if (const auto it = byName.constFind(v); it != byName.cend()) {
            out.insert(v, *it);
            continue;
        }
        // POD_NAME, NODE_NAME, INSTANCE_NAME: the label without the _NAME.
        if (v.endsWith(QLatin1String("_NAME")))
            if (const auto it = byName.constFind(v.chopped(5)); it != byName.cend())
                out.insert(v, *it);
    }
    // The labels the usual runbook placeholders name, even when this runbook spells none of them.
    for (const char *common : {"NAMESPACE", "POD", "INSTANCE", "JOB", "NODE", "CONTAINER", "SERVICE", "DEPLOYMENT", "CLUSTER"})
        if (const auto it = byName.constFind(QLatin1String(common)); it != byName.cend() && !out.contains(it.key()))
            out.insert(it.key(), *it);
    return out;
}

QString title(const Alert &alert)
{
    const QString summary = alert.summary().simplified();
    const QString name = alert.name().isEmpty() ? tr("Alert %1").arg(alert.fingerprint) : alert.name();
    return summary.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, summary.left(160));
}

QString severity(const Alert &alert)
{
    const QString s = alert.severity().trimmed().toLower();
    if (s == QLatin1String("sev1") || s == QLatin1String("p1") || s == QLatin1String("disaster") || s == QLatin1String("emergency"))
        return QStringLiteral("SEV1");
    if (s == QLatin1String("critical") || s == QLatin1String("page") || s == QLatin1String("high") || s == QLatin1String("error")
        || s == QLatin1String("sev2") || s == QLatin1String("p2"))
        return QStringLiteral("SEV2");
    if (s == QLatin1String("warning") || s == QLatin1String("warn") || s == QLatin1String("medium") || s == QLatin1String("sev3")
        || s == QLatin1String("p3"))
        return QStringLiteral("SEV3");
    if (s == QLatin1String("info") || s == QLatin1String("low") || s == QLatin1String("none") || s == QLatin1String("sev4")
        || s == QLatin1String("p4"))
        return QStringLiteral("SEV4");
    return {};
}

QString section(const Runbook &runbook, const QString &alertName, const QString &hint)
{
    if (!hint.isEmpty() && runbook.section(hint))
        return hint;
    for (const Section &s : runbook.sections)
        if (!alertName.isEmpty() && s.alert.compare(alertName, Qt::CaseInsensitive) == 0)
            return s.id;
    return runbook.sections.isEmpty() ? QString() : runbook.sections.first().id;
}

QString source(const QString &fingerprint)
{
    return QStringLiteral("alert:") + fingerprint;
}

Evidence evidence(const Alert &alert, const QDateTime &resolvedAt)
{
    Evidence e;
    e.kind = QStringLiteral("alert");
    e.source = source(alert.fingerprint);
    e.connector = QStringLiteral("alertmanager");
    const bool resolved = resolvedAt.isValid();
    e.at = resolved ? resolvedAt : QDateTime();
    QStringList labels;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        labels.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value()));
    e.what = QLatin1Char('{') + labels.join(QStringLiteral(", ")) + QLatin1Char('}');
    const QString since = alert.startsAt.toUTC().toString(Qt::ISODate);
    e.summary = resolved ? tr("%1 resolved at %2 (firing since %3)").arg(alert.name(), resolvedAt.toUTC().toString(Qt::ISODate), since)
                         : tr("%1 firing since %2: %3").arg(alert.name(), since, alert.summary().simplified());
    e.outcome = resolved ? QStringLiteral("ok") : QStringLiteral("problem");
    e.columns = {tr("Field"), tr("Value")};
    e.rows.append({QStringLiteral("fingerprint"), alert.fingerprint});
    e.rows.append({QStringLiteral("state"), resolved ? QStringLiteral("resolved") : alert.state});
    e.rows.append({QStringLiteral("startsAt"), since});
    if (resolved)
        e.rows.append({QStringLiteral("resolvedAt"), resolvedAt.toUTC().toString(Qt::ISODate)});
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        e.rows.append({QStringLiteral("label ") + it.key(), it.value()});
    for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it)
        e.rows.append({QStringLiteral("annotation ") + it.key(), it.value()});
    if (!alert.generatorUrl.isEmpty())
        e.rows.append({QStringLiteral("generatorURL"), alert.generatorUrl});
    e.pinned = !resolved;
    return e;
}

QString fingerprintOf(const Evidence &e)
{
    return e.kind == QLatin1String("alert") && e.source.startsWith(QLatin1String("alert:")) ? e.source.mid(6) : QString();
}

Alert alertOf(const Evidence &e)
{
    Alert a;
    a.fingerprint = fingerprintOf(e);
    for (const QStringList &row : e.rows) {
        if (row.size() != 2)
            continue;
        const QString &k = row.first();
        if (k == QLatin1String("startsAt"))
            a.startsAt = QDateTime::fromString(row.last(), Qt::ISODate);
        else if (k == QLatin1String("state"))
            a.state = row.last();
        else if (k.startsWith(QLatin1String("label ")))
            a.labels.insert(k.mid(6), row.last());
        else if (k.startsWith(QLatin1String("annotation ")))
            a.annotations.insert(k.mid(11), row.last());
        else if (k == QLatin1String("generatorURL"))
            a.generatorUrl = row.last();
    }
    return a;
}

QList<Alert> unresolvedAlerts(const Incident &incident)
{
    QMap<QString, Alert> open; // by fingerprint, in record order
    for (const Evidence &e : incident.evidence) {
        const QString fp = fingerprintOf(e);
        if (fp.isEmpty())
            continue;
        const Alert a = alertOf(e);
        if (a.state == QLatin1String("resolved"))
            open.remove(fp);
        else
            open.insert(fp, a);
    }
    return open.values();
}

} // namespace AlertIncident
