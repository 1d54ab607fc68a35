#pragma once
// The confirmation token a user is shown: the preview of `stepId` on profile
// "p" of the wiring `yaml` — a StepRunner look, as the window and `runbook-cli
// action preview` make it — with `params` set and, when `ticked` is given,
// narrowed to those rows. Tests take their tokens only from here, never from
// the product's token helpers. Empty, with a warning, when the preview failed.
#include "actions/StepRunner.h"
#include "wiring/WiringLoader.h"

#include <QSignalSpy>
#include <optional>

inline QString previewToken(const QString &yaml, const QString &stepId, const QList<std::pair<QString, QString>> &params = {},
                            const std::optional<QStringList> &ticked = std::nullopt)
{
    qRegisterMetaType<StepView>();
    const Wiring w = WiringLoader::parse(yaml.toUtf8(), QStringLiteral("t.wiring.yaml"), nullptr);
    const auto plan = StepRunner::plan(w, QStringLiteral("p"), stepId);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error()));
        return {};
    }
    StepRunner r(plan.value(), {});
    if (Status s = r.setParameters(params); !s) {
        qWarning("%s", qPrintable(s.error()));
        return {};
    }
    QSignalSpy viewed(&r, &StepRunner::viewed);
    r.look();
    if (viewed.isEmpty() && !viewed.wait(15000))
        return {};
    const StepView v = viewed.first().first().value<StepView>();
    if (v.failed()) {
        qWarning("%s", qPrintable(v.error));
        return {};
    }
    return ticked ? r.select(*ticked) : v.token;
}
