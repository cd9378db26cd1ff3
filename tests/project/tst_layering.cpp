// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <vector>

// Reads the include lines of every source file and checks them against the layering of
// DESIGN.md and STYLE.md, so that the layers stay apart without anyone having to remember.
class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void layersIncludeOnlyWhatIsBelowThem_data();
    void layersIncludeOnlyWhatIsBelowThem();
};

namespace {
struct Rule
{
    const char *folder;                  // files under this folder...
    std::vector<const char *> forbidden; // ...must not include a path starting with these
};

const QString widgetHeaders = QStringLiteral(
    "^(QtWidgets|QtCharts|QtGui|QWidget|QMainWindow|QDialog|QLabel|QPushButton|QTableView|"
    "QTreeView|QListView|QMessageBox|QApplication|QGuiApplication|QAction|QChart|QChartView|"
    "QPainter|QFont|QColor|QPixmap|QImage|QIcon|QPalette|QAbstractItemView)\\b");
// Qt Charts stays in ui/chart, so that moving to another chart library touches one folder.
const QString chartHeaders =
    QStringLiteral("^(QtCharts|QChart|QChartView|QLegend|QLegendMarker|QBarSet|QBarLegendMarker|"
                   "Q[A-Za-z]*Series|Q[A-Za-z]*Axis)\\b");
} // namespace

void TestLayering::layersIncludeOnlyWhatIsBelowThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("forbidden");
    QTest::addColumn<bool>("coreOnly");
    QTest::addColumn<bool>("noCharts");
    const QString root = QStringLiteral(BRIDGES_SOURCE_DIR);
    const QList<Rule> rules = {
        {"app/domain", {"app/storage", "app/models", "app/commands", "app/io", "app/cli", "ui/"}},
        {"app/storage", {"app/models", "app/commands", "app/io", "app/cli", "ui/"}},
        {"app/models", {"app/commands", "app/io", "app/cli", "ui/"}},
        // An import is an undoable step: the commands read files through app/io, never the
        // other way round.
        {"app/commands", {"app/models", "app/cli", "ui/"}},
        {"app/io", {"app/models", "app/commands", "app/cli", "ui/"}},
        {"app/cli", {"app/models", "ui/"}},
        // ui reaches the commands through their facade only.
        {"ui", {"app/storage/", "app/commands/", "app/cli", "QSql"}},
    };
    int files = 0;
    for (const Rule &rule : rules) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(rule.folder),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            const bool core = relative.startsWith(QLatin1String("app/"));
            QStringList forbidden;
            for (const char *prefix : rule.forbidden)
                forbidden << QLatin1String(prefix);
            const bool noCharts = !relative.startsWith(QLatin1String("ui/chart/"));
            QTest::newRow(qPrintable(relative)) << path << forbidden << core << noCharts;
            ++files;
        }
    }
    QVERIFY(files > 20);
}

void TestLayering::layersIncludeOnlyWhatIsBelowThem()
{
    QFETCH(QString, file);
    QFETCH(QStringList, forbidden);
    QFETCH(bool, coreOnly);
    QFETCH(bool, noCharts);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)"));
    static const QRegularExpression widgets(widgetHeaders);
    static const QRegularExpression charts(chartHeaders);
    int line = 0;
    while (!source.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(source.readLine());
        const QRegularExpressionMatch match = include.match(text);
        if (!match.hasMatch())
            continue;
        const QString header = match.captured(2);
        const QString where = QStringLiteral("line %1: %2").arg(line).arg(header);
        QVERIFY2(!header.contains(QLatin1String("../")), qPrintable(where));
        for (const QString &prefix : forbidden) {
            if (header == QLatin1String("app/commands/commands.h") &&
                prefix == QLatin1String("app/commands/"))
                continue; // the facade
            QVERIFY2(!header.startsWith(prefix), qPrintable(where));
        }
        if (coreOnly && match.captured(1) == QLatin1String("<"))
            QVERIFY2(!widgets.match(header).hasMatch(), qPrintable(where));
        if (noCharts && match.captured(1) == QLatin1String("<"))
            QVERIFY2(!charts.match(header).hasMatch(), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
