// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QString>

// A pairing's date, status and notes as plain text, saying so when one is not known: the same
// words in the window's detail and in the report, so the two never tell it differently.
namespace PairingFacts {

QString established(const Pairing &pairing); // "Nov 1979", or why there is none
QString status(const Pairing &pairing);      // "Active", or "Not recorded"
QString notes(const Pairing &pairing);       // the notes, or "None"

} // namespace PairingFacts
