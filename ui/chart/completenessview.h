// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QList>
#include <QWidget>

class FilterChoicesModel;
class QPushButton;
class QVBoxLayout;

// The Completeness tab: of all pairings, whatever the filters, how many lack a year,
// coordinates, a Chinese name, a US state, a source or a status, and how many have notes where
// the sources disagree. Each count is a link that asks for the filter keeping exactly those
// pairings: a flat button drawn as a link, so that Tab reaches it, Enter or Space follows it and
// a screen reader names it as something to press (a QLabel's links do neither well). Read again
// whenever the filter choices are, which is after every change to the records.
class CompletenessView : public QWidget
{
    Q_OBJECT
public:
    explicit CompletenessView(const FilterChoicesModel *choices, QWidget *parent = nullptr);

signals:
    void filterChosen(const Filter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCounts();
    void drawAsLink(QPushButton *link) const;

    const FilterChoicesModel *m_choices;
    QVBoxLayout *m_lines;
    QList<QPushButton *> m_links; // one per count, in the order of m_filters
    QList<Filter> m_filters;
};
