// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Passwords of shared databases, kept in the system keychain (the Secret Service on Linux,
// through qtkeychain), under the server's address without a password. Never in the settings
// file, which notes only which addresses have one, so that the keychain is asked (and a locked
// one made to ask for unlocking) only then. Each call waits for the keychain; without one (no
// keyring running) it says so.
namespace PasswordKeychain {

// What becomes of a server's kept password once its database opens: kept (or replaced),
// forgotten (the user unticked "Remember"), or left as it is (it came from the keychain, or
// the database is a file).
enum class Keeping { AsItIs, Keep, Forget };

// The password kept for this address; empty when none is, with *error saying why if the
// keychain could not be asked.
QString read(const QString &address, QString *error);
bool store(const QString &address, const QString &password, QString *error);
bool forget(const QString &address, QString *error);

} // namespace PasswordKeychain
