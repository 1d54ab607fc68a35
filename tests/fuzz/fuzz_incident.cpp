// Any bytes as an exported incident (incident import): refused with its place
// or read; what is read is rendered as the report in every text format.
#include "FuzzTargets.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"

#include <QFile>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Runbook rb = [] {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        f.open(QIODevice::ReadOnly);
        return RunbookParser::parse(f.readAll(), f.fileName());
    }();
    const auto inc = ReportWriter::readJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!inc)
        return 0;
    const IncidentReport report = IncidentReport::build(inc.value(), rb);
    (void)ReportWriter::markdown(report);
    (void)ReportWriter::html(report);
    (void)QJsonDocument(ReportWriter::json(inc.value(), rb)).toJson();
    return 0;
}
