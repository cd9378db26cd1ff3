// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairingrules.h"

#include <QStringList>

class QLabel;
class QPushButton;

// The line under a form's field that says what is wrong with it, in a colour that reads as a
// warning on light and dark windows, hidden while nothing is.
namespace ProblemLabel {

void prepare(QLabel *label);
// Shows the messages of the problems about these fields, or hides the label.
void show(QLabel *label, const QList<PairingRules::Problem> &problems, const QStringList &fields);
// Save is enabled only while nothing is wrong; its tooltip says the first thing that is.
void holdSave(QPushButton *save, const QList<PairingRules::Problem> &problems);

} // namespace ProblemLabel
