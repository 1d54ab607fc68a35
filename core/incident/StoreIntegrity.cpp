// IncidentStore::checkIntegrity: PRAGMA quick_check on open. A file whose
// header is fine but a page is not would otherwise be read as if whole
// (some timeline entries silently missing) and written into.
#include "incident/IncidentStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {
// The problems a quick_check reports (empty: "ok"), or why it could not run.
std::optional<QStringList> problems(QSqlQuery &q, const QString &pragma, QString *failure)
{
    if (!q.exec(pragma)) {
        *failure = q.lastError().text();
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        if (const QString t = q.value(0).toString(); t != QLatin1String("ok"))
            out.append(t);
    if (q.lastError().isValid())
        *failure = q.lastError().text();
    return out;
}

QString partName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("incidents"), QT_TRANSLATE_NOOP("IncidentStore", "the incident records")},
        {QStringLiteral("step_states"), QT_TRANSLATE_NOOP("IncidentStore", "the step states and notes")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("IncidentStore", "the notes")},
        {QStringLiteral("timeline"), QT_TRANSLATE_NOOP("IncidentStore", "the timeline entries")},
        {QStringLiteral("metric_values"), QT_TRANSLATE_NOOP("IncidentStore", "the metric values")},
        {QStringLiteral("incident_variables"), QT_TRANSLATE_NOOP("IncidentStore", "the incident variables")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("IncidentStore", "the evidence")},
        {QStringLiteral("followups"), QT_TRANSLATE_NOOP("IncidentStore", "the follow-ups")},
        {QStringLiteral("applied_changes"), QT_TRANSLATE_NOOP("IncidentStore", "the change history")},
        {QStringLiteral("revisions"), QT_TRANSLATE_NOOP("IncidentStore", "the change history")},
        {QStringLiteral("presence"), QT_TRANSLATE_NOOP("IncidentStore", "who has an incident open")},
    };
    const auto it = names.constFind(table);
    return it == names.cend() ? IncidentStore::tr("the table %1").arg(table) : IncidentStore::tr(*it);
}
} // namespace

void IncidentStore::checkIntegrity()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QString failure;
    const auto all = problems(q, QStringLiteral("PRAGMA quick_check(20)"), &failure);
    if (all && all->isEmpty() && failure.isEmpty())
        return;
    const QString overall = all && !all->isEmpty() ? all->first() : failure;
    // Which parts: each table checked on its own (SQLite 3.33+: quick_check(TABLE)).
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        while (q.next())
            tables.append(q.value(0).toString());
    for (const QString &t : std::as_const(tables)) {
        QString why;
        const auto p = problems(q, QStringLiteral("PRAGMA quick_check(\"%1\")").arg(t), &why);
        if ((p && !p->isEmpty()) || !why.isEmpty()) {
            const QString part = partName(t);
            const QString detail = p && !p->isEmpty() ? p->first() : why;
            if (!m_damage.join(QLatin1Char('\n')).contains(part))
                m_damage.append(tr("%1 (%2)").arg(part, detail.left(200)));
        }
    }
    if (m_damage.isEmpty())
        m_damage.append(tr("its structure (%1)").arg(overall.left(200)));
    m_readOnly = true;
}
