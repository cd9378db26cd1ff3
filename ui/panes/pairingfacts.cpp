// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/pairingfacts.h"

#include "app/domain/vocabulary.h"

#include <QCoreApplication>

namespace PairingFacts {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PairingFacts", text);
}
} // namespace

QString established(const Pairing &pairing)
{
    // Never a date that no source gives.
    return pairing.established.isNull() ? tr("Not known: no source gives the date.")
                                        : pairing.established.toDisplayString();
}

QString status(const Pairing &pairing)
{
    return pairing.status.isEmpty() ? tr("Not recorded")
                                    : Vocabulary::displayNameOfStatusKey(pairing.status);
}

QString notes(const Pairing &pairing)
{
    return pairing.notes.isEmpty() ? tr("None") : pairing.notes;
}

} // namespace PairingFacts
