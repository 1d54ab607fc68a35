#include "wiring/Wiring.h"

#include "runbook/Runbook.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"
#include "base/UrlPath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSet>
#include <QRegularExpression>

QString toText(BindingKind kind)
{
    switch (kind) {
    case BindingKind::Probe: return QStringLiteral("probe");
    case BindingKind::Action: return QStringLiteral("action");
    case BindingKind::Link: return QStringLiteral("link");
    case BindingKind::Manual: return QStringLiteral("manual");
    case BindingKind::Info: return QStringLiteral("info");
    }
    return {};
}

bool Connector::isLogSource() const
{
    return kind == QStringLiteral("file") || kind == QStringLiteral("datadog") || kind == QStringLiteral("loki");
}

QString Connector::field(const QString &name, const QHash<QString, QString> &vars) const
{
    QString s = fields.value(name);
    for (auto it = vars.begin(); it != vars.end(); ++it)
        s.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
    return s;
}

QString Connector::logSourceSpec(const QHash<QString, QString> &vars) const
{
    if (kind == QStringLiteral("file"))
        return QStringLiteral("file:") + field(QStringLiteral("path"), vars);
    if (kind == QStringLiteral("datadog")) {
        QString base = field(QStringLiteral("base_url"), vars);
        if (base.isEmpty())
            base = QStringLiteral("https://api.") + fields.value(QStringLiteral("site"), QStringLiteral("datadoghq.com"));
        return QStringLiteral("datadog:") + base;
    }
    if (kind == QStringLiteral("loki"))
        return QStringLiteral("loki:") + field(QStringLiteral("base_url"), vars);
    return {};
}

QUrl Connector::destination(const QHash<QString, QString> &vars) const
{
    if (kind == QStringLiteral("datadog") || kind == QStringLiteral("loki") || kind == QStringLiteral("file"))
        return QUrl(logSourceSpec(vars).section(QLatin1Char(':'), 1));
    if (kind == QStringLiteral("postgresql"))
        return QUrl(QStringLiteral("postgresql://") + field(QStringLiteral("host"), vars));
    return QUrl(field(QStringLiteral("base_url"), vars));
}

Result<QString> connectorSecret(const Profile &p, const Connector &c, const QString &key, const QHash<QString, QString> &vars, const QUrl &to)
{
    const QString where = QCoreApplication::translate("Wiring", "profile %1, connector %2, %3").arg(p.name, c.name, key);
    if (!c.secrets.contains(key))
        return Result<QString>::failure(QCoreApplication::translate("Wiring", "%1: not set in the wiring").arg(where));
    const QUrl destination = to.isEmpty() ? c.destination(vars) : to;
    return SecretResolver::resolveFor(c.secrets.value(key), where, destination);
}

Result<QUrl> routeUrl(const Connector &c, const QString &pathAndQuery, const QHash<QString, QString> &vars)
{
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const auto path = UrlPath::normalise(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (!path)
        return Result<QUrl>::failure(path.error());
    const QUrl base(c.field(QStringLiteral("base_url"), vars));
    if (!base.isValid() || base.host().isEmpty())
        return Result<QUrl>::failure(QCoreApplication::translate("Wiring", "connector %1 has no usable base_url").arg(c.name));
    return UrlPath::join(base, path.value(), q < 0 ? QString() : pathAndQuery.mid(q + 1));
}

Result<QString> bearerFor(const Profile &p, const Connector &c, const QUrl &url, const QHash<QString, QString> &vars)
{
    if (!c.secrets.contains(QStringLiteral("bearer")))
        return QString();
    if (c.fields.contains(QStringLiteral("bearer_paths"))) {
        // The path the server will read, and only that one.
        const auto path = UrlPath::normalise(url.path(QUrl::FullyEncoded));
        if (!path)
            return Result<QString>::failure(path.error());
        if (path.value() != url.path(QUrl::FullyDecoded))
            return Result<QString>::failure(
                QCoreApplication::translate("Wiring", "the path \"%1\" is not in normal form (it reads as %2)").arg(url.path(QUrl::FullyEncoded), path.value()));
        bool covered = false;
        for (const QString &prefix : c.fields.value(QStringLiteral("bearer_paths")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            covered = covered || UrlPath::isUnder(path.value(), prefix.trimmed());
        if (!covered)
            return QString();
    }
    return connectorSecret(p, c, QStringLiteral("bearer"), vars, url);
}

const Connector *Profile::connector(const QString &n) const
{
    for (const Connector &c : connectors)
        if (c.name == n)
            return &c;
    return nullptr;
}

const Connector *Profile::logSource() const
{
    for (const Connector &c : connectors)
        if (c.isLogSource())
            return &c;
    return nullptr;
}

void Wiring::registerAllSecrets() const
{
    for (const Profile &p : profiles)
        for (const Connector &c : p.connectors)
            for (const QString &ref : c.secrets)
                if (!ref.startsWith(QStringLiteral("demo:")) && SecretResolver::isSet(ref))
                    (void)SecretResolver::resolve(ref, {}); // registers the value
    for (const char *name : {"DD_API_KEY", "DD_APP_KEY"})
        Redactor::add(qEnvironmentVariable(name));
}

const Profile *Wiring::profile(const QString &n) const
{
    for (const Profile &p : profiles)
        if (p.name == n)
            return &p;
    return nullptr;
}

const MetricDef *Wiring::metric(const QString &id) const
{
    for (const MetricDef &m : metrics)
        if (m.id == id)
            return &m;
    return nullptr;
}

QList<const Binding *> Wiring::bindingsFor(const QString &target) const
{
    QList<const Binding *> out;
    for (const Binding &b : bindings)
        if (b.target == target)
            out.append(&b);
    return out;
}

bool Wiring::hasErrors() const
{
    for (const WiringMessage &m : messages)
        if (m.level == WiringMessage::Error)
            return true;
    return false;
}

WiringCoverage wiringCoverage(const Runbook &rb, const Wiring &w)
{
    WiringCoverage c;
    for (const Section &s : rb.sections)
        for (const Step &st : s.steps) {
            ++c.steps;
            const auto bs = w.bindingsFor(st.id);
            if (bs.isEmpty()) {
                c.unbound.append(st.id);
                continue;
            }
            ++c.bound;
            // A step counts once, by its strongest binding.
            BindingKind best = BindingKind::Info;
            for (const Binding *b : bs)
                if (int(b->kind) < int(best))
                    best = b->kind;
            switch (best) {
            case BindingKind::Probe: ++c.probes; break;
            case BindingKind::Action: ++c.actions; break;
            case BindingKind::Link: ++c.links; break;
            default: ++c.manual; break;
            }
        }
    return c;
}

QString WiringCoverage::line() const
{
    return QCoreApplication::translate("WiringCoverage", "steps bound: %1/%2 (%3 probes, %4 actions, %5 links, %6 manual/info)")
        .arg(bound).arg(steps).arg(probes).arg(actions).arg(links).arg(manual);
}

QHash<QString, QString> wiringVariables(const QString &runbookPath, const QString &demoUrl)
{
    QHash<QString, QString> vars{{QStringLiteral("DATA"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)},
                                 {QStringLiteral("RUNBOOK_DIR"), runbookPath.isEmpty() ? QString() : QFileInfo(runbookPath).absolutePath()}};
    if (!demoUrl.isEmpty())
        vars.insert(QStringLiteral("DEMO_URL"), demoUrl);
    return vars;
}

QHash<QString, QString> Wiring::procedurePointers(const Runbook &runbook) const
{
    QHash<QString, QString> pointers;
    for (const Binding &b : bindings)
        if (b.type == QStringLiteral("run_procedure"))
            if (const Binding *action = procedureAction(b.params.value(QStringLiteral("procedure")).toString())) {
                const Section *owner = nullptr;
                if (runbook.step(action->target, &owner))
                    pointers.insert(b.target, owner->id);
            }
    return pointers;
}

const Binding *Wiring::procedureAction(const QString &procedureId) const
{
    const Binding *found = nullptr;
    for (const Binding &b : bindings)
        if (b.kind == BindingKind::Action && b.type != QStringLiteral("run_procedure") && b.target.startsWith(procedureId + QLatin1Char('/')))
            found = &b;
    return found;
}
