#include "wiring/WiringSuggester.h"

#include "base/TextUtil.h"

#include <QRegularExpression>
#include <QSet>

namespace {
QString q(const QString &s)
{
    return TextUtil::doubleQuoted(s);
}

QString connectorName(const QString &service)
{
    QString n = TextUtil::slugify(service);
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n + QStringLiteral("_dashboard");
}
} // namespace

QString WiringSuggester::suggest(const Runbook &rb)
{
    QStringList envVars, dashboards;
    bool needDb = false, needApp = false;
    for (const Section &s : rb.sections)
        for (const Step &st : s.steps)
            for (const StepEntity &e : st.entities) {
                if (e.kind == EntityKind::EnvVar && !envVars.contains(e.text))
                    envVars.append(e.text);
                if (e.kind == EntityKind::Dashboard && !dashboards.contains(connectorName(e.service)))
                    dashboards.append(connectorName(e.service));
                needDb = needDb || e.kind == EntityKind::Sql;
                needApp = needApp || e.kind == EntityKind::ApiPath || e.kind == EntityKind::EnvVar;
            }

    QString y;
    y += QStringLiteral("# Draft wiring for %1 — written by `runbook-cli wiring suggest`.\n").arg(rb.title);
    y += QStringLiteral("# Fill in the REPLACE_ME values; secrets stay references (env:NAME or keychain:SERVICE/ACCOUNT).\n");
    y += QStringLiteral("version: 1\ndefault_profile: default\n\nprofiles:\n  default:\n    label: Default\n    protected: false\n    connectors:\n");
    y += QStringLiteral("      logs:\n        kind: file\n        path: ${RUNBOOK_DIR}/logs\n");
    if (needDb)
        y += QStringLiteral("      db:\n        kind: postgresql\n        host: REPLACE_ME\n        database: REPLACE_ME\n        user: REPLACE_ME\n"
                            "        password: env:PGPASSWORD\n");
    if (needApp) {
        y += QStringLiteral("      app:\n        kind: http\n        base_url: https://REPLACE_ME\n");
    }
    for (const QString &d : std::as_const(dashboards))
        y += QStringLiteral("      %1:\n        kind: dashboard\n        url: https://REPLACE_ME\n").arg(d);

    y += QStringLiteral("\nbindings:\n");
    for (const Section &s : rb.sections) {
        bool header = false;
        auto section = [&] {
            if (!header)
                y += QStringLiteral("  # %1\n").arg(s.displayTitle());
            header = true;
        };
        for (const Monitor &m : s.monitors)
            if (m.kind == MonitorKind::LogPattern) {
                section();
                y += QStringLiteral("  %1:\n    probe: { type: log_count, connector: logs, pattern: %2 }\n").arg(m.id, q(m.value));
            }
        for (const Step &st : s.steps) {
            section();
            y += QStringLiteral("  %1:\n").arg(st.id);
            const StepEntity *sql = nullptr, *api = nullptr, *env = nullptr, *dash = nullptr;
            for (const StepEntity &e : st.entities) {
                if (e.kind == EntityKind::Sql && !sql)
                    sql = &e;
                else if (e.kind == EntityKind::ApiPath && !api)
                    api = &e;
                else if (e.kind == EntityKind::EnvVar && !env)
                    env = &e;
                else if (e.kind == EntityKind::Dashboard && !dash)
                    dash = &e;
            }
            if (sql) {
                const bool read = sql->text.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive)
                                  || sql->text.trimmed().startsWith(QStringLiteral("WITH"), Qt::CaseInsensitive);
                QString stmt = sql->text;
                for (const QString &p : sql->parameters)
                    stmt.replace(QLatin1Char('\'') + p + QLatin1Char('\''), QStringLiteral(":param"));
                y += read ? QStringLiteral("    probe: { type: sql, connector: db, sql: %1 }\n").arg(q(stmt))
                          : QStringLiteral("    action: { type: sql, connector: db, sql: %1, risk: write }\n").arg(q(stmt));
            } else if (api) {
                y += QStringLiteral("    probe: { type: http_status, connector: app, path: %1 }\n").arg(q(api->text));
            } else if (env) {
                y += QStringLiteral("    probe: { type: secret_check, connector: app, secret: %1 }\n").arg(q(QStringLiteral("env:") + env->text));
            } else if (dash) {
                y += QStringLiteral("    link: %1\n").arg(connectorName(dash->service));
            } else {
                y += QStringLiteral("    manual: %1\n").arg(q(QStringLiteral("Nothing recognised to run for this step; do it by hand or wire it.")));
            }
        }
    }
    return y;
}
