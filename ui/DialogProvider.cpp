#include "DialogProvider.h"

#include <QMessageBox>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace {
} // namespace

QString QtDialogProvider::openRunbookFile(QWidget *parent, const QString &dir)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Runbook"), dir, tr("Markdown runbooks (*.md *.markdown);;All files (*)"));
}

QString QtDialogProvider::saveExportFile(QWidget *parent, const QString &suggested)
{
    // The format follows the file's extension; the filter chosen supplies one when it is missing.
    const QStringList filters{tr("PDF (*.pdf)"), tr("HTML, self-contained (*.html)"), tr("Markdown (*.md)"), tr("JSON, the whole record (*.json)")};
    QString chosen;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Incident"), suggested, filters.join(QStringLiteral(";;")), &chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        static const QStringList exts{QStringLiteral(".pdf"), QStringLiteral(".html"), QStringLiteral(".md"), QStringLiteral(".json")};
        path += exts.value(std::max<qsizetype>(0, filters.indexOf(chosen)));
    }
    return path;
}

QString QtDialogProvider::incidentTitle(QWidget *parent, const QString &suggested, bool *ok)
{
    return QInputDialog::getText(parent, tr("New Incident"), tr("What is happening?"), QLineEdit::Normal, suggested, ok);
}

QString QtDialogProvider::logSource(QWidget *parent, const QString &current, bool *ok)
{
    return QInputDialog::getText(parent, tr("Log Source"),
                                 tr("Where the logs are: file:PATH (a file or a folder of rotated logs, .gz too), "
                                    "datadog:BASE_URL (keys from DD_API_KEY / DD_APP_KEY) or loki:BASE_URL.\n"
                                    "Leave empty for the demo logs."),
                                 QLineEdit::Normal, current, ok);
}

bool QtDialogProvider::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}
