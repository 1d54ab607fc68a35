#include "DialogProvider.h"

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
