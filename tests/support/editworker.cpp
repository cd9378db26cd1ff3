// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_killededits: opens the database and adds pairings one command at a
// time, printing "committed N" after each commit, until it is killed.
#include "app/commands/commands.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Database::OpenError error;
    const std::unique_ptr<Database> db =
        Database::openFile(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QList<qint64> chinese;
    QList<qint64> us;
    QSqlQuery places(db->connection());
    places.exec(QStringLiteral("SELECT id, country_code FROM places WHERE kind = 'city'"));
    while (places.next())
        (places.value(1).toString() == QLatin1String("CN") ? chinese : us)
            << places.value(0).toLongLong();
    ChangeNotifier notifier;
    Commands commands(*db, notifier);
    int committed = 0;
    for (qint64 n = 0; n < chinese.size() * us.size(); ++n) {
        Pairing pairing;
        pairing.chinesePlaceId = chinese[n % chinese.size()];
        pairing.usPlaceId = us[n / chinese.size()];
        pairing.relation = QStringLiteral("friendship");
        pairing.level = QStringLiteral("city");
        pairing.notes = QStringLiteral("edit %1").arg(committed + 1);
        if (!commands.checkPairing(pairing, QString()).isEmpty())
            continue; // paired already
        QString message;
        if (!commands.addPairing(pairing, &message)) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 1;
        }
        ++committed;
        std::printf("committed %d\n", committed);
        std::fflush(stdout);
    }
    return 0;
}
