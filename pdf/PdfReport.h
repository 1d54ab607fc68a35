#pragma once
// PdfReport: the incident report as an A4 PDF, from the same HTML the HTML
// export writes (sparklines drawn as images: QTextDocument draws no SVG).
// Needs a QGuiApplication (any platform, offscreen included).
#include "base/Result.h"
#include "report/IncidentReport.h"

#include <memory>

class QTextDocument;

namespace PdfReport {
// Written through a temporary file and renamed: a failure leaves no half file.
Status write(const IncidentReport &report, const QString &path);
// The laid-out document (A4 pages), for a preview.
std::unique_ptr<QTextDocument> document(const IncidentReport &report);
} // namespace PdfReport
