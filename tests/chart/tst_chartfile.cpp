// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/breakdownmodel.h"
#include "app/models/timelineseries.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "ui/chart/breakdownchart.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartfile.h"
#include "ui/chart/timelinechart.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Charts written to files as a reader gets them: a PNG of the size and resolution chosen, an
// SVG that is well-formed XML with the title as text, a one-page PDF, the caption saying what
// was left out, and a file that cannot be written reported by name with nothing left behind.
class TestChartFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasTheChosenSizeAndResolution_data();
    void pngHasTheChosenSizeAndResolution();
    void svgIsXmlWithTheTitle();
    void pdfHasOnePage();
    void statisticsDrawToo();
    void captionSaysWhatIsLeftOut();
    void unwritableFileIsReportedAndNothingIsLeft();
    void formatsAreNamed();
    void svgKeepsMarkupInTitlesAsText();
    void hugePngIsRefused();

private:
    QByteArray write(ChartFile::Format format, const QString &name, const QSize &size,
                     int dpi = 96);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineSeries> m_timeline;
    ChartCaption m_caption;
};

void TestChartFile::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
    m_timeline = std::make_unique<TimelineSeries>(*m_db);
    m_caption = ChartCaptions::timeline(*m_timeline, QString(), QStringLiteral("No filter"),
                                        QStringLiteral("test.sqlite"));
}

QByteArray TestChartFile::write(ChartFile::Format format, const QString &name, const QSize &size,
                                int dpi)
{
    TimelineChart chart(m_timeline.get());
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ChartFile::write(&chart, m_caption, path, format, size, dpi, &error))
        qFatal("%s", qPrintable(error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("not written: %s", qPrintable(path));
    return file.readAll();
}

void TestChartFile::pngHasTheChosenSizeAndResolution_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("screen") << QSize(1600, 900) << 96;
    QTest::newRow("print") << QSize(2400, 1500) << 300;
    QTest::newRow("small") << QSize(400, 300) << 72;
}

void TestChartFile::pngHasTheChosenSizeAndResolution()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    const QByteArray bytes = write(ChartFile::Format::Png, QStringLiteral("chart.png"), size, dpi);
    QImage image;
    QVERIFY(image.loadFromData(bytes, "PNG"));
    QCOMPARE(image.size(), size);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    // Something is drawn: the corner is the white ground, the middle is not all white.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    int inked = 0;
    for (int x = size.width() / 4; x < size.width() * 3 / 4; x += 3) {
        if (image.pixelColor(x, size.height() * 3 / 4) != QColor(Qt::white))
            ++inked;
    }
    QVERIFY2(inked > 0, "nothing drawn across the chart");
}

void TestChartFile::svgIsXmlWithTheTitle()
{
    const QByteArray bytes =
        write(ChartFile::Format::Svg, QStringLiteral("chart.svg"), QSize(1200, 700));
    QXmlStreamReader xml(bytes);
    QString root;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters() && !xml.isWhitespace())
            texts << xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    const QString all = texts.join(QLatin1Char(' '));
    QVERIFY2(all.contains(m_caption.title), qPrintable(m_caption.title));
    QVERIFY(all.contains(QStringLiteral("No filter")));
    QVERIFY(all.contains(QStringLiteral("1985")) || all.contains(QStringLiteral("1990")));
    // A vector drawing: the bars are shapes, not one embedded picture.
    QVERIFY(!bytes.contains("<image"));
}

void TestChartFile::pdfHasOnePage()
{
    const QByteArray bytes =
        write(ChartFile::Format::Pdf, QStringLiteral("chart.pdf"), QSize(1200, 700));
    QVERIFY(bytes.startsWith("%PDF-"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
    // The page is the chart's size at 96 pixels per inch, in points.
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 900(\\.0*)? 525(\\.0*)?\\]"));
    QVERIFY2(QString::fromLatin1(bytes).contains(mediaBox), "page size");
}

void TestChartFile::statisticsDrawToo()
{
    BreakdownModel model(*m_db, BreakdownModel::PairingsByProvince);
    BreakdownChart chart(&model);
    const ChartCaption caption =
        ChartCaptions::breakdown(model, QStringLiteral("No filter"), QStringLiteral("test"));
    QCOMPARE(model.total(), TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM "
                                                                      "pairings"))
                                .toLongLong());
    QVERIFY2(caption.title.contains(QStringLiteral("(%1 in all)").arg(model.total())),
             qPrintable(caption.title));
    const QImage image = ChartFile::image(&chart, caption, QSize(800, 1000));
    QCOMPARE(image.size(), QSize(800, 1000));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("provinces.svg"));
    QVERIFY(ChartFile::write(&chart, caption, path, ChartFile::Format::Svg, QSize(800, 1000), 96,
                             &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // The largest province is named, with its Chinese name (SVG writes each script apart).
    const QString first = model.index(0, BreakdownModel::Part).data().toString();
    const QStringList names = first.split(QLatin1Char(' '));
    QCOMPARE(names.size(), 2);
    for (const QString &name : names)
        QVERIFY2(svg.contains(QLatin1Char('>') + name), qPrintable(name));
}

void TestChartFile::captionSaysWhatIsLeftOut()
{
    QVERIFY(m_timeline->pairingsOfUnknownYear() > 0);
    QVERIFY2(m_caption.source.contains(
                 QStringLiteral("%1 pairings").arg(m_timeline->pairingsOfUnknownYear())),
             qPrintable(m_caption.source));
    QVERIFY(m_caption.source.contains(QStringLiteral("not known")));
    QVERIFY(m_caption.title.contains(QStringLiteral("1979")));
}

void TestChartFile::unwritableFileIsReportedAndNothingIsLeft()
{
    TimelineChart chart(m_timeline.get());
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/chart.svg"));
    QString error;
    QVERIFY(!ChartFile::write(&chart, m_caption, path, ChartFile::Format::Svg, QSize(800, 600), 96,
                              &error));
    QVERIFY2(error.contains(QStringLiteral("chart.svg")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // An existing file is replaced only by a whole new one.
    const QString kept = m_dir.filePath(QStringLiteral("kept.png"));
    QFile old(kept);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(ChartFile::write(&chart, m_caption, kept, ChartFile::Format::Png, QSize(400, 300), 96,
                             &error));
    QVERIFY(QImage(kept).size() == QSize(400, 300));
}

void TestChartFile::formatsAreNamed()
{
    QCOMPARE(ChartFile::formatNamed(QStringLiteral("SVG")), ChartFile::Format::Svg);
    QCOMPARE(ChartFile::formatNamed(QStringLiteral("pdf")), ChartFile::Format::Pdf);
    QVERIFY(!ChartFile::formatNamed(QStringLiteral("gif")));
    QCOMPARE(ChartFile::suffix(ChartFile::Format::Png), QStringLiteral("png"));
}

// A title or a search with & or < must not break the file.
void TestChartFile::svgKeepsMarkupInTitlesAsText()
{
    TimelineChart chart(m_timeline.get());
    ChartCaption caption = m_caption;
    caption.title = QStringLiteral("R&D <2024>");
    caption.subtitle = QStringLiteral("Filters: Search: “a&b”");
    const QString path = m_dir.filePath(QStringLiteral("markup.svg"));
    QString error;
    QVERIFY(ChartFile::write(&chart, caption, path, ChartFile::Format::Svg, QSize(800, 500), 96,
                             &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            texts << xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts.contains(caption.title));
}

void TestChartFile::hugePngIsRefused()
{
    TimelineChart chart(m_timeline.get());
    const QString path = m_dir.filePath(QStringLiteral("huge.png"));
    QString error;
    QVERIFY(!ChartFile::write(&chart, m_caption, path, ChartFile::Format::Png, QSize(20000, 20000),
                              96, &error));
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestChartFile)
#include "tst_chartfile.moc"
