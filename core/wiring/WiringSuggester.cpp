#include "wiring/WiringSuggester.h"

#include "base/TextUtil.h"
#include "runbook/CodeText.h"

#include <QSet>

#include <yaml-cpp/yaml.h>

#include <string>
#include <utility>
#include <vector>

// The draft is written by yaml-cpp's emitter, never by concatenation: a value
// goes in as a scalar in the one style that reads back byte for byte (a SQL
// block with a "--" comment stays on its lines, so its WHERE never lands in
// the comment).
namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString connectorName(const QString &service)
{
    QString n = TextUtil::slugify(service);
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n + QStringLiteral("_dashboard");
}

// Whether `text` read back from `style` is `text` again. yaml-cpp writes a
// literal block without chomping or indentation indicators, so a block that
// starts with a space, ends in no or several newlines, or holds a carriage
// return does not survive that style; a double-quoted scalar escapes all.
bool survives(const std::string &text, YAML::EMITTER_MANIP style)
{
    YAML::Emitter e;
    e << YAML::BeginMap << YAML::Key << "v" << YAML::Value << style << text << YAML::EndMap;
    if (!e.good())
        return false;
    try {
        return YAML::Load(e.c_str())["v"].as<std::string>() == text;
    } catch (const YAML::Exception &) {
        return false;
    }
}

void text(YAML::Emitter &out, const QString &value)
{
    const std::string v = utf8(value);
    if (value.contains(QLatin1Char('\n')) && survives(v, YAML::Literal))
        out << YAML::Literal << v;
    else
        out << YAML::DoubleQuoted << v;
}

// A binding's fields: fixed tokens are written plain, free text through text().
struct Fields
{
    std::vector<std::pair<const char *, QString>> tokens, texts;
};

void binding(YAML::Emitter &out, const QString &target, const char *kind, const Fields &f)
{
    out << YAML::Key << utf8(target) << YAML::Value << YAML::BeginMap << YAML::Key << kind << YAML::Value;
    bool multiline = false;
    for (const auto &t : f.texts)
        multiline = multiline || t.second.contains(QLatin1Char('\n'));
    out << (multiline ? YAML::Block : YAML::Flow) << YAML::BeginMap;
    for (const auto &[k, v] : f.tokens)
        out << YAML::Key << k << YAML::Value << utf8(v);
    for (const auto &[k, v] : f.texts) {
        out << YAML::Key << k << YAML::Value;
        text(out, v);
    }
    out << YAML::EndMap << YAML::EndMap;
}

void scalarBinding(YAML::Emitter &out, const QString &target, const char *kind, const QString &value, bool asText = true)
{
    out << YAML::Key << utf8(target) << YAML::Value << YAML::BeginMap << YAML::Key << kind << YAML::Value;
    if (asText)
        text(out, value);
    else
        out << utf8(value);
    out << YAML::EndMap;
}

void connector(YAML::Emitter &out, const QString &name, std::initializer_list<std::pair<const char *, const char *>> fields)
{
    out << YAML::Key << utf8(name) << YAML::Value << YAML::BeginMap;
    for (const auto &[k, v] : fields)
        out << YAML::Key << k << YAML::Value << v;
    out << YAML::EndMap;
}

bool isRead(const QString &stmt)
{
    const QString t = stmt.trimmed();
    return t.startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) || t.startsWith(QStringLiteral("WITH"), Qt::CaseInsensitive);
}
} // namespace

QString WiringSuggester::suggest(const Runbook &rb)
{
    QStringList dashboards;
    bool needDb = false, needApp = false, needPrometheus = false, needLoki = false;
    for (const Section &s : rb.sections)
        for (const Step &st : s.steps) {
            for (const CodeBlock &c : st.blocks) {
                needPrometheus = needPrometheus || c.language == QStringLiteral("promql");
                needLoki = needLoki || c.language == QStringLiteral("logql");
                needDb = needDb || c.language == QStringLiteral("sql");
            }
            for (const StepEntity &e : st.entities) {
                if (e.kind == EntityKind::Dashboard && !dashboards.contains(connectorName(e.service)))
                    dashboards.append(connectorName(e.service));
                needDb = needDb || e.kind == EntityKind::Sql;
                needApp = needApp || e.kind == EntityKind::ApiPath;
            }
        }

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(utf8(QStringLiteral("Draft wiring for %1 — written by `runbook-cli wiring suggest`.").arg(TextUtil::elided(rb.title.simplified()))))
        << YAML::Newline
        << YAML::Comment("Fill in the REPLACE_ME values; secrets stay references (env:NAME or keychain:SERVICE/ACCOUNT).") << YAML::Newline;
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << 1;
    out << YAML::Key << "default_profile" << YAML::Value << "default";
    out << YAML::Key << "profiles" << YAML::Value << YAML::BeginMap << YAML::Key << "default" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "label" << YAML::Value << "Default" << YAML::Key << "protected" << YAML::Value << false;
    out << YAML::Key << "connectors" << YAML::Value << YAML::BeginMap;
    connector(out, QStringLiteral("logs"), {{"kind", "file"}, {"path", "${RUNBOOK_DIR}/logs"}});
    if (needDb)
        connector(out, QStringLiteral("db"), {{"kind", "postgresql"}, {"host", "REPLACE_ME"}, {"database", "REPLACE_ME"}, {"user", "REPLACE_ME"},
                                              {"password", "env:PGPASSWORD"}, {"sslmode", "verify-full"}});
    if (needApp)
        connector(out, QStringLiteral("app"), {{"kind", "http"}, {"base_url", "https://REPLACE_ME"}});
    // PromQL blocks run on Prometheus (token: a bearer, if it needs one).
    if (needPrometheus)
        connector(out, QStringLiteral("prometheus"), {{"kind", "prometheus"}, {"base_url", "https://REPLACE_ME"}});
    // Query languages this build cannot run yet get their connector marked coming: the binding is shown, not run.
    if (needLoki)
        connector(out, QStringLiteral("loki_logql"), {{"kind", "loki"}, {"status", "coming"}, {"base_url", "https://REPLACE_ME"}});
    for (const QString &d : std::as_const(dashboards))
        connector(out, d, {{"kind", "dashboard"}, {"url", "https://REPLACE_ME"}});
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap; // connectors, default, profiles

    out << YAML::Key << "bindings" << YAML::Value << YAML::BeginMap;
    const QString logs = QStringLiteral("logs"), db = QStringLiteral("db");
    for (const Section &s : rb.sections) {
        bool header = false;
        auto section = [&] {
            if (!header)
                out << YAML::Newline << YAML::Comment(utf8(TextUtil::elided(s.displayTitle().simplified())));
            header = true;
        };
        for (const Monitor &m : s.monitors)
            if (m.kind == MonitorKind::LogPattern && !m.numberPlaceholder) {
                section();
                QString phrase = m.value;
                phrase.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
                binding(out, m.id, "probe", {{{"type", QStringLiteral("log_count")}, {"connector", logs}}, {{"query", QLatin1Char('"') + phrase + QLatin1Char('"')}}});
            }
        for (const Step &st : s.steps) {
            section();
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
            if (block && block->language == QStringLiteral("promql")) {
                binding(out, st.id, "probe", {{{"type", QStringLiteral("promql")}, {"connector", QStringLiteral("prometheus")}}, {{"query", block->text}}});
            } else if (block && block->language == QStringLiteral("logql")) {
                binding(out, st.id, "probe", {{{"type", QStringLiteral("logql_query")}, {"connector", QStringLiteral("loki_logql")}}, {{"query", block->text}}});
            } else if (block && block->language == QStringLiteral("sql") && !block->text.contains(QLatin1Char(';'))) {
                if (isRead(block->text))
                    binding(out, st.id, "probe", {{{"type", QStringLiteral("sql")}, {"connector", db}}, {{"sql", block->text}}});
                else
                    binding(out, st.id, "action", {{{"type", QStringLiteral("sql")}, {"connector", db}, {"risk", QStringLiteral("write")}}, {{"sql", block->text}}});
            } else if (block) {
                // A command: copied with the incident's variables filled in; nothing runs a shell.
                scalarBinding(out, st.id, "info",
                              QStringLiteral("copy: %1 — Copy fills in the incident's variables; run it yourself")
                                  .arg(block->language.isEmpty() ? QStringLiteral("code") : block->language));
            } else if (sql) {
                QString stmt = sql->text;
                for (const QString &p : sql->parameters)
                    stmt.replace(QLatin1Char('\'') + p + QLatin1Char('\''), QStringLiteral(":param"));
                if (isRead(sql->text))
                    binding(out, st.id, "probe", {{{"type", QStringLiteral("sql")}, {"connector", db}}, {{"sql", stmt}}});
                else
                    binding(out, st.id, "action", {{{"type", QStringLiteral("sql")}, {"connector", db}, {"risk", QStringLiteral("write")}}, {{"sql", stmt}}});
            } else if (api) {
                binding(out, st.id, "probe", {{{"type", QStringLiteral("http_status")}, {"connector", QStringLiteral("app")}}, {{"path", api->text}}});
            } else if (dash) {
                scalarBinding(out, st.id, "link", connectorName(dash->service), false);
            } else if (env) {
                scalarBinding(out, st.id, "manual",
                              QStringLiteral("Check that %1 is set where the app runs (its value never goes into the wiring)").arg(env->text));
            } else {
                scalarBinding(out, st.id, "manual", QStringLiteral("Nothing recognised to run for this step; do it by hand or wire it."));
            }
        }
        // The section's Datadog-syntax log queries outside steps are counted by the log source.
    }
    for (const LogQuery &lq : rb.queries)
        if (CodeText::isLogQueryLanguage(lq.language))
            binding(out, lq.id, "probe", {{{"type", QStringLiteral("log_count")}, {"connector", logs}}, {{"query", lq.query}}});
    out << YAML::EndMap << YAML::EndMap;
    if (!out.good())
        return QStringLiteral("# the draft could not be written: %1\n").arg(QString::fromStdString(out.GetLastError()));
    return QString::fromStdString(std::string(out.c_str(), out.size())) + QLatin1Char('\n');
}
