#include "DialogProvider.h"

#include <QMessageBox>

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>

namespace {
} // namespace

QString QtDialogProvider::openRunbookFile(QWidget *parent, const QString &dir)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Runbook"), dir, tr("Markdown runbooks (*.md *.markdown);;All files (*)"));
}

QString QtDialogProvider::saveExportFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Export Incident"), suggested, tr("Markdown (*.md)"));
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
