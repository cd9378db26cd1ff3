// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QFont>
#include <QList>

#include <memory>

class QPaintDevice;
class QTextDocument;

// A pairing's exchanges as a table on the report's page (date or "date not known", title,
// field, mode), a header row on top of each piece, so that a long table is cut between rows
// and continued on the next page. Documents are laid out for the device they are drawn on.
namespace ExchangeTable {

struct Layout
{
    qreal width = 0;
    QFont font;
    QPaintDevice *device = nullptr;
};

// The rows first … first + count - 1, under the header row.
std::unique_ptr<QTextDocument> piece(const QList<ExchangeSummary> &exchanges, int first, int count,
                                     const Layout &layout);
// How many rows from first fit, with the header row, in height (0: not even one).
int rowsFitting(const QList<ExchangeSummary> &exchanges, int first, qreal height,
                const Layout &layout);

} // namespace ExchangeTable
