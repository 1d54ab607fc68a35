#include "CliCommands.h"
#include "runbook/CodeText.h"
#include "CliWiring.h"

#include "incident/IncidentStore.h"
#include "incident/StepReconcile.h"
#include "report/IncidentReport.h"
#include "PdfReport.h"
#include "runbook/RunbookParser.h"
#include "base/TextUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Common
{
    QCommandLineOption store{QStringLiteral("store"), Cli::tr("Incident store: a file (PATH or sqlite:PATH) or a team store (postgresql://user@host/database)."), QStringLiteral("PATH|URL")};
    QCommandLineOption actor{QStringLiteral("actor"), Cli::tr("Who is acting (default: the OS user)."), QStringLiteral("NAME")};
    QCommandLineOption json{QStringLiteral("json"), Cli::tr("JSON output.")};
};

QString storePath(const QCommandLineParser &p, const Common &c)
{
    return cliStorePath(p.value(c.store));
}

// Loads the runbook an incident was opened on, to name its steps and check ids.
Result<Runbook> runbookOf(const Incident &inc)
{
    auto rb = RunbookParser::parseFile(inc.runbookPath);
    if (!rb)
        return Result<Runbook>::failure(Cli::tr("cannot read the incident's runbook: %1").arg(rb.error()));
    return rb;
}
} // namespace

int runIncident(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    Common c;
    p.addOption(c.store);
    p.addOption(c.actor);
    p.addOption(c.json);
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("Incident title."), QStringLiteral("TEXT"));
    const QCommandLineOption state(QStringLiteral("state"), Cli::tr("pending, done, skipped or n/a."), QStringLiteral("STATE"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note."), QStringLiteral("TEXT"));
    const QCommandLineOption block(QStringLiteral("block"), Cli::tr("copy: which code block of the step (1 = the first)."), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("Export format: md, html, pdf or json."), QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption severity(QStringLiteral("severity"), Cli::tr("SEV1 (worst) … SEV4."), QStringLiteral("SEV"));
    const QCommandLineOption statusOpt(QStringLiteral("status"), Cli::tr("investigating, identified, monitoring or resolved."), QStringLiteral("STATUS"));
    const QCommandLineOption commander(QStringLiteral("commander"), Cli::tr("The incident commander."), QStringLiteral("NAME"));
    const QCommandLineOption summary(QStringLiteral("summary"), Cli::tr("What happened, in a few sentences."), QStringLiteral("TEXT"));
    const QCommandLineOption impact(QStringLiteral("impact"), Cli::tr("Who and what was affected."), QStringLiteral("TEXT"));
    const QCommandLineOption rootCause(QStringLiteral("root-cause"), Cli::tr("Why it happened."), QStringLiteral("TEXT"));
    const QCommandLineOption followup(QStringLiteral("followup"), Cli::tr("Adds a follow-up item (with --owner and --due)."), QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), Cli::tr("The owner of the follow-ups added."), QStringLiteral("NAME"));
    const QCommandLineOption due(QStringLiteral("due"), Cli::tr("The due date of the follow-ups added (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption followupDone(QStringLiteral("followup-done"), Cli::tr("Marks follow-up N done."), QStringLiteral("N"));
    const QCommandLineOption followupReopen(QStringLiteral("followup-reopen"), Cli::tr("Marks follow-up N open again."), QStringLiteral("N"));
    const QCommandLineOption followupRemove(QStringLiteral("followup-remove"), Cli::tr("Removes follow-up N."), QStringLiteral("N"));
    const QCommandLineOption pin(QStringLiteral("pin"), Cli::tr("evidence: pin it."));
    const QCommandLineOption unpin(QStringLiteral("unpin"), Cli::tr("evidence: unpin it."));
    const QCommandLineOption exclude(QStringLiteral("exclude"), Cli::tr("evidence: leave it out of the report (it stays in the record)."));
    const QCommandLineOption include(QStringLiteral("include"), Cli::tr("evidence: put it back into the report."));
    const QCommandLineOption doneWith(QStringLiteral("mark-done"), Cli::tr("evidence: mark its step done with it as the evidence."));
    const QCommandLineOption outFile(QStringLiteral("out"), Cli::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption runbookOpt(QStringLiteral("runbook"), Cli::tr("Runbook to export against (default: the incident's)."), QStringLiteral("FILE"));
    const QCommandLineOption forOpt(QStringLiteral("for"), Cli::tr("watch: stop after this many seconds (default: until interrupted)."), QStringLiteral("SECONDS"));
    const QCommandLineOption fromStart(QStringLiteral("from-start"), Cli::tr("watch: print the timeline so far first."));
    const QCommandLineOption fromAlert(QStringLiteral("from-alert"), Cli::tr("new: from the firing alert with this fingerprint (its runbook from the library)."),
                                       QStringLiteral("FINGERPRINT"));
    const QCommandLineOption alertmanager(QStringLiteral("alertmanager"), Cli::tr("new --from-alert: the Alertmanager."), QStringLiteral("URL"));
    const QCommandLineOption alertToken(QStringLiteral("alertmanager-token"), Cli::tr("new --from-alert: its token reference."), QStringLiteral("REF"));
    const QCommandLineOption library(QStringLiteral("library"), Cli::tr("new --from-alert: a runbook folder; repeatable."), QStringLiteral("DIR"));
    p.addOptions({fromAlert, alertmanager, alertToken, library});
    p.addOptions({forOpt, fromStart, title, state, note, format, outFile, runbookOpt, block, severity, statusOpt, commander, summary, impact, rootCause, followup,
                  owner, due, followupDone, followupReopen, followupRemove, pin, unpin, exclude, include, doneWith});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    p.addPositionalArgument(QStringLiteral("VERB"), Cli::tr("What to do: new, list, show ID, watch ID, step ID STEP, note ID STEP TEXT, var ID NAME VALUE, copy ID STEP, set ID, evidence ID [E], resolve ID, reopen ID, export ID, import FILE.json."),
                            QStringLiteral("VERB [ARGS…]"));
    if (const auto done = parseCommand(p, QStringLiteral("incident"), args, ctx))
        return *done;
    const QStringList pos = p.positionalArguments().mid(1);
    const QString sub = p.positionalArguments().value(0);
    if (sub.isEmpty())
        return cliUsageError(p, QStringLiteral("incident"), ctx, Cli::tr("What to do with an incident?"));
    const QString actor = p.isSet(c.actor) ? p.value(c.actor) : TextUtil::currentUserName();

    IncidentStore store;
    if (Status s = store.open(storePath(p, c)); !s) {
        ctx.err << s.error() << Qt::endl;
        return 1;
    }
    // A damaged store: what can be read is shown and exported, with what may
    // be missing named, and the command fails so no script takes it as whole.
    if (!store.damage().isEmpty())
        ctx.err << Cli::tr("warning: the incident store %1 is damaged; it is read-only and what follows may be incomplete. Damaged: %2")
                       .arg(storePath(p, c), store.damage().join(QStringLiteral("; ")))
                << Qt::endl;
    const int whole = store.damage().isEmpty() ? 0 : 1;
    auto fail = [&ctx](const QString &msg) {
        ctx.err << msg << Qt::endl;
        return 1;
    };
    auto needArgs = [&](int n, const QString &usage) {
        if (pos.size() == n)
            return true;
        ctx.err << Cli::tr("usage: runbook-cli incident %1").arg(usage) << Qt::endl;
        return false;
    };
    // The wiring of a runbook (sidecar, or --wiring/--profile): checks the
    // profile and registers its secrets, so nothing typed that holds one is kept.
    auto withWiring = [&](const Runbook &rb) -> Status {
        const auto w = wiringOpts.load(p, rb, CliWiring::Demo::None);
        return w ? Status() : Status::failure(w.error());
    };
    auto wiringOfIncident = [&](const QString &id) -> Status {
        const auto inc = store.loadIncident(id);
        if (!inc)
            return Status::failure(inc.error());
        const auto rb = RunbookParser::parseFile(inc->runbookPath);
        if (!rb) // the runbook moved: nothing to check against, nothing to register
            return p.isSet(wiringOpts.profile) ? Status::failure(rb.error()) : Status();
        return withWiring(rb.value());
    };
    // The incident's full id, with its runbook's wiring loaded (secrets registered for redaction).
    auto resolveWithWiring = [&](const QString &idOrPrefix) -> Result<QString> {
        const auto id = store.resolveId(idOrPrefix);
        if (!id)
            return id;
        if (Status w = wiringOfIncident(id.value()); !w)
            return Result<QString>::failure(w.error());
        return id;
    };
    auto loadById = [&](const QString &idOrPrefix) -> Result<Incident> {
        const auto id = store.resolveId(idOrPrefix);
        if (!id)
            return Result<Incident>::failure(id.error());
        return store.loadIncident(id.value());
    };

    if (sub == QStringLiteral("new") && p.isSet(fromAlert)) {
        if (!needArgs(0, Cli::tr("new --from-alert FINGERPRINT [--alertmanager URL] [--library DIR]…")))
            return 64;
        return newIncidentFromAlert(store, args.mid(1), p.value(fromAlert), actor, p.isSet(c.json), ctx);
    }
    if (sub == QStringLiteral("new")) {
        if (!needArgs(1, Cli::tr("new RUNBOOK.md --title TEXT [--severity SEV]")))
            return 64;
        auto rb = RunbookParser::parseFile(QFileInfo(pos.at(0)).absoluteFilePath());
        if (!rb)
            return fail(rb.error());
        if (Status w = withWiring(rb.value()); !w)
            return fail(w.error());
        const auto inc = store.createIncident(p.value(title), rb.value(), actor, p.value(severity).toUpper());
        if (!inc)
            return fail(inc.error());
        ctx.out << inc->id << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("list")) {
        const auto list = store.listIncidents();
        if (!list)
            return fail(list.error());
        if (p.isSet(c.json)) {
            QJsonArray arr;
            for (const IncidentSummary &s : list.value())
                arr.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
                                       {QStringLiteral("status"), toText(s.status)}, {QStringLiteral("runbook"), s.runbookTitle},
                                       {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)},
                                       {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)},
                                       {QStringLiteral("steps_handled"), s.stepsDone}});
            ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
            return whole;
        }
        for (const IncidentSummary &s : list.value())
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(s.id, toText(s.status).leftJustified(13), s.updatedAt.toString(Qt::ISODate), s.title, s.runbookTitle)
                    << Qt::endl;
        return whole;
    }
    if (sub == QStringLiteral("show") || sub == QStringLiteral("export")) {
        if (!needArgs(1, sub + Cli::tr(" ID")))
            return 64;
        auto inc = loadById(pos.at(0));
        if (!inc)
            return fail(inc.error());
        auto rb = p.isSet(runbookOpt) ? RunbookParser::parseFile(p.value(runbookOpt)) : runbookOf(inc.value());
        if (rb) // the records on the steps they were made on, as the runbook reads now
            reconcileSteps(inc.value(), rb.value());
        if (!rb && (p.isSet(runbookOpt) || sub == QStringLiteral("show")))
            return fail(rb.error());
        if (!rb) {
            // An incident imported from another machine: its record is whole without the
            // runbook; its steps are listed by id (--runbook FILE gives them their text).
            ctx.err << Cli::tr("warning: %1; the report lists the recorded steps by id (give --runbook FILE for their text)").arg(rb.error()) << Qt::endl;
            Runbook none;
            none.path = inc->runbookPath;
            none.hash = inc->runbookHash;
            none.title = inc->runbookTitle;
            rb = none;
        } else if (Status w = withWiring(rb.value()); !w) {
            return fail(w.error());
        }
        const QString fmt = p.value(format).toLower();
        static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json")};
        if (sub == QStringLiteral("export") && !formats.contains(fmt))
            return ctx.err << Cli::tr("unknown export format \"%1\" (known: md, html, pdf, json)").arg(p.value(format)) << Qt::endl, 64;
        if (sub == QStringLiteral("show") && p.isSet(c.json)) {
            ctx.out << QString::fromUtf8(QJsonDocument(inc->toJson()).toJson());
            return whole;
        }
        const IncidentReport report = IncidentReport::build(inc.value(), rb.value());
        if (fmt == QStringLiteral("pdf")) {
            if (!p.isSet(outFile))
                return ctx.err << Cli::tr("a PDF needs --out FILE") << Qt::endl, 64;
            const Status s = PdfReport::write(report, p.value(outFile));
            return s ? 0 : fail(s.error());
        }
        QByteArray text;
        if (sub == QStringLiteral("show") || fmt == QStringLiteral("md"))
            text = ReportWriter::markdown(report).toUtf8();
        else if (fmt == QStringLiteral("html"))
            text = ReportWriter::html(report).toUtf8();
        else
            text = QJsonDocument(ReportWriter::json(inc.value(), rb.value())).toJson();
        if (p.isSet(outFile)) {
            QSaveFile f(p.value(outFile));
            if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0 || !f.commit())
                return fail(Cli::tr("cannot write %1: %2").arg(p.value(outFile), f.errorString()));
            return whole;
        }
        ctx.out << QString::fromUtf8(text);
        return whole;
    }
    if (sub == QStringLiteral("import")) {
        // incident import FILE.json: an exported incident back into a store, exactly.
        if (!needArgs(1, Cli::tr("import FILE.json")))
            return 64;
        QFile f(pos.at(0));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Cli::tr("cannot read %1: %2").arg(pos.at(0), f.errorString()));
        if (f.size() > 256 * 1024 * 1024)
            return fail(Cli::tr("%1: larger than 256 MiB, not an exported incident").arg(pos.at(0)));
        const auto inc = ReportWriter::readJson(f.readAll());
        if (!inc)
            return fail(QStringLiteral("%1: %2").arg(pos.at(0), inc.error()));
        const auto id = store.importIncident(inc.value());
        if (!id)
            return fail(id.error());
        ctx.out << id.value() << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("set"))
        return setIncidentFields(store, pos, actor, ctx, [&](const QString &name) { return p.isSet(name) ? std::optional<QString>(p.value(name)) : std::nullopt; },
                                 p.values(followup), resolveWithWiring);
    if (sub == QStringLiteral("evidence")) {
        // incident evidence ID [EVIDENCE --pin|--unpin|--exclude|--include|--mark-done]
        if (pos.size() != 1 && pos.size() != 2)
            return ctx.err << Cli::tr("usage: runbook-cli incident evidence ID [E1 --pin|--unpin|--exclude|--include|--mark-done]") << Qt::endl, 64;
        auto inc = loadById(pos.at(0));
        if (!inc)
            return fail(inc.error());
        const auto rb = runbookOf(inc.value());
        if (rb) // each snapshot under the step its record is on now
            reconcileSteps(inc.value(), rb.value());
        if (pos.size() == 1) {
            if (p.isSet(c.json)) {
                QJsonArray arr;
                for (const Evidence &e : inc->evidence)
                    arr.append(e.toJson());
                ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson());
                return 0;
            }
            for (const Evidence &e : inc->evidence)
                ctx.out << QStringLiteral("%1  %2  %3  %4%5%6  %7  %8")
                               .arg(e.id, e.at.toString(Qt::ISODate), e.stepId, e.kind, e.pinned ? QStringLiteral(" pinned") : QString(),
                                    e.inReport ? QString() : QStringLiteral(" (not in report)"), e.source, e.summary)
                        << Qt::endl;
            return 0;
        }
        const Evidence *e = inc->findEvidence(pos.at(1));
        if (!e)
            return ctx.err << Cli::tr("incident %1 has no evidence %2").arg(inc->id, pos.at(1)) << Qt::endl, 2;
        if ((p.isSet(pin) && p.isSet(unpin)) || (p.isSet(exclude) && p.isSet(include)))
            return ctx.err << Cli::tr("conflicting options") << Qt::endl, 64;
        if (!p.isSet(pin) && !p.isSet(unpin) && !p.isSet(exclude) && !p.isSet(include) && !p.isSet(doneWith))
            return fail(Cli::tr("nothing to do: give --pin, --unpin, --exclude, --include or --mark-done"));
        if (p.isSet(pin) || p.isSet(unpin) || p.isSet(exclude) || p.isSet(include)) {
            const std::optional<bool> pinned = p.isSet(pin) ? std::optional<bool>(true) : p.isSet(unpin) ? std::optional<bool>(false) : std::nullopt;
            const std::optional<bool> inReport = p.isSet(include) ? std::optional<bool>(true) : p.isSet(exclude) ? std::optional<bool>(false) : std::nullopt;
            if (Status s = store.setEvidenceFlags(inc->id, e->id, pinned, inReport, actor); !s)
                return fail(s.error());
        }
        if (p.isSet(doneWith)) {
            const Step *step = rb ? rb->step(e->stepId) : nullptr;
            const StepStamp stamp = step ? StepStamp(step->textHash, step->plainText) : StepStamp();
            // The snapshot is stored under its record's key; the step is done under the same.
            const QString key = step ? inc->recordKey(step->id) : e->stepId;
            if (Status s = store.markStepDone(inc->id, key, e->id, stamp, actor); !s)
                return fail(s.error());
        }
        return 0;
    }
    if (sub == QStringLiteral("step")) {
        if (!needArgs(2, Cli::tr("step ID STEP_ID [--state STATE] [--note TEXT]")))
            return 64;
        if (!p.isSet(state) && !p.isSet(note))
            return fail(Cli::tr("nothing to do: give --state and/or --note"));
        auto inc = loadById(pos.at(0));
        if (!inc)
            return fail(inc.error());
        const auto rb = runbookOf(inc.value());
        if (!rb)
            return fail(rb.error());
        reconcileSteps(inc.value(), rb.value()); // the step's record, wherever it was made
        if (Status w = withWiring(rb.value()); !w)
            return fail(w.error());
        const Section *section = nullptr;
        const Step *step = rb->step(pos.at(1), &section);
        if (!step)
            return fail(Cli::tr("the runbook has no step \"%1\" (see runbook-cli inspect %2)").arg(pos.at(1), inc->runbookPath));
        const QString label = section->displayTitle() + QStringLiteral(" / ") + (step->number.isEmpty() ? step->plainText.left(40) : step->number);
        std::optional<StepState> st;
        if (p.isSet(state)) {
            st = stepStateFromString(p.value(state));
            if (!st)
                return fail(Cli::tr("unknown state \"%1\" (pending, done, skipped, n/a)").arg(p.value(state)));
        }
        // State and note in one transaction: both are recorded, or neither.
        const std::optional<QString> noteText = p.isSet(note) ? std::optional<QString>(p.value(note)) : std::nullopt;
        if (Status s = store.setStep(inc->id, inc->recordKey(step->id), st, noteText, StepStamp(step->textHash, step->plainText), actor, label); !s)
            return fail(s.error());
        return 0;
    }
    if (sub == QStringLiteral("note")) {
        if (!needArgs(2, Cli::tr("note ID TEXT")))
            return 64;
        const auto id = resolveWithWiring(pos.at(0));
        if (!id)
            return fail(id.error());
        const auto n = store.addNote(id.value(), pos.at(1), actor);
        return n ? 0 : fail(n.error());
    }
    if (sub == QStringLiteral("var")) {
        // incident var ID NAME=VALUE: a runbook placeholder's value for this incident (empty clears it).
        if (!needArgs(2, Cli::tr("var ID NAME=VALUE")))
            return 64;
        const auto id = resolveWithWiring(pos.at(0));
        if (!id)
            return fail(id.error());
        if (!pos.at(1).contains(QLatin1Char('=')))
            return ctx.err << Cli::tr("var: expected NAME=VALUE, got \"%1\"").arg(pos.at(1)) << Qt::endl, 64;
        const Status s = store.setVariable(id.value(), pos.at(1).section(QLatin1Char('='), 0, 0).trimmed(), pos.at(1).section(QLatin1Char('='), 1), actor);
        return s ? 0 : fail(s.error());
    }
    if (sub == QStringLiteral("copy")) {
        // incident copy ID STEP_ID [--block N]: what the window's Copy gives — the step's command, variables filled in.
        if (!needArgs(2, Cli::tr("copy ID STEP_ID [--block N]")))
            return 64;
        const auto inc = loadById(pos.at(0));
        if (!inc)
            return fail(inc.error());
        const auto rb = RunbookParser::parseFile(inc->runbookPath);
        if (!rb)
            return fail(rb.error());
        const Step *step = rb->step(pos.at(1));
        if (!step)
            return ctx.err << Cli::tr("%1 has no step %2").arg(inc->runbookPath, pos.at(1)) << Qt::endl, 2;
        const int n = p.value(block).isEmpty() ? 1 : p.value(block).toInt();
        if (n < 1 || n > step->blocks.size())
            return ctx.err << Cli::tr("%1 has %2 code block(s)").arg(step->id).arg(step->blocks.size()) << Qt::endl, 2;
        QHash<QString, QString> values;
        for (auto it = inc->variables.begin(); it != inc->variables.end(); ++it)
            values.insert(it.key(), it.value());
        const CodeBlock &c = step->blocks.at(n - 1);
        ctx.out << CodeText::forCopy(c.text, c.language, values) << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("watch")) {
        if (!needArgs(1, Cli::tr("watch ID [--for SECONDS] [--from-start] [--json]")))
            return 64;
        const auto id = store.resolveId(pos.at(0));
        if (!id)
            return fail(id.error());
        bool ok = true;
        const int seconds = p.isSet(forOpt) ? p.value(forOpt).toInt(&ok) : 0;
        if (!ok || seconds < 0)
            return fail(Cli::tr("--for: \"%1\" is not a number of seconds").arg(p.value(forOpt)));
        return watchIncident(store, id.value(), storePath(p, c), p.isSet(c.json), p.isSet(fromStart), seconds, ctx);
    }
    if (sub == QStringLiteral("resolve") || sub == QStringLiteral("reopen")) {
        if (!needArgs(1, sub + Cli::tr(" ID")))
            return 64;
        const auto id = resolveWithWiring(pos.at(0));
        if (!id)
            return fail(id.error());
        const Status s = store.setStatus(id.value(), sub == QStringLiteral("resolve") ? IncidentStatus::Resolved : IncidentStatus::Investigating, actor);
        return s ? 0 : fail(s.error());
    }
    ctx.err << Cli::tr("runbook-cli incident: unknown subcommand \"%1\"").arg(sub) << Qt::endl;
    return 64;
}
