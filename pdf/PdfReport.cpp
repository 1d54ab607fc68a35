#include "PdfReport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace {
// A sparkline at 4× its CSS size, so it stays sharp on paper.
QImage sparkline(const QList<double> &series)
{
    constexpr int W = 160 * 4, H = 32 * 4;
    QImage img(W, H, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    if (series.size() < 2)
        return img;
    const auto [lo, hi] = std::minmax_element(series.begin(), series.end());
    const double span = *hi > *lo ? *hi - *lo : 1.0;
    QPainterPath path;
    for (int i = 0; i < series.size(); ++i) {
        const QPointF p(4.0 + (W - 8.0) * i / (series.size() - 1), H - 4.0 - (H - 8.0) * (series.at(i) - *lo) / span);
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x2c, 0x6f, 0xbb), 6));
    painter.drawPath(path);
    return img;
}
} // namespace

std::unique_ptr<QTextDocument> PdfReport::document(const IncidentReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    int n = 0;
    for (const ReportSection &s : report.sections)
        for (const ReportBlock &b : s.blocks)
            if (b.kind == ReportBlock::Chart)
                doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(n++)), sparkline(b.series));
    doc->setHtml(ReportWriter::html(report, ReportWriter::Charts::ImageResources));
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return doc;
}

Status PdfReport::write(const IncidentReport &report, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(QCoreApplication::translate("PdfReport", "a PDF needs the graphical part of Qt (no QGuiApplication)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("PdfReport", "cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Runbook Assistant"));
        const auto doc = document(report);
        doc->print(&writer);
    }
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("PdfReport", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
