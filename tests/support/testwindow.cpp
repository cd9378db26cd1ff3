// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testwindow.h"

#include "app/storage/database.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

TestWindow::TestWindow(const Database &database, bool countInBackground)
    : workspace(database, countInBackground ? Workspace::Counting::InBackground
                                            : Workspace::Counting::AtOnce),
      commands(database, workspace.notifier), pairings(workspace.pairings),
      exchanges(workspace.exchanges)
{
    window = std::make_unique<MainWindow>(workspace, commands, database.location(),
                                          database.shownName());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
}

TestWindow::~TestWindow() = default;

QTableView *TestWindow::view(const char *name) const
{
    return window->findChild<QTableView *>(QLatin1String(name));
}

QString TestWindow::text(const char *label) const
{
    auto *widget = window->findChild<QLabel *>(QLatin1String(label));
    return widget ? widget->text() : QStringLiteral("<no label %1>").arg(QLatin1String(label));
}
