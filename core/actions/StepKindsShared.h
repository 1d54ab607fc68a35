#pragma once
// What more than one kind uses.
#include "actions/MissingBlobs.h"
#include "actions/StepKind.h"

// Runs the blob check (a head request per row) as part of `job`: progress
// goes to the job, the job's cancel stops it.
void checkMissingBlobs(StepJob *job, const BlobCheck &check, std::function<void(Result<SqlTable>)> done);

// The connector's client (base_url and the secret `secretKey`), owned by `job`
// and cancelled with it.
template <typename Client>
Result<Client *> connectorClient(StepJob *job, const QString &secretKey)
{
    const auto secret = job->secret(secretKey);
    if (!secret)
        return Result<Client *>::failure(secret.error());
    auto *client = new Client(QUrl(job->field(QStringLiteral("base_url"))), secret.value(), {}, job);
    QObject::connect(job, &StepJob::cancelRequested, client, &Client::cancel);
    return client;
}
