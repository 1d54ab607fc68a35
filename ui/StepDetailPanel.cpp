#include "StepDetailPanel.h"

#include "EvidenceView.h"
#include <QLineEdit>
#include <QGuiApplication>
#include <QFormLayout>
#include <QFontDatabase>
#include <QClipboard>
#include "incident/IncidentSession.h"
#include "secrets/Redactor.h"
#include "runbook/CodeText.h"

#include "ChecklistModel.h"
#include "runbook/Runbook.h"
#include "actions/StepKind.h"
#include "wiring/Wiring.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString entityLabel(EntityKind k)
{
    switch (k) {
    case EntityKind::Sql: return StepDetailPanel::tr("SQL");
    case EntityKind::EnvVar: return StepDetailPanel::tr("Environment variable");
    case EntityKind::ApiPath: return StepDetailPanel::tr("API path");
    case EntityKind::BlobPrefix: return StepDetailPanel::tr("Blob prefix");
    case EntityKind::Dashboard: return StepDetailPanel::tr("Dashboard");
    }
    return {};
}
} // namespace

StepDetailPanel::StepDetailPanel(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_text(new QLabel(this)), m_entities(new QLabel(this)), m_meta(new QLabel(this)),
      m_wired(new QLabel(this)), m_run(new QPushButton(this)),
      m_pending(new QToolButton(this)), m_done(new QToolButton(this)), m_skip(new QToolButton(this)), m_na(new QToolButton(this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("stepDetailPanel"));
    m_text->setObjectName(QStringLiteral("stepTextLabel"));
    m_text->setTextFormat(Qt::MarkdownText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entities->setObjectName(QStringLiteral("stepEntitiesLabel"));
    m_entities->setTextFormat(Qt::MarkdownText);
    m_entities->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("stepMetaLabel"));
    m_wired->setObjectName(QStringLiteral("wiringLabel"));
    m_wired->setWordWrap(true);
    m_wired->setTextFormat(Qt::MarkdownText);
    m_run->setObjectName(QStringLiteral("runActionButton"));
    m_run->hide();
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (const Step *st = m_model->stepAt(m_row))
            Q_EMIT runRequested(st->id);
    });
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    const struct
    {
        QToolButton *button;
        const char *name;
        QString text;
        StepState state;
    } buttons[] = {{m_pending, "pendingButton", tr("&Pending"), StepState::Pending},
                   {m_done, "doneButton", tr("&Done"), StepState::Done},
                   {m_skip, "skipButton", tr("S&kipped"), StepState::Skipped},
                   {m_na, "naButton", tr("N/&A"), StepState::NotApplicable}};
    auto *buttonRow = new QHBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QLatin1String(b.name));
        b.button->setText(b.text);
        b.button->setCheckable(true);
        b.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b.button, int(b.state));
        buttonRow->addWidget(b.button);
    }
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_meta);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_row >= 0)
            m_model->setState(m_row, StepState(id));
    });

    m_note->setObjectName(QStringLiteral("stepNoteEdit"));
    m_note->setPlaceholderText(tr("Note on this step — what you saw, what you did (stored as you type)"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(800);
    connect(&m_noteTimer, &QTimer::timeout, this, &StepDetailPanel::commitNote);
    // Keystrokes within 30 ms are stored together; the store writes on its own thread.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(30);
    connect(&m_draftTimer, &QTimer::timeout, this, &StepDetailPanel::saveDraft);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_note->hasFocus())
            return;
        m_noteTimer.start();
        if (!m_draftTimer.isActive())
            m_draftTimer.start();
    });

    m_commands = new QWidget(this);
    m_commands->setObjectName(QStringLiteral("stepCommands"));
    new QVBoxLayout(m_commands);
    m_commands->layout()->setContentsMargins(0, 0, 0, 0);
    m_commands->hide();
    if (IncidentSession *session = m_model->session())
        connect(session, &IncidentSession::incidentUpdated, this, &StepDetailPanel::updateCommands);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 4, 0, 0);
    l->addWidget(m_text);
    l->addWidget(m_commands);
    l->addWidget(m_entities);
    l->addWidget(m_wired);
    l->addWidget(m_run, 0, Qt::AlignLeft);
    l->addLayout(buttonRow);
    if (IncidentSession *session = m_model->session()) {
        m_evidence = new EvidenceView(session, this);
        l->addWidget(m_evidence);
    }
    l->addWidget(m_note, 1);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        if (m_row >= tl.row() && m_row <= br.row())
            refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setRow(-1); });
    setRow(-1);
}

void StepDetailPanel::setRow(int row)
{
    if (row != m_row)
        commitNote();
    m_row = row;
    m_note->blockSignals(true);
    m_note->setPlainText(m_model->index(row, ChecklistModel::NoteColumn).data(Qt::EditRole).toString());
    m_note->blockSignals(false);
    refresh();
}

void StepDetailPanel::refresh()
{
    const Step *st = m_model->stepAt(m_row);
    const bool editable = st && (m_model->flags(m_model->index(m_row, ChecklistModel::NumberColumn)) & Qt::ItemIsUserCheckable);
    const bool noteEditable = st && (m_model->flags(m_model->index(m_row, ChecklistModel::NoteColumn)) & Qt::ItemIsEditable);
    for (QToolButton *b : {m_pending, m_done, m_skip, m_na})
        b->setEnabled(editable);
    m_note->setReadOnly(!noteEditable);
    m_note->setEnabled(st != nullptr);
    if (m_evidence)
        m_evidence->setStep(st ? st->id : QString());
    QString wired;
    if (st && m_wiring) {
        const auto bindings = m_wiring->bindingsFor(st->id);
        if (bindings.isEmpty())
            wired = tr("**Wired to:** nothing yet");
        for (const Binding *b : bindings) {
            const Connector *c = m_profile && !b->connector.isEmpty() ? m_profile->connector(b->connector) : nullptr;
            QString what;
            switch (b->kind) {
            case BindingKind::Probe: what = tr("probe `%1` on %2").arg(b->type, b->connector); break;
            case BindingKind::Action: what = tr("action `%1` on %2 (%3)").arg(b->type, b->connector, b->params.value(QStringLiteral("risk"), QStringLiteral("write")).toString()); break;
            case BindingKind::Link: what = tr("dashboard %1").arg(c ? c->fields.value(QStringLiteral("url")) : b->connector); break;
            case BindingKind::Manual: what = tr("manual — %1").arg(b->reason); break;
            case BindingKind::Info: what = tr("info — %1").arg(b->reason); break;
            }
            if (c && c->coming)
                what += tr(" — *coming in this profile*");
            else if (m_profile && !b->connector.isEmpty() && !c)
                what += tr(" — *not wired in profile %1*").arg(m_profile->name);
            wired = tr("**Wired to:** %1").arg(what);
        }
    }
    m_wired->setText(wired);
    m_wired->setVisible(!wired.isEmpty());
    // SQL probes and actions run from here; the other kinds come with their clients.
    bool runnable = false;
    if (st && m_wiring)
        for (const Binding *b : m_wiring->bindingsFor(st->id)) {
            if (StepKinds::runnableOn(*b, m_profile)) {
                runnable = true;
                m_run->setText(b->kind == BindingKind::Probe ? tr("Run probe…") : tr("Preview and run…"));
            }
        }
    m_run->setVisible(runnable);
    if (!st) {
        showCommands(nullptr);
        m_text->setText(tr("*Select a step.*"));
        m_entities->clear();
        m_meta->clear();
        return;
    }
    m_text->setText(stepBody(*st));
    if (m_commandsOf != st->id)
        showCommands(st);
    else
        updateCommands();
    QStringList mentions;
    for (const StepEntity &e : st->entities)
        mentions.append(QStringLiteral("%1: `%2`").arg(entityLabel(e.kind), e.text));
    m_entities->setText(mentions.join(QStringLiteral(" · ")));
    m_entities->setVisible(!mentions.isEmpty());
    const auto state = StepState(m_model->index(m_row, 0).data(ChecklistModel::StateRole).toInt());
    for (auto [b, s] : {std::pair{m_pending, StepState::Pending}, std::pair{m_done, StepState::Done},
                        std::pair{m_skip, StepState::Skipped}, std::pair{m_na, StepState::NotApplicable}})
        b->setChecked(s == state);
    m_meta->setText(m_model->index(m_row, ChecklistModel::WhoColumn).data().toString());
    // Keep what the user is typing; take the stored note otherwise.
    const QString stored = m_model->index(m_row, ChecklistModel::NoteColumn).data(Qt::EditRole).toString();
    if (!m_note->hasFocus() && !m_noteTimer.isActive() && !m_draftTimer.isActive() && m_note->toPlainText() != stored) {
        m_note->blockSignals(true);
        m_note->setPlainText(stored);
        m_note->blockSignals(false);
    }
}

void StepDetailPanel::focusNote()
{
    if (m_row >= 0) {
        m_note->setFocus(Qt::ShortcutFocusReason);
        m_note->moveCursor(QTextCursor::End);
    }
}

void StepDetailPanel::saveDraft()
{
    m_draftTimer.stop();
    if (m_row >= 0 && !m_note->isReadOnly())
        m_model->saveNoteDraft(m_row, m_note->toPlainText());
}

void StepDetailPanel::commitNote()
{
    m_noteTimer.stop();
    m_draftTimer.stop();
    if (m_row < 0 || m_note->isReadOnly())
        return;
    // The session skips a note that is stored and already on the timeline.
    m_model->setNote(m_row, m_note->toPlainText());
}

bool StepDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitNote();
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Escape
            || ((ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) && ke->modifiers() & Qt::ControlModifier)) {
            commitNote();
            Q_EMIT leaveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StepDetailPanel::setWiring(const Wiring *wiring, const Profile *profile)
{
    m_wiring = wiring;
    m_profile = profile;
    refresh();
}

QHash<QString, QString> StepDetailPanel::variableValues() const
{
    return m_model->variableValues();
}

void StepDetailPanel::showCommands(const Step *st)
{
    m_commandsOf = st ? st->id : QString();
    qDeleteAll(m_commands->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *layout = static_cast<QVBoxLayout *>(m_commands->layout());
    const bool any = st && (!st->blocks.isEmpty() || !st->inlineCommands.isEmpty() || !st->variables.isEmpty());
    m_commands->setVisible(any);
    if (!any)
        return;
    IncidentSession *session = m_model->session();
    // The placeholders the step uses, set once for the incident (kept with it, shown in the export).
    if (!st->variables.isEmpty()) {
        auto *vars = new QWidget(m_commands);
        vars->setObjectName(QStringLiteral("stepVariables"));
        auto *form = new QFormLayout(vars);
        form->setContentsMargins(0, 0, 0, 0);
        const QHash<QString, QString> values = variableValues();
        for (const QString &name : st->variables) {
            auto *edit = new QLineEdit(vars);
            edit->setObjectName(QStringLiteral("variable_") + name);
            edit->setPlaceholderText(session && session->current() ? tr("value for this incident") : tr("start an incident to set it"));
            edit->setEnabled(session && session->canEdit());
            edit->setText(values.value(name));
            connect(edit, &QLineEdit::editingFinished, this, [this, edit, name] {
                IncidentSession *s = m_model->session();
                if (s && s->canEdit() && variableValues().value(name) != edit->text().trimmed())
                    s->setVariable(name, edit->text().trimmed());
                updateCommands();
            });
            form->addRow(QStringLiteral("<code>%1</code>").arg(name.toHtmlEscaped()), edit);
        }
        layout->addWidget(vars);
    }
    // The code blocks, then the commands its text gives inline: each with Copy.
    const QList<CodeBlock> commands = st->blocks + st->inlineCommands;
    for (int i = 0; i < commands.size(); ++i) {
        const CodeBlock &block = commands.at(i);
        const bool inlined = i >= st->blocks.size();
        auto *box = new QWidget(m_commands);
        box->setObjectName(QStringLiteral("commandBox"));
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *head = new QHBoxLayout;
        auto *lang = new QLabel(inlined ? tr("%1 (in the text)").arg(block.language) : block.language.isEmpty() ? tr("code") : block.language, box);
        lang->setForegroundRole(QPalette::PlaceholderText);
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setObjectName(QStringLiteral("copyCommandButton"));
        copy->setToolTip(block.language == QStringLiteral("shell") ? tr("Copy the commands (without prompts and output), with the variables filled in")
                                                                  : tr("Copy, with the variables filled in"));
        head->addWidget(lang);
        head->addStretch(1);
        head->addWidget(copy);
        v->addLayout(head);
        auto *text = new QPlainTextEdit(box);
        text->setObjectName(QStringLiteral("commandText"));
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setProperty("block", i);
        const int lines = int(std::min<qsizetype>(8, block.text.count(QLatin1Char('\n')) + 1));
        text->setFixedHeight(text->fontMetrics().lineSpacing() * lines + 12);
        v->addWidget(text);
        connect(copy, &QPushButton::clicked, this, [this, block] {
            // What goes to the clipboard passes the redactor, like every message.
            QGuiApplication::clipboard()->setText(Redactor::redact(CodeText::forCopy(block.text, block.language, variableValues())));
        });
        layout->addWidget(box);
    }
    updateCommands();
}

QString StepDetailPanel::stepBody(const Step &st) const
{
    QString body = (st.number.isEmpty() ? QString() : QStringLiteral("**%1.** ").arg(st.number)) + m_model->shownText(st);
    for (const QString &sub : st.subItems)
        body += QStringLiteral("\n- ") + sub;
    if (!st.details.isEmpty())
        body += QStringLiteral("\n\n") + st.details;
    return body;
}

void StepDetailPanel::updateCommands()
{
    const Step *st = m_model->stepAt(m_row);
    if (!st || st->id != m_commandsOf)
        return;
    const QHash<QString, QString> values = variableValues();
    if (const QString body = stepBody(*st); m_text->text() != body)
        m_text->setText(body); // its text shows the values once they are set
    const QList<CodeBlock> commands = st->blocks + st->inlineCommands;
    for (QPlainTextEdit *text : m_commands->findChildren<QPlainTextEdit *>(QStringLiteral("commandText"))) {
        const int i = text->property("block").toInt();
        if (i >= 0 && i < commands.size()) {
            const QString shown = CodeText::forCopy(commands.at(i).text, QString(), values); // as written, variables filled
            if (text->toPlainText() != shown)
                text->setPlainText(shown);
        }
    }
    IncidentSession *session = m_model->session();
    for (QLineEdit *edit : m_commands->findChildren<QLineEdit *>()) {
        const QString name = edit->objectName().mid(9);
        edit->setEnabled(session && session->canEdit());
        if (!edit->hasFocus())
            edit->setText(values.value(name));
    }
}
