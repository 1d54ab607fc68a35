#include "ChecklistModel.h"

#include "incident/IncidentSession.h"
#include "runbook/CodeText.h"
#include "runbook/Runbook.h"
#include "base/TextUtil.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>

ChecklistModel::ChecklistModel(IncidentSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &IncidentSession::stepChanged, this, &ChecklistModel::onStepChanged);
    connect(session, &IncidentSession::currentChanged, this, &ChecklistModel::onAllChanged);
    connect(session, &IncidentSession::incidentUpdated, this, &ChecklistModel::onAllChanged);
}

void ChecklistModel::setSection(const Section *section)
{
    beginResetModel();
    m_section = section;
    endResetModel();
}

const Step *ChecklistModel::stepAt(int row) const
{
    if (!m_section || row < 0 || row >= m_section->steps.size())
        return nullptr;
    return &m_section->steps.at(row);
}

QHash<QString, QString> ChecklistModel::variableValues() const
{
    QHash<QString, QString> values;
    if (const auto &inc = m_session->current())
        for (auto it = inc->variables.cbegin(); it != inc->variables.cend(); ++it)
            values.insert(it.key(), it.value());
    return values;
}

QString ChecklistModel::shownText(const Step &st) const
{
    // Painting asks for every row: a step without placeholders, or an incident without values, is its text.
    const auto &inc = m_session->current();
    if (st.variables.isEmpty() || !inc || inc->variables.isEmpty())
        return st.text;
    return CodeText::fillInline(st.text, variableValues());
}

int ChecklistModel::rowOf(const QString &stepId) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_section->steps.at(i).id == stepId)
            return i;
    return -1;
}

void ChecklistModel::onStepChanged(const QString &stepId)
{
    const int row = rowOf(stepId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChecklistModel::onAllChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_section ? 0 : int(m_section->steps.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending: return tr("Pending");
    case StepState::Done: return tr("Done");
    case StepState::Skipped: return tr("Skipped");
    case StepState::NotApplicable: return tr("N/A");
    }
    return {};
}

QString ChecklistModel::stepLabel(int row) const
{
    const Step *st = stepAt(row);
    if (!st)
        return {};
    return m_section->displayTitle() + QStringLiteral(" / ") + (st->number.isEmpty() ? QString::number(row + 1) : st->number);
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &st = m_section->steps.at(index.row());
    const auto &inc = m_session->current();
    const StepRecord rec = inc ? inc->step(st.id) : StepRecord{};
    const bool changed = !rec.textHash.isEmpty() && rec.textHash != st.textHash;
    const auto shownPlain = [this](const Step &step) {
        const QString t = shownText(step);
        return t == step.text ? step.plainText : TextUtil::stripInlineMarkdown(t);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn: return st.number.isEmpty() ? QStringLiteral("•") : st.number + QLatin1Char('.');
        case TextColumn: return shownPlain(st);
        case StateColumn: return stateText(rec.state);
        case NoteColumn: return role == Qt::DisplayRole ? QString(rec.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) : rec.note;
        case WhoColumn:
            if (rec.actor.isEmpty())
                return QString();
            // Today's changes show the time only; older ones the date too. Who over when: a narrow column.
            return tr("%1\n%2").arg(rec.actor, rec.changedAt.toLocalTime().date() == QDate::currentDate()
                                                    ? QLocale().toString(rec.changedAt.toLocalTime().time(), QLocale::ShortFormat)
                                                    : QLocale().toString(rec.changedAt.toLocalTime(), QLocale::ShortFormat));
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() != NumberColumn)
            return {};
        return rec.state == StepState::Done ? Qt::Checked : rec.state == StepState::Pending ? Qt::Unchecked : Qt::PartiallyChecked;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && changed)
            return rec.text.isEmpty() || rec.text == st.plainText ? tr("This step's text changed since it was recorded.")
                                                                  : tr("This step's text changed since it was recorded; it read: %1").arg(rec.text);
        if (index.column() == NoteColumn && !rec.note.isEmpty())
            return rec.note;
        return index.column() == TextColumn ? shownPlain(st) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == TextColumn && changed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (rec.state == StepState::Skipped || rec.state == StepState::NotApplicable)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NumberColumn)
            return tr("Step %1, %2").arg(st.number.isEmpty() ? QString::number(index.row() + 1) : st.number, stateText(rec.state));
        return {};
    case GroupHeaderRole: {
        const bool opens = !st.group.isEmpty() && (index.row() == 0 || m_section->steps.at(index.row() - 1).group != st.group);
        return opens ? st.group : QString();
    }
    case MarkdownRole: {
        // The first step of a group carries the group's header; a command step says what it runs.
        QString md = shownText(st);
        if (!st.blocks.isEmpty() && st.type != StepType::Check)
            md += QStringLiteral(" `%1`").arg(st.blocks.first().language.isEmpty() ? tr("code") : st.blocks.first().language);
        const bool opens = !st.group.isEmpty() && (index.row() == 0 || m_section->steps.at(index.row() - 1).group != st.group);
        return opens ? QStringLiteral("**▸ %1**\n\n%2").arg(st.group, md) : md;
    }
    case StepIdRole: return st.id;
    case StateRole: return int(rec.state);
    case TextChangedRole: return changed;
    default: return {};
    }
}

bool ChecklistModel::setState(int row, StepState state)
{
    const Step *st = stepAt(row);
    if (!st || !m_session->canEdit() || !m_session->current()->isOpen())
        return false;
    m_session->setStepState(*st, state, stepLabel(row));
    return true;
}

bool ChecklistModel::setNote(int row, const QString &note)
{
    const Step *st = stepAt(row);
    if (!st || !m_session->canEdit())
        return false;
    m_session->setStepNote(*st, note, stepLabel(row));
    return true;
}

bool ChecklistModel::saveNoteDraft(int row, const QString &note)
{
    const Step *st = stepAt(row);
    if (!st || !m_session->canEdit())
        return false;
    m_session->saveStepNoteDraft(*st, note);
    return true;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == NumberColumn && role == Qt::CheckStateRole)
        return setState(index.row(), value.value<Qt::CheckState>() == Qt::Checked ? StepState::Done : StepState::Pending);
    if (index.column() == NoteColumn && role == Qt::EditRole)
        return setNote(index.row(), value.toString());
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool editable = m_session->canEdit() && m_session->current()->isOpen();
    if (index.column() == NumberColumn && editable)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == NoteColumn && m_session->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case TextColumn: return tr("Step");
    case StateColumn: return tr("State");
    case NoteColumn: return tr("Note");
    case WhoColumn: return tr("By");
    }
    return {};
}
