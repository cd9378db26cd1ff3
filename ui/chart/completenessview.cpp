// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/completenessview.h"

#include "app/domain/completeness.h"
#include "app/models/filterchoicesmodel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

CompletenessView::CompletenessView(const FilterChoicesModel *choices, QWidget *parent)
    : QWidget(parent), m_choices(choices)
{
    auto *about = new QLabel(tr("What the records of all pairings lack, whatever the filters. "
                                "Choose a count to list those pairings and fill in their gaps."));
    about->setWordWrap(true);
    auto *lines = new QWidget;
    m_lines = new QVBoxLayout(lines);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(0);
    m_lines->addStretch(1);
    // The links take the focus themselves; the area only scrolls to the one that has it.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("completenessScroll"));
    scroll->setAccessibleName(tr("Completeness"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(lines);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(scroll, 1);
    connect(choices, &FilterChoicesModel::changed, this, &CompletenessView::showCounts);
    showCounts();
}

void CompletenessView::showCounts()
{
    const FilterChoices &choices = m_choices->choices();
    const QList<Completeness::Line> counts = Completeness::lines(choices);
    // The links are kept, so that the one with the focus keeps it while the counts change.
    while (m_links.size() < counts.size()) {
        auto *link = new QPushButton;
        link->setObjectName(QStringLiteral("completenessLink%1").arg(m_links.size()));
        link->setFlat(true);
        link->setAutoDefault(true); // Enter follows it, as it does a link
        link->setCursor(Qt::PointingHandCursor);
        link->setToolTip(tr("List these pairings, and no others"));
        drawAsLink(link);
        const qsizetype index = m_links.size();
        connect(link, &QPushButton::clicked, this, [this, index] {
            if (index < m_filters.size())
                emit filterChosen(m_filters.at(index));
        });
        m_lines->insertWidget(m_lines->count() - 1, link, 0, Qt::AlignLeft);
        m_links.append(link);
    }
    m_filters.clear();
    const qint64 pairings = Completeness::pairings(choices);
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        QPushButton *link = m_links.at(i);
        link->setVisible(i < counts.size());
        if (i >= counts.size())
            continue;
        const QString text = Completeness::text(counts.at(i), pairings);
        link->setText(text);
        link->setAccessibleName(text);
        m_filters.append(counts.at(i).filter);
    }
}

void CompletenessView::drawAsLink(QPushButton *link) const
{
    QPalette colours = palette();
    colours.setColor(QPalette::ButtonText, colours.color(QPalette::Link));
    link->setPalette(colours);
    QFont font = link->font();
    font.setUnderline(true);
    link->setFont(font);
}

// A light or dark palette chosen while the program runs: the links take its link colour.
void CompletenessView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QPushButton *link : std::as_const(m_links))
            drawAsLink(link);
    }
    QWidget::changeEvent(event);
}
