#pragma once
// PdfReport: the incident report as an A4 PDF, painted from the report model
// page by page (headings kept with what follows, table headers repeated on
// each page, sparklines as vector paths, page numbers). Needs a
// QGuiApplication (any platform, offscreen included).
#include "base/Result.h"
#include "report/IncidentReport.h"

#include <functional>


namespace PdfReport {
// Written through a temporary file and renamed: a failure leaves no half file.
// `progress(done, total)` after each block of the report; returning false
// cancels (nothing is written).
using Progress = std::function<bool(int done, int total)>;
Status write(const IncidentReport &report, const QString &path, const Progress &progress = {});
} // namespace PdfReport
