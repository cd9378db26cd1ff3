// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/updatedataverb.h"

#include "app/cli/console.h"
#include "app/cli/verbline.h"
#include "app/commands/commands.h"
#include "app/io/databaseopener.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace UpdateDataVerb {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UpdateDataVerb", text);
}

// The records of one kind, each on a line of its own under a heading.
QString listed(const QString &heading, const QList<EditionChange> &changes,
               EditionChange::Kind kind)
{
    QString text;
    for (const EditionChange &change : changes) {
        if (change.kind != kind)
            continue;
        if (kind == EditionChange::Kind::Conflict) {
            text += tr("  %1 (%2), %3: yours “%4”, the edition's “%5”\n")
                        .arg(change.name, change.origin, change.fieldName(), change.yours,
                             change.edition);
        } else if (kind == EditionChange::Kind::Refused) {
            text +=
                QStringLiteral("  %1 (%2): %3\n").arg(change.name, change.origin, change.problem);
        } else {
            text += QStringLiteral("  %1 (%2)\n").arg(change.name, change.origin);
        }
    }
    return text.isEmpty() ? text : heading + QLatin1Char('\n') + text;
}
} // namespace

int run(const QStringList &arguments)
{
    const QString verb = QStringLiteral("update-data");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings a database made from an older edition of the data Bridges ships up to this "
           "one: new records are added, unknown values filled in and corrections made, in one "
           "step. Values you changed are kept where the edition says otherwise, and listed; "
           "records you deleted are not brought back; records you added are not touched."));
    const QCommandLineOption help = VerbLine::addHelpAndDatabase(parser, verb);
    VerbLine::addLanguage(parser);
    parser.addOption({QStringLiteral("dry-run"), tr("Report what would change; write nothing.")});
    QString error;
    QString helpText;
    if (!VerbLine::parse(parser, arguments, help, &error, &helpText))
        return VerbLine::refused(verb, error, helpText);
    const std::unique_ptr<Database> database =
        DatabaseOpener::openForCommand(parser.value(QStringLiteral("db")), &error);
    if (!database) {
        Console::err(QStringLiteral("bridges %1: %2\n").arg(verb, error));
        return 1;
    }
    ChangeNotifier notifier;
    Commands commands(*database, notifier);
    const Commands::EditionReview review = commands.reviewEdition();
    if (!review.error.isEmpty()) {
        Console::err(QStringLiteral("bridges %1: %2\n").arg(verb, review.error));
        return 1;
    }
    const EditionUpdate &update = review.update;
    const QString where = QDir::toNativeSeparators(database->location());
    if (!update.isNeeded()) {
        Console::out(tr("%1 holds data edition %2, the latest this Bridges ships: nothing to "
                        "do.\n")
                         .arg(where, update.from().isEmpty() ? tr("(none)") : update.from()));
        return 0;
    }
    const EditionUpdate::Counts counts = update.counts();
    QString report = tr("%1 holds data edition %2.\n").arg(where, update.from());
    report += EditionUpdate::summary(update.to(), counts) + QLatin1Char('\n');
    if (counts.byNames > 0) {
        report += (counts.byNames == 1
                       ? tr("1 record of the earlier edition was found by its names (this "
                            "database was made before records had ids); it takes its id now.")
                       : tr("%1 records of the earlier edition were found by their names (this "
                            "database was made before records had ids); they take their ids now.")
                             .arg(counts.byNames)) +
                  QLatin1Char('\n');
    }
    const QList<EditionChange> &changes = update.changes();
    report += listed(tr("Your values, kept where the edition gives others:"), changes,
                     EditionChange::Kind::Conflict);
    report += listed(tr("Records of the earlier edition deleted here, not brought back:"), changes,
                     EditionChange::Kind::Deleted);
    report += listed(tr("Records of the earlier edition not found here (deleted or renamed); not "
                        "added (the window's review can add them):"),
                     changes, EditionChange::Kind::Unmatched);
    report += listed(tr("Records of the edition added here already, left as they are:"), changes,
                     EditionChange::Kind::Yours);
    report += listed(tr("Records that cannot be added:"), changes, EditionChange::Kind::Refused);
    Console::out(report);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        Console::out(tr("Nothing was written (dry run).\n"));
        return 0;
    }
    if (!commands.takeEdition({}, review.stamp, &error)) {
        Console::err(QStringLiteral("bridges %1: %2\n").arg(verb, error));
        return 1;
    }
    Console::out(tr("%1 now holds data edition %2.\n").arg(where, update.to()));
    return 0;
}

} // namespace UpdateDataVerb
