// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session.h"

#include "app/commands/commands.h"
#include "app/domain/serveraddress.h"
#include "app/io/databaseopener.h"
#include "app/models/workspace.h"
#include "app/storage/database.h"
#include "ui/mainwindow.h"
#include "ui/passwordkeychain.h"
#include "ui/placenamesmenu.h"
#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>
#include <QUrl>

std::unique_ptr<Session> Session::open(const QString &location, const QString &password,
                                       QString *error)
{
    QString where = location;
    if (ServerAddress::looksLikeUrl(location) && !password.isEmpty()) {
        QUrl url(location);
        url.setPassword(password);
        where = url.toString();
    }
    PlaceNamesMenu::applySaved();
    std::unique_ptr<Session> session(new Session);
    session->m_database = DatabaseOpener::open(where, error);
    if (!session->m_database)
        return nullptr;
    const Database &database = *session->m_database;
    session->m_workspace = std::make_unique<Workspace>(database);
    session->m_commands = std::make_unique<Commands>(database, session->m_workspace->notifier);
    session->makeWindow();
    Settings().addRecentDatabase(ServerAddress::looksLikeUrl(location)
                                     ? database.location()
                                     : QFileInfo(location).absoluteFilePath());
    return session;
}

void Session::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_commands, m_database->location(),
                                            m_database->shownName());
    connect(m_window.get(), &MainWindow::openRequested, this, &Session::openAnother);
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, &Session::makeAnother);
    // Queued: the old window goes once the menu that chose the language has closed.
    connect(m_window.get(), &MainWindow::languageChanged, this, &Session::renewWindow,
            Qt::QueuedConnection);
}

void Session::renewWindow()
{
    const bool shown = m_window->isVisible();
    const WindowSnapshot snapshot = m_window->snapshot();
    // Closing keeps the window's layout, columns and sort order, filter and tabs in the
    // settings for the new one; the program goes on without a window meanwhile.
    const bool quits = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->close();
    m_window.reset();
    // The same undo stack, its steps named in the new language; what the models made into text
    // (choices, names of places) made again, before the new window reads them.
    m_commands->retranslate();
    m_workspace->notifier.announce(ChangeNotifier::Everything);
    makeWindow();
    if (shown)
        m_window->show();
    // Once shown, so that the lists have their height to scroll in.
    m_window->restore(snapshot);
    QGuiApplication::setQuitOnLastWindowClosed(quits);
}

Session::~Session()
{
    // The window first: it reads the models, which read the database.
    m_window.reset();
    m_commands.reset();
    m_workspace.reset();
    m_database.reset();
}

void Session::openAnother(const QString &location, const QString &password,
                          PasswordKeychain::Keeping keeping)
{
    QString error;
    std::unique_ptr<Session> next = open(location, password, &error);
    if (!next) {
        QMessageBox::warning(m_window.get(), tr("Bridges"), error);
        // A kept password the server refuses (changed since, say) is asked for again; a server
        // that cannot be reached is only reported. (libpq names the password in its refusals,
        // in every language PostgreSQL speaks.)
        const bool keptOne = keeping == PasswordKeychain::Keeping::AsItIs && !password.isEmpty();
        const bool refused = error.contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (keptOne && refused && ServerAddress::looksLikeUrl(location))
            m_window->connectToServer(location, true);
        return;
    }
    next->window().show();
    m_window->hide();
    // The keychain may keep the user waiting (to unlock it): asked by the new session, once
    // this one is gone.
    if (keeping != PasswordKeychain::Keeping::AsItIs) {
        Session *opened = next.get();
        QTimer::singleShot(0, opened, [opened, location, password, keeping] {
            keepPassword(opened->window(), location, password, keeping);
        });
    }
    emit replacedBy(next.release());
}

void Session::makeAnother(const QString &path, bool withShippedData)
{
    // The database in use is not made anew under its own window.
    if (m_database->backend() == Database::Backend::Sqlite &&
        QFileInfo(path) == QFileInfo(m_database->location())) {
        QMessageBox::warning(m_window.get(), tr("Bridges"),
                             tr("%1 is the database in use: a new one cannot take its place. "
                                "Choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // the shipped data takes a moment
    const bool made = DatabaseOpener::makeNew(
        path,
        withShippedData ? DatabaseOpener::Contents::ShippedData : DatabaseOpener::Contents::Empty,
        &error);
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(m_window.get(), tr("Bridges"), error);
        return;
    }
    openAnother(path, QString(), PasswordKeychain::Keeping::AsItIs);
}

void Session::keepPassword(MainWindow &window, const QString &location, const QString &password,
                           PasswordKeychain::Keeping keeping)
{
    QString problem;
    if (keeping == PasswordKeychain::Keeping::Forget) {
        // Nothing may have been kept, or there is no keychain to ask: either way none is kept.
        PasswordKeychain::forget(location, &problem);
        return;
    }
    if (!PasswordKeychain::store(location, password, &problem)) {
        QMessageBox::warning(&window, tr("Bridges"),
                             tr("The password could not be kept in the system keychain: %1. You "
                                "will be asked for it next time.")
                                 .arg(problem));
    }
}
