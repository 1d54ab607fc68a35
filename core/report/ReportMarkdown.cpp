// The report as Markdown incident notes.
#include "report/IncidentReport.h"

#include "secrets/Redactor.h"

namespace {
QString box(const QString &mark)
{
    if (mark == QLatin1String("done"))
        return QStringLiteral("[x]");
    if (mark == QLatin1String("skipped"))
        return QStringLiteral("[-]");
    if (mark == QLatin1String("n/a"))
        return QStringLiteral("[~]");
    return QStringLiteral("[ ]");
}

QString cell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

// ▁▂▃▄▅▆▇█ for a series: a sparkline that reads in plain text.
QString blocks(const QList<double> &series)
{
    static const QString bars = QStringLiteral("▁▂▃▄▅▆▇█");
    if (series.isEmpty())
        return {};
    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    QString out;
    for (double v : series)
        out += bars.at(*hi > *lo ? int((v - *lo) / (*hi - *lo) * 7.0 + 0.5) : 0);
    return out;
}
} // namespace

QString ReportWriter::markdown(const IncidentReport &r)
{
    QString md = QStringLiteral("# %1\n\n").arg(r.title);
    md += IncidentReport::tr("_Incident notes made by Runbook Assistant at %1._\n").arg(r.generatedAt);
    for (const ReportSection &s : r.sections) {
        md += QStringLiteral("\n## %1\n").arg(s.title);
        bool previousInList = false;
        for (const ReportBlock &b : s.blocks) {
            const QString in = b.indent ? QStringLiteral("  ") : QString();
            // Steps and what belongs to them form one list; anything else starts a new paragraph.
            const bool inList = b.kind == ReportBlock::Step || b.indent > 0;
            if (!(inList && previousInList && b.kind != ReportBlock::Table && b.kind != ReportBlock::Chart))
                md += QLatin1Char('\n');
            previousInList = inList;
            switch (b.kind) {
            case ReportBlock::Heading:
                md += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + b.text + QLatin1Char('\n');
                break;
            case ReportBlock::Paragraph:
                md += in + (b.emphasis ? QStringLiteral("_%1_").arg(b.text) : b.text) + QLatin1Char('\n');
                break;
            case ReportBlock::Fields:
                for (const auto &f : b.fields)
                    md += in + QStringLiteral("- **%1:** %2\n").arg(f.first, f.second);
                break;
            case ReportBlock::Step:
                md += QStringLiteral("- %1 %2%3\n").arg(box(b.mark), b.markdown.isEmpty() ? b.text : b.markdown, b.meta);
                break;
            case ReportBlock::Code:
                md += in + QStringLiteral("```%1\n").arg(b.language);
                for (const QString &line : b.text.split(QLatin1Char('\n')))
                    md += in + line + QLatin1Char('\n');
                md += in + QStringLiteral("```\n");
                break;
            case ReportBlock::Quote:
                for (const QString &line : b.text.split(QLatin1Char('\n')))
                    md += in + QStringLiteral("> ") + line + QLatin1Char('\n');
                break;
            case ReportBlock::Table: {
                QStringList head, rule;
                for (const QString &c : b.columns) {
                    head.append(cell(c));
                    rule.append(QStringLiteral("---"));
                }
                md += in + QStringLiteral("| %1 |\n").arg(head.join(QStringLiteral(" | ")));
                md += in + QStringLiteral("|%1|\n").arg(rule.join(QLatin1Char('|')));
                for (const QStringList &row : b.rows) {
                    QStringList cells;
                    for (const QString &c : row)
                        cells.append(cell(c));
                    md += in + QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
                }
                if (!b.footnote.isEmpty())
                    md += QLatin1Char('\n') + in + QStringLiteral("_%1_\n").arg(b.footnote);
                break;
            }
            case ReportBlock::Chart:
                md += in + QStringLiteral("%1 `%2`\n").arg(b.text, blocks(b.series));
                break;
            }
        }
    }
    return Redactor::redact(md);
}
