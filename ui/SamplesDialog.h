#pragma once
// SamplesDialog: the sample events of one live query — time, level, message
// and, for the selected one, every field.
#include <QDialog>

#include "logs/LogRequest.h"

class SamplesDialog : public QDialog
{
    Q_OBJECT
public:
    SamplesDialog(const QString &title, const QList<LogEvent> &samples, QWidget *parent = nullptr);
};
