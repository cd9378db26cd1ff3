// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Help > About: what Bridges is, its version, and the data sources with their licences.
namespace AboutBox {
QString text();
void show(QWidget *parent);
} // namespace AboutBox
