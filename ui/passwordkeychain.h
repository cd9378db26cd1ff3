// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Passwords of shared databases, kept in the system keychain (the Secret Service on Linux,
// through qtkeychain), under the server's address without a password. Never in the settings
// file. Each call waits for the keychain; without one (no keyring running) it says so.
namespace PasswordKeychain {

// The password kept for this address; empty when none is, with *error saying why if the
// keychain could not be asked.
QString read(const QString &address, QString *error);
bool store(const QString &address, const QString &password, QString *error);
bool forget(const QString &address, QString *error);

} // namespace PasswordKeychain
