// runbook-cli alerts | library index|find | incident new --from-alert: the
// Alertmanager's firing alerts, the runbook library, and an incident started
// from an alert — what the Alerts panel does, for scripts.
#include "CliCommands.h"
#include "CliWiring.h"

#include "base/AppSettings.h"
#include "base/TextUtil.h"
#include "incident/IncidentStore.h"
#include "library/AlertIncident.h"
#include "library/RunbookLibrary.h"
#include "prometheus/AlertmanagerClient.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace {
struct AlertOptions
{
    QCommandLineOption url{QStringLiteral("alertmanager"), Cli::tr("The Alertmanager (default: the app's setting)."), QStringLiteral("URL")};
    QCommandLineOption token{QStringLiteral("alertmanager-token"), Cli::tr("Its bearer token as a reference: env:NAME or keychain:SERVICE/ACCOUNT."), QStringLiteral("REF")};
    QCommandLineOption filter{QStringLiteral("filter"), Cli::tr("A label matcher (severity=critical, namespace=~\"shop|web\"); repeatable."), QStringLiteral("MATCHER")};
    QCommandLineOption receiver{QStringLiteral("receiver"), Cli::tr("Only alerts routed to this receiver (a regex)."), QStringLiteral("NAME")};
    QCommandLineOption silenced{QStringLiteral("silenced"), Cli::tr("Include silenced alerts.")};
    QCommandLineOption library{QStringLiteral("library"), Cli::tr("A runbook folder (default: the app's library folders); repeatable."), QStringLiteral("DIR")};
    void addTo(QCommandLineParser &p) const { p.addOptions({url, token, filter, receiver, silenced, library}); }
};

QStringList libraryFolders(const QCommandLineParser &p, const AlertOptions &o)
{
    return p.isSet(o.library) ? p.values(o.library) : AppSettings().libraryFolders();
}

// The alerts, waited for (the command has nothing else to do meanwhile).
// `everything`: silenced and inhibited ones too (still firing, for --sync and --from-alert).
Result<QList<Alert>> fetchAlerts(const QCommandLineParser &p, const AlertOptions &o, bool everything = false)
{
    using R = Result<QList<Alert>>;
    AppSettings settings;
    const QString url = p.isSet(o.url) ? p.value(o.url) : settings.alertmanagerUrl();
    const QString token = p.isSet(o.token) ? p.value(o.token) : p.isSet(o.url) ? QString() : settings.alertmanagerToken();
    QObject owner;
    auto client = AlertmanagerClient::create(url, token, &owner);
    if (!client)
        return R::failure(client.error());
    AlertmanagerClient::Filter f;
    f.matchers = p.isSet(o.filter) ? p.values(o.filter) : p.isSet(o.url) ? QStringList() : settings.alertFilter();
    f.receiver = p.value(o.receiver);
    f.silenced = everything || p.isSet(o.silenced);
    f.inhibited = everything;
    std::optional<R> got;
    QEventLoop loop;
    client.value()->alerts(f, [&](R r) {
        got = r;
        loop.quit();
    });
    if (!got)
        loop.exec();
    return *got;
}

QString since(const QDateTime &t)
{
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 120)
        return Cli::tr("%1 s ago").arg(s);
    if (s < 7200)
        return Cli::tr("%1 min ago").arg(s / 60);
    return Cli::tr("%1 h ago").arg(s / 3600);
}

void printEntry(QTextStream &out, const LibraryEntry &e)
{
    out << e.relativePath << QStringLiteral("  ") << e.title;
    if (!e.alerts.isEmpty())
        out << QStringLiteral("  [") << e.alerts.join(QStringLiteral(", ")) << QLatin1Char(']');
    if (!e.error.isEmpty())
        out << QStringLiteral("  error: ") << e.error;
    out << Qt::endl;
}
} // namespace

int runAlerts(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    AlertOptions o;
    o.addTo(p);
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON output."));
    const QCommandLineOption silences(QStringLiteral("silences"), Cli::tr("List the silences instead (read-only)."));
    const QCommandLineOption sync(QStringLiteral("sync"), Cli::tr("Record on each open incident of the store which of its alerts resolved since."));
    const QCommandLineOption store(QStringLiteral("store"), Cli::tr("Incident store, with --sync (default: the GUI's store)."), QStringLiteral("PATH|URL"));
    p.addOptions({json, silences, sync, store});
    if (const auto done = parseCommand(p, QStringLiteral("alerts"), args, ctx))
        return *done;
    if (p.isSet(silences)) {
        AppSettings settings;
        QObject owner;
        auto client = AlertmanagerClient::create(p.isSet(o.url) ? p.value(o.url) : settings.alertmanagerUrl(),
                                                 p.isSet(o.token) ? p.value(o.token) : p.isSet(o.url) ? QString() : settings.alertmanagerToken(), &owner);
        if (!client) {
            ctx.err << client.error() << Qt::endl;
            return 2;
        }
        std::optional<Result<QList<Silence>>> got;
        QEventLoop loop;
        client.value()->silences([&](Result<QList<Silence>> r) {
            got = r;
            loop.quit();
        });
        if (!got)
            loop.exec();
        if (!*got) {
            ctx.err << got->error() << Qt::endl;
            return 1;
        }
        QJsonArray arr;
        for (const Silence &s : got->value()) {
            arr.append(s.toJson());
            if (!p.isSet(json))
                ctx.out << s.id << QStringLiteral("  ") << s.state << QStringLiteral("  ") << s.matchers.join(QLatin1Char(','))
                        << QStringLiteral("  until ") << s.endsAt.toString(Qt::ISODate) << QStringLiteral("  ") << s.createdBy
                        << QStringLiteral(": ") << s.comment << Qt::endl;
        }
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
        return 0;
    }
    const auto alerts = fetchAlerts(p, o, p.isSet(sync));
    if (!alerts) {
        ctx.err << alerts.error() << Qt::endl;
        return alerts.error().startsWith(QLatin1String("no Alertmanager")) || alerts.error().contains(QLatin1String("not a label matcher")) ? 2 : 1;
    }
    if (p.isSet(sync)) {
        IncidentStore incidents;
        if (Status s = incidents.open(cliStorePath(p.value(store))); !s) {
            ctx.err << s.error() << Qt::endl;
            return 1;
        }
        QSet<QString> firing;
        for (const Alert &a : alerts.value())
            firing.insert(a.fingerprint);
        const auto list = incidents.listIncidents();
        if (!list) {
            ctx.err << list.error() << Qt::endl;
            return 1;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int recorded = 0;
        for (const IncidentSummary &s : list.value()) {
            if (s.status == IncidentStatus::Resolved)
                continue;
            const auto inc = incidents.loadIncident(s.id);
            if (!inc)
                continue;
            for (const Alert &a : AlertIncident::unresolvedAlerts(inc.value())) {
                if (firing.contains(a.fingerprint))
                    continue;
                if (const auto r = incidents.attachEvidence(s.id, AlertIncident::evidence(a, now), TextUtil::currentUserName()); !r) {
                    ctx.err << r.error() << Qt::endl;
                    return 1;
                }
                ++recorded;
                ctx.out << Cli::tr("%1: %2 resolved — the incident can be resolved (runbook-cli incident resolve %1)").arg(s.id, a.name()) << Qt::endl;
            }
        }
        if (recorded == 0)
            ctx.out << Cli::tr("no alert of an open incident resolved since") << Qt::endl;
        return 0;
    }
    const QList<LibraryEntry> library = RunbookLibrary::build(libraryFolders(p, o)).entries;
    QJsonArray arr;
    for (const Alert &a : alerts.value()) {
        const auto match = RunbookLibrary::forAlert(library, a.name(), a.runbookUrl());
        QJsonObject j = a.toJson();
        j.insert(QStringLiteral("runbook"), match ? QJsonValue(match->entry.path) : QJsonValue());
        arr.append(j);
        if (p.isSet(json))
            continue;
        QStringList labels;
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity"))
                labels.append(it.key() + QLatin1Char('=') + it.value());
        ctx.out << a.fingerprint << QStringLiteral("  ") << a.name() << QStringLiteral("  ") << (a.severity().isEmpty() ? QStringLiteral("-") : a.severity())
                << QStringLiteral("  ") << since(a.startsAt) << QStringLiteral("  {") << labels.join(QStringLiteral(", ")) << QStringLiteral("}") << Qt::endl;
        if (!a.summary().isEmpty())
            ctx.out << QStringLiteral("    ") << TextUtil::elided(a.summary().simplified()) << Qt::endl;
        ctx.out << QStringLiteral("    runbook: ")
                << (match ? match->entry.path : a.runbookUrl().isEmpty() ? Cli::tr("none in the library") : Cli::tr("none in the library (%1)").arg(a.runbookUrl()))
                << Qt::endl;
    }
    if (p.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
    else if (alerts->isEmpty())
        ctx.out << Cli::tr("no alerts firing") << Qt::endl;
    return 0;
}

int runLibrary(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    AlertOptions o;
    p.addOption(o.library);
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON output."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("VERB"), Cli::tr("index DIR…: the runbooks of these folders (default: the app's library); find ALERT|URL|TEXT: the runbook of an alert name, a runbook_url or words."),
                            QStringLiteral("index [DIR…] | find ALERT|URL|TEXT"));
    if (const auto done = parseCommand(p, QStringLiteral("library"), args, ctx))
        return *done;
    QStringList pos = p.positionalArguments();
    const QString sub = pos.isEmpty() ? QString() : pos.takeFirst();
    if (sub != QStringLiteral("index") && sub != QStringLiteral("find"))
        return cliUsageError(p, QStringLiteral("library"), ctx, Cli::tr("index or find, please."));
    if (sub == QStringLiteral("index")) {
        const QStringList folders = pos.isEmpty() ? libraryFolders(p, o) : pos;
        if (folders.isEmpty())
            return cliUsageError(p, QStringLiteral("library"), ctx, Cli::tr("No folders given, and none set in the app."));
        const LibraryIndex index = RunbookLibrary::build(folders);
        int broken = 0, alerts = 0;
        QJsonArray arr;
        for (const LibraryEntry &e : index.entries) {
            broken += !e.error.isEmpty();
            alerts += int(e.alerts.size());
            if (p.isSet(json))
                arr.append(e.toJson());
            else
                printEntry(ctx.out, e);
        }
        for (const QString &e : index.errors)
            ctx.err << e << Qt::endl;
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), int(index.entries.size())},
                                                                  {QStringLiteral("alerts"), alerts},
                                                                  {QStringLiteral("errors"), broken},
                                                                  {QStringLiteral("elapsed_ms"), index.elapsedMs},
                                                                  {QStringLiteral("runbooks"), arr}})
                                                .toJson());
        else
            ctx.out << Cli::tr("%1 runbook(s), %2 alert name(s), %3 unreadable, indexed in %4 ms")
                           .arg(index.entries.size())
                           .arg(alerts)
                           .arg(broken)
                           .arg(index.elapsedMs)
                    << Qt::endl;
        return index.errors.isEmpty() ? 0 : 1;
    }
    if (pos.size() != 1)
        return cliUsageError(p, QStringLiteral("library"), ctx, Cli::tr("find takes one alert name, URL or text."));
    const QStringList folders = libraryFolders(p, o);
    if (folders.isEmpty()) {
        ctx.err << Cli::tr("no library folders: give --library DIR or set them in the app") << Qt::endl;
        return 64;
    }
    const QList<LibraryEntry> entries = RunbookLibrary::build(folders).entries;
    const QString what = pos.first();
    QList<LibraryMatch> found = what.contains(QLatin1String("://")) || what.contains(QLatin1Char('/')) ? RunbookLibrary::findUrl(entries, what)
                                                                                                       : RunbookLibrary::findAlert(entries, what);
    if (found.isEmpty())
        found = RunbookLibrary::search(entries, what);
    QJsonArray arr;
    for (const LibraryMatch &m : std::as_const(found)) {
        if (p.isSet(json)) {
            QJsonObject j = m.entry.toJson();
            j.insert(QStringLiteral("section"), m.sectionId);
            j.insert(QStringLiteral("why"), m.why);
            arr.append(j);
        } else {
            ctx.out << m.entry.path << (m.sectionId.isEmpty() ? QString() : QLatin1Char('#') + m.sectionId) << QStringLiteral("  ") << m.entry.title
                    << QStringLiteral("  (") << m.why << QStringLiteral(")") << Qt::endl;
        }
    }
    if (p.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
    if (found.isEmpty()) {
        ctx.err << Cli::tr("no runbook for \"%1\" among %2 file(s)").arg(what).arg(entries.size()) << Qt::endl;
        return 1;
    }
    return 0;
}

int newIncidentFromAlert(IncidentStore &store, const QStringList &args, const QString &fingerprint, const QString &actor, bool json, CliContext &ctx)
{
    QCommandLineParser p;
    AlertOptions o;
    o.addTo(p);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Only the alert options of the arguments; the incident command read the rest.
    QStringList mine{QStringLiteral("runbook-cli")};
    const QStringList names{QStringLiteral("--alertmanager"), QStringLiteral("--alertmanager-token"), QStringLiteral("--filter"),
                            QStringLiteral("--receiver"), QStringLiteral("--library")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (names.contains(name)) {
            mine.append(a);
            if (!a.contains(QLatin1Char('=')) && i + 1 < args.size())
                mine.append(args.at(++i));
        } else if (a == QStringLiteral("--silenced")) {
            mine.append(a);
        }
    }
    if (!p.parse(mine)) {
        ctx.err << p.errorText() << Qt::endl;
        return 64;
    }
    const auto alerts = fetchAlerts(p, o, true);
    if (!alerts) {
        ctx.err << alerts.error() << Qt::endl;
        return 1;
    }
    QList<Alert> matching;
    for (const Alert &a : alerts.value())
        if (a.fingerprint.startsWith(fingerprint))
            matching.append(a);
    if (matching.size() != 1) {
        ctx.err << (matching.isEmpty() ? Cli::tr("no alert with fingerprint %1 is firing (%2 alert(s) are)").arg(fingerprint).arg(alerts->size())
                                       : Cli::tr("%1 alerts' fingerprints start with %2: give more of it").arg(matching.size()).arg(fingerprint))
                << Qt::endl;
        return 1;
    }
    const Alert alert = matching.first();
    const auto start = AlertIncident::plan(alert, RunbookLibrary::build(libraryFolders(p, o)).entries);
    if (!start) {
        ctx.err << start.error() << Qt::endl;
        return 1;
    }
    // The same alert firing again joins the incident it already has.
    const auto open = store.openIncidentWithEvidence(AlertIncident::source(alert.fingerprint));
    if (!open) {
        ctx.err << open.error() << Qt::endl;
        return 1;
    }
    QString id = open.value();
    const bool joined = !id.isEmpty();
    if (!joined) {
        const auto inc = store.createIncident(start->title, start->runbook, actor, start->severity);
        if (!inc) {
            ctx.err << inc.error() << Qt::endl;
            return 1;
        }
        id = inc->id;
        for (auto it = start->variables.cbegin(); it != start->variables.cend(); ++it)
            if (Status s = store.setVariable(id, it.key(), it.value(), actor); !s) {
                ctx.err << s.error() << Qt::endl;
                return 1;
            }
    }
    Evidence e = AlertIncident::evidence(alert);
    if (joined)
        e.summary = Cli::tr("%1 fired again (since %2)").arg(alert.name(), alert.startsAt.toUTC().toString(Qt::ISODate));
    e.stepId = QString();
    if (const auto r = store.attachEvidence(id, e, actor); !r) {
        ctx.err << r.error() << Qt::endl;
        return 1;
    }
    if (json) {
        QJsonObject vars;
        for (auto it = start->variables.cbegin(); it != start->variables.cend(); ++it)
            vars.insert(it.key(), it.value());
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                              {QStringLiteral("joined"), joined},
                                                              {QStringLiteral("runbook"), start->runbook.path},
                                                              {QStringLiteral("section"), start->sectionId},
                                                              {QStringLiteral("severity"), start->severity},
                                                              {QStringLiteral("variables"), vars},
                                                              {QStringLiteral("alert"), alert.toJson()}})
                                            .toJson());
    } else {
        ctx.out << id << Qt::endl;
        ctx.err << (joined ? Cli::tr("joined the open incident %1 of this alert").arg(id)
                           : Cli::tr("opened %1 at section %2 (%3)").arg(QFileInfo(start->runbook.path).fileName(), start->sectionId, start->why))
                << Qt::endl;
    }
    return 0;
}
