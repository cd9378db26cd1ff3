// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databaseopener.h"

#include "app/io/bundleddataset.h"
#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/placestore.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
    // for empty (to copy or load a whole database into).
    if (contents == Contents::Empty || PlaceStore(*database).count() > 0)
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
