// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

// The texts that many rows of a list repeat (a field, a province, the places of a pairing),
// held once: a row's copy is made to share the characters of the first row's. A hundred
// thousand scrolled exchanges then hold their thirteen fields' names thirteen times, not a
// hundred thousand times.
class SharedTexts
{
public:
    void share(QString &text);
    void clear() { m_texts.clear(); }

private:
    QSet<QString> m_texts;
};
