// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableWidget;
class QWidget;
class TextTable;

// The first rows of a file as the import reads them, under the file's own column names, with
// the line each starts on: so that the user sees what the file holds before choosing columns.
namespace FirstRows {

QTableWidget *table(const TextTable &file, int rows, QWidget *parent);

} // namespace FirstRows
