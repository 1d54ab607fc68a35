// The report as one self-contained HTML file: inline CSS, sparklines as
// inline SVG, no reference to anything outside it; it prints well (A4,
// headings kept with what follows). The PDF is painted from the same model.
#include <algorithm>
#include "report/IncidentReport.h"

#include "secrets/Redactor.h"

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *const Css = R"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #1d2125; margin: 24px auto; max-width: 56em; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; margin: 18px 0 6px 0; padding-bottom: 2px; border-bottom: 1px solid #c9ced4; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12px 0 4px 0; page-break-after: avoid; }
h4 { font-size: 10pt; margin: 8px 0 2px 0; color: #44546a; page-break-after: avoid; }
p { margin: 3px 0; }
p.generated { color: #5f6b7a; font-size: 8.5pt; }
p.em { font-style: italic; color: #5f6b7a; }
p.step { margin: 5px 0 2px 0; }
span.meta { color: #5f6b7a; font-size: 9pt; }
span.badge { font-size: 7.5pt; font-weight: bold; padding: 0 3px; color: #ffffff; background-color: #8a94a0; }
span.done { background-color: #1f7a3a; }
span.skipped { background-color: #a86200; }
span.na { background-color: #6b7785; }
span.pending { background-color: #c4cad1; color: #1d2125; }
div.detail { margin-left: 28px; }
p.evidence { margin-top: 4px; color: #243447; }
pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8.5pt; background-color: #f3f5f7; padding: 4px; margin: 3px 0; white-space: pre-wrap; }
blockquote { margin: 3px 0 3px 0; padding-left: 8px; border-left: 3px solid #c9ced4; color: #333d47; }
table { border-collapse: collapse; margin: 4px 0; }
table.grid th, table.grid td { border: 1px solid #c9ced4; padding: 2px 5px; text-align: left; vertical-align: top; font-size: 8.5pt; }
table.grid th { background-color: #eef1f4; }
table.fields td { padding: 1px 10px 1px 0; vertical-align: top; }
table.fields td.label { font-weight: bold; white-space: nowrap; }
p.chart { color: #5f6b7a; font-size: 8.5pt; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
@page { size: A4; margin: 16mm; }
)";

QString badge(const QString &mark)
{
    const QString cls = mark == QLatin1String("n/a") ? QStringLiteral("na") : mark;
    return QStringLiteral("<span class=\"badge %1\">&nbsp;%2&nbsp;</span>").arg(cls, esc(mark.toUpper()));
}
} // namespace

QString ReportWriter::sparklineSvg(const QList<double> &series, int width, int height)
{
    if (series.size() < 2)
        return {};
    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    const double span = *hi > *lo ? *hi - *lo : 1.0;
    QStringList points;
    for (int i = 0; i < series.size(); ++i) {
        const double x = 1.0 + (width - 2.0) * i / (series.size() - 1);
        const double y = height - 1.0 - (height - 2.0) * (series.at(i) - *lo) / span;
        points.append(QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1));
    }
    return QStringLiteral("<svg width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\"><polyline fill=\"none\" stroke=\"#2c6fbb\" "
                          "stroke-width=\"1.5\" points=\"%3\"/></svg>")
        .arg(width)
        .arg(height)
        .arg(points.join(QLatin1Char(' ')));
}

QString ReportWriter::html(const IncidentReport &r)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>\n")
             .arg(esc(r.title), QString::fromLatin1(Css));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"generated\">%2</p>\n")
             .arg(esc(r.title), esc(IncidentReport::tr("Incident notes made by Runbook Assistant at %1.").arg(r.generatedAt)));
    for (const ReportSection &s : r.sections) {
        h += QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(esc(s.key), esc(s.title));
        bool inDetail = false;
        for (const ReportBlock &b : s.blocks) {
            if (bool want = b.indent > 0; want != inDetail) {
                h += want ? QStringLiteral("<div class=\"detail\">\n") : QStringLiteral("</div>\n");
                inDetail = want;
            }
            switch (b.kind) {
            case ReportBlock::Heading:
                h += QStringLiteral("<h%1>%2</h%1>\n").arg(qBound(3, b.level, 6)).arg(esc(b.text));
                break;
            case ReportBlock::Paragraph:
                h += QStringLiteral("<p class=\"%1\">%2</p>\n")
                         .arg(b.emphasis ? QStringLiteral("em") : b.indent ? QStringLiteral("evidence") : QStringLiteral("text"),
                              esc(b.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
                break;
            case ReportBlock::Fields:
                h += QStringLiteral("<table class=\"fields\">\n");
                for (const auto &f : b.fields)
                    h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n").arg(esc(f.first), esc(f.second));
                h += QStringLiteral("</table>\n");
                break;
            case ReportBlock::Step:
                h += QStringLiteral("<p class=\"step\">%1 %2<span class=\"meta\">%3</span></p>\n").arg(badge(b.mark), esc(b.text), esc(b.meta));
                break;
            case ReportBlock::Code:
                h += QStringLiteral("<pre>%1</pre>\n").arg(esc(b.text));
                break;
            case ReportBlock::Quote:
                h += QStringLiteral("<blockquote>%1</blockquote>\n").arg(esc(b.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
                break;
            case ReportBlock::Table: {
                h += QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
                for (const QString &c : b.columns)
                    h += QStringLiteral("<th>%1</th>").arg(esc(c));
                h += QStringLiteral("</tr>\n");
                for (const QStringList &row : b.rows) {
                    h += QStringLiteral("<tr>");
                    for (const QString &c : row)
                        h += QStringLiteral("<td>%1</td>").arg(esc(c));
                    h += QStringLiteral("</tr>\n");
                }
                h += QStringLiteral("</table>\n");
                if (!b.footnote.isEmpty())
                    h += QStringLiteral("<p class=\"em\">%1</p>\n").arg(esc(b.footnote));
                break;
            }
            case ReportBlock::Chart:
                h += QStringLiteral("<p class=\"chart\">%1 %2</p>\n").arg(sparklineSvg(b.series), esc(b.text));
                break;
            }
        }
        if (inDetail)
            h += QStringLiteral("</div>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return Redactor::redact(h);
}
