#include "runbook/StepEntityRecognizer.h"

#include "base/TextUtil.h"

#include <QRegularExpression>

bool StepEntityRecognizer::looksLikeSql(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(SELECT|UPDATE|DELETE\\s+FROM|INSERT\\s+INTO|WITH|ALTER\\s+TABLE|CREATE\\s+(TABLE|INDEX)|"
                       "TRUNCATE|VACUUM|EXPLAIN)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QStringList StepEntityRecognizer::sqlPlaceholders(const QString &sql)
{
    // A literal is a placeholder when it is obviously not data: 'xxx', 'XXX', '...', '<id>', '{id}', ':id'.
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    static const QRegularExpression placeholder(QStringLiteral("^(x{2,}|X{2,}|\\.{3}|…|<[^>]+>|\\{[^}]+\\}|:[A-Za-z_]\\w*|\\?)$"));
    QStringList out;
    auto it = literal.globalMatch(sql);
    while (it.hasNext()) {
        const QString v = it.next().captured(1);
        if (placeholder.match(v).hasMatch())
            out.append(v);
    }
    return out;
}

QList<StepEntity> StepEntityRecognizer::recognize(const QString &markdown)
{
    static const QRegularExpression envVar(QStringLiteral("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"));
    static const QRegularExpression apiPath(QStringLiteral("^/[A-Za-z0-9_\\-.{}:]+(?:/[A-Za-z0-9_\\-.{}:]*)*$"));
    static const QRegularExpression blobPrefix(QStringLiteral("^[A-Za-z0-9_\\-.]+(?:/[A-Za-z0-9_\\-.]+)*/$"));
    static const QRegularExpression textPath(QStringLiteral("(?<![\\w`])(/api/[A-Za-z0-9_\\-./{}:]+)"));
    static const QRegularExpression arrowChain(
        QStringLiteral("([A-Z][\\w.\\-]*(?:[ \\t]+[\\w.\\-]+){0,3})((?:[ \\t]*(?:→|->)[ \\t]*[\\w.\\-]+(?:[ \\t]+[A-Za-z][\\w.\\-]*)*)+)"));
    static const QRegularExpression leadingVerb(
        QStringLiteral("^(?:(?:go|navigate|switch|head)\\s+to|open|visit|in|on|from|check|use)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dashboard(QStringLiteral("\\b((?:[A-Z][\\w]*\\s+){1,3})dashboard\\b"));

    QList<StepEntity> out;
    auto add = [&out](EntityKind kind, const QString &text, QStringList params = {}, QString service = {}) {
        for (const StepEntity &e : out)
            if (e.kind == kind && e.text == text)
                return;
        out.append({kind, text, std::move(params), std::move(service)});
    };

    for (const QString &code : TextUtil::codeSpans(markdown)) {
        const QString c = code.trimmed();
        if (looksLikeSql(c))
            add(EntityKind::Sql, c, sqlPlaceholders(c));
        else if (envVar.match(c).hasMatch())
            add(EntityKind::EnvVar, c);
        else if (apiPath.match(c).hasMatch() && c.size() > 1)
            add(EntityKind::ApiPath, c);
        else if (blobPrefix.match(c).hasMatch())
            add(EntityKind::BlobPrefix, c);
    }

    const QString plain = TextUtil::stripInlineMarkdown(markdown);
    // API paths written without backticks.
    auto pit = textPath.globalMatch(plain);
    while (pit.hasNext()) {
        QString p = pit.next().captured(1);
        while (p.endsWith(QLatin1Char('.')) || p.endsWith(QLatin1Char(',')))
            p.chop(1);
        add(EntityKind::ApiPath, p);
    }

    // Dashboard locations: "Vercel project → Storage → Blob", "Clerk dashboard → Webhooks".
    bool haveChain = false;
    auto ait = arrowChain.globalMatch(plain);
    while (ait.hasNext()) {
        const auto m = ait.next();
        QString head = m.captured(1).trimmed();
        head.remove(leadingVerb);
        QStringList parts{head};
        static const QRegularExpression arrow(QStringLiteral("\\s*(?:→|->)\\s*"));
        for (const QString &p : m.captured(2).split(arrow, Qt::SkipEmptyParts))
            parts.append(p.trimmed());
        const QString service = head.section(QLatin1Char(' '), 0, 0);
        add(EntityKind::Dashboard, parts.join(QStringLiteral(" → ")), {}, service);
        haveChain = true;
    }
    if (!haveChain) {
        auto dit = dashboard.globalMatch(plain);
        while (dit.hasNext()) {
            const auto m = dit.next();
            QString name = m.captured(1).trimmed();
            name.remove(leadingVerb);
            if (name.isEmpty())
                continue;
            add(EntityKind::Dashboard, name + QStringLiteral(" dashboard"), {}, name.section(QLatin1Char(' '), 0, 0));
        }
    }
    return out;
}
