// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/problemlabel.h"

#include <QLabel>
#include <QPushButton>

namespace ProblemLabel {

void prepare(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff8a80) : QColor(0xb00020));
    label->setPalette(palette);
    label->setWordWrap(true);
    // As wide as the field above it, not as narrow as a wrapped label would like.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->hide();
}

void show(QLabel *label, const QList<PairingRules::Problem> &problems, const QStringList &fields)
{
    QStringList messages;
    for (const PairingRules::Problem &problem : problems) {
        if (fields.contains(problem.field))
            messages << problem.message;
    }
    label->setText(messages.join(QLatin1Char(' ')));
    label->setVisible(!messages.isEmpty());
}

void holdSave(QPushButton *save, const QList<PairingRules::Problem> &problems)
{
    save->setEnabled(problems.isEmpty());
    save->setToolTip(problems.isEmpty() ? QString() : problems.first().message);
}

} // namespace ProblemLabel
