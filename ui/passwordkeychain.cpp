// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passwordkeychain.h"

#include "ui/settings.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace PasswordKeychain {
namespace {
const QString service = QStringLiteral("Bridges");

// Runs a keychain job to its end; false with the keychain's reason when it failed.
bool finish(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}
} // namespace

QString read(const QString &address, QString *error)
{
    if (!Settings().passwordKept(address))
        return {}; // none kept: the keychain is not asked (nor made to ask for unlocking)
    QKeychain::ReadPasswordJob job(service);
    job.setKey(address);
    return finish(job, error) ? job.textData() : QString();
}

bool store(const QString &address, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(address);
    job.setTextData(password);
    if (!finish(job, error))
        return false;
    Settings().setPasswordKept(address, true);
    return true;
}

bool forget(const QString &address, QString *error)
{
    if (!Settings().passwordKept(address))
        return true;
    QKeychain::DeletePasswordJob job(service);
    job.setKey(address);
    if (!finish(job, error))
        return false;
    Settings().setPasswordKept(address, false);
    return true;
}

} // namespace PasswordKeychain
