#pragma once
// SamplesDialog: the sample events of one live query — time, level, message
// and, for the selected one, every field.
#include <QDialog>
#include <functional>

#include "logs/LogRequest.h"

class SamplesDialog : public QDialog
{
    Q_OBJECT
public:
    // `keep`: "Keep with the Step" is offered and calls it (the samples as evidence of the selected step).
    SamplesDialog(const QString &title, const QList<LogEvent> &samples, QWidget *parent = nullptr, std::function<void()> keep = {});
};
