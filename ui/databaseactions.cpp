// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/databaseactions.h"

#include "ui/settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

DatabaseActions::DatabaseActions(QWidget *window) : QObject(window), m_window(window)
{
    m_new = new QAction(tr("&New Database…"), this);
    m_new->setObjectName(QStringLiteral("newDatabaseAction"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &DatabaseActions::newDatabase);
    m_open = new QAction(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openDatabaseAction"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &DatabaseActions::openDatabase);
}

void DatabaseActions::newDatabase()
{
    QMessageBox ask(QMessageBox::Question, tr("New Database"),
                    tr("Start the new database with the data Bridges ships, or empty?"),
                    QMessageBox::Cancel, m_window);
    ask.setObjectName(QStringLiteral("newDatabaseBox"));
    ask.setInformativeText(
        tr("With the shipped data it holds every China–US pairing Bridges knows of and their "
           "exchanges, with their sources, to add your own to. Empty, it holds nothing until you "
           "add or import records."));
    QPushButton *shipped = ask.addButton(tr("With the &Shipped Data"), QMessageBox::AcceptRole);
    shipped->setObjectName(QStringLiteral("shippedDataButton"));
    QPushButton *empty = ask.addButton(tr("&Empty"), QMessageBox::AcceptRole);
    empty->setObjectName(QStringLiteral("emptyButton"));
    ask.setDefaultButton(shipped);
    ask.exec();
    if (ask.clickedButton() != shipped && ask.clickedButton() != empty)
        return;
    Settings settings;
    QFileDialog dialog(m_window, tr("New Database"),
                       QDir(settings.exportFolder()).filePath(tr("sister-cities.sqlite")));
    dialog.setObjectName(QStringLiteral("newDatabaseDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Bridges databases (*.sqlite)")});
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    settings.setExportFolder(QFileInfo(path).absolutePath());
    emit newRequested(path, ask.clickedButton() == shipped);
}

void DatabaseActions::openDatabase()
{
    Settings settings;
    QFileDialog dialog(m_window, tr("Open a Database"), settings.exportFolder());
    dialog.setObjectName(QStringLiteral("openDatabaseDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Bridges databases (*.sqlite *.db)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    settings.setExportFolder(QFileInfo(path).absolutePath());
    emit openRequested(path);
}
