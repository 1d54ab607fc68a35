#pragma once
// Inside core/wiring only: the reader of a wiring file's YAML, whose parts live
// in WiringLoader.cpp (profiles, connectors, bindings) and WiringMetrics.cpp
// (metrics). Messages carry FILE:LINE:COLUMN through the YAML marks.
#include "logs/LogQueryParser.h"
#include "wiring/Wiring.h"

#include <QCoreApplication>
#include <optional>

#include <yaml-cpp/yaml.h>

namespace WiringRead {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(WiringLoader)

public:
    Reader(Wiring &w, const Runbook *rb) : m_w(w), m_rb(rb) {}

    void read(const YAML::Node &root);

private:
    void msg(const YAML::Node &n, const QString &text, WiringMessage::Level level = WiringMessage::Error)
    {
        const YAML::Mark m = n.Mark();
        m_w.messages.append({level, m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0, text, m_target});
    }
    bool expectMap(const YAML::Node &n, const QString &where)
    {
        if (n.IsMap())
            return true;
        msg(n, tr("%1: expected a mapping").arg(where));
        return false;
    }
    std::optional<QString> scalar(const YAML::Node &n, const QString &where)
    {
        if (!n.IsScalar()) {
            msg(n, tr("%1: expected a text value").arg(where));
            return std::nullopt;
        }
        return qs(n.Scalar());
    }
    void readProfile(const QString &name, const YAML::Node &n, const YAML::Node &keyNode);
    void readConnector(Profile &p, const QString &name, const YAML::Node &n, const YAML::Node &keyNode);
    void readBinding(const QString &target, const YAML::Node &n, const YAML::Node &keyNode);
    void readMetric(const QString &id, const YAML::Node &n, const YAML::Node &keyNode);
    QList<MetricTerm> readTerms(const YAML::Node &n, const QString &where);
    // A log query (Datadog syntax) that does not parse is an error here, not when it runs.
    void checkQuery(const YAML::Node &n, const QString &where)
    {
        if (const auto q = LogQueryParser::parse(qs(n.Scalar())); !q)
            msg(n, tr("%1: query: %2").arg(where, q.error()));
    }
    void checkNoLiteralSecrets(const YAML::Node &n, const QString &where);

    Wiring &m_w;
    const Runbook *m_rb;
    QString m_target; // while reading a binding
};

} // namespace WiringRead
