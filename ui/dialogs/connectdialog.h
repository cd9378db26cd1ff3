// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

// File > Connect to Server…: where a team's shared database is (host, port, database, user,
// how the connection is secured) and the password, with "Remember the password", which keeps
// it in the system keychain, never in the settings. Connect stays disabled until host,
// database and user are given.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const ServerAddress &suggested, QWidget *parent = nullptr);

    ServerAddress address() const;
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

private:
    void updateEnabled();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};
