// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

// Lays its items out in rows, left to right (right to left in a right-to-left language), each
// at its preferred width, starting a new row where the next item would not fit: a bar of
// controls stays whole at any width, taller where it is narrow. Items in a row are centred on
// it; an item that grows sideways (a search box) takes the room left at the end of its row.
// Its least size is as narrow as it can be in the most rows allowed, and as tall as those rows:
// a window holding it never has to grow taller when made narrower.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int mostRows, QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Rows
    {
        int count = 0;
        int height = 0; // with the margins
    };
    // Places the items in rect (or only measures, when place is false).
    Rows arrange(const QRect &rect, bool place) const;
    int horizontalGap() const;
    int verticalGap() const;

    int m_mostRows;
    QList<QLayoutItem *> m_items;
};
