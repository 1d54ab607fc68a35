#include "wiring/WiringLoader.h"
#include "wiring/WiringReader.h"

#include "runbook/Runbook.h"
#include "base/LogTime.h"
#include "logs/LogQueryParser.h"
#include "secrets/SecretResolver.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace WiringRead {


const QHash<QString, QStringList> &connectorFields()
{
    static const QHash<QString, QStringList> f = {
        {QStringLiteral("file"), {QStringLiteral("path"), QStringLiteral("time_field"), QStringLiteral("message_field")}},
        {QStringLiteral("datadog"), {QStringLiteral("site"), QStringLiteral("base_url"), QStringLiteral("api_key"), QStringLiteral("app_key"), QStringLiteral("indexes")}},
        {QStringLiteral("loki"), {QStringLiteral("base_url"), QStringLiteral("selector"), QStringLiteral("org_id"), QStringLiteral("token")}},
        {QStringLiteral("sqlite"), {QStringLiteral("path")}},
        {QStringLiteral("postgresql"), {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("database"), QStringLiteral("user"),
                                        QStringLiteral("password"), QStringLiteral("sslmode")}},
        {QStringLiteral("http"), {QStringLiteral("base_url"), QStringLiteral("bearer"), QStringLiteral("bearer_paths"), QStringLiteral("timeout_ms")}},
        {QStringLiteral("vercel_blob"), {QStringLiteral("base_url"), QStringLiteral("token"), QStringLiteral("store_id")}},
        {QStringLiteral("svix"), {QStringLiteral("base_url"), QStringLiteral("token"), QStringLiteral("app_id"), QStringLiteral("endpoint_id")}},
        {QStringLiteral("stripe"), {QStringLiteral("base_url"), QStringLiteral("key")}},
        {QStringLiteral("dashboard"), {QStringLiteral("url")}},
        {QStringLiteral("prometheus"), {QStringLiteral("base_url"), QStringLiteral("token"), QStringLiteral("user"), QStringLiteral("password")}},
        {QStringLiteral("alertmanager"), {QStringLiteral("base_url"), QStringLiteral("token"), QStringLiteral("user"), QStringLiteral("password"),
                                          QStringLiteral("receiver"), QStringLiteral("filter")}},
        {QStringLiteral("vercel"), {QStringLiteral("team"), QStringLiteral("project"), QStringLiteral("config_path"), QStringLiteral("token")}},
    };
    return f;
}

bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("(^|_)(token|secret|password|key|bearer)$"));
    return re.match(key).hasMatch();
}


void Reader::checkNoLiteralSecrets(const YAML::Node &n, const QString &where)
{
    if (n.IsScalar()) {
        if (SecretResolver::looksLikeSecret(qs(n.Scalar())))
            msg(n, tr("%1: this looks like a secret written into the file; use env:NAME or keychain:SERVICE/ACCOUNT").arg(where));
        return;
    }
    if (n.IsSequence()) {
        for (std::size_t i = 0; i < n.size(); ++i)
            checkNoLiteralSecrets(n[i], where);
        return;
    }
    if (n.IsMap())
        for (auto it = n.begin(); it != n.end(); ++it)
            checkNoLiteralSecrets(it->second, where + QLatin1Char('.') + qs(it->first.Scalar()));
}

void Reader::read(const YAML::Node &root)
{
    if (!root.IsDefined() || root.IsNull()) {
        m_w.messages.append({WiringMessage::Error, 1, 1, tr("the wiring file is empty"), {}});
        return;
    }
    if (!expectMap(root, tr("the wiring file")))
        return;
    static const QSet<QString> topKeys = {QStringLiteral("version"), QStringLiteral("default_profile"), QStringLiteral("profiles"),
                                          QStringLiteral("bindings"), QStringLiteral("metrics"), QStringLiteral("rules")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (!topKeys.contains(key))
            msg(it->first, tr("unknown key \"%1\" (known: version, default_profile, profiles, bindings, metrics, rules)").arg(key));
    }
    if (const YAML::Node v = root["version"]; v && (!v.IsScalar() || v.Scalar() != "1"))
        msg(v, tr("version: this program reads version 1"));
    const YAML::Node profiles = root["profiles"];
    if (!profiles) {
        msg(root, tr("no profiles: add at least one under \"profiles\""));
    } else if (expectMap(profiles, QStringLiteral("profiles"))) {
        QSet<QString> seen;
        for (auto it = profiles.begin(); it != profiles.end(); ++it) {
            const QString name = qs(it->first.Scalar());
            if (seen.contains(name)) {
                msg(it->first, tr("profiles: duplicate profile \"%1\"").arg(name));
                continue;
            }
            seen.insert(name);
            readProfile(name, it->second, it->first);
        }
    }
    if (const YAML::Node d = root["default_profile"]) {
        if (const auto name = scalar(d, QStringLiteral("default_profile"))) {
            m_w.defaultProfile = *name;
            if (!m_w.profile(*name))
                msg(d, tr("default_profile: there is no profile \"%1\"").arg(*name));
        }
    } else if (!m_w.profiles.isEmpty()) {
        m_w.defaultProfile = m_w.profiles.first().name;
    }
    if (const YAML::Node b = root["bindings"]; b && expectMap(b, QStringLiteral("bindings"))) {
        QSet<QString> seen;
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString target = qs(it->first.Scalar());
            if (seen.contains(target)) {
                msg(it->first, tr("bindings: \"%1\" is bound twice").arg(target));
                continue;
            }
            seen.insert(target);
            readBinding(target, it->second, it->first);
        }
    }
    if (const YAML::Node ms = root["metrics"]; ms && expectMap(ms, QStringLiteral("metrics"))) {
        QSet<QString> seen;
        for (auto it = ms.begin(); it != ms.end(); ++it) {
            const QString id = qs(it->first.Scalar());
            if (seen.contains(id)) {
                msg(it->first, tr("metrics: duplicate metric \"%1\"").arg(id));
                continue;
            }
            seen.insert(id);
            readMetric(id, it->second, it->first);
        }
    }
    if (const YAML::Node rs = root["rules"]; rs && expectMap(rs, QStringLiteral("rules"))) {
        for (auto it = rs.begin(); it != rs.end(); ++it) {
            const QString rule = qs(it->first.Scalar());
            const auto metric = scalar(it->second, QStringLiteral("rules.") + rule);
            if (!metric)
                continue;
            if (m_rb) {
                bool known = false;
                for (const ThresholdRule &r : m_rb->thresholds)
                    known = known || r.id == rule;
                if (!known)
                    msg(it->first, tr("rules.%1: the runbook has no threshold row with this id").arg(rule));
            }
            if (!m_w.metric(*metric))
                msg(it->second, tr("rules.%1: there is no metric \"%2\"").arg(rule, *metric));
            m_w.rules.insert(rule, *metric);
        }
    }
    // Every connector a binding uses, in every profile.
    for (const Binding &bd : std::as_const(m_w.bindings)) {
        if (bd.connector.isEmpty())
            continue;
        bool anywhere = false;
        for (const Profile &p : std::as_const(m_w.profiles))
            anywhere = anywhere || p.connector(bd.connector);
        if (!anywhere)
            m_w.messages.append({WiringMessage::Error, bd.line, bd.column,
                                 tr("bindings.%1: no profile has a connector \"%2\"").arg(bd.target, bd.connector), bd.target});
    }
}

void Reader::readProfile(const QString &name, const YAML::Node &n, const YAML::Node &keyNode)
{
    const QString where = QStringLiteral("profiles.") + name;
    if (!expectMap(n, where))
        return;
    Profile p;
    p.name = name;
    p.line = keyNode.Mark().line + 1;
    static const QSet<QString> keys = {QStringLiteral("label"), QStringLiteral("protected"), QStringLiteral("color"),
                                       QStringLiteral("connectors"), QStringLiteral("description"), QStringLiteral("demo")};
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (!keys.contains(key))
            msg(it->first, tr("%1: unknown key \"%2\" (known: label, protected, demo, color, connectors, description)").arg(where, key));
    }
    if (const YAML::Node d = n["demo"]) {
        const QString v = d.IsScalar() ? qs(d.Scalar()) : QString();
        if (v == QStringLiteral("true"))
            p.isDemo = true;
        else if (v != QStringLiteral("false"))
            msg(d, tr("%1.demo: expected true or false").arg(where));
    }
    p.label = n["label"] ? scalar(n["label"], where + QStringLiteral(".label")).value_or(name) : name;
    if (const YAML::Node pr = n["protected"]) {
        const QString v = pr.IsScalar() ? qs(pr.Scalar()) : QString();
        if (v == QStringLiteral("true"))
            p.isProtected = true;
        else if (v != QStringLiteral("false"))
            msg(pr, tr("%1.protected: expected true or false").arg(where));
        if (p.isProtected && p.isDemo)
            msg(pr, tr("%1: a demo profile cannot be protected (its data and secrets are the demo's)").arg(where));
    }
    if (const YAML::Node c = n["color"]) {
        p.color = scalar(c, where + QStringLiteral(".color")).value_or(QString());
        if (!QRegularExpression(QStringLiteral("^#[0-9A-Fa-f]{6}$")).match(p.color).hasMatch()) {
            msg(c, tr("%1.color: expected a colour such as \"#c53030\"").arg(where));
            p.color.clear();
        }
    }
    if (const YAML::Node cs = n["connectors"]; cs && expectMap(cs, where + QStringLiteral(".connectors"))) {
        QSet<QString> seen;
        for (auto it = cs.begin(); it != cs.end(); ++it) {
            const QString cname = qs(it->first.Scalar());
            if (seen.contains(cname)) {
                msg(it->first, tr("%1.connectors: duplicate connector \"%2\"").arg(where, cname));
                continue;
            }
            seen.insert(cname);
            readConnector(p, cname, it->second, it->first);
        }
    }
    m_w.profiles.append(p);
}

void Reader::readConnector(Profile &p, const QString &name, const YAML::Node &n, const YAML::Node &keyNode)
{
    const QString where = QStringLiteral("profiles.%1.connectors.%2").arg(p.name, name);
    if (!expectMap(n, where))
        return;
    Connector c;
    c.name = name;
    c.line = keyNode.Mark().line + 1;
    const YAML::Node kind = n["kind"];
    if (!kind) {
        msg(n, tr("%1: missing \"kind\"").arg(where));
        return;
    }
    c.kind = scalar(kind, where + QStringLiteral(".kind")).value_or(QString());
    if (!connectorFields().contains(c.kind)) {
        QStringList known = connectorFields().keys();
        known.sort();
        msg(kind, tr("%1.kind: unknown connector kind \"%2\" (known: %3)").arg(where, c.kind, known.join(QStringLiteral(", "))));
        return;
    }
    const QStringList allowed = connectorFields().value(c.kind);
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (key == QStringLiteral("kind") || key == QStringLiteral("description"))
            continue;
        if (key == QStringLiteral("status")) {
            const QString v = it->second.IsScalar() ? qs(it->second.Scalar()) : QString();
            if (v != QStringLiteral("coming") && v != QStringLiteral("ready"))
                msg(it->second, tr("%1.status: expected coming or ready").arg(where));
            c.coming = v == QStringLiteral("coming");
            continue;
        }
        if (!allowed.contains(key)) {
            msg(it->first, tr("%1: unknown key \"%2\" for a %3 connector (known: %4)").arg(where, key, c.kind, allowed.join(QStringLiteral(", "))));
            continue;
        }
        const QString fieldWhere = where + QLatin1Char('.') + key;
        if (it->second.IsSequence() && (key == QStringLiteral("indexes") || key == QStringLiteral("bearer_paths"))) {
            QStringList items;
            for (std::size_t i = 0; i < it->second.size(); ++i)
                if (const auto v = scalar(it->second[i], fieldWhere))
                    items.append(*v);
            c.fields.insert(key, items.join(QLatin1Char(',')));
            continue;
        }
        const auto value = scalar(it->second, fieldWhere);
        if (!value)
            continue;
        if (isSecretKey(key)) {
            // Never echo the value: it may be the secret itself.
            if (!SecretResolver::isReference(*value))
                msg(it->second, tr("%1: a secret must be a reference (env:NAME or keychain:SERVICE/ACCOUNT), not a literal").arg(fieldWhere));
            else if (value->startsWith(QStringLiteral("demo:")) && !p.isDemo)
                msg(it->second, tr("%1: demo: secrets are only for a demo profile (demo: true), never sent elsewhere").arg(fieldWhere));
            else
                c.secrets.insert(key, *value);
            continue;
        }
        if (SecretResolver::looksLikeSecret(*value)) {
            msg(it->second, tr("%1: this looks like a secret written into the file; use env:NAME or keychain:SERVICE/ACCOUNT").arg(fieldWhere));
            continue;
        }
        c.fields.insert(key, *value);
    }
    if (c.kind == QStringLiteral("postgresql")) {
        const QString host = c.fields.value(QStringLiteral("host"));
        // A host from a variable is judged when it is known (the run refuses it then).
        const QString refusal = host.contains(QStringLiteral("${")) && !p.isProtected
                                    ? QString()
                                    : SecretResolver::databaseTransportRefusal(where, host, c.fields.value(QStringLiteral("sslmode")), p.isProtected);
        if (!refusal.isEmpty()) {
            const YAML::Node mode = n["sslmode"];
            msg(mode ? mode : keyNode, refusal);
        }
    }
    if (c.secrets.contains(QStringLiteral("bearer")) && !c.fields.contains(QStringLiteral("bearer_paths")))
        msg(keyNode, tr("%1: the bearer goes to every route of this connector; list the routes that need it under bearer_paths").arg(where),
            WiringMessage::Warning);
    p.connectors.append(c);
}

void Reader::readBinding(const QString &target, const YAML::Node &n, const YAML::Node &keyNode)
{
    const QString where = QStringLiteral("bindings.") + target;
    m_target = target;
    struct Reset
    {
        QString &t;
        ~Reset() { t.clear(); }
    } reset{m_target};
    Binding b;
    b.target = target;
    b.line = keyNode.Mark().line + 1;
    b.column = keyNode.Mark().column + 1;
    if (m_rb) {
        bool known = m_rb->section(target) || m_rb->step(target);
        for (const Section &s : m_rb->sections) {
            for (const Monitor &m : s.monitors)
                known = known || m.id == target;
            for (const MetricSpec &m : s.metrics)
                known = known || m.id == target;
        }
        for (const ThresholdRule &r : m_rb->thresholds)
            known = known || r.id == target;
        for (const LogQuery &q : m_rb->queries)
            known = known || q.id == target;
        if (!known)
            msg(keyNode, tr("%1: the runbook has no section, step, monitor, metric, threshold or query with this id").arg(where));
    }
    if (!expectMap(n, where))
        return;
    checkNoLiteralSecrets(n, where);
    static const QHash<QString, BindingKind> kinds = {{QStringLiteral("probe"), BindingKind::Probe}, {QStringLiteral("action"), BindingKind::Action},
                                                      {QStringLiteral("link"), BindingKind::Link},   {QStringLiteral("manual"), BindingKind::Manual},
                                                      {QStringLiteral("info"), BindingKind::Info}};
    int found = 0;
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString key = qs(it->first.Scalar());
        if (key == QStringLiteral("note"))
            continue;
        if (!kinds.contains(key)) {
            msg(it->first, tr("%1: unknown key \"%2\" (a binding is one of probe, action, link, manual, info)").arg(where, key));
            continue;
        }
        if (++found > 1) {
            msg(it->first, tr("%1: a binding has exactly one of probe, action, link, manual, info").arg(where));
            continue;
        }
        b.kind = kinds.value(key);
        const YAML::Node v = it->second;
        const QString vw = where + QLatin1Char('.') + key;
        if (b.kind == BindingKind::Manual || b.kind == BindingKind::Info) {
            b.reason = scalar(v, vw).value_or(QString()).trimmed();
            if (b.reason.isEmpty())
                msg(v, tr("%1: say in one line why").arg(vw));
            continue;
        }
        if (b.kind == BindingKind::Link && v.IsScalar()) {
            b.connector = qs(v.Scalar());
            continue;
        }
        if (!expectMap(v, vw))
            continue;
        for (auto p = v.begin(); p != v.end(); ++p) {
            const QString pk = qs(p->first.Scalar());
            if (pk == QStringLiteral("type"))
                b.type = scalar(p->second, vw + QStringLiteral(".type")).value_or(QString());
            else if (pk == QStringLiteral("connector"))
                b.connector = scalar(p->second, vw + QStringLiteral(".connector")).value_or(QString());
            else if (p->second.IsScalar()) {
                b.params.insert(pk, qs(p->second.Scalar()));
                if (pk == QStringLiteral("query") && v["type"] && v["type"].IsScalar() && v["type"].Scalar() == "log_count")
                    checkQuery(p->second, vw);
            } else if (p->second.IsSequence()) {
                QStringList items;
                for (std::size_t i = 0; i < p->second.size(); ++i)
                    if (p->second[i].IsScalar())
                        items.append(qs(p->second[i].Scalar()));
                b.params.insert(pk, items);
            }
        }
        if (b.kind != BindingKind::Link && b.type.isEmpty())
            msg(v, tr("%1: missing \"type\"").arg(vw));
        if (b.connector.isEmpty())
            msg(v, tr("%1: missing \"connector\"").arg(vw));
    }
    if (found == 0) {
        msg(n, tr("%1: a binding needs one of probe, action, link, manual, info").arg(where));
        return;
    }
    m_w.bindings.append(b);
}

} // namespace WiringRead

using WiringRead::Reader;

void WiringLoader::addPromQlProbes(Wiring &w, const Runbook &rb)
{
    // The connector: the default profile's first prometheus connector, else any profile's.
    QString name;
    QList<const Profile *> order;
    if (const Profile *d = w.profile(w.defaultProfile))
        order.append(d);
    for (const Profile &p : std::as_const(w.profiles))
        order.append(&p);
    for (const Profile *p : std::as_const(order)) {
        for (const Connector &c : p->connectors)
            if (c.kind == QLatin1String("prometheus")) {
                name = c.name;
                break;
            }
        if (!name.isEmpty())
            break;
    }
    if (name.isEmpty())
        return;
    for (const Section &s : rb.sections)
        for (const Step &st : s.steps) {
            if (!w.bindingsFor(st.id).isEmpty())
                continue;
            for (const CodeBlock &b : st.blocks)
                if (b.language == QLatin1String("promql")) {
                    Binding bd;
                    bd.target = st.id;
                    bd.kind = BindingKind::Probe;
                    bd.type = QStringLiteral("promql");
                    bd.connector = name;
                    bd.params.insert(QStringLiteral("query"), b.text.trimmed());
                    w.bindings.append(bd);
                    break;
                }
        }
}

QString WiringLoader::sidecarPath(const QString &runbookPath)
{
    const QFileInfo fi(runbookPath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".wiring.yaml"));
}

Wiring WiringLoader::loadFile(const QString &path, const Runbook *runbook)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Wiring w;
        w.path = path;
        w.messages.append({WiringMessage::Error, 0, 0, tr("cannot read the wiring file: %1").arg(f.exists() ? f.errorString() : tr("no such file")), {}});
        return w;
    }
    return parse(f.readAll(), path, runbook);
}

Wiring WiringLoader::parse(const QByteArray &yaml, const QString &path, const Runbook *runbook)
{
    Wiring w;
    w.path = path;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Reader(w, runbook).read(root);
        if (runbook)
            addPromQlProbes(w, *runbook);
    } catch (const YAML::Exception &e) {
        w.messages.append({WiringMessage::Error, e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0,
                           tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)), {}});
    }
    std::stable_sort(w.messages.begin(), w.messages.end(), [](const WiringMessage &a, const WiringMessage &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return w;
}
