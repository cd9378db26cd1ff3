// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// For the tests that drive the real window: a database with the shipped data, new for each
// test, window settings cleared, and the ways a user answers the dialogs a step opens.
class GuiFixture
{
protected:
    static void useTestLocations() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabase()
    {
        QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges"))
            .clear();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = TestSupport::createWithShippedData(*m_dir);
    }

    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }

    // Runs fill on the next modal dialog that opens while action runs.
    static void withDialog(QAction *action, const std::function<void(QWidget *)> &fill)
    {
        withDialog([action] { action->trigger(); }, fill);
    }
    // The same for a dialog that a key or a click opens.
    static void withDialog(const std::function<void()> &open,
                           const std::function<void(QWidget *)> &fill)
    {
        bool ran = false;
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            fill(dialog);
            ran = true;
        });
        open();
        QVERIFY(ran);
    }

    // Types a few letters and takes what the form offers for them, as a user would.
    static void choose(QComboBox *box, const QString &name)
    {
        box->setFocus();
        box->lineEdit()->clear();
        QTest::keyClicks(box->lineEdit(), name);
        const int row = box->findText(name, Qt::MatchStartsWith);
        QVERIFY2(row >= 0, qPrintable(name));
        box->setCurrentIndex(row);
    }

public:
    // What the "Changed by Someone Else" dialog lists, a row each: "Field: theirs / mine".
    static QStringList differencesShown(QWidget *conflict)
    {
        QStringList shown;
        auto *table = conflict->findChild<QTableWidget *>(QStringLiteral("differencesTable"));
        if (!table)
            return shown;
        for (int row = 0; row < table->rowCount(); ++row) {
            shown << QStringLiteral("%1: %2 / %3")
                         .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                              table->item(row, 2)->text());
        }
        return shown;
    }

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};
