// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maplabels.h"

#include "app/domain/placenaming.h"
#include "app/models/mapmodel.h"
#include "ui/map/mappainter.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace MapLabels {
namespace {
// The boxes taken so far, filed by the cells of a coarse grid they touch, so that a new box
// is checked against its neighbours only.
class Taken
{
public:
    bool covers(const QRectF &box) const
    {
        bool found = false;
        visit(box, [&](const QList<QRectF> &cell) {
            found = found || std::any_of(cell.cbegin(), cell.cend(),
                                         [&box](const QRectF &r) { return r.intersects(box); });
        });
        return found;
    }
    void take(const QRectF &box)
    {
        forCells(box, [&](qint64 key) { m_cells[key] << box; });
    }

private:
    static constexpr double side = 64;
    template <typename F> static void forCells(const QRectF &box, F f)
    {
        for (int y = int(std::floor(box.top() / side)); y <= int(std::floor(box.bottom() / side));
             ++y) {
            for (int x = int(std::floor(box.left() / side));
                 x <= int(std::floor(box.right() / side)); ++x)
                f((qint64(y) << 32) + x);
        }
    }
    template <typename F> void visit(const QRectF &box, F f) const
    {
        forCells(box, [&](qint64 key) {
            const auto cell = m_cells.constFind(key);
            if (cell != m_cells.cend())
                f(*cell);
        });
    }
    QHash<qint64, QList<QRectF>> m_cells;
};
} // namespace

QList<Label> lay(const MapModel &model, const MapPainter::View &view, const QFontMetricsF &metrics)
{
    QList<Label> labels;
    if (view.scale < countsFrom)
        return labels;
    const bool naming = view.scale >= namesFrom;
    struct Candidate
    {
        const MapModel::Spot *spot;
        QPointF at;
    };
    QList<Candidate> candidates;
    for (const MapModel::Spot &spot : model.spots()) {
        if (!naming && spot.pairings < 2)
            continue;
        const QPointF at = view.transform.map(spot.at);
        if (view.area.contains(at))
            candidates.append({&spot, at});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.spot->pairings > b.spot->pairings;
    });

    Taken taken; // labels placed, and the places they name
    const QLocale locale;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const MapModel::Spot &spot = *candidate.spot;
        const double radius = MapPainter::spotRadius(spot.pairings);
        QString text = spot.pairings > 1 ? locale.toString(spot.pairings) : QString();
        if (naming)
            text = PlaceNaming::shown(spot.name, spot.nameZh) +
                   (text.isEmpty() ? QString() : QLatin1Char(' ') + text);
        const QSizeF size = metrics.size(0, text);
        const QPointF at = candidate.at;
        const double gap = radius + 2;
        // Right of the place, then left of it, then above, then below.
        const QRectF sides[] = {
            QRectF(QPointF(at.x() + gap, at.y() - size.height() / 2), size),
            QRectF(QPointF(at.x() - gap - size.width(), at.y() - size.height() / 2), size),
            QRectF(QPointF(at.x() - size.width() / 2, at.y() - gap - size.height()), size),
            QRectF(QPointF(at.x() - size.width() / 2, at.y() + gap), size)};
        const QRectF dot(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        for (const QRectF &box : sides) {
            if (!view.area.contains(box) || taken.covers(box))
                continue;
            labels.append({spot.placeId, text, box, naming});
            taken.take(box);
            taken.take(dot);
            break;
        }
        if (labels.size() >= most)
            break;
    }
    return labels;
}

} // namespace MapLabels
