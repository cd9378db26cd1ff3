// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The bridges program run as a separate process, as a script would run it: no display at all,
// HOME and the XDG folders in a folder of the test's own. BRIDGES_BINARY is the program's path
// (a compile definition of the tests that use this).
namespace BridgesProcess {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Result run(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    // Without it Qt warns on stderr, before the program's own message.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRIDGES_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("bridges did not finish within 60 s")};
    }
    Result result{process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
                  QString::fromLocal8Bit(process.readAllStandardError())};
    if (process.exitStatus() != QProcess::NormalExit) {
        result.exitCode = -1;
        result.err.prepend(QStringLiteral("bridges crashed\n"));
    }
    return result;
}

} // namespace BridgesProcess
