#pragma once
// The kinds this build runs, one per file: SqlKinds.cpp, HttpKinds.cpp,
// BlobKinds.cpp, WebhookKinds.cpp (Svix, Stripe), LogKinds.cpp (log counts,
// Vercel's cron schedules), PromKinds.cpp (PromQL).
#include <QList>

class StepKind;

QList<const StepKind *> builtinKinds();
const StepKind *sqlKind();
const StepKind *httpKind();
const StepKind *blobListKind();
const StepKind *blobOrphansKind();
const StepKind *blobHeadEachKind();
const StepKind *svixKind();
const StepKind *stripeEventsKind();
const StepKind *stripeEndpointsKind();
const StepKind *logCountKind();
const StepKind *vercelCronsKind();
const StepKind *promQlKind();

inline QList<const StepKind *> builtinKinds()
{
    return {sqlKind(),    httpKind(),         blobListKind(),        blobOrphansKind(), blobHeadEachKind(),
            svixKind(),   stripeEventsKind(), stripeEndpointsKind(), logCountKind(),    vercelCronsKind(), promQlKind()};
}
