// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databaseopener.h"

#include "app/io/bundleddataset.h"
#include "app/io/dataedition.h"
#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/dataeditionstore.h"
#include "app/storage/placestore.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

namespace DatabaseOpener {

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("bridges.sqlite"));
}

std::unique_ptr<Database> open(const QString &path, QString *error, Contents contents)
{
    const bool server = ServerAddress::looksLikeUrl(path);
    const bool existed = server || QFileInfo::exists(path);
    Database::OpenError openError;
    std::unique_ptr<Database> database;
    if (server) {
        QString password;
        const std::optional<ServerAddress> address =
            ServerAddress::fromUrl(path, &openError.message, &password);
        if (address)
            database = Database::openServer(*address, password, &openError);
    } else {
        database = Database::openFile(path, &openError);
    }
    if (!database) {
        if (error)
            *error = openError.message;
        return nullptr;
    }
    // A database without a single place was created now, or its first load never finished
    // (the program was stopped in between): either way it gets the shipped data, unless asked
    // for empty (to copy or load a whole database into) or made empty on purpose.
    if (contents == Contents::Empty || PlaceStore(*database).count() > 0 ||
        DataEditionStore(*database).current() == DataEdition::none())
        return database;
    QString problem;
    try {
        BundledDataset::load(*database);
        return database;
    } catch (const DataError &e) {
        problem = e.message();
    } catch (const StorageError &e) {
        problem = e.message();
    }
    database.reset();
    if (!existed)
        removeDatabaseFiles(path);
    if (error) {
        *error = tr("Could not load the shipped data into %1: %2")
                     .arg(server ? ServerAddress::fromUrl(path, nullptr)->shown()
                                 : QDir::toNativeSeparators(path),
                          problem);
    }
    return nullptr;
}

bool makeNew(const QString &path, Contents contents, QString *error)
{
    const QString building = path + QStringLiteral(".new");
    removeDatabaseFiles(building); // left by a run that was stopped
    QString problem;
    {
        const std::unique_ptr<Database> database = open(building, &problem, contents);
        if (database && contents == Contents::Empty) {
            try {
                DataEditionStore(*database).set(DataEdition::none());
            } catch (const StorageError &e) {
                problem = e.message();
            }
        }
    } // closed: its journal is folded into the file
    // The old file's journal, if one was left, must not be read as the new one's.
    if (problem.isEmpty()) {
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    // rename(2) puts the new file in the old one's place in one step.
    if (problem.isEmpty() && std::rename(QFile::encodeName(building).constData(),
                                         QFile::encodeName(path).constData()) != 0) {
        problem =
            tr("Cannot make %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (problem.isEmpty())
        return true;
    removeDatabaseFiles(building);
    // Said of the file the user named, not of the one made beside it.
    if (error) {
        *error =
            problem.replace(QDir::toNativeSeparators(building), QDir::toNativeSeparators(path));
    }
    return false;
}

std::unique_ptr<Database> openForCommand(const QString &given, QString *error, Contents contents)
{
    QString path = given;
    if (path.isEmpty()) {
        path = defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return open(path, error, contents);
}

} // namespace DatabaseOpener
