// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/sharedtexts.h"

void SharedTexts::share(QString &text)
{
    if (text.isEmpty())
        return;
    const auto held = m_texts.constFind(text);
    if (held == m_texts.cend())
        m_texts.insert(text);
    else
        text = *held;
}
