// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reportverb.h"

#include "app/cli/reportoptions.h"
#include "app/cli/verbline.h"
#include "app/drawingcommand.h"
#include "app/io/databaseopener.h"
#include "app/models/pairingdetailmodel.h"
#include "app/storage/database.h"
#include "ui/report/pairingreport.h"
#include "ui/report/reportfile.h"

#include <QApplication>

#include <cstdio>

namespace ReportVerb {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportVerb", text);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

int run(int argc, char *argv[], const QStringList &arguments)
{
    const QString name = QStringLiteral("bridges report");
    DrawingCommand::withoutDisplay();
    QApplication app(argc, argv);
    if (!DrawingCommand::asTheUserChose(QStringLiteral("report"), arguments))
        return 2;
    QString error;
    QString help;
    const std::optional<ReportOptions> options = ReportOptions::parse(arguments, &error, &help);
    if (!options)
        return VerbLine::refused(QStringLiteral("report"), error, help);
    const std::unique_ptr<Database> database =
        DatabaseOpener::openForCommand(options->database, &error);
    if (!database) {
        print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    {
        // A number no pairing has is a mistake on the command line, told apart from a failure.
        PairingDetailModel pairing(*database);
        QObject::connect(&pairing, &PairingDetailModel::errorOccurred, &pairing,
                         [&error](const QString &message) { error = message; });
        pairing.showPairing(options->pairing);
        if (!error.isEmpty()) {
            print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
            return 1;
        }
        if (!pairing.hasPairing()) {
            print(stderr, tr("%1: --pairing: no pairing has the number %2 in this database.\n")
                              .arg(name)
                              .arg(options->pairing));
            return 2;
        }
    }
    PairingReport report(*database, database->shownName());
    if (!report.read(options->pairing, &error) ||
        !ReportFile::writePdf(report, options->out, &error)) {
        print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    return 0;
}

} // namespace ReportVerb
