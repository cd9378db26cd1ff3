// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/workerthread.h"

WorkerThread::WorkerThread(QObject *worker, std::function<void()> close, const QString &name)
    : m_worker(worker), m_close(std::move(close))
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(name);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    QMetaObject::invokeMethod(m_worker, m_close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}
