#include "SectionListModel.h"

#include "incident/IncidentSession.h"
#include "metrics/MetricEvaluator.h"
#include "MetricsModel.h"
#include "runbook/Runbook.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QPainter>
#include <QPixmap>

SectionListModel::SectionListModel(IncidentSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &IncidentSession::currentChanged, this, &SectionListModel::progressChanged);
    connect(session, &IncidentSession::incidentUpdated, this, &SectionListModel::progressChanged);
    connect(session, &IncidentSession::stepChanged, this, &SectionListModel::progressChanged);
}

void SectionListModel::setRunbook(const Runbook *runbook)
{
    beginResetModel();
    m_runbook = runbook;
    endResetModel();
}

void SectionListModel::setEvaluation(const std::optional<Evaluation> &evaluation)
{
    m_eval = evaluation ? std::make_shared<Evaluation>(*evaluation) : nullptr;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

namespace {
QIcon severityIcon(Severity s)
{
    static QHash<int, QIcon> cache;
    if (cache.contains(int(s)))
        return cache.value(int(s));
    const QColor c = s == Severity::Critical ? QColor(0xc5, 0x30, 0x30) : s == Severity::Warning ? QColor(0xd6, 0x9e, 0x2e)
                     : s == Severity::Ok ? QColor(0x2f, 0x85, 0x5a) : QColor(0x88, 0x88, 0x88);
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(2, 2, 12, 12));
    p.end();
    cache.insert(int(s), QIcon(pm));
    return cache.value(int(s));
}
} // namespace

void SectionListModel::progressChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runbook ? 0 : int(m_runbook->sections.size());
}

int SectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SectionListModel::rowOf(const QString &sectionId) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_runbook->sections.at(i).id == sectionId)
            return i;
    return -1;
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_runbook)
        return {};
    const Section &s = m_runbook->sections.at(index.row());
    int handled = 0;
    if (const auto &inc = m_session->current())
        for (const Step &st : s.steps)
            handled += inc->step(st.id).state != StepState::Pending;
    const int total = int(s.steps.size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return s.group.isEmpty() ? s.displayTitle() : s.title;
        if (index.column() == SeverityColumn) {
            // The badge: colour and text, never colour alone.
            if (!m_eval || !m_eval->sectionJudged(s.id))
                return {};
            const Severity sev = m_eval->sectionSeverity(s.id);
            return sev == Severity::Critical ? tr("CRIT") : sev == Severity::Warning ? tr("WARN") : sev == Severity::Ok ? tr("OK") : tr("?");
        }
        return total > 0 ? tr("%1/%2").arg(handled).arg(total) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SeverityColumn && m_eval && m_eval->sectionJudged(s.id)) {
            QStringList lines;
            for (const RuleEvaluation &r : m_eval->rules)
                if (r.sectionId == s.id)
                    lines.append(tr("%1 %2: %3%4").arg(r.metric, r.window, MetricsModel::severityText(r.severity),
                                                        r.reason.isEmpty() ? QString() : QStringLiteral(" — ") + r.reason));
            return lines.join(QLatin1Char('\n'));
        }
        {
            // The whole title (a narrow list wraps or elides it), and how far its steps are.
            const QString title = s.group.isEmpty() ? s.displayTitle() : tr("%1 — %2").arg(s.group, s.title);
            return total > 0 ? title + QLatin1Char('\n') + tr("%1 of %2 steps handled").arg(handled).arg(total) : title;
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && m_eval && m_eval->sectionJudged(s.id))
            return severityIcon(m_eval->sectionSeverity(s.id));
        if (index.column() != TitleColumn)
            return {};
        if (total > 0 && handled == total)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        switch (s.kind) {
        case SectionKind::Monitoring: return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        case SectionKind::Procedure: return QApplication::style()->standardIcon(QStyle::SP_CommandLink);
        case SectionKind::Reading: return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        case SectionKind::Other: return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (total > 0 && handled == total) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SectionIdRole: return s.id;
    case HandledRole: return handled;
    case TotalRole: return total;
    default: return {};
    }
}

QVariant SectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Section") : section == SeverityColumn ? tr("Status") : tr("Done");
}
