// runbook-cli incident watch ID: the incident's changes as they happen, one
// line each (or one JSON object per line with --json) — for a terminal or a
// chat bridge. A team store tells it at once (LISTEN); a file is looked at
// twice a second.
#include "CliCommands.h"

#include "incident/IncidentStore.h"
#include "incident/StoreListener.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

int watchIncident(IncidentStore &store, const QString &id, const QString &address, bool json, bool fromStart, int seconds, CliContext &ctx)
{
    qint64 last = 0;
    if (!fromStart) {
        const auto all = store.timelineSince(id, 0);
        if (!all) {
            ctx.err << all.error() << Qt::endl;
            return 1;
        }
        if (!all->isEmpty())
            last = all->last().id;
    }
    auto print = [&](const QString &at, const QString &actor, const QString &kind, const QString &subject, const QString &text) {
        if (json)
            ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("incident"), id}, {QStringLiteral("at"), at},
                                                                  {QStringLiteral("actor"), actor}, {QStringLiteral("kind"), kind},
                                                                  {QStringLiteral("subject"), subject}, {QStringLiteral("text"), text}})
                                             .toJson(QJsonDocument::Compact))
                    << Qt::endl;
        else
            ctx.out << at << QStringLiteral("  ") << actor << QStringLiteral("  ") << text << Qt::endl;
        ctx.flush();
    };
    int failures = 0;
    auto readNew = [&] {
        const auto lines = store.timelineSince(id, last);
        if (!lines) {
            // A team store that went away: say so once, keep watching.
            if (failures++ == 0)
                ctx.err << lines.error() << Qt::endl;
            store.reconnect();
            return;
        }
        if (failures)
            ctx.err << Cli::tr("the store answers again") << Qt::endl;
        failures = 0;
        for (const TimelineEvent &e : lines.value()) {
            last = e.id;
            print(e.at.toUTC().toString(Qt::ISODate), e.actor, e.kind, e.subject, e.text);
        }
    };
    readNew();
    QEventLoop loop;
    StoreListener listener;
    QTimer poll;
    if (store.isTeam()) {
        QObject::connect(&listener, &StoreListener::notified, &loop, [&](const QJsonObject &p) {
            if (p.value(QStringLiteral("incident")).toString() != id)
                return;
            if (p.value(QStringLiteral("kind")).toString() == QLatin1String("presence"))
                print(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), p.value(QStringLiteral("actor")).toString(), QStringLiteral("presence"),
                      {}, p.value(QStringLiteral("text")).toString());
            else
                readNew();
        });
        QObject::connect(&listener, &StoreListener::reconnected, &loop, readNew);
        if (Status s = listener.listen(address); !s)
            ctx.err << s.error() << Qt::endl; // it keeps trying on its own
        poll.setInterval(10000); // a safety net; the notifications are what makes it prompt
    } else {
        poll.setInterval(500);
    }
    QObject::connect(&poll, &QTimer::timeout, &loop, readNew);
    poll.start();
    // On stderr: what follows on stdout is every change from now on (a script can wait for this line).
    ctx.err << Cli::tr("watching incident %1: its changes follow as they happen").arg(id) << Qt::endl;
    ctx.flush();
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    readNew();
    return 0;
}
