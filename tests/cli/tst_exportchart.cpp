// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/partialdate.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

// `bridges export-chart`, run as a separate process with no display at all, on a database of
// its own in a temporary folder: if this broke, a script or a build job making charts for a
// paper would get no file, a file that does not open, the wrong chart or size, a chart that
// ignores its filters, a bad line silently accepted, or a changed database.
class TestExportChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsTheOptions();
    void svgSaysWhatItShows_data();
    void svgSaysWhatItShows();
    void pngHasTheSizeAndResolution();
    void pdfIsOnePage();
    void drawsEachStatistic_data();
    void drawsEachStatistic();
    void statisticCountsTheFilteredRecords_data();
    void statisticCountsTheFilteredRecords();
    void chartsOnePairing();
    void drawsTheOfficialTotals();
    void saysWhyFilteredChartsLackTheOfficialTotals();
    void drawsTheMap();
    void mistakesAreReported_data();
    void mistakesAreReported();
    void leavesTheDatabaseAlone();
    void refusesAFileThatIsNotADatabase();
    void withoutDbUsesTheDataFolder();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    // Runs `bridges export-chart` with the arguments, without a display, with HOME and the XDG
    // folders in a temporary folder.
    Result run(const QStringList &arguments) const;
    // The same on the test's database.
    Result runOnDatabase(const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), m_database} + arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Parses an SVG file and returns the text drawn in it (<text>, not the <title> or <desc>
    // metadata), a line each, or says what is wrong with the file.
    static QString svgText(const QString &file, QString *error);
    static qint64 count(const QString &database, const QString &sql);
    static QStringList officialLabels(const QString &database);

    // What a PNG file says of itself, read whole (a broken file is an error).
    struct Png
    {
        QSize size;
        int dotsPerMeterX = 0;
        int dotsPerMeterY = 0;
    };
    static std::optional<Png> readPng(const QString &file, QString *error);

    QTemporaryDir m_home; // HOME and the XDG folders: the user's own database is never touched
    QTemporaryDir m_dir;  // the test's database and the files written
    QString m_database;
};

TestExportChart::Result TestExportChart::run(const QStringList &arguments) const
{
    const BridgesProcess::Result result =
        BridgesProcess::run(QStringList{QStringLiteral("export-chart")} + arguments, m_home);
    return {result.exitCode, result.out, result.err};
}

QString TestExportChart::svgText(const QString &file, QString *error)
{
    QFile svg(file);
    if (!svg.open(QIODevice::ReadOnly)) {
        *error = svg.errorString();
        return {};
    }
    QXmlStreamReader xml(&svg);
    QString text;
    bool root = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root) {
            root = false;
            if (xml.name() != QLatin1String("svg")) {
                *error = QStringLiteral("the root element is %1").arg(xml.name());
                return {};
            }
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            text += QLatin1Char('\n');
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    if (root)
        *error = QStringLiteral("no element");
    return text;
}

std::optional<TestExportChart::Png> TestExportChart::readPng(const QString &file, QString *error)
{
    QImageReader reader(file, "png");
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    return Png{image.size(), image.dotsPerMeterX(), image.dotsPerMeterY()};
}

qint64 TestExportChart::count(const QString &database, const QString &sql)
{
    const QString connection = QStringLiteral("tst_exportchart_count");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

void TestExportChart::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkdir(m_home.filePath(QStringLiteral("runtime")),
                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_database = path(QStringLiteral("test.sqlite"));
    // A missing --db file is made from the shipped data; the other tests reuse it.
    const QString first = path(QStringLiteral("first.svg"));
    const Result result = runOnDatabase({QStringLiteral("--out"), first});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFileInfo::exists(m_database));
    QVERIFY(QFileInfo(first).size() > 0);
    QVERIFY(count(m_database, QStringLiteral("SELECT count(*) FROM pairings")) > 0);
}

void TestExportChart::helpListsTheOptions()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option :
         {"--chart", "--format", "--out", "--db", "--size", "--dpi", "--years", "--by-mode",
          "--pairing", "--title", "--level", "--province", "--has-exchanges"}) {
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }
    QVERIFY(result.err.isEmpty());
}

void TestExportChart::svgSaysWhatItShows_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown");    // drawn in the file
    QTest::addColumn<QString>("notShown"); // not drawn (empty: no such check)

    const QString ownTitle = QStringLiteral("Exchanges by field and new pairings per year");
    const QString noFilter = QStringLiteral("All pairings and exchanges, no filter");
    QTest::newRow("own title") << QStringList() << ownTitle << QString();
    QTest::newRow("custom title") << QStringList{QStringLiteral("--title"),
                                                 QStringLiteral("My title")}
                                  << QStringLiteral("My title") << ownTitle;
    QTest::newRow("no filter") << QStringList() << noFilter << QString();
    QTest::newRow("level filter") << QStringList{QStringLiteral("--level"),
                                                 QStringLiteral("province_state")}
                                  << QStringLiteral("Filters: Level: Province / state") << noFilter;
    QTest::newRow("province named")
        << QStringList{QStringLiteral("--province"), QStringLiteral("cn-js")}
        << QStringLiteral("Province: Jiangsu") << QStringLiteral("CN-JS");
    QTest::newRow("by mode") << QStringList{QStringLiteral("--by-mode")}
                             << QStringLiteral("Exchanges by mode and new pairings per year")
                             << ownTitle;
    QTest::newRow("years") << QStringList{QStringLiteral("--years"), QStringLiteral("2000-2010")}
                           << QStringLiteral("per year, 2000–2010") << QStringLiteral("1979–");
}

void TestExportChart::svgSaysWhatItShows()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    const QString out = path(QStringLiteral("says.svg"));
    QFile::remove(out);
    const Result result = runOnDatabase(QStringList{QStringLiteral("--out"), out} + arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(shown), qPrintable(text));
    if (!notShown.isEmpty())
        QVERIFY2(!text.contains(notShown), qPrintable(text));
}

void TestExportChart::pngHasTheSizeAndResolution()
{
    const QString out = path(QStringLiteral("sized.png"));
    const Result result =
        runOnDatabase({QStringLiteral("--out"), out, QStringLiteral("--size"),
                       QStringLiteral("1200x700"), QStringLiteral("--dpi"), QStringLiteral("144")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const std::optional<Png> image = readPng(out, &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->size, QSize(1200, 700));
    const int perMetre = qRound(144 / 0.0254);
    QVERIFY2(qAbs(image->dotsPerMeterX - perMetre) <= 1,
             qPrintable(QString::number(image->dotsPerMeterX)));
    QVERIFY2(qAbs(image->dotsPerMeterY - perMetre) <= 1,
             qPrintable(QString::number(image->dotsPerMeterY)));
}

void TestExportChart::pdfIsOnePage()
{
    const QString out = path(QStringLiteral("provinces.pdf"));
    const Result result = runOnDatabase(
        {QStringLiteral("--chart"), QStringLiteral("provinces"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // Latin-1 keeps every byte, so the object dictionaries can be searched as text.
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    QCOMPARE(text.count(page), 1);
}

// bridges export-map: the map of the pairings the filters keep, as export-chart --chart map.
void TestExportChart::drawsTheMap()
{
    const QString out = path(QStringLiteral("map.svg"));
    const BridgesProcess::Result result = BridgesProcess::run(
        {QStringLiteral("export-map"), QStringLiteral("--db"), m_database, QStringLiteral("--out"),
         out, QStringLiteral("--province"), QStringLiteral("CN-JS")},
        m_home);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("China–US sister pairings")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Jiangsu")), qPrintable(text)); // the filter line
    QVERIFY2(text.contains(QStringLiteral("Natural Earth")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("City pairing")));
    QFile svg(out);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().count("<polyline") > 100); // the arcs of Jiangsu's pairings
    // The same through export-chart, as a PNG of the default size.
    const QString png = path(QStringLiteral("map.png"));
    const Result chart = runOnDatabase(
        {QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png});
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    const std::optional<Png> image = readPng(png, &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->size, QSize(1600, 900));
}

void TestExportChart::drawsEachStatistic_data()
{
    QTest::addColumn<QString>("chart");
    for (const char *chart : {"states", "fields", "modes"})
        QTest::newRow(chart) << QString::fromLatin1(chart);
}

void TestExportChart::drawsEachStatistic()
{
    QFETCH(QString, chart);
    const QString out = path(chart + QStringLiteral(".png"));
    const Result result = runOnDatabase({QStringLiteral("--chart"), chart, QStringLiteral("--out"),
                                         out, QStringLiteral("--format"), QStringLiteral("PNG")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const std::optional<Png> image = readPng(out, &error);
    QVERIFY2(image, qPrintable(error));
    // The default width, and at least the default height: it grows to name every part.
    QCOMPARE(image->size.width(), 1600);
    QVERIFY(image->size.height() >= 900);
    QCOMPARE(image->dotsPerMeterX, qRound(96 / 0.0254));
}

// The filters reach the counting, not only the subtitle: the title's total equals plain SQL.
void TestExportChart::statisticCountsTheFilteredRecords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("title"); // before " (N in all)"
    QTest::addColumn<QString>("sql");   // N

    const QString provinces = QStringLiteral("Pairings by Chinese province");
    const QString fields = QStringLiteral("Exchanges by field");
    QTest::newRow("provinces") << QStringList{QStringLiteral("--chart"),
                                              QStringLiteral("provinces")}
                               << provinces << QStringLiteral("SELECT count(*) FROM pairings");
    QTest::newRow("provinces, cities only")
        << QStringList{QStringLiteral("--chart"), QStringLiteral("provinces"),
                       QStringLiteral("--level"), QStringLiteral("city")}
        << provinces << QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'city'");
    QTest::newRow("fields") << QStringList{QStringLiteral("--chart"), QStringLiteral("fields")}
                            << fields << QStringLiteral("SELECT count(*) FROM exchanges");
    QTest::newRow("fields, online only")
        << QStringList{QStringLiteral("--chart"), QStringLiteral("fields"),
                       QStringLiteral("--mode"), QStringLiteral("online")}
        << fields << QStringLiteral("SELECT count(*) FROM exchanges WHERE mode = 'online'");
}

void TestExportChart::statisticCountsTheFilteredRecords()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, title);
    QFETCH(QString, sql);
    const qint64 expected = count(m_database, sql);
    QVERIFY(expected > 0);
    const QString out = path(QStringLiteral("counted.svg"));
    QFile::remove(out);
    const Result result = runOnDatabase(QStringList{QStringLiteral("--out"), out} + arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString shown = QStringLiteral("%1 (%2 in all)").arg(title).arg(expected);
    QVERIFY2(text.contains(shown), qPrintable(shown + QStringLiteral(" not in:\n") + text));
}

void TestExportChart::chartsOnePairing()
{
    qint64 id = 0;
    {
        const QString connection = QStringLiteral("tst_exportchart_pairing");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT p.id FROM pairings p JOIN places c ON c.id = "
                               "p.chinese_place_id JOIN places u ON u.id = p.us_place_id WHERE "
                               "c.name_en = 'Nanjing' AND u.name_en = 'St. Louis'")));
            QVERIFY(query.next());
            id = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QVERIFY(id > 0);
    const QString out = path(QStringLiteral("pairing.svg"));
    const Result result = runOnDatabase(
        {QStringLiteral("--pairing"), QString::number(id), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("Nanjing – St. Louis")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("One pairing and all of its exchanges")),
             qPrintable(text));
}

// The labels the official totals should carry, made from the database's rows (read apart from
// the program): "288 (official, Oct 2025)".
QStringList TestExportChart::officialLabels(const QString &database)
{
    const QString connection = QStringLiteral("tst_exportchart_official");
    QStringList labels;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT total, date FROM official_counts ORDER BY date"));
            while (query.next()) {
                labels
                    << QStringLiteral("%1 (official, %2)")
                           .arg(query.value(0).toString(),
                                PartialDate::fromIso(query.value(1).toString()).toDisplayString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return labels;
}

// The whole record's timeline in a file carries each official total with its label, and names
// the line beside them for what it counts.
void TestExportChart::drawsTheOfficialTotals()
{
    const QStringList labels = officialLabels(m_database);
    QVERIFY(labels.contains(QStringLiteral("288 (official, Oct 2025)")));
    const QString out = path(QStringLiteral("official.svg"));
    const Result result = runOnDatabase({QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &label : labels)
        QVERIFY2(text.contains(label), qPrintable(label + QLatin1Char('\n') + text));
    QVERIFY2(text.contains(QStringLiteral("Pairings with a known year")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Official totals")), qPrintable(text));
}

// A filtered chart draws no national total beside its part, and its file says so.
void TestExportChart::saysWhyFilteredChartsLackTheOfficialTotals()
{
    const QString out = path(QStringLiteral("official-filtered.svg"));
    const Result result = runOnDatabase({QStringLiteral("--out"), out, QStringLiteral("--level"),
                                         QStringLiteral("province_state")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    const QString text = svgText(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &label : officialLabels(m_database))
        QVERIFY2(!text.contains(label), qPrintable(label));
    QVERIFY2(text.contains(QStringLiteral("The official totals are not drawn")), qPrintable(text));
}

void TestExportChart::mistakesAreReported_data()
{
    // %1 stands for an empty folder of its own; the test's database unless --db is given.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out"); // the file that must not appear
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");

    const QString svg = QStringLiteral("%1/x.svg");
    auto line = [&svg](QStringList more) {
        return QStringList{QStringLiteral("--out"), svg} + more;
    };
    QTest::newRow("no --out") << QStringList() << QString() << 2 << "--out";
    QTest::newRow("bad format") << line({QStringLiteral("--format"), QStringLiteral("gif")}) << svg
                                << 2 << "--format: “gif”";
    QTest::newRow("suffix not known")
        << QStringList{QStringLiteral("--out"), QStringLiteral("%1/x.gif")}
        << QStringLiteral("%1/x.gif") << 2 << "x.gif";
    QTest::newRow("unknown chart")
        << line({QStringLiteral("--chart"), QStringLiteral("pie")}) << svg << 2 << "--chart: “pie”";
    QTest::newRow("folder missing")
        << QStringList{QStringLiteral("--out"), QStringLiteral("%1/no/such/folder/x.svg")}
        << QStringLiteral("%1/no/such/folder/x.svg") << 1 << "%1/no/such/folder/x.svg";
    QTest::newRow("unwritable place")
        << QStringList{QStringLiteral("--out"), QStringLiteral("/proc/bridges-nope/x.svg")}
        << QStringLiteral("/proc/bridges-nope/x.svg") << 1 << "/proc/bridges-nope/x.svg";
    QTest::newRow("unknown level") << line({QStringLiteral("--level"), QStringLiteral("town")})
                                   << svg << 2 << "--level: “town”";
    QTest::newRow("province not in the database")
        << line({QStringLiteral("--province"), QStringLiteral("CN-ZZ")}) << svg << 2
        << "--province: no province has the code “CN-ZZ”";
    QTest::newRow("state not in the database")
        << line({QStringLiteral("--state"), QStringLiteral("us-zz")}) << svg << 2
        << "--state: no state has the code “US-ZZ”";
    QTest::newRow("exchange years reversed")
        << line({QStringLiteral("--exchanges-from"), QStringLiteral("2020"),
                 QStringLiteral("--exchanges-to"), QStringLiteral("2010")})
        << svg << 2 << "--exchanges-from: 2020";
    QTest::newRow("size too small") << line({QStringLiteral("--size"), QStringLiteral("10x10")})
                                    << svg << 2 << "--size: “10x10”";
    QTest::newRow("dpi not a number")
        << line({QStringLiteral("--dpi"), QStringLiteral("high")}) << svg << 2 << "--dpi: “high”";
    QTest::newRow("years reversed")
        << line({QStringLiteral("--years"), QStringLiteral("2020-1990")}) << svg << 2
        << "--years: “2020-1990”";
    QTest::newRow("pairing not a number")
        << line({QStringLiteral("--pairing"), QStringLiteral("0")}) << svg << 2 << "--pairing: “0”";
    QTest::newRow("pairing not in the database")
        << line({QStringLiteral("--pairing"), QStringLiteral("999999")}) << svg << 2
        << "--pairing: no pairing has the number 999999";
    QTest::newRow("years for a statistic")
        << line({QStringLiteral("--chart"), QStringLiteral("provinces"), QStringLiteral("--years"),
                 QStringLiteral("2000-2010")})
        << svg << 2 << "--years: only the timeline";
    QTest::newRow("filters with one pairing")
        << line({QStringLiteral("--pairing"), QStringLiteral("1"), QStringLiteral("--level"),
                 QStringLiteral("city")})
        << svg << 2 << "--pairing: the chart of one pairing";
    QTest::newRow("unknown option") << line({QStringLiteral("--colour")}) << svg << 2 << "colour";
    QTest::newRow("database folder missing")
        << line({QStringLiteral("--db"), QStringLiteral("%1/no/such/folder/test.sqlite")}) << svg
        << 1 << "%1/no/such/folder/test.sqlite";
}

void TestExportChart::mistakesAreReported()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString here = QStringLiteral("%1");
    for (QString &argument : arguments)
        argument.replace(here, folder.path());
    out.replace(here, folder.path());
    mention.replace(here, folder.path());

    const Result result =
        arguments.contains(QStringLiteral("--db")) ? run(arguments) : runOnDatabase(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(QStringLiteral("bridges export-chart: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    if (!out.isEmpty())
        QVERIFY(!QFileInfo::exists(out));
    // Nothing at all was written: no file, no folder, no temporary file of QSaveFile.
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestExportChart::leavesTheDatabaseAlone()
{
    // The first run, which made the database, has finished and closed it: its WAL was folded
    // into the main file then, so the main file's bytes are what the records are.
    const QByteArray before = TestSupport::digest(m_database);
    QVERIFY(!before.isEmpty());
    const qint64 pairings = count(m_database, QStringLiteral("SELECT count(*) FROM pairings"));
    const qint64 exchanges = count(m_database, QStringLiteral("SELECT count(*) FROM exchanges"));
    QCOMPARE(TestSupport::digest(m_database), before); // counting changed nothing either

    const QString out = path(QStringLiteral("unchanged.png"));
    const Result result = runOnDatabase(
        {QStringLiteral("--out"), out, QStringLiteral("--field"), QStringLiteral("education")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(TestSupport::digest(m_database), before);
    QCOMPARE(count(m_database, QStringLiteral("SELECT count(*) FROM pairings")), pairings);
    QCOMPARE(count(m_database, QStringLiteral("SELECT count(*) FROM exchanges")), exchanges);
}

void TestExportChart::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString database = folder.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray before = TestSupport::digest(database);
    const QString out = folder.filePath(QStringLiteral("x.svg"));
    const Result result = run({QStringLiteral("--db"), database, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("bridges export-chart: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("is not a Bridges database")),
             qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(TestSupport::digest(database), before);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("notes.sqlite")});
}

// Without --db the user's database is used, made if missing: here the one in the temporary
// XDG_DATA_HOME, which also shows that the runs above kept away from the real one.
void TestExportChart::withoutDbUsesTheDataFolder()
{
    const QString database = m_home.filePath(QStringLiteral("data/Bridges/bridges.sqlite"));
    QVERIFY(!QFileInfo::exists(database));
    const QString out = path(QStringLiteral("default.svg"));
    const Result result = run({QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFileInfo::exists(out));
    QVERIFY(QFileInfo::exists(database));
    QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM pairings")),
             count(m_database, QStringLiteral("SELECT count(*) FROM pairings")));
}

QTEST_GUILESS_MAIN(TestExportChart)
#include "tst_exportchart.moc"
