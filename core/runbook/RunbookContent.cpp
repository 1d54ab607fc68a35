// The parts of a section the Builder reads besides its steps: monitors (log
// patterns, event types, response fields), named queries, the threshold table.
#include "runbook/RunbookBuilder.h"

#include "base/TextUtil.h"
#include "runbook/StepEntityRecognizer.h"

namespace RunbookDetail {

void Builder::addMonitors(Section &s, const MdNode *list, const QString &endpoint)
{
    for (const auto &item : list->children)
        addMonitorItem(s, item.get(), endpoint);
}

bool Builder::addMonitorItem(Section &s, const MdNode *item, const QString &endpoint)
{
    const qsizetype before = s.monitors.size();
    static const QRegularExpression label(QStringLiteral("^\\*\\*([^*]+?):?\\*\\*\\s*:?\\s*(.*)$"));
    const QRegularExpression &xPlaceholder = TextUtil::numberPlaceholder();
    static const QRegularExpression httpStatus(QStringLiteral("\\b(?:HTTP\\s+)?([1-5]\\d\\d)s?\\s+(?:responses?|errors?|status)|\\bHTTP\\s+([1-5]\\d\\d)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression responseFields(QStringLiteral("\\b(response\\s+fields?|fields?\\s+(of|from|in))\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QString text = itemText(item);
    auto add = [&](MonitorKind kind, const QString &value, const QString &ep, const QString &desc, int line = 0) {
        Monitor m;
        m.kind = kind;
        m.value = value;
        m.endpoint = ep;
        m.description = desc;
        m.line = line > 0 ? line : item->line;
        m.numberPlaceholder = kind == MonitorKind::LogPattern && xPlaceholder.match(value).hasMatch();
        m.id = s.id + QStringLiteral("/monitor-") + QString::number(s.monitors.size() + 1);
        s.monitors.append(m);
    };
    // An endpoint named in the bullet: "/api/x" or "GET /api/x" (never a log pattern).
    static const QRegularExpression methodPath(QStringLiteral("^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(/\\S*)$"));
    auto endpointOf = [](const QString &c) {
        if (c.startsWith(QLatin1Char('/')))
            return c;
        const auto m = methodPath.match(c);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    QString pathInText;
    for (const QString &c : TextUtil::codeSpans(text))
        if (const QString ep = endpointOf(c); !ep.isEmpty()) {
            pathInText = ep;
            break;
        }
    const auto childLists = [&] {
        std::vector<const MdNode *> lists;
        for (const auto &c : item->children)
            if (isListNode(c.get()))
                lists.push_back(c.get());
        return lists;
    }();

    const auto lm = label.match(text);
    if (lm.hasMatch()) {
        const QString name = lm.captured(1).toLower();
        const QString rest = lm.captured(2);
        QStringList codes = TextUtil::codeSpans(rest);
        if (codes.isEmpty())
            codes.append(TextUtil::stripInlineMarkdown(rest).trimmed());
        const MonitorKind kind = name.contains(QStringLiteral("event")) ? MonitorKind::EventType
                                 : name.contains(QStringLiteral("field")) ? MonitorKind::ResponseField
                                                                          : MonitorKind::LogPattern;
        for (const QString &c : codes)
            if (!c.isEmpty())
                add(kind, c, kind == MonitorKind::ResponseField ? endpoint : QString(), {});
        return s.monitors.size() > before;
    }
    if (responseFields.match(text).hasMatch() && !childLists.empty()) {
        const QString ep = pathInText.isEmpty() ? endpoint : pathInText;
        for (const MdNode *l : childLists)
            for (const auto &child : l->children) {
                const QString ct = itemText(child.get());
                const QStringList codes = TextUtil::codeSpans(ct);
                if (codes.isEmpty())
                    continue;
                QString desc = TextUtil::stripInlineMarkdown(ct);
                desc = desc.mid(desc.indexOf(codes.first()) + codes.first().size());
                while (desc.startsWith(QLatin1Char(':')) || desc.startsWith(QLatin1Char(' ')))
                    desc.remove(0, 1);
                add(MonitorKind::ResponseField, codes.first(), ep, desc, child->line);
            }
        return s.monitors.size() > before;
    }
    const auto hm = httpStatus.match(TextUtil::stripInlineMarkdown(text));
    if (hm.hasMatch()) {
        const QString code = hm.captured(1).isEmpty() ? hm.captured(2) : hm.captured(1);
        add(MonitorKind::HttpStatus, code, pathInText.isEmpty() ? endpoint : pathInText, TextUtil::stripInlineMarkdown(text));
        return true;
    }
    for (const QString &c : TextUtil::codeSpans(text))
        if (endpointOf(c).isEmpty())
            add(MonitorKind::LogPattern, c, {}, {});
    for (const MdNode *l : childLists)
        addMonitors(s, l, pathInText.isEmpty() ? endpoint : pathInText);
    return s.monitors.size() > before;
}

void Builder::addQueries(const MdNode *code)
{
    const QStringList lines = code->text.split(QLatin1Char('\n'));
    QString name;
    QStringList body;
    int bodyLine = 0;
    auto flush = [&] {
        if (body.isEmpty())
            return;
        LogQuery q;
        q.name = name.isEmpty() ? tr("Query %1").arg(m_rb.queries.size() + 1) : name;
        q.query = body.join(QLatin1Char(' '));
        q.line = bodyLine;
        q.id = uniqueId(QStringLiteral("query/") + TextUtil::slugify(q.name));
        m_rb.queries.append(q);
        body.clear();
        name.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        const int line = code->line + 1 + i;
        if (l.isEmpty()) {
            flush();
        } else if (l.startsWith(QLatin1Char('#')) || l.startsWith(QStringLiteral("//")) || l.startsWith(QStringLiteral("--"))) {
            flush();
            name = l.mid(l.startsWith(QLatin1Char('#')) ? 1 : 2).trimmed();
        } else {
            if (body.isEmpty())
                bodyLine = line;
            body.append(l);
        }
    }
    flush();
}

static bool parseThreshold(const QString &cell, Threshold &out)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(>=|<=|≥|≤|>|<|=|==)\\s*(\\d+(?:\\.\\d+)?)\\s*(%|percent)?\\s*(of\\s+(?:the\\s+)?total)?\\s*([A-Za-z ]*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString plain = TextUtil::stripInlineMarkdown(cell).trimmed();
    const auto m = re.match(plain);
    if (!m.hasMatch())
        return false;
    QString op = m.captured(1);
    if (op == QStringLiteral("≥"))
        op = QStringLiteral(">=");
    else if (op == QStringLiteral("≤"))
        op = QStringLiteral("<=");
    else if (op == QStringLiteral("=="))
        op = QStringLiteral("=");
    out.op = op;
    out.value = m.captured(2).toDouble();
    out.unit = m.captured(3).isEmpty() ? ThresholdUnit::Count : ThresholdUnit::PercentOfTotal;
    out.text = plain;
    return true;
}

void Builder::addTable(Section &s, const MdNode *table)
{
    std::vector<std::pair<QStringList, int>> rows;
    for (const auto &part : table->children)
        for (const auto &row : part->children) {
            QStringList cells;
            for (const auto &cell : row->children)
                cells.append(cell->text);
            rows.push_back({cells, row->line});
            s.tableRows.append(cells);
        }
    if (rows.empty())
        return;
    const QStringList &header = rows.front().first;
    int metricCol = -1, warnCol = -1, critCol = -1;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).toLower();
        if (metricCol < 0 && (h.contains(QStringLiteral("metric")) || h.contains(QStringLiteral("signal")) || h.contains(QStringLiteral("alert"))))
            metricCol = i;
        else if (warnCol < 0 && h.contains(QStringLiteral("warn")))
            warnCol = i;
        else if (critCol < 0 && h.contains(QStringLiteral("crit")))
            critCol = i;
    }
    if (metricCol < 0 || (warnCol < 0 && critCol < 0))
        return; // an ordinary table: kept, not interpreted

    static const QRegularExpression perRe(QStringLiteral("^(.*?)\\s+per\\s+([A-Za-z][A-Za-z ]*?)\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (size_t r = 1; r < rows.size(); ++r) {
        const QStringList &cells = rows[r].first; // not a structured binding: lambdas capture it
        const int line = rows[r].second;
        auto cell = [&cells](int i) { return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString(); };
        ThresholdRule rule;
        rule.metricText = TextUtil::stripInlineMarkdown(cell(metricCol));
        rule.line = line;
        if (rule.metricText.isEmpty()) {
            warn(line, tr("threshold row does not parse: the metric cell is empty"));
            continue;
        }
        const auto pm = perRe.match(rule.metricText);
        if (pm.hasMatch()) {
            rule.metric = pm.captured(1);
            const QString w = pm.captured(2).toLower();
            if (w == QStringLiteral("hour") || w == QStringLiteral("h")) {
                rule.window = QStringLiteral("per hour");
                rule.windowKind = WindowKind::Hour;
            } else if (w == QStringLiteral("day") || w == QStringLiteral("24h")) {
                rule.window = QStringLiteral("per day");
                rule.windowKind = WindowKind::Day;
            } else if (w == QStringLiteral("minute") || w == QStringLiteral("week") || w == QStringLiteral("month")) {
                rule.window = QStringLiteral("per ") + w;
            } else {
                // "per cleanup" counts per run of that job.
                rule.window = QStringLiteral("per ") + w + (w.endsWith(QStringLiteral("run")) ? QString() : QStringLiteral(" run"));
                rule.windowKind = WindowKind::Run;
            }
        } else {
            rule.metric = rule.metricText;
        }
        bool ok = true;
        for (auto [col, target, name] : {std::tuple{warnCol, &rule.warning, "warning"}, std::tuple{critCol, &rule.critical, "critical"}}) {
            if (col < 0)
                continue;
            const QString c = cell(col);
            if (c.isEmpty()) {
                warn(line, tr("threshold row \"%1\" does not parse: the %2 cell is missing").arg(rule.metricText, QLatin1String(name)));
                ok = false;
            } else if (!parseThreshold(c, *target)) {
                warn(line, tr("threshold row \"%1\" does not parse: cannot read %2 value \"%3\" (expected e.g. \"> 10\" or \"> 20% of total\")")
                               .arg(rule.metricText, QLatin1String(name), TextUtil::stripInlineMarkdown(c)));
                ok = false;
            }
        }
        if (!ok)
            continue;
        rule.id = uniqueId(QStringLiteral("threshold/") + TextUtil::slugify(rule.metricText));
        m_rb.thresholds.append(rule);
    }
}

} // namespace RunbookDetail
