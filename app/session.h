// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/passwordkeychain.h"

#include <QObject>
#include <QString>

#include <memory>

class Commands;
class Database;
class MainWindow;
struct Workspace;

// One open database and its window: the database, the models it is shown through, the
// commands that change it, and the main window. File > New Database…, Open…, Open Recent and
// Connect to Server… open another; when it opens, it takes this one's place (this window closes),
// and it joins the recent databases. When it cannot be opened, the message shows over the window in
// use, which stays.
class Session : public QObject
{
    Q_OBJECT
public:
    // location: a file's path or a server's address; password: for a server, if not in the
    // address (shown nowhere). Returns null with *error saying why.
    static std::unique_ptr<Session> open(const QString &location, const QString &password,
                                         QString *error);
    ~Session() override;

    MainWindow &window() const { return *m_window; }
    const Database &database() const { return *m_database; }

signals:
    // Another database was opened in this one's place: this one is to be let go.
    void replacedBy(Session *next);

private:
    Session() = default;
    void openAnother(const QString &location, const QString &password,
                     PasswordKeychain::Keeping keeping);
    // File > New Database…: made, then opened as another is.
    void makeAnother(const QString &path, bool withShippedData);
    // The window made for the database, speaking the language in use.
    void makeWindow();
    // Another language chosen: a new window on the same models and undo stack in this one's
    // place, where it was, showing what it showed (through the settings it kept on closing,
    // and its snapshot).
    void renewWindow();
    static void keepPassword(MainWindow &window, const QString &location, const QString &password,
                             PasswordKeychain::Keeping keeping);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Commands> m_commands;
    std::unique_ptr<MainWindow> m_window;
};
