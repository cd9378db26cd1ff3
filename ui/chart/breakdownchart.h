// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>

class BreakdownModel;

// One of the statistics as horizontal bars, most at the top, each with its count at its end.
// Rebuilt whenever the model resets; hovering and clicking a bar are announced by the part's
// key (a province or state code, a field or mode).
class BreakdownChart : public QChart
{
    Q_OBJECT
public:
    explicit BreakdownChart(const BreakdownModel *model, QGraphicsItem *parent = nullptr);

    void setDark(bool dark);
    // The height at which every part's name has room beside its bar (Chinese names need more
    // than a line of Latin text), in logical pixels, without a file's caption.
    static int heightFor(int parts);
    // What a tooltip says about a row of the model.
    QString describeRow(int row) const;

signals:
    void rowHovered(int row); // -1 when the pointer leaves
    void partClicked(const QString &key);

private:
    void rebuild();

    const BreakdownModel *m_model;
    bool m_dark = false;
};
