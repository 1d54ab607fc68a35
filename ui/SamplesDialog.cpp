#include "SamplesDialog.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The sample events as a table.
class SamplesModel : public QAbstractTableModel
{
public:
    explicit SamplesModel(QList<LogEvent> events, QObject *parent) : QAbstractTableModel(parent), m_events(std::move(events)) {}
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(m_events.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &i, int role) const override
    {
        if (!i.isValid() || role != Qt::DisplayRole)
            return {};
        const LogEvent &e = m_events.at(i.row());
        switch (i.column()) {
        case 0: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timestampMs).toLocalTime(), QLocale::ShortFormat);
        case 1: return e.level;
        default: return e.message;
        }
    }
    QVariant headerData(int s, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return s == 0 ? SamplesDialog::tr("Time") : s == 1 ? SamplesDialog::tr("Level") : SamplesDialog::tr("Message");
    }
    const LogEvent &event(int row) const { return m_events.at(row); }

private:
    QList<LogEvent> m_events;
};
} // namespace

SamplesDialog::SamplesDialog(const QString &title, const QList<LogEvent> &samples, QWidget *parent, std::function<void()> keep) : QDialog(parent)
{
    setObjectName(QStringLiteral("samplesDialog"));
    setWindowTitle(tr("Samples — %1").arg(title));
    auto *model = new SamplesModel(samples, this);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("samplesView"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto *fields = new QPlainTextEdit(this);
    fields->setObjectName(QStringLiteral("sampleFieldsEdit"));
    fields->setReadOnly(true);
    fields->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [model, fields](const QModelIndex &cur) {
        fields->setPlainText(cur.isValid() ? QString::fromUtf8(QJsonDocument(model->event(cur.row()).toJson()).toJson()) : QString());
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table);
    split->addWidget(fields);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (keep) {
        auto *button = buttons->addButton(tr("Keep with the Step"), QDialogButtonBox::ActionRole);
        button->setObjectName(QStringLiteral("keepSamplesButton"));
        button->setToolTip(tr("Attach the count, its buckets and these samples to the selected step, as evidence"));
        connect(button, &QPushButton::clicked, this, [button, keep] {
            keep();
            button->setEnabled(false);
        });
    }
    auto *l = new QVBoxLayout(this);
    l->addWidget(split);
    l->addWidget(buttons);
    resize(900, 520);
    if (!samples.isEmpty())
        table->selectRow(0);
}
