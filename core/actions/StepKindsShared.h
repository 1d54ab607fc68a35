#pragma once
// What more than one kind uses.
#include "actions/MissingBlobs.h"
#include "actions/StepKind.h"

// Runs the blob check (a head request per row) as part of `job`: progress
// goes to the job, the job's cancel stops it.
void checkMissingBlobs(StepJob *job, const BlobCheck &check, std::function<void(Result<SqlTable>)> done);
