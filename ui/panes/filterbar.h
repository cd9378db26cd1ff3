// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QWidget>

class FilterChoicesModel;
class QComboBox;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

// The search box and the filters above the lists. Choosing a value applies at once; typing is
// applied when it pauses, so that each keystroke does not run a query. Each choice shows how
// many records it matches; Clear puts every filter back to "any". The filters wrap onto more
// rows where the window is narrow; those used less often (status, gap, mode, with or without
// exchanges) wait behind "More filters", which says how many of them are set.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterChoicesModel *choices, QWidget *parent = nullptr);

    Filter filter() const;
    // Shows a filter that the caller applies itself (the one restored on start); no signal.
    void setFilter(const Filter &filter);
    void focusSearch();
    // Whether the filters used less often are shown, below the others.
    bool moreFiltersShown() const;
    void setMoreFiltersShown(bool shown);
    // How long typing must pause before the search runs.
    static constexpr int typingPause = 250;

signals:
    void filterChanged(const Filter &filter);
    // Down or Enter in the search box: the user is done typing and goes on to the list.
    void listWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices();
    void showFilter(const Filter &filter);
    void announce();
    void showFoldedCount(const Filter &filter);
    QComboBox *addCombo(QLayout *layout, const QString &name, const QString &accessibleName);
    QSpinBox *addYear(const QString &name, const QString &accessibleName);
    QWidget *span(const QString &caption, QSpinBox *from, QSpinBox *to);

    FilterChoicesModel *m_choices;
    QLineEdit *m_search;
    QComboBox *m_level;
    QComboBox *m_relation;
    QComboBox *m_status;
    QComboBox *m_province;
    QComboBox *m_state;
    QSpinBox *m_establishedFrom;
    QSpinBox *m_establishedTo;
    QComboBox *m_gap;
    QComboBox *m_field;
    QComboBox *m_mode;
    QSpinBox *m_exchangeFrom;
    QSpinBox *m_exchangeTo;
    QComboBox *m_hasExchanges;
    QPushButton *m_more;
    QWidget *m_folded; // the filters behind "More filters"
    QTimer *m_typing;
    Filter m_announced;
    bool m_quiet = false;
};
