// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/silentserver.h"

#include <QTcpServer>
#include <QTcpSocket>

SilentServer::SilentServer(const QString &serverHost, quint16 serverPort)
{
    m_context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        &m_context,
        [this, serverHost, serverPort] {
            m_listener = new QTcpServer;
            m_listener->listen(QHostAddress::LocalHost);
            m_port = m_listener->serverPort();
            QObject::connect(m_listener, &QTcpServer::newConnection, m_listener, [=] {
                QTcpSocket *client = m_listener->nextPendingConnection();
                if (*m_silent)
                    return; // accepted, never answered
                auto *server = new QTcpSocket(client);
                server->connectToHost(serverHost, serverPort);
                const auto silent = m_silent;
                const auto pass = [silent](QTcpSocket *from, QTcpSocket *to) {
                    if (to->state() != QAbstractSocket::ConnectedState)
                        return; // passed on once connected
                    const QByteArray bytes = from->readAll();
                    if (!*silent)
                        to->write(bytes);
                };
                QObject::connect(client, &QTcpSocket::readyRead, server,
                                 [=] { pass(client, server); });
                QObject::connect(server, &QTcpSocket::readyRead, client,
                                 [=] { pass(server, client); });
                QObject::connect(server, &QTcpSocket::connected, client,
                                 [=] { pass(client, server); });
            });
        },
        Qt::BlockingQueuedConnection);
}

SilentServer::~SilentServer()
{
    QMetaObject::invokeMethod(
        &m_context, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
