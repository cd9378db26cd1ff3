// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

ConnectDialog::ConnectDialog(const ServerAddress &suggested, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(suggested.host)), m_port(new QSpinBox),
      m_database(new QLineEdit(suggested.database)), m_user(new QLineEdit(suggested.user)),
      m_tls(new QComboBox), m_password(new QLineEdit),
      m_remember(new QCheckBox(tr("&Remember the password in the system keychain"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_port->setRange(1, 65535);
    m_port->setValue(suggested.port);
    const std::pair<ServerAddress::Tls, QString> modes[] = {
        {ServerAddress::Tls::Prefer, tr("If the server offers it (prefer)")},
        {ServerAddress::Tls::Require, tr("Always, without checking the certificate (require)")},
        {ServerAddress::Tls::VerifyFull, tr("Always, with the certificate checked (verify-full)")},
        {ServerAddress::Tls::Disable, tr("Never (disable)")},
    };
    for (const auto &[mode, text] : modes)
        m_tls->addItem(text, int(mode));
    m_tls->setCurrentIndex(m_tls->findData(int(suggested.tls)));
    m_password->setEchoMode(QLineEdit::Password);
    const std::pair<QWidget *, const char *> named[] = {
        {m_host, "hostEdit"},        {m_port, "portBox"}, {m_database, "databaseEdit"},
        {m_user, "userEdit"},        {m_tls, "tlsBox"},   {m_password, "passwordEdit"},
        {m_remember, "rememberBox"},
    };
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateEnabled);
    updateEnabled();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.tls = ServerAddress::Tls(m_tls->currentData().toInt());
    return address;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDialog::updateEnabled()
{
    const ServerAddress given = address();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!given.host.isEmpty() && !given.database.isEmpty() && !given.user.isEmpty());
}
