// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/breakdownchart.h"

#include "app/models/breakdownmodel.h"
#include "app/models/roles.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/countaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>

BreakdownChart::BreakdownChart(const BreakdownModel *model, QGraphicsItem *parent)
    : QChart(parent), m_model(model)
{
    setAnimationOptions(QChart::NoAnimation);
    connect(model, &QAbstractItemModel::modelReset, this, &BreakdownChart::rebuild);
    rebuild();
}

void BreakdownChart::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rebuild();
}

void BreakdownChart::rebuild()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    legend()->hide();
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));

    // Bars are laid out from the bottom: the model's last row goes first so its first, the
    // largest, stands at the top.
    const int rows = m_model->rowCount();
    auto *set = new QBarSet(m_model->countName());
    QStringList parts;
    qreal most = 0;
    for (int row = rows - 1; row >= 0; --row) {
        const qreal n = m_model->index(row, BreakdownModel::Count).data().toReal();
        set->append(n);
        parts << m_model->index(row, BreakdownModel::Part).data().toString();
        most = std::max(most, n);
    }
    set->setColor(ChartPalette::categoryColor(QStringLiteral("in_person"))); // Okabe-Ito blue
    set->setLabelColor(m_dark ? Qt::white : Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(parts);
    names->setTruncateLabels(false); // a province's name is the point of its bar
    auto *counts = new CountAxis;
    counts->setTitleText(m_model->countName());
    // Room at the end of the longest bar for its count.
    counts->fit(most * 1.12, 6);
    addAxis(names, Qt::AlignLeft);
    addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);

    auto rowOf = [rows](int index) { return rows - 1 - index; };
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, rowOf](bool on, int index) { emit rowHovered(on ? rowOf(index) : -1); });
    // Queued: what the click sets off may rebuild this chart, series and all.
    connect(
        series, &QAbstractBarSeries::clicked, this,
        [this, rowOf](int index) {
            emit partClicked(
                m_model->index(rowOf(index), BreakdownModel::Part).data(Roles::KeyRole).toString());
        },
        Qt::QueuedConnection);
}

int BreakdownChart::heightFor(int parts)
{
    const QFontMetrics metrics{QFont()};
    return std::max(240, parts * metrics.height() * 17 / 10 + 100);
}

QString BreakdownChart::describeRow(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QLocale locale;
    const qint64 n = m_model->index(row, BreakdownModel::Count).data().toLongLong();
    const double share = m_model->total() ? 100.0 * double(n) / double(m_model->total()) : 0;
    return tr("<b>%1</b><br>%2: %3 (%4 %)")
        .arg(m_model->index(row, BreakdownModel::Part).data().toString(), m_model->countName(),
             locale.toString(n), locale.toString(share, 'f', 1));
}
