// runbook-cli incident set: the incident's own fields and its follow-ups.
#include "CliCommands.h"

#include "incident/IncidentStore.h"

#include <QCoreApplication>

namespace {
} // namespace

int setIncidentFields(IncidentStore &store, const QStringList &pos, const QString &actor, CliContext &ctx,
                      const std::function<std::optional<QString>(const QString &)> &option, const QStringList &followups,
                      const std::function<Result<QString>(const QString &)> &resolve)
{
    if (pos.size() != 1) {
        ctx.err << Cli::tr("usage: runbook-cli incident set ID [--severity SEV1…SEV4] [--status investigating|identified|monitoring|resolved]"
                           " [--commander NAME] [--summary TEXT] [--impact TEXT] [--root-cause TEXT]"
                           " [--followup TEXT [--owner NAME] [--due YYYY-MM-DD]] [--followup-done N] [--followup-reopen N] [--followup-remove N]")
                << Qt::endl;
        return 64;
    }
    const auto id = resolve(pos.at(0));
    if (!id) {
        ctx.err << id.error() << Qt::endl;
        return 1;
    }
    const auto inc = store.loadIncident(id.value());
    if (!inc) {
        ctx.err << inc.error() << Qt::endl;
        return 1;
    }
    auto bad = [&ctx](const QString &msg) {
        ctx.err << msg << Qt::endl;
        return 2;
    };
    // Everything is checked before anything is written.
    const auto severity = option(QStringLiteral("severity"));
    if (severity && !severity->isEmpty() && !isSeverity(severity->trimmed().toUpper()))
        return bad(Cli::tr("--severity: \"%1\" is not SEV1, SEV2, SEV3 or SEV4").arg(*severity));
    const auto statusText = option(QStringLiteral("status"));
    std::optional<IncidentStatus> status;
    if (statusText) {
        status = incidentStatusFromString(*statusText);
        if (!status)
            return bad(Cli::tr("--status: \"%1\" is not one of %2").arg(*statusText, incidentStatusNames().join(QStringLiteral(", "))));
    }
    const auto dueText = option(QStringLiteral("due"));
    QDate dueDate;
    if (dueText) {
        dueDate = QDate::fromString(dueText->trimmed(), Qt::ISODate);
        if (!dueDate.isValid())
            return bad(Cli::tr("--due: \"%1\" is not a date (YYYY-MM-DD)").arg(*dueText));
    }
    if ((dueText || option(QStringLiteral("owner"))) && followups.isEmpty())
        return bad(Cli::tr("--owner and --due belong to a --followup"));
    for (const QString &f : followups)
        if (f.trimmed().isEmpty())
            return bad(Cli::tr("--followup: a follow-up needs a text"));
    auto followUpOf = [&](const QString &key) -> std::optional<FollowUp> {
        const auto n = option(key);
        if (!n)
            return std::nullopt;
        for (const FollowUp &f : inc->followUps)
            if (QString::number(f.id) == n->trimmed())
                return f;
        return FollowUp{-1, *n, {}, {}, false};
    };
    const auto doneF = followUpOf(QStringLiteral("followup-done"));
    const auto reopenF = followUpOf(QStringLiteral("followup-reopen"));
    const auto removeF = followUpOf(QStringLiteral("followup-remove"));
    for (const auto &f : {doneF, reopenF, removeF})
        if (f && f->id < 0)
            return bad(Cli::tr("incident %1 has no follow-up %2").arg(inc->id, f->text));
    const QList<std::pair<QString, IncidentField>> texts{{QStringLiteral("commander"), IncidentField::Commander},
                                                        {QStringLiteral("summary"), IncidentField::Summary},
                                                        {QStringLiteral("impact"), IncidentField::Impact},
                                                        {QStringLiteral("root-cause"), IncidentField::RootCause}};
    bool any = severity || status || doneF || reopenF || removeF || !followups.isEmpty();
    for (const auto &t : texts)
        any = any || option(t.first).has_value();
    if (!any)
        return bad(Cli::tr("nothing to do: give --severity, --status, --commander, --summary, --impact, --root-cause or a --followup option"));

    auto failed = [&ctx](const QString &e) {
        ctx.err << e << Qt::endl;
        return 1;
    };
    if (severity)
        if (Status s = store.setField(inc->id, IncidentField::Severity, severity->trimmed().toUpper(), actor); !s)
            return failed(s.error());
    for (const auto &t : texts)
        if (const auto v = option(t.first))
            if (Status s = store.setField(inc->id, t.second, *v, actor); !s)
                return failed(s.error());
    for (const QString &text : followups) {
        const auto added = store.saveFollowUp(inc->id, FollowUp{0, text, option(QStringLiteral("owner")).value_or(QString()), dueDate, false}, actor);
        if (!added)
            return failed(added.error());
        ctx.out << Cli::tr("follow-up %1").arg(added.value()) << Qt::endl;
    }
    for (auto [f, done] : {std::pair{doneF, true}, std::pair{reopenF, false}})
        if (f) {
            FollowUp changed = *f;
            changed.done = done;
            if (const auto saved = store.saveFollowUp(inc->id, changed, actor); !saved)
                return failed(saved.error());
        }
    if (removeF)
        if (Status s = store.removeFollowUp(inc->id, removeF->id, actor); !s)
            return failed(s.error());
    if (status && *status != inc->status)
        if (Status s = store.setStatus(inc->id, *status, actor); !s)
            return failed(s.error());
    return 0;
}
