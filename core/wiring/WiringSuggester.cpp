#include "wiring/WiringSuggester.h"

#include "base/TextUtil.h"
#include "runbook/CodeText.h"

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
    bool needDb = false, needApp = false, needPrometheus = false, needLoki = false;
    for (const Section &s : rb.sections)
        for (const Step &st : s.steps) {
            for (const CodeBlock &c : st.blocks) {
                needPrometheus = needPrometheus || c.language == QStringLiteral("promql");
                needLoki = needLoki || c.language == QStringLiteral("logql");
                needDb = needDb || c.language == QStringLiteral("sql");
            }
            for (const StepEntity &e : st.entities) {
                if (e.kind == EntityKind::EnvVar && !envVars.contains(e.text))
                    envVars.append(e.text);
                if (e.kind == EntityKind::Dashboard && !dashboards.contains(connectorName(e.service)))
                    dashboards.append(connectorName(e.service));
                needDb = needDb || e.kind == EntityKind::Sql;
                needApp = needApp || e.kind == EntityKind::ApiPath;
            }
        }

    QString y;
    y += QStringLiteral("# Draft wiring for %1 — written by `runbook-cli wiring suggest`.\n").arg(rb.title);
    y += QStringLiteral("# Fill in the REPLACE_ME values; secrets stay references (env:NAME or keychain:SERVICE/ACCOUNT).\n");
    y += QStringLiteral("version: 1\ndefault_profile: default\n\nprofiles:\n  default:\n    label: Default\n    protected: false\n    connectors:\n");
    y += QStringLiteral("      logs:\n        kind: file\n        path: ${RUNBOOK_DIR}/logs\n");
    if (needDb)
        y += QStringLiteral("      db:\n        kind: postgresql\n        host: REPLACE_ME\n        database: REPLACE_ME\n        user: REPLACE_ME\n"
                            "        password: env:PGPASSWORD\n        sslmode: verify-full\n");
    if (needApp) {
        y += QStringLiteral("      app:\n        kind: http\n        base_url: https://REPLACE_ME\n");
    }
    // Query languages this build cannot run yet get their connector marked coming: the binding is shown, not run.
    if (needPrometheus)
        y += QStringLiteral("      prometheus:\n        kind: prometheus\n        status: coming\n        base_url: https://REPLACE_ME\n");
    if (needLoki)
        y += QStringLiteral("      loki_logql:\n        kind: loki\n        status: coming\n        base_url: https://REPLACE_ME\n");
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
            if (m.kind == MonitorKind::LogPattern && !m.numberPlaceholder) {
                section();
                QString phrase = m.value;
                phrase.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
                y += QStringLiteral("  %1:\n    probe: { type: log_count, connector: logs, query: %2 }\n").arg(m.id, q(QLatin1Char('"') + phrase + QLatin1Char('"')));
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
            const CodeBlock *block = st.blocks.isEmpty() ? nullptr : &st.blocks.first();
            auto isRead = [](const QString &stmt) {
                return stmt.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) || stmt.trimmed().startsWith(QStringLiteral("WITH"), Qt::CaseInsensitive);
            };
            if (block && block->language == QStringLiteral("promql")) {
                y += QStringLiteral("    probe: { type: promql_query, connector: prometheus, query: %1 }\n").arg(q(block->text.trimmed()));
            } else if (block && block->language == QStringLiteral("logql")) {
                y += QStringLiteral("    probe: { type: logql_query, connector: loki_logql, query: %1 }\n").arg(q(block->text.trimmed()));
            } else if (block && block->language == QStringLiteral("sql") && !block->text.contains(QLatin1Char(';'))) {
                y += isRead(block->text) ? QStringLiteral("    probe: { type: sql, connector: db, sql: %1 }\n").arg(q(block->text.trimmed()))
                                         : QStringLiteral("    action: { type: sql, connector: db, sql: %1, risk: write }\n").arg(q(block->text.trimmed()));
            } else if (block) {
                // A command: copied with the incident's variables filled in; nothing runs a shell.
                y += QStringLiteral("    info: %1\n").arg(q(QStringLiteral("copy: %1 — Copy fills in the incident's variables; run it yourself")
                                                             .arg(block->language.isEmpty() ? QStringLiteral("code") : block->language)));
            } else if (sql) {
                QString stmt = sql->text;
                for (const QString &p : sql->parameters)
                    stmt.replace(QLatin1Char('\'') + p + QLatin1Char('\''), QStringLiteral(":param"));
                y += isRead(sql->text) ? QStringLiteral("    probe: { type: sql, connector: db, sql: %1 }\n").arg(q(stmt))
                                       : QStringLiteral("    action: { type: sql, connector: db, sql: %1, risk: write }\n").arg(q(stmt));
            } else if (api) {
                y += QStringLiteral("    probe: { type: http_status, connector: app, path: %1 }\n").arg(q(api->text));
            } else if (dash) {
                y += QStringLiteral("    link: %1\n").arg(connectorName(dash->service));
            } else if (env) {
                y += QStringLiteral("    manual: %1\n").arg(q(QStringLiteral("Check that %1 is set where the app runs (its value never goes into the wiring)").arg(env->text)));
            } else {
                y += QStringLiteral("    manual: %1\n").arg(q(QStringLiteral("Nothing recognised to run for this step; do it by hand or wire it.")));
            }
        }
        // The section's Datadog-syntax log queries outside steps are counted by the log source.
    }
    for (const LogQuery &lq : rb.queries)
        if (CodeText::isLogQueryLanguage(lq.language))
            y += QStringLiteral("  %1:\n    probe: { type: log_count, connector: logs, query: %2 }\n").arg(lq.id, q(lq.query));
    return y;
}
