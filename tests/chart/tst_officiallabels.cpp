// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/officiallabels.h"

#include <QLineF>
#include <QTest>

// Where the official totals' labels go: inside the plot, none over another, none over a marker,
// none over the line of known years while there is room elsewhere, and no line joining a label
// to its marker across another label. Totals as the shipped data has them crowd the top right
// corner of the chart (five within seven years, two of them equal), the hardest case a reader
// meets; a reader would see labels drawn over each other.
class TestOfficialLabels : public QObject
{
    Q_OBJECT
private slots:
    void labelsStayApart_data();
    void labelsStayApart();
    void aLoneTotalStandsBesideItsMarker();
};

namespace {
// Whether the straight line from a to b passes through the box.
bool crosses(const QPointF &a, const QPointF &b, const QRectF &box)
{
    const QLineF line(a, b);
    for (int i = 0; i <= 40; ++i) {
        if (box.contains(line.pointAt(i / 40.0)))
            return true;
    }
    return false;
}

QPointF nearest(const QRectF &box, const QPointF &point)
{
    return {std::clamp(point.x(), box.left(), box.right()),
            std::clamp(point.y(), box.top(), box.bottom())};
}
} // namespace

void TestOfficialLabels::labelsStayApart_data()
{
    QTest::addColumn<QSizeF>("plot");
    QTest::newRow("a file") << QSizeF(1000, 420);
    QTest::newRow("the window") << QSizeF(760, 260);
    QTest::newRow("narrow") << QSizeF(520, 240);
}

void TestOfficialLabels::labelsStayApart()
{
    QFETCH(QSizeF, plot);
    const QRectF area(QPointF(60, 20), plot);
    // Years 1979-2026 across, 0-300 pairs up: 277 in Mar 2019, 284 in Apr 2022 and Nov 2023,
    // 286 in Jul 2024, 288 in Oct 2025; and a running total rising to 131.
    const auto at = [&area](qreal year, qreal pairs) {
        return QPointF(area.left() + (year - 1978.5) / 48 * area.width(),
                       area.bottom() - pairs / 300 * area.height());
    };
    const QList<QPointF> markers = {at(2019.2, 277), at(2022.3, 284), at(2023.85, 284),
                                    at(2024.55, 286), at(2025.8, 288)};
    QPolygonF line;
    for (int year = 1979; year <= 2026; ++year)
        line << at(year, std::min(131.0, (year - 1979) * 3.2));
    const QList<QSizeF> sizes(markers.size(), QSizeF(150, 16));
    const QList<QRectF> boxes = OfficialLabels::layOut(markers, sizes, area, line);
    QCOMPARE(boxes.size(), markers.size());
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const QRectF &box = boxes.at(i);
        QCOMPARE(box.size(), sizes.at(i));
        QVERIFY2(area.contains(box), qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
        for (qsizetype k = 1; k < line.size(); ++k) {
            QVERIFY2(!crosses(line.at(k - 1), line.at(k), box),
                     qPrintable(QStringLiteral("label %1 covers the line of known years").arg(i)));
        }
        for (qsizetype j = 0; j < boxes.size(); ++j) {
            const QRectF marker(markers.at(j) - QPointF(4, 4), QSizeF(8, 8));
            QVERIFY2(!box.intersects(marker),
                     qPrintable(QStringLiteral("label %1 covers marker %2").arg(i).arg(j)));
            if (j == i)
                continue;
            QVERIFY2(!box.intersects(boxes.at(j)),
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            QVERIFY2(
                !crosses(nearest(boxes.at(j), markers.at(j)), markers.at(j), box),
                qPrintable(QStringLiteral("the line to marker %1 crosses label %2").arg(j).arg(i)));
        }
    }
}

void TestOfficialLabels::aLoneTotalStandsBesideItsMarker()
{
    const QRectF area(0, 0, 800, 300);
    const QPointF marker(700, 40);
    const QList<QRectF> boxes =
        OfficialLabels::layOut({marker}, {QSizeF(150, 16)}, area, QPolygonF());
    QCOMPARE(boxes.size(), 1);
    // At its height, on its left: no line is needed to tell which marker it names.
    QCOMPARE(boxes.first().center().y(), marker.y());
    QVERIFY(boxes.first().right() < marker.x());
    QVERIFY(marker.x() - boxes.first().right() < 12);
}

QTEST_MAIN(TestOfficialLabels)
#include "tst_officiallabels.moc"
