#include "incident/StepReconcile.h"

#include "base/TextUtil.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace StepText {
QString normalised(const QString &text)
{
    const QString plain = TextUtil::stripInlineMarkdown(text).toLower();
    QString out;
    out.reserve(plain.size());
    bool space = false;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QStringList words(const QString &text)
{
    QStringList w = normalised(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    w.sort();
    return w;
}

double dice(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int common = 0;
    for (qsizetype i = 0, j = 0; i < a.size() && j < b.size();) { // both sorted: count the words they share
        const int c = a.at(i).compare(b.at(j));
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * common / double(a.size() + b.size());
}

double similarity(const QString &a, const QString &b)
{
    return dice(words(a), words(b));
}
} // namespace StepText

namespace {
// How close a rewording must be to keep its record (below: a different step).
constexpr double kRewordedAtLeast = 0.6;

struct Place
{
    const Step *step;
    QString sectionId;
    int position; // 1-based within its section
    int index;    // in the whole runbook
    QString normalised;
    QStringList words; // sorted, for comparing rewordings
};

// "cron-job-health/step-3~2" → ("cron-job-health", 3)
std::pair<QString, int> positionOf(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(.*)/step-(\\d+)(?:~\\d+)?$"));
    const auto m = re.match(key);
    if (!m.hasMatch())
        return {key, 0};
    return {m.captured(1), m.captured(2).toInt()};
}
} // namespace

void reconcileSteps(Incident &inc, const Runbook &rb)
{
    std::vector<Place> places;
    QHash<QString, int> placeOfId;
    for (const Section &s : rb.sections)
        for (int i = 0; i < s.steps.size(); ++i) {
            placeOfId.insert(s.steps[i].id, int(places.size()));
            places.push_back({&s.steps[i], s.id, i + 1, int(places.size()), StepText::normalised(s.steps[i].text), StepText::words(s.steps[i].text)});
        }
    // Records in a fixed order (their keys), those on an unchanged step first.
    // Each record by its own key (stepId below, while matching).
    QList<StepRecord> records;
    for (auto it = inc.steps.constBegin(); it != inc.steps.constEnd(); ++it) {
        StepRecord r = *it;
        r.stepId = r.key.isEmpty() ? it.key() : r.key;
        records.append(r);
    }
    for (StepRecord r : std::as_const(inc.vanished)) {
        r.stepId = r.key.isEmpty() ? r.stepId : r.key;
        records.append(r);
    }
    std::sort(records.begin(), records.end(), [](const StepRecord &a, const StepRecord &b) { return a.stepId < b.stepId; });
    // Evidence as it was keyed in the store (a second reconciliation starts from there too).
    QHash<QString, QString> keyOfStepNow;
    for (auto it = inc.steps.constBegin(); it != inc.steps.constEnd(); ++it)
        keyOfStepNow.insert(it.key(), it->key.isEmpty() ? it.key() : it->key);
    for (Evidence &e : inc.evidence) {
        if (const QString key = Incident::recordKeyOfVanishedEvidence(e.stepId); !key.isEmpty())
            e.stepId = key;
        else if (const auto k = keyOfStepNow.constFind(e.stepId); k != keyOfStepNow.constEnd())
            e.stepId = *k;
    }

    std::vector<bool> claimed(places.size(), false);
    std::vector<int> placeOfRecord(size_t(records.size()), -1);
    auto sameText = [&](const StepRecord &r, const Place &p) {
        return (!r.textHash.isEmpty() && r.textHash == p.step->textHash) || (!r.text.isEmpty() && StepText::normalised(r.text) == p.normalised);
    };
    // Closer to where the record was: its section first, then its position.
    auto distance = [&](const StepRecord &r, const Place &p) {
        const auto [section, position] = positionOf(r.stepId);
        const auto at = placeOfId.constFind(r.stepId);
        const int oldIndex = at != placeOfId.constEnd() ? *at : (position > 0 ? position : 0);
        return (p.sectionId == section ? 0 : 1'000'000) + (p.sectionId == section ? std::abs(p.position - position) : std::abs(p.index - oldIndex));
    };
    auto take = [&](qsizetype ri, int pi, StepMatch match) {
        claimed[size_t(pi)] = true;
        placeOfRecord[size_t(ri)] = pi;
        records[ri].match = match;
    };
    // 1. The step where the record was, unchanged.
    for (qsizetype ri = 0; ri < records.size(); ++ri) {
        const auto at = placeOfId.constFind(records[ri].stepId);
        if (at != placeOfId.constEnd() && !claimed[size_t(*at)] && sameText(records[ri], places[size_t(*at)]))
            take(ri, *at, StepMatch::Same);
    }
    // 2. The same text elsewhere: the closest unclaimed one (looked up by hash and by text).
    QMultiHash<QString, int> byHash, byText;
    for (const Place &p : places) {
        byHash.insert(p.step->textHash, p.index);
        byText.insert(p.normalised, p.index);
    }
    for (qsizetype ri = 0; ri < records.size(); ++ri) {
        if (placeOfRecord[size_t(ri)] >= 0)
            continue;
        const StepRecord &r = records[ri];
        QList<int> candidates;
        if (!r.textHash.isEmpty())
            candidates += byHash.values(r.textHash);
        if (!r.text.isEmpty())
            candidates += byText.values(StepText::normalised(r.text));
        int best = -1;
        for (int pi : std::as_const(candidates))
            if (!claimed[size_t(pi)] && (best < 0 || distance(r, places[size_t(pi)]) < distance(r, places[size_t(best)])))
                best = pi;
        if (best >= 0)
            take(ri, best, StepMatch::Moved);
    }
    // Rewordings are looked for in the whole runbook, or only in the record's
    // own section when that would be too many comparisons (a huge runbook rewritten).
    qsizetype unmatched = 0;
    for (qsizetype ri = 0; ri < records.size(); ++ri)
        unmatched += placeOfRecord[size_t(ri)] < 0;
    const bool wide = qint64(unmatched) * qint64(places.size()) <= 20'000; // a few ms at most: this runs when an incident is shown
    // 3. A rewording: the most alike unclaimed step, when alike enough; a record
    // without its text (before schema 8) stays only on a step of its place that
    // never had a hash to compare.
    for (qsizetype ri = 0; ri < records.size(); ++ri) {
        if (placeOfRecord[size_t(ri)] >= 0)
            continue;
        const StepRecord &r = records[ri];
        if (r.text.isEmpty()) {
            const auto at = placeOfId.constFind(r.stepId);
            if (r.textHash.isEmpty() && at != placeOfId.constEnd() && !claimed[size_t(*at)])
                take(ri, *at, StepMatch::Same);
            continue;
        }
        int best = -1;
        double bestScore = 0;
        const QString ownSection = positionOf(r.stepId).first;
        const QStringList recorded = StepText::words(r.text);
        for (const Place &p : places) {
            if (claimed[size_t(p.index)] || (!wide && p.sectionId != ownSection))
                continue;
            const double score = StepText::dice(recorded, p.words);
            if (score < kRewordedAtLeast)
                continue;
            if (best < 0 || score > bestScore + 1e-9
                || (std::abs(score - bestScore) <= 1e-9 && distance(r, p) < distance(r, places[size_t(best)]))) {
                best = p.index;
                bestScore = score;
            }
        }
        if (best >= 0)
            take(ri, best, StepMatch::Reworded);
    }

    QHash<QString, QString> nowAt; // record key → step id now (empty: vanished)
    inc.steps.clear();
    inc.vanished.clear();
    for (qsizetype ri = 0; ri < records.size(); ++ri) {
        StepRecord r = records[ri];
        const int pi = placeOfRecord[size_t(ri)];
        if (pi < 0) {
            r.key = r.stepId;
            nowAt.insert(r.key, QString());
            inc.vanished.append(r);
            continue;
        }
        const QString id = places[size_t(pi)].step->id;
        r.key = r.stepId == id ? QString() : r.stepId;
        nowAt.insert(r.stepId, id);
        r.stepId = id;
        inc.steps.insert(id, r);
    }
    // A snapshot goes with its record (a vanished one's is kept apart, never on a
    // step in use); one attached to a step that had no record stays where it was.
    for (Evidence &e : inc.evidence)
        if (const auto it = nowAt.constFind(e.stepId); it != nowAt.constEnd())
            e.stepId = it->isEmpty() ? Incident::vanishedEvidenceKey(e.stepId) : *it;
}
