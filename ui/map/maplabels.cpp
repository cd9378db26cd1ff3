// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maplabels.h"

#include "app/models/mapmodel.h"
#include "ui/map/mappainter.h"

#include <QLocale>

#include <algorithm>

namespace MapLabels {

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

    QList<QRectF> taken; // labels placed, and the places they name
    const QLocale locale;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const MapModel::Spot &spot = *candidate.spot;
        const double radius = MapPainter::spotRadius(spot.pairings);
        QString text = spot.pairings > 1 ? locale.toString(spot.pairings) : QString();
        if (naming)
            text = text.isEmpty() ? spot.name : spot.name + QLatin1Char(' ') + text;
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
            const bool free = view.area.contains(box) &&
                              std::none_of(taken.cbegin(), taken.cend(),
                                           [&box](const QRectF &r) { return r.intersects(box); });
            if (!free)
                continue;
            labels.append({spot.placeId, text, box, naming});
            taken << box << dot;
            break;
        }
        if (labels.size() >= most)
            break;
    }
    return labels;
}

} // namespace MapLabels
