// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/searchtext.h"

namespace SearchText {

QString fold(const QString &text)
{
    const QString decomposed = text.left(maximumLength).normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the tone mark of "Nánjīng"
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x2019))
            continue;
        folded += c.toLower();
    }
    return folded;
}

QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    const QString decomposed = text.left(maximumLength).normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing && !word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

} // namespace SearchText
