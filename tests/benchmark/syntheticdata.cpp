// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/benchmark/syntheticdata.h"

#include "app/domain/searchtext.h"
#include "app/domain/vocabulary.h"
#include "app/io/bundleddataset.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <random>
#include <set>

namespace {
const QStringList syllables = {
    QStringLiteral("an"),  QStringLiteral("bao"),  QStringLiteral("chang"), QStringLiteral("da"),
    QStringLiteral("feng"), QStringLiteral("guang"), QStringLiteral("hai"),  QStringLiteral("jin"),
    QStringLiteral("kai"), QStringLiteral("long"), QStringLiteral("ming"),  QStringLiteral("ning"),
    QStringLiteral("ping"), QStringLiteral("qing"), QStringLiteral("shan"), QStringLiteral("tai"),
    QStringLiteral("wu"),  QStringLiteral("xin"),  QStringLiteral("yang"),  QStringLiteral("zhou")};
const QString hanzi = QStringLiteral("安宝昌大丰广海金开隆明宁平清山泰武新阳州");
const QStringList usStarts = {QStringLiteral("Spring"), QStringLiteral("Green"),
                              QStringLiteral("Oak"),    QStringLiteral("River"),
                              QStringLiteral("Lake"),   QStringLiteral("Fair"),
                              QStringLiteral("Maple"),  QStringLiteral("Cedar"),
                              QStringLiteral("Stone"),  QStringLiteral("Clear")};
const QStringList usEnds = {QStringLiteral("field"), QStringLiteral("ville"),
                            QStringLiteral("ton"),   QStringLiteral("burg"),
                            QStringLiteral("port"),  QStringLiteral("wood"),
                            QStringLiteral("dale"),  QStringLiteral("view")};
const QStringList activities = {
    QStringLiteral("delegation visit"), QStringLiteral("student exchange"),
    QStringLiteral("concert tour"),     QStringLiteral("trade mission"),
    QStringLiteral("art exhibition"),   QStringLiteral("science workshop"),
    QStringLiteral("language camp"),    QStringLiteral("sports friendship match"),
    QStringLiteral("health forum"),     QStringLiteral("anniversary reception")};

void check(bool ok, const QSqlQuery &query)
{
    if (!ok)
        qFatal("synthetic data: %s", qPrintable(query.lastError().text()));
}

QSqlQuery prepared(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    check(query.prepare(sql), query);
    return query;
}

QString isoDate(std::mt19937 &random, int year)
{
    const int precision = std::uniform_int_distribution<int>(0, 9)(random);
    const int month = std::uniform_int_distribution<int>(1, 12)(random);
    const int day = std::uniform_int_distribution<int>(1, 28)(random);
    if (precision < 3)
        return QString::number(year);
    if (precision < 6)
        return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3")
        .arg(year)
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}
} // namespace

namespace SyntheticData {

void generate(Database &database, const Size &size, unsigned seed)
{
    std::mt19937 random(seed);
    auto pick = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    auto chance = [&random](double p) { return std::uniform_real_distribution<>(0, 1)(random) < p; };

    Transaction transaction(database);
    // The real provinces and states, from the shipped table, as the parents of made-up places.
    QList<qint64> provinces, states;
    {
        QFile file(QStringLiteral(":/data/regions.csv"));
        file.open(QIODevice::ReadOnly);
        QSqlQuery region = prepared(database, QStringLiteral(
            "INSERT INTO places (name_en, name_zh, kind, country_code, region_code) "
            "VALUES (?, ?, 'province_state', ?, ?)"));
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = QString::fromUtf8(lines.at(i)).split(QLatin1Char(','));
            if (f.size() < 5)
                continue;
            region.addBindValue(f.at(3));
            region.addBindValue(f.at(4));
            region.addBindValue(f.at(0));
            region.addBindValue(f.at(1));
            check(region.exec(), region);
            (f.at(0) == QLatin1String("CN") ? provinces : states) << region.lastInsertId().toLongLong();
        }
    }
    QSqlQuery place = prepared(database, QStringLiteral(
        "INSERT INTO places (name_en, name_zh, pinyin, kind, country_code, parent_id, latitude, "
        "longitude) VALUES (?, ?, ?, 'city', ?, ?, ?, ?)"));
    QList<qint64> chinese, american;
    for (int i = 0; i < size.places; ++i) {
        const bool isChinese = i % 2 == 0;
        QString name, nameZh;
        if (isChinese) {
            const int a = pick(syllables.size()), b = pick(syllables.size());
            name = syllables.at(a) + syllables.at(b) + QString::number(i);
            name[0] = name.at(0).toUpper();
            nameZh = QString(hanzi.at(a)) + hanzi.at(b) + QString::number(i);
        } else {
            name = usStarts.at(pick(usStarts.size())) + usEnds.at(pick(usEnds.size())) +
                   QLatin1Char(' ') + QString::number(i);
        }
        place.addBindValue(name);
        place.addBindValue(isChinese ? QVariant(nameZh) : QVariant(QMetaType::fromType<QString>()));
        place.addBindValue(isChinese ? QVariant(SearchText::fold(name))
                                     : QVariant(QMetaType::fromType<QString>()));
        place.addBindValue(isChinese ? QStringLiteral("CN") : QStringLiteral("US"));
        place.addBindValue(isChinese ? provinces.at(pick(provinces.size()))
                                     : states.at(pick(states.size())));
        const bool located = !chance(0.04);
        place.addBindValue(located ? QVariant(isChinese ? 22.0 + pick(20) : 30.0 + pick(18))
                                   : QVariant(QMetaType::fromType<double>()));
        place.addBindValue(located ? QVariant(isChinese ? 100.0 + pick(22) : -120.0 + pick(45))
                                   : QVariant(QMetaType::fromType<double>()));
        check(place.exec(), place);
        (isChinese ? chinese : american) << place.lastInsertId().toLongLong();
    }

    QSqlQuery pairing = prepared(database, QStringLiteral(
        "INSERT INTO pairings (chinese_place_id, us_place_id, relation, level, established, "
        "status, notes) VALUES (?, ?, ?, ?, ?, ?, 'Synthetic benchmark record')"));
    std::set<std::pair<qint64, qint64>> paired;
    QList<qint64> pairings;
    const QStringList statuses = {QString(), QString(), QString(), QStringLiteral("active"),
                                  QStringLiteral("active"), QStringLiteral("dormant"),
                                  QStringLiteral("ended")};
    while (pairings.size() < size.pairings) {
        const qint64 c = chinese.at(pick(chinese.size()));
        const qint64 u = american.at(pick(american.size()));
        if (!paired.insert({c, u}).second)
            continue;
        pairing.addBindValue(c);
        pairing.addBindValue(u);
        pairing.addBindValue(chance(0.95) ? QStringLiteral("sister") : QStringLiteral("friendship"));
        pairing.addBindValue(chance(0.9) ? QStringLiteral("city") : QStringLiteral("district"));
        const int year = 1979 + pick(47);
        pairing.addBindValue(chance(0.6) ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(isoDate(random, year)));
        const QString status = statuses.at(pick(statuses.size()));
        pairing.addBindValue(status.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(status));
        check(pairing.exec(), pairing);
        pairings << pairing.lastInsertId().toLongLong();
    }

    QSqlQuery exchange = prepared(database, QStringLiteral(
        "INSERT INTO exchanges (date, title, field, mode, location, description) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery link = prepared(database, QStringLiteral(
        "INSERT INTO exchange_pairings (exchange_id, pairing_id) VALUES (?, ?)"));
    const QStringList fields = {
        QStringLiteral("government"), QStringLiteral("government"), QStringLiteral("culture"),
        QStringLiteral("culture"), QStringLiteral("education"), QStringLiteral("education"),
        QStringLiteral("business"), QStringLiteral("art"), QStringLiteral("youth"),
        QStringLiteral("health"), QStringLiteral("tourism"), QStringLiteral("science"),
        QStringLiteral("language"), QStringLiteral("sports"), QStringLiteral("environment"),
        QStringLiteral("agriculture")};
    // More exchanges each year since 1979, fewer in 2020–2022.
    std::vector<double> weights;
    for (int year = 1979; year <= 2025; ++year)
        weights.push_back((year - 1975) * ((year >= 2020 && year <= 2022) ? 0.35 : 1.0));
    std::discrete_distribution<int> years(weights.begin(), weights.end());
    for (int i = 0; i < size.exchanges; ++i) {
        const int year = 1979 + years(random);
        const bool pandemic = year >= 2020 && year <= 2022;
        exchange.addBindValue(chance(0.03) ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(isoDate(random, year)));
        const QString activity = activities.at(pick(activities.size()));
        exchange.addBindValue(QStringLiteral("Synthetic %1 %2").arg(activity).arg(i));
        exchange.addBindValue(fields.at(pick(fields.size())));
        exchange.addBindValue(pandemic ? (chance(0.6) ? QStringLiteral("online")
                                                      : QStringLiteral("hybrid"))
                                       : (chance(0.95) ? QStringLiteral("in_person")
                                                       : QStringLiteral("online")));
        exchange.addBindValue(chance(0.2) ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(usStarts.at(pick(usStarts.size()))));
        exchange.addBindValue(QStringLiteral("Synthetic benchmark record: a %1.").arg(activity));
        check(exchange.exec(), exchange);
        const qint64 id = exchange.lastInsertId().toLongLong();
        const int links = chance(0.12) ? 0 : (chance(0.03) ? 2 : 1);
        std::set<qint64> linked;
        for (int l = 0; l < links; ++l) {
            const qint64 p = pairings.at(pick(pairings.size()));
            if (!linked.insert(p).second)
                continue;
            link.addBindValue(id);
            link.addBindValue(p);
            check(link.exec(), link);
        }
    }
    transaction.commit();
}

} // namespace SyntheticData
