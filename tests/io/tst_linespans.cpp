// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/linespans.h"

#include <QTest>

// The lines an import leaves out, named shortly: consecutive lines as one span, and past a
// few spans, how many lines are not named.
class TestLineSpans : public QObject
{
    Q_OBJECT
private slots:
    void spans_data();
    void spans();
};

void TestLineSpans::spans_data()
{
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("more");
    QTest::newRow("none") << QList<int>{} << QString() << 0;
    QTest::newRow("one") << QList<int>{4} << QStringLiteral("4") << 0;
    QTest::newRow("a run") << QList<int>{2, 3, 4, 5} << QStringLiteral("2–5") << 0;
    QTest::newRow("runs and single lines")
        << QList<int>{2, 5, 6, 7, 8, 9, 12} << QStringLiteral("2, 5–9, 12") << 0;
    QTest::newRow("more spans than shown")
        << QList<int>{1, 3, 5, 6, 9, 11, 12, 13} << QStringLiteral("1, 3, 5–6") << 4;
}

void TestLineSpans::spans()
{
    QFETCH(QList<int>, lines);
    QFETCH(QString, text);
    QFETCH(int, more);
    qsizetype left = -1;
    QCOMPARE(LineSpans::text(lines, QLocale::c(), 3, &left), text);
    QCOMPARE(left, qsizetype(more));
}

QTEST_GUILESS_MAIN(TestLineSpans)
#include "tst_linespans.moc"
