// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/language.h"
#include "ui/panes/filterbar.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The window laid out as a user meets it on a small laptop: the detail panes keep every line
// of their labels and scroll rather than squeeze rows over each other; the window fits 1024×640
// with its filters whole (wrapped, the less used ones behind "More filters", which says how
// many of them are set); it never resizes itself; the pairings list shows its last column,
// Established, whole. In English and in Chinese.
class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pairingDetailScrollsInsteadOfSquashing_data();
    void pairingDetailScrollsInsteadOfSquashing();
    void exchangeDetailScrollsInsteadOfSquashing_data();
    void exchangeDetailScrollsInsteadOfSquashing();
    void windowFitsASmallLaptop_data();
    void windowFitsASmallLaptop();
    void foldedFiltersSayTheyAreSet();
    void windowNeverResizesItself_data();
    void windowNeverResizesItself();
    void establishedColumnShowsWhole_data();
    void establishedColumnShowsWhole();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {
// Lets the layouts settle after a resize or a change of what is shown.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    return QStringLiteral("%1 %2 “%3”")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text.left(60));
}

QRect placeIn(const QWidget *widget, const QWidget *ancestor)
{
    return {widget->mapTo(ancestor, QPoint(0, 0)), widget->size()};
}

// The first two widgets that overlap, said; empty when none do.
QString overlap(const QList<QWidget *> &widgets, const QWidget *ancestor)
{
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        for (qsizetype j = i + 1; j < widgets.size(); ++j) {
            const QRect a = placeIn(widgets.at(i), ancestor);
            const QRect b = placeIn(widgets.at(j), ancestor);
            if (a.intersects(b)) {
                return QStringLiteral("%1 at %2,%3 %4×%5 overlaps %6 at %7,%8 %9×%10")
                    .arg(describe(widgets.at(i)))
                    .arg(a.x())
                    .arg(a.y())
                    .arg(a.width())
                    .arg(a.height())
                    .arg(describe(widgets.at(j)))
                    .arg(b.x())
                    .arg(b.y())
                    .arg(b.width())
                    .arg(b.height());
            }
        }
    }
    return QString();
}

// Every label of a detail pane shows all of its lines, lies where scrolling reaches, and no
// two labels (or a label and the table of exchanges) overlap. The pane scrolls its contents
// when it has a scroll area of that name; without one, what it shows is all there is.
void checkDetail(QWidget *pane, const char *scrollName)
{
    auto *scroll = pane->findChild<QScrollArea *>(QLatin1String(scrollName));
    QWidget *contents = scroll ? scroll->widget() : pane;
    QVERIFY2(contents->width() <= (scroll ? scroll->viewport()->width() : pane->width()),
             "the detail is wider than the pane, and does not scroll sideways");
    QList<QWidget *> parts;
    for (QLabel *label : contents->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(contents))
            continue;
        parts << label;
        QVERIFY2(contents->rect().contains(placeIn(label, contents)),
                 qPrintable(describe(label) + QStringLiteral(" lies outside the pane")));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(describe(label) + QStringLiteral(": %1 px high, its lines need %2")
                                                  .arg(label->height())
                                                  .arg(label->heightForWidth(label->width()))));
        if (!label->wordWrap()) {
            QVERIFY2(label->width() >= label->sizeHint().width(),
                     qPrintable(describe(label) + QStringLiteral(" is cut")));
        }
    }
    for (QTableView *table : contents->findChildren<QTableView *>()) {
        if (table->isVisibleTo(contents)) {
            parts << table;
            QVERIFY(contents->rect().contains(placeIn(table, contents)));
        }
    }
    QVERIFY(parts.size() > 8);
    const QString overlapping = overlap(parts, contents);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

// The controls of the filter bar a user reads and uses, not the parts they are made of.
QList<QWidget *> filterControls(QWidget *bar)
{
    QList<QWidget *> controls;
    for (QWidget *widget : bar->findChildren<QWidget *>()) {
        const QWidget *parent = widget->parentWidget();
        if (!widget->isVisibleTo(bar) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent))
            continue;
        if (qobject_cast<QLabel *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QLineEdit *>(widget))
            controls << widget;
    }
    return controls;
}

// The text a combo box shows fits the room its style gives the text.
bool showsWhole(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    return combo->fontMetrics().horizontalAdvance(combo->currentText()) <= field.width();
}

QTabWidget *chartTabs(const TestWindow &w)
{
    return w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
}
} // namespace

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestLayout::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    PlaceNaming::setStyle(PlaceNaming::Style::Both);
}

void TestLayout::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

void TestLayout::pairingDetailScrollsInsteadOfSquashing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("us");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "zh_CN"}) {
        for (const auto &[chinese, us] :
             {std::pair{"Nanjing", "St. Louis"}, std::pair{"Beijing", "Washington D.C."}}) {
            for (const QSize size : {QSize(1024, 640), QSize(1000, 700), QSize(800, 500)}) {
                QTest::addRow("%s, %s – %s, %d×%d", language, chinese, us, size.width(),
                              size.height())
                    << QString::fromLatin1(language) << QString::fromLatin1(chinese)
                    << QString::fromLatin1(us) << size;
            }
        }
    }
}

void TestLayout::pairingDetailScrollsInsteadOfSquashing()
{
    QFETCH(QString, language);
    QFETCH(QString, chinese);
    QFETCH(QString, us);
    QFETCH(QSize, size);
    Language::apply(language);
    TestWindow w(*m_db);
    w.window->resize(size);
    const qint64 pairing = TestSupport::pairingId(*m_db, chinese, us);
    QVERIFY(pairing);
    w.window->showPairing(pairing);
    settle();
    auto *pane = w.window->findChild<QWidget *>(QStringLiteral("detailPane"));
    QVERIFY(pane && pane->isVisible());
    checkDetail(pane, "pairingDetailScroll");
}

void TestLayout::exchangeDetailScrollsInsteadOfSquashing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 640), QSize(800, 500)}) {
            QTest::addRow("%s, %d×%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
        }
    }
}

// The exchange that says the most, chosen in the exchanges list.
void TestLayout::exchangeDetailScrollsInsteadOfSquashing()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Language::apply(language);
    TestWindow w(*m_db);
    w.window->resize(size);
    const qint64 longest =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT id FROM exchanges ORDER BY "
                                                  "length(description) + length(participants) "
                                                  "DESC LIMIT 1"))
            .toLongLong();
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    const int row = w.exchanges.rowOfRecord(longest);
    QVERIFY(row >= 0);
    w.view("exchangesView")->setCurrentIndex(w.exchanges.index(row, 0));
    settle();
    auto *pane = w.window->findChild<QWidget *>(QStringLiteral("exchangePane"));
    QVERIFY(pane && pane->isVisible());
    checkDetail(pane, "exchangeDetailScroll");
}

void TestLayout::windowFitsASmallLaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pairingChosen");
    QTest::addColumn<bool>("moreFilters");
    QTest::addColumn<bool>("longestChoices");
    for (const char *language : {"en", "zh_CN"}) {
        const QString l = QString::fromLatin1(language);
        QTest::addRow("%s, nothing chosen", language) << l << false << false << false;
        QTest::addRow("%s, a pairing chosen", language) << l << true << false << false;
        QTest::addRow("%s, more filters", language) << l << true << true << false;
        QTest::addRow("%s, the longest choices", language) << l << true << true << true;
    }
}

// At 1024×640 every filter is whole (no text cut), none lies over another, and the window's
// least size fits the screen whatever is chosen.
void TestLayout::windowFitsASmallLaptop()
{
    QFETCH(QString, language);
    QFETCH(bool, pairingChosen);
    QFETCH(bool, moreFilters);
    QFETCH(bool, longestChoices);
    Language::apply(language);
    TestWindow w(*m_db);
    auto *bar = w.window->findChild<FilterBar *>();
    QVERIFY(bar);
    if (pairingChosen) {
        w.window->showPairing(
            TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
        chartTabs(w)->setCurrentIndex(0);
    }
    if (moreFilters) {
        auto *more = bar->findChild<QPushButton *>(QStringLiteral("moreFilters"));
        QVERIFY(more);
        QTest::mouseClick(more, Qt::LeftButton);
    }
    if (longestChoices) {
        for (QComboBox *combo : bar->findChildren<QComboBox *>()) {
            int longest = 0;
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemText(i).size() > combo->itemText(longest).size())
                    longest = i;
            }
            combo->setCurrentIndex(longest);
        }
    }
    settle();
    const QSize least = w.window->minimumSizeHint().expandedTo(w.window->minimumSize());
    QVERIFY2(least.width() <= 1024 && least.height() <= 640,
             qPrintable(QStringLiteral("the window needs at least %1×%2")
                            .arg(least.width())
                            .arg(least.height())));
    w.window->resize(1024, 640);
    settle();
    QCOMPARE(w.window->size(), QSize(1024, 640));

    const QList<QWidget *> controls = filterControls(bar);
    QVERIFY(controls.size() >= 12);
    for (QWidget *control : controls) {
        QVERIFY2(control->width() >= control->sizeHint().width(),
                 qPrintable(describe(control) + QStringLiteral(" is %1 px wide, needs %2")
                                                    .arg(control->width())
                                                    .arg(control->sizeHint().width())));
        QVERIFY2(bar->rect().contains(placeIn(control, bar)),
                 qPrintable(describe(control) + QStringLiteral(" is cut by the bar's edge")));
        if (auto *combo = qobject_cast<QComboBox *>(control))
            QVERIFY2(showsWhole(combo), qPrintable(describe(combo) + QStringLiteral(" is cut")));
    }
    const QString overlapping = overlap(controls, bar);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

// A filter set behind "More filters" shows on the button, and Clear Filters clears it too.
void TestLayout::foldedFiltersSayTheyAreSet()
{
    TestWindow w(*m_db);
    auto *more = w.window->findChild<QPushButton *>(QStringLiteral("moreFilters"));
    QVERIFY(more);
    auto *status = w.window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *mode = w.window->findChild<QComboBox *>(QStringLiteral("modeFilter"));
    QVERIFY(!status->isVisible() && !mode->isVisible()); // folded at first
    const auto shown = [more] { return more->text().remove(QLatin1Char('&')); };
    QCOMPARE(shown(), QStringLiteral("More filters"));
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(status->isVisible() && mode->isVisible());
    status->setCurrentIndex(1);
    QCOMPARE(shown(), QStringLiteral("More filters (1 set)"));
    mode->setCurrentIndex(1);
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(!status->isVisible());
    QCOMPARE(shown(), QStringLiteral("More filters (2 set)"));
    QVERIFY(w.pairings.filter().status == status->currentData().toString());

    w.window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(mode->currentIndex(), 0);
    QCOMPARE(shown(), QStringLiteral("More filters"));
    QVERIFY(w.pairings.filter().isEmpty());
}

void TestLayout::windowNeverResizesItself_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("smallest"); // at the window's least size, else at 1024×640
    for (const char *language : {"en", "zh_CN"}) {
        QTest::addRow("%s, 1024×640", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s, least size", language) << QString::fromLatin1(language) << true;
    }
}

// Choosing records and tabs leaves the window the size the user gave it.
void TestLayout::windowNeverResizesItself()
{
    QFETCH(QString, language);
    QFETCH(bool, smallest);
    Language::apply(language);
    TestWindow w(*m_db);
    chartTabs(w)->setCurrentIndex(1);
    settle();
    const QSize size = smallest ? w.window->minimumSizeHint() : QSize(1024, 640);
    w.window->resize(size);
    settle();
    QCOMPARE(w.window->size(), size);
    for (const char *us : {"St. Louis", "Washington D.C."}) {
        const qint64 pairing = TestSupport::pairingId(
            *m_db,
            QString::fromLatin1(us) == QLatin1String("St. Louis") ? QStringLiteral("Nanjing")
                                                                  : QStringLiteral("Beijing"),
            QString::fromLatin1(us));
        w.window->showPairing(pairing);
        settle();
        QCOMPARE(w.window->size(), size);
        chartTabs(w)->setCurrentIndex(0);
        settle();
        QCOMPARE(w.window->size(), size);
        chartTabs(w)->setCurrentIndex(1);
        settle();
        QCOMPARE(w.window->size(), size);
    }
    chartTabs(w)->setCurrentIndex(0);
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    w.view("exchangesView")->setCurrentIndex(w.exchanges.index(0, 0));
    settle();
    QCOMPARE(w.window->size(), size);
}

void TestLayout::establishedColumnShowsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// At 1400 px, with the columns as a first start sizes them, Established is in view, its
// header and dates whole.
void TestLayout::establishedColumnShowsWhole()
{
    QFETCH(QString, language);
    Language::apply(language);
    TestWindow w(*m_db);
    w.window->resize(1400, 900);
    settle();
    QTableView *list = w.view("pairingsView");
    const QHeaderView *header = list->horizontalHeader();
    const int column = PairingListModel::Established;
    const int left = header->sectionViewportPosition(column);
    const int width = header->sectionSize(column);
    QVERIFY2(left >= 0 && left + width <= list->viewport()->width(),
             qPrintable(QStringLiteral("Established lies at %1–%2 of a list %3 px wide")
                            .arg(left)
                            .arg(left + width)
                            .arg(list->viewport()->width())));
    QVERIFY2(width >= header->sectionSizeHint(column), "its header is cut");
    const QAbstractItemView *view = list;
    QVERIFY2(width >= view->sizeHintForColumn(column), "its dates are cut");
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
