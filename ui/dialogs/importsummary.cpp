// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/importsummary.h"

#include "app/io/linespans.h"

#include <QCoreApplication>

namespace ImportSummary {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportSummary", text);
}

// The first spans of lines, and how many more: a file imported twice names every line. The
// sentences: for one line, for several, and for several with more not named.
QString lines(const QList<int> &lines, const QLocale &locale, const char *one, const char *several,
              const char *more)
{
    qsizetype notNamed = 0;
    const QString spans = LineSpans::text(lines, locale, 10, &notNamed);
    if (notNamed > 0)
        return tr(more).arg(spans, locale.toString(notNamed));
    return tr(lines.size() == 1 ? one : several).arg(spans);
}
} // namespace

QString text(const Commands::ImportPreview &preview, ImportKind kind, const QLocale &locale)
{
    if (!preview.error.isEmpty())
        return preview.error;
    const auto count = [&locale](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(locale.toString(n));
    };
    const QString places = count(preview.places, tr("1 place"), tr("%1 places"));
    const QString sources = count(preview.sources, tr("1 source"), tr("%1 sources"));
    QString adds;
    if (kind == ImportKind::Pairings)
        adds =
            tr("%1, %2 and %3")
                .arg(count(preview.records, tr("1 pairing"), tr("%1 pairings")), places, sources);
    else if (kind == ImportKind::Exchanges)
        adds =
            tr("%1, %2 and %3")
                .arg(count(preview.records, tr("1 exchange"), tr("%1 exchanges")), places, sources);
    else
        adds = places;
    // A row may have several problems; the sentence counts the rows.
    const int rows = preview.rowsWithProblems();
    QString text;
    if (preview.problems.isEmpty())
        text = tr("Importing adds %1.").arg(adds);
    else if (preview.problems.size() == 1)
        text = tr("1 row has a problem, shown below; nothing can be imported until it is put "
                  "right in the file. The other rows would add %1.")
                   .arg(adds);
    else if (rows == 1)
        text = tr("1 row has problems, listed below; nothing can be imported until they are put "
                  "right in the file. The other rows would add %1.")
                   .arg(adds);
    else
        text = tr("%1 rows have problems, listed below; nothing can be imported until they are "
                  "put right in the file. The other rows would add %2.")
                   .arg(locale.toString(rows), adds);
    if (preview.duplicateLines.isEmpty())
        return text;
    if (!preview.merging) {
        text += QLatin1Char(' ') +
                lines(preview.duplicateLines, locale,
                      QT_TRANSLATE_NOOP("ImportSummary",
                                        "Left out, as the database holds them already: line %1."),
                      QT_TRANSLATE_NOOP("ImportSummary",
                                        "Left out, as the database holds them already: lines "
                                        "%1."),
                      QT_TRANSLATE_NOOP("ImportSummary",
                                        "Left out, as the database holds them already: lines %1 "
                                        "and %2 more."));
        if (!preview.fillableLines.isEmpty()) {
            text += QLatin1Char(' ') +
                    count(preview.fillableLines.size(),
                          tr("One of them knows something the database does not: choose “Fill "
                             "in” to merge it."),
                          tr("%1 of them know something the database does not: choose “Fill "
                             "in” to merge them."));
        }
        return text;
    }
    if (preview.fillableLines.isEmpty())
        return text + QLatin1Char(' ') +
               tr("The rows of records the database holds add nothing it does not know.");
    return text + QLatin1Char(' ') +
           lines(preview.fillableLines, locale,
                 QT_TRANSLATE_NOOP("ImportSummary",
                                   "Filling in what the database does not know of records it "
                                   "holds, from line %1."),
                 QT_TRANSLATE_NOOP("ImportSummary",
                                   "Filling in what the database does not know of records it "
                                   "holds, from lines %1."),
                 QT_TRANSLATE_NOOP("ImportSummary",
                                   "Filling in what the database does not know of records it "
                                   "holds, from lines %1 and %2 more."));
}

} // namespace ImportSummary
