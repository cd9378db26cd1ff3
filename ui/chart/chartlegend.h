// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QSet>

class TimelineSeries;

// The timeline's legend on screen: one entry per series with its colour or shape, ticked while
// the series is shown. A list, so that it scrolls rather than cutting names short, and so that
// each entry can be reached and switched from the keyboard (Tab, arrows, Space). Files carry
// the chart's own legend instead.
class ChartLegend : public QListWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(const TimelineSeries *model, QWidget *parent = nullptr);

    QSet<QString> hiddenKeys() const { return m_hidden; }
    void setDark(bool dark);

    void toggle(QListWidgetItem *item);

signals:
    void hiddenKeysChanged(const QSet<QString> &keys);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    QIcon swatch(const QString &key) const;

    const TimelineSeries *m_model;
    QSet<QString> m_hidden;
    bool m_dark = false;
    bool m_building = false;
};
