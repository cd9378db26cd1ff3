// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/guifixture.h"
#include "tests/support/testwindow.h"
#include "ui/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QTabWidget>
#include <QTest>

// What a screen reader and a keyboard user meet in the main window: every control that takes
// the keyboard's focus has a name a screen reader can say, on each tab of the window.
class TestAccessibility : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestLocations(); }
    void init() { freshDatabase(); }
    void everyControlHasAName();
};

namespace {
// The parts a control is made of (a spin box's text, a scrolled view's viewport) are spoken
// of as the control itself.
bool partOfAnother(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QAbstractSpinBox *>(parent))
        return true;
    const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
    return area && area->viewport() == widget;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
    }
    return path.join(QLatin1Char('/'));
}
} // namespace

void TestAccessibility::everyControlHasAName()
{
    TestWindow w(*m_db);
    w.window->resize(1400, 900);
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QStringList nameless;
    int looked = 0;
    const auto lookAtAll = [&] {
        for (QWidget *widget : w.window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
                partOfAnother(widget))
                continue;
            ++looked;
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty() && !nameless.contains(describe(widget)))
                nameless << describe(widget);
        }
    };
    // The lists' tabs, and the charts' and map's tabs, each in view once.
    for (auto *tabs : w.window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            lookAtAll();
        }
    }
    QVERIFY(looked > 20);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
