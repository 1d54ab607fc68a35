#pragma once
// DemoDatabase: the demo app's SQLite database, deterministic like the demo
// logs — users, profile_photos (ready rows, some whose blobs are missing from
// the blob store, stuck uploads and processing, failed ones), idempotency
// keys and tips — plus blobs.json, the blob store's contents it is consistent
// with (every ready photo's blob except the missing ones, and orphan blobs).
#include "base/Result.h"

#include <QDateTime>

class DemoDatabase
{
public:
    struct Counts
    {
        static constexpr int users = 40;
        static constexpr int readyWithMissingBlob = 6;
        static constexpr int stuckUploading = 5;
        static constexpr int stuckProcessing = 3;
        static constexpr int failed = 4;
        static constexpr int orphanBlobs = 9;
    };
    // Writes DIR/app.sqlite (replacing it) and DIR/blobs.json.
    static Status write(const QString &dir, const QDateTime &end);
};
