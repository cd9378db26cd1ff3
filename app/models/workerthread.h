// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// A worker object on a thread of its own, such as one that keeps a second connection to the
// database. At the end the worker is told to close on its own thread (a connection is closed
// on the thread that opened it), the thread stops, and the worker goes.
class WorkerThread
{
public:
    WorkerThread(QObject *worker, std::function<void()> close, const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

private:
    QThread m_thread;
    QObject *m_worker;
    std::function<void()> m_close;
};
