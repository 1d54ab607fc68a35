// The report model painted straight onto A4 pages: each block is laid out
// with QTextLayout at the width it gets and its lines are placed one after
// another, a new page where the next line (or table row) no longer fits.
// Nothing is laid out twice and nothing waits for the whole document, so the
// time grows with the text, not with its square (a 10,000-line timeline
// through one QTextDocument took 24 s; see README "Performance").
#include "PdfReport.h"

#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>

namespace {
const QColor Ink(0x1d, 0x21, 0x25);
const QColor Muted(0x5f, 0x6b, 0x7a);
const QColor Rule(0xc9, 0xce, 0xd4);
const QColor HeaderFill(0xee, 0xf1, 0xf4);
const QColor CodeFill(0xf3, 0xf5, 0xf7);
const QColor Chart(0x2c, 0x6f, 0xbb);

QColor badgeColor(const QString &mark)
{
    if (mark == QLatin1String("done"))
        return QColor(0x1f, 0x7a, 0x3a);
    if (mark == QLatin1String("skipped"))
        return QColor(0xa8, 0x62, 0x00);
    if (mark == QLatin1String("n/a"))
        return QColor(0x6b, 0x77, 0x85);
    return QColor(0xc4, 0xca, 0xd1);
}

// Line breaks inside a paragraph are QTextLayout's line separators. Every
// text passes the redactor once more (a secret registered after the report was built).
QString layoutText(const QString &s)
{
    QString t = Redactor::redact(s);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return t;
}

class Pages
{
public:
    explicit Pages(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_width = writer.width();
        m_footer = pt(14);
        m_bottom = writer.height() - m_footer;
        m_body = font(9);
        m_small = font(8.5);
        m_mono = QFont(QStringLiteral("DejaVu Sans Mono"));
        m_mono.setPointSizeF(8.5);
        m_mono.setStyleHint(QFont::Monospace);
    }

    ~Pages() { finish(); }
    void finish()
    {
        if (!m_painter.isActive())
            return;
        footer();
        m_painter.end();
    }
    bool ok() const { return m_ok; }

    double pt(double points) const { return points * m_writer.resolution() / 72.0; }
    QFont font(double size, bool bold = false, bool italic = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    void space(double points) { m_y += pt(points); }
    // Starts a new page unless `height` still fits (or the page is empty).
    void keep(double height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    // A laid-out text at (`x`, width), its lines placed one under the other
    // from the current position on, across pages.
    struct Text
    {
        std::shared_ptr<QTextLayout> layout;
        double height = 0;
    };
    Text layOut(const QString &text, const QFont &f, double width, QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere,
                const QList<QTextLayout::FormatRange> &formats = {}) const
    {
        Text t;
        t.layout = std::make_shared<QTextLayout>(layoutText(text), f, &m_writer);
        QTextOption o;
        o.setWrapMode(wrap);
        t.layout->setTextOption(o);
        if (!formats.isEmpty())
            t.layout->setFormats(formats);
        t.layout->setCacheEnabled(true);
        t.layout->beginLayout();
        double y = 0;
        for (QTextLine line = t.layout->createLine(); line.isValid(); line = t.layout->createLine()) {
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        t.layout->endLayout();
        t.height = y;
        return t;
    }

    // Draws every line of `t` at x, a new page wherever the next one does not fit.
    // `before(lineRect)` paints behind a line (a code block's background, a quote's bar).
    void flow(const Text &t, double x, QColor color, const std::function<void(const QRectF &)> &before = {})
    {
        for (int i = 0; i < t.layout->lineCount(); ++i) {
            const QTextLine line = t.layout->lineAt(i);
            keep(line.height());
            if (before)
                before(QRectF(x, m_y, line.naturalTextWidth(), line.height()));
            m_painter.setPen(color); // after keep() and before(): a new page's footer and a background set their own
            line.draw(&m_painter, QPointF(x, m_y - line.y()));
            m_y += line.height();
        }
    }
    // All of `t` at (x, y) on this page, no breaks (a table cell, a label).
    void place(const Text &t, double x, double y, QColor color)
    {
        m_painter.setPen(color);
        t.layout->draw(&m_painter, QPointF(x, y));
    }

    // Table rules and header fills of this page, drawn in one call each when the page is done.
    void rule(const QLineF &l) { m_grid.push_back(l); }
    QPainter &painter() { return m_painter; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    double width() const { return m_width; }
    double bottom() const { return m_bottom; }
    const QFont &body() const { return m_body; }
    const QFont &small() const { return m_small; }
    const QFont &mono() const { return m_mono; }

    void newPage()
    {
        footer();
        if (!m_writer.newPage())
            m_ok = false;
        ++m_page;
        m_y = 0;
    }

private:
    // The page number, last on its page (so text extraction reads it after the page's text).
    void footer()
    {
        if (!m_grid.empty()) {
            m_painter.setPen(QPen(Rule, pt(0.5)));
            m_painter.drawLines(m_grid.data(), int(m_grid.size()));
            m_grid.clear();
        }
        m_painter.setFont(m_small);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(0, m_bottom, m_width, m_footer), Qt::AlignHCenter | Qt::AlignBottom, QString::number(m_page));
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    double m_width = 0, m_bottom = 0, m_footer = 0, m_y = 0;
    int m_page = 1;
    bool m_ok = true;
    QFont m_body, m_small, m_mono;
    std::vector<QLineF> m_grid;
};

void heading(Pages &pg, const QString &text, double size, bool rule, QColor color, double above, double below)
{
    pg.space(above);
    const auto t = pg.layOut(text, pg.font(size, true), pg.width());
    // Kept with what follows: the heading and about three lines after it.
    pg.keep(t.height + pg.pt(40));
    pg.flow(t, 0, color);
    if (rule) {
        pg.painter().setPen(QPen(Rule, pg.pt(0.75)));
        pg.painter().drawLine(QPointF(0, pg.y() + pg.pt(1.5)), QPointF(pg.width(), pg.y() + pg.pt(1.5)));
        pg.space(2);
    }
    pg.space(below);
}

// Column widths: each column's natural width (from the header and the first
// rows) when they fit; else every column gets its fair share and the wide ones
// share what is left in proportion to how much more they want.
QList<double> columnWidths(Pages &pg, const ReportBlock &b, double available, double padding)
{
    const int n = int(b.columns.size());
    QList<double> natural(n, 0);
    const QFontMetricsF boldM(pg.font(8.5, true), pg.painter().device());
    const QFontMetricsF plainM(pg.small(), pg.painter().device());
    for (int c = 0; c < n; ++c)
        natural[c] = boldM.horizontalAdvance(b.columns.at(c));
    const qsizetype sample = std::min<qsizetype>(b.rows.size(), 200);
    for (qsizetype r = 0; r < sample; ++r)
        for (int c = 0; c < n && c < b.rows.at(r).size(); ++c) {
            const QString &cell = b.rows.at(r).at(c);
            natural[c] = std::max(natural[c], plainM.horizontalAdvance(cell.size() > 400 ? cell.left(400) : cell));
        }
    for (double &w : natural)
        w += 2 * padding + 1;
    double total = 0;
    for (double w : natural)
        total += w;
    if (total <= available)
        return natural;
    const double fair = available / n;
    QList<double> out(n, 0);
    double left = available, want = 0;
    for (int c = 0; c < n; ++c) {
        out[c] = std::min(natural[c], fair);
        left -= out[c];
        want += natural[c] - out[c];
    }
    for (int c = 0; c < n; ++c)
        if (want > 0)
            out[c] += left * (natural[c] - out[c]) / want;
    return out;
}

void table(Pages &pg, const ReportBlock &b, double x0)
{
    if (b.columns.isEmpty())
        return;
    const double pad = pg.pt(3), available = pg.width() - x0;
    const QList<double> widths = columnWidths(pg, b, available, pad);
    const QFont headFont = pg.font(8.5, true);
    QPainter &p = pg.painter();

    auto layOutRow = [&](const QStringList &cells, const QFont &f) {
        std::vector<Pages::Text> laid;
        double h = 0;
        for (int c = 0; c < widths.size(); ++c) {
            laid.push_back(pg.layOut(cells.value(c), f, widths.at(c) - 2 * pad));
            h = std::max(h, laid.back().height);
        }
        h += 2 * pad;
        return std::make_pair(std::move(laid), h);
    };
    auto paintRow = [&](const std::vector<Pages::Text> &laid, double h, bool header) {
        const double y = pg.y();
        double total = 0;
        for (double w : widths)
            total += w;
        if (header) {
            p.fillRect(QRectF(x0, y, total, h), HeaderFill);
            pg.rule(QLineF(x0, y, x0 + total, y));
        }
        pg.rule(QLineF(x0, y + h, x0 + total, y + h));
        double x = x0;
        pg.rule(QLineF(x, y, x, y + h));
        for (size_t c = 0; c < laid.size(); ++c) {
            pg.place(laid[c], x + pad, y + pad, Ink);
            x += widths.at(int(c));
            pg.rule(QLineF(x, y, x, y + h));
        }
        pg.setY(y + h);
    };
    const auto [head, headH] = layOutRow(b.columns, headFont);
    pg.keep(headH * 2.5);
    paintRow(head, headH, true);
    bool headerDue = false;
    for (const QStringList &row : b.rows) {
        auto [laid, h] = layOutRow(row, pg.small());
        if (headH + h > pg.bottom()) {
            // A row taller than a page: its cells one under another, "column: value", across pages.
            for (int c = 0; c < b.columns.size(); ++c) {
                const auto t = pg.layOut(b.columns.at(c) + QStringLiteral(": ") + row.value(c), pg.small(), available - 2 * pad);
                pg.flow(t, x0 + pad, Ink);
            }
            pg.space(2);
            headerDue = true; // the rows after it get the header again
            continue;
        }
        if (pg.y() + (headerDue ? headH : 0) + h > pg.bottom()) {
            pg.newPage();
            headerDue = true;
        }
        if (headerDue) {
            paintRow(layOutRow(b.columns, headFont).first, headH, true); // the header again on the new page
            headerDue = false;
        }
        paintRow(laid, h, false);
    }
}

void sparkline(Pages &pg, const ReportBlock &b, double x0)
{
    const double w = pg.pt(120), h = pg.pt(24);
    const auto caption = pg.layOut(b.text, pg.small(), pg.width() - x0 - w - pg.pt(8));
    const double rowH = std::max(h, caption.height);
    pg.keep(rowH);
    const double y = pg.y();
    if (b.series.size() >= 2) {
        const auto [lo, hi] = std::minmax_element(b.series.begin(), b.series.end());
        const double span = *hi > *lo ? *hi - *lo : 1.0;
        QPainterPath path;
        for (int i = 0; i < b.series.size(); ++i) {
            const double v = std::isfinite(b.series.at(i)) ? b.series.at(i) : *lo;
            const QPointF pt(x0 + 1 + (w - 2) * i / (b.series.size() - 1), y + h - 1 - (h - 2) * (v - *lo) / span);
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        pg.painter().setPen(QPen(Chart, pg.pt(1.1)));
        pg.painter().setBrush(Qt::NoBrush);
        pg.painter().drawPath(path);
    }
    pg.place(caption, x0 + w + pg.pt(8), y + (rowH - caption.height) / 2, Muted);
    pg.setY(y + rowH);
}

void block(Pages &pg, const ReportBlock &b)
{
    const double x0 = b.indent > 0 ? pg.pt(21) : 0, width = pg.width() - x0;
    QPainter &p = pg.painter();
    switch (b.kind) {
    case ReportBlock::Heading:
        heading(pg, b.text, b.level <= 3 ? 11 : 10, false, b.level <= 3 ? Ink : QColor(0x44, 0x54, 0x6a), b.level <= 3 ? 9 : 6, 3);
        break;
    case ReportBlock::Paragraph: {
        const auto t = pg.layOut(b.text, b.emphasis ? pg.font(9, false, true) : pg.body(), width);
        pg.space(2);
        pg.flow(t, x0, b.emphasis ? Muted : b.indent ? QColor(0x24, 0x34, 0x47) : Ink);
        pg.space(2);
        break;
    }
    case ReportBlock::Fields: {
        QFontMetricsF m(pg.font(9, true), p.device());
        double labelW = 0;
        for (const auto &f : b.fields)
            labelW = std::max(labelW, m.horizontalAdvance(f.first));
        labelW = std::min(labelW + pg.pt(10), width * 0.35);
        pg.space(2);
        for (const auto &f : b.fields) {
            const auto label = pg.layOut(f.first, pg.font(9, true), labelW - pg.pt(10));
            const auto value = pg.layOut(f.second, pg.body(), width - labelW);
            pg.keep(std::min(value.height, label.layout->lineCount() ? label.layout->lineAt(0).height() * 2 : 0.0));
            const double top = pg.y();
            pg.place(label, x0, top, Ink);
            pg.flow(value, x0 + labelW, Ink);
            pg.setY(std::max(pg.y(), top + label.height) + pg.pt(1));
        }
        pg.space(2);
        break;
    }
    case ReportBlock::Step: {
        const QFont badgeFont = pg.font(7, true);
        const QString mark = b.mark.toUpper();
        const double badgeW = QFontMetricsF(badgeFont, p.device()).horizontalAdvance(mark) + pg.pt(6);
        const QString text = b.text + b.meta;
        QTextLayout::FormatRange meta;
        meta.start = int(b.text.size());
        meta.length = int(b.meta.size());
        meta.format.setForeground(Muted);
        meta.format.setFontPointSize(8.5);
        const auto t = pg.layOut(text, pg.body(), width - badgeW - pg.pt(5), QTextOption::WrapAtWordBoundaryOrAnywhere, {meta});
        pg.space(4);
        const double firstLine = t.layout->lineCount() ? t.layout->lineAt(0).height() : pg.pt(11);
        pg.keep(firstLine);
        const QRectF badge(x0, pg.y() + pg.pt(1.5), badgeW, firstLine - pg.pt(3));
        p.fillRect(badge, badgeColor(b.mark));
        p.setFont(badgeFont);
        p.setPen(b.mark == QLatin1String("pending") ? Ink : Qt::white);
        p.drawText(badge, Qt::AlignCenter, mark);
        pg.flow(t, x0 + badgeW + pg.pt(5), Ink);
        pg.space(1);
        break;
    }
    case ReportBlock::Code: {
        const double pad = pg.pt(4);
        const auto t = pg.layOut(b.text, pg.mono(), width - 2 * pad);
        pg.space(3);
        pg.flow(t, x0 + pad, Ink, [&](const QRectF &line) { p.fillRect(QRectF(x0, line.top(), width, line.height()), CodeFill); });
        pg.space(3);
        break;
    }
    case ReportBlock::Quote: {
        const auto t = pg.layOut(b.text, pg.body(), width - pg.pt(11));
        pg.space(3);
        pg.flow(t, x0 + pg.pt(11), QColor(0x33, 0x3d, 0x47), [&](const QRectF &line) {
            p.fillRect(QRectF(x0, line.top(), pg.pt(2.5), line.height()), Rule);
        });
        pg.space(3);
        break;
    }
    case ReportBlock::Table:
        pg.space(4);
        table(pg, b, x0);
        if (!b.footnote.isEmpty()) {
            pg.space(2);
            pg.flow(pg.layOut(b.footnote, pg.font(9, false, true), width), x0, Muted);
        }
        pg.space(4);
        break;
    case ReportBlock::Chart:
        pg.space(3);
        sparkline(pg, b, x0);
        pg.space(3);
        break;
    }
}
} // namespace

Status PdfReport::write(const IncidentReport &report, const QString &path, const Progress &progress)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("PdfReport", s); };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("a PDF needs the graphical part of Qt (no QGuiApplication)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    bool ok = true, cancelled = false;
    int total = 0, done = 0;
    for (const ReportSection &s : report.sections)
        total += int(s.blocks.size());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Runbook Assistant"));
        Pages pg(writer);
        heading(pg, report.title, 18, false, Ink, 0, 1);
        pg.flow(pg.layOut(IncidentReport::tr("Incident notes made by Runbook Assistant at %1.").arg(report.generatedAt), pg.small(), pg.width()), 0, Muted);
        for (const ReportSection &s : report.sections) {
            if (cancelled)
                break;
            heading(pg, s.title, 13, true, Ink, 14, 4);
            for (const ReportBlock &b : s.blocks) {
                block(pg, b);
                if (progress && !progress(++done, total)) {
                    cancelled = true;
                    break;
                }
            }
        }
        pg.finish();
        ok = pg.ok();
    }
    if (cancelled) {
        file.cancelWriting();
        return Status::failure(tr("cancelled; %1 was not written").arg(path));
    }
    if (!ok)
        return Status::failure(tr("cannot write %1: a page could not be added").arg(path));
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
