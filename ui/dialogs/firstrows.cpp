// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/firstrows.h"

#include "app/io/texttable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace FirstRows {

QTableWidget *table(const TextTable &file, int rows, QWidget *parent)
{
    auto *sample = new QTableWidget(parent);
    sample->setObjectName(QStringLiteral("firstRowsTable"));
    sample->setAccessibleName(QCoreApplication::translate("FirstRows", "First rows of the file"));
    sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QStringList columns = file.header();
    const int shown = std::min(rows, file.rowCount());
    sample->setColumnCount(int(columns.size()));
    sample->setHorizontalHeaderLabels(columns);
    sample->setRowCount(shown);
    const QLocale locale;
    QStringList lines;
    for (int row = 0; row < shown; ++row) {
        lines << QCoreApplication::translate("FirstRows", "Line %1")
                     .arg(locale.toString(file.lineOf(row)));
        for (int column = 0; column < columns.size(); ++column) {
            const QString value = file.value(row, columns.at(column));
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(value);
            sample->setItem(row, column, item);
        }
    }
    sample->setVerticalHeaderLabels(lines);
    sample->resizeColumnsToContents();
    for (int column = 0; column < columns.size(); ++column)
        sample->setColumnWidth(column, std::min(sample->columnWidth(column), 240));
    return sample;
}

} // namespace FirstRows
