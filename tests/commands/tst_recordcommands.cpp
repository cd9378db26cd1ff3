// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/domain/institutionrules.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "tests/support/commandsfixture.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Places, institutions, sources and official totals as records of their own, through the
// commands on a real database: the institution rules; adding and editing, undone to exactly the
// database before; deleting only what nothing refers to, saying what does, and undo bringing it
// back; a deletion or an edit over another copy's change refused.
class TestRecordCommands : public QObject, private CommandsFixture
{
    Q_OBJECT
private slots:
    void institutionRules_data();
    void institutionRules();
    void init();
    void institutionAddedEditedUndoneAndRedone();
    void placeDeletedOnlyWhenNothingNamesIt();
    void institutionKeptWhileAnExchangeNamesIt();
    void sourceEditedAndDeleted();
    void deletionOverAnotherCopysChangeIsRefused();
    void officialTotalAddedEditedDeletedUndoneAndRedone();
    void officialTotalChangedByAnotherCopyIsNotOverwritten();

private:
    QString dump() const { return TestSupport::dump(*m_db); }
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
};

void TestRecordCommands::institutionRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fields"); // with a problem, space-separated
    auto row = [](const char *name, const char *institution, const char *kind, const char *url,
                  const char *fields) {
        QTest::newRow(name) << QString::fromUtf8(institution) << QString::fromLatin1(kind)
                            << QString::fromLatin1(url) << QString::fromLatin1(fields);
    };
    row("name only", "Nanjing University", "", "", "");
    row("everything", "Washington University", "university", "https://wustl.edu/", "");
    row("http address", "Jazz St. Louis", "association", "http://jazzstl.org", "");
    row("no name", "  ", "school", "", "nameEn");
    row("unknown kind", "Some Office", "ministry", "", "kind");
    row("address without scheme", "Some School", "school", "www.school.cn", "url");
    row("ftp address", "Some School", "school", "ftp://files.school.cn", "url");
    row("no host", "Some School", "school", "https://", "url");
}

void TestRecordCommands::institutionRules()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, url);
    QFETCH(QString, fields);
    Institution institution;
    institution.nameEn = name;
    institution.kind = kind;
    institution.url = url;
    QStringList found;
    for (const auto &problem : InstitutionRules::check(institution)) {
        found << problem.field;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void TestRecordCommands::init()
{
    freshDatabase();
}

void TestRecordCommands::institutionAddedEditedUndoneAndRedone()
{
    const QString empty = dump();
    Institution institution;
    institution.nameEn = QStringLiteral("Nanjing University");
    institution.nameZh = QStringLiteral("南京大学");
    institution.kind = QStringLiteral("university");
    institution.placeId = sql(QStringLiteral("SELECT id FROM places WHERE name_en = 'Nanjing'"));
    QString error;
    qint64 id = 0;
    QVERIFY2(m_commands->addInstitution(institution, &error, &id), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Add institution Nanjing University"));
    const auto read = m_commands->institution(id, &error);
    QVERIFY(read);
    institution.id = id;
    QCOMPARE(*read, institution);
    const QString added = dump();

    Institution changed = *read;
    changed.url = QStringLiteral("https://www.nju.edu.cn/");
    changed.kind = QStringLiteral("other");
    QVERIFY2(m_commands->editInstitution(*read, changed, &error), qPrintable(error));
    QCOMPARE(*m_commands->institution(id, &error), changed);
    const QString edited = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), added);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), empty);
    QVERIFY(m_commands->redo(&error));
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), edited);
}

void TestRecordCommands::placeDeletedOnlyWhenNothingNamesIt()
{
    // Nanjing is in pairings, and exchanges took place there.
    const qint64 nanjing = sql(QStringLiteral("SELECT id FROM places WHERE name_en = 'Nanjing'"));
    const int pairings = sql(QStringLiteral("SELECT count(*) FROM pairings WHERE "
                                            "chinese_place_id = %1")
                                 .arg(nanjing));
    const int exchanges = sql(
        QStringLiteral("SELECT count(*) FROM exchange_places WHERE place_id = %1").arg(nanjing));
    QVERIFY(pairings > 1 && exchanges > 1);
    const Commands::Removal used = m_commands->removalOf(RecordKind::Place, nanjing);
    QVERIFY(used.exists);
    QCOMPARE(used.name, QStringLiteral("Nanjing"));
    QCOMPARE(used.usedBy,
             QStringLiteral("%1 pairings and %2 exchanges").arg(pairings).arg(exchanges));
    const QString before = dump();
    QString error;
    QVERIFY(!m_commands->remove(used, &error));
    QVERIFY2(error.contains(QStringLiteral("in use by ") + used.usedBy), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->count(), 0);

    Place place;
    place.nameEn = QStringLiteral("Lianyungang");
    place.countryCode = QStringLiteral("CN");
    place.kind = QStringLiteral("city");
    place.parentId = sql(QStringLiteral("SELECT parent_id FROM places WHERE id = %1").arg(nanjing));
    // A second place of the same name in the same province is refused; elsewhere it is not.
    Place second = place;
    second.nameEn = QStringLiteral("nanjing");
    const auto problems = m_commands->checkPlace(second, QString(), QString());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("nameEn"));
    second.parentId = 0;
    QVERIFY(m_commands->checkPlace(second, QString(), QString()).isEmpty());
    qint64 id = 0;
    QVERIFY(m_commands->addPlace(place, &error, &id));
    // The province now has one more place inside it, and says so.
    QVERIFY(m_commands->removalOf(RecordKind::Place, place.parentId)
                .usedBy.contains(QStringLiteral("places inside it")));
    const QString withPlace = dump();
    const Commands::Removal unused = m_commands->removalOf(RecordKind::Place, id);
    QVERIFY(unused.usedBy.isEmpty());
    QVERIFY2(m_commands->remove(unused, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Delete place Lianyungang"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE id = %1").arg(id)), 0);
    const QString without = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), withPlace);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), without);
}

void TestRecordCommands::institutionKeptWhileAnExchangeNamesIt()
{
    Institution institution;
    institution.nameEn = QStringLiteral("Jazz St. Louis");
    QString error;
    qint64 id = 0;
    QVERIFY(m_commands->addInstitution(institution, &error, &id));
    const qint64 exchangeId = sql(QStringLiteral("SELECT min(id) FROM exchanges"));
    const Exchange read = *ExchangeStore(*m_db).byId(exchangeId);
    Exchange linked = read;
    linked.institutionIds = {id};
    QVERIFY2(m_commands->editExchange(read, linked, &error), qPrintable(error));
    const Commands::Removal removal = m_commands->removalOf(RecordKind::Institution, id);
    QCOMPARE(removal.usedBy, QStringLiteral("1 exchange"));
    QVERIFY(!m_commands->remove(removal, &error));
    QVERIFY(error.contains(QStringLiteral("in use by 1 exchange")));
    // Undoing the link frees it; then it goes, and undo brings it back.
    QVERIFY(m_commands->undo(&error));
    const QString before = dump();
    QVERIFY2(m_commands->remove(m_commands->removalOf(RecordKind::Institution, id), &error),
             qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM institutions")), 0);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
}

void TestRecordCommands::sourceEditedAndDeleted()
{
    // A source the shipped data cites cannot go.
    const qint64 cited = sql(QStringLiteral("SELECT min(source_id) FROM pairing_sources"));
    QVERIFY(cited > 0);
    QString error;
    QVERIFY(!m_commands->remove(m_commands->removalOf(RecordKind::Source, cited), &error));
    QVERIFY2(error.contains(QStringLiteral("in use by")), qPrintable(error));

    Source source;
    source.title = QStringLiteral("Sister Cities International directory");
    source.url = QStringLiteral("https://sistercities.org/directory");
    QVERIFY(m_commands->checkSourceRecord(source).isEmpty());
    qint64 id = 0;
    QVERIFY2(m_commands->addSource(source, &error, &id), qPrintable(error));
    const Source read = *m_commands->source(id, &error);
    const QString added = dump();
    // Another source's address is refused, its own is not.
    Source changed = read;
    changed.url = m_commands->source(cited, &error)->url;
    QVERIFY(!changed.url.isEmpty());
    const auto problems = m_commands->checkSourceRecord(changed);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("url"));
    QVERIFY(m_commands->checkSourceRecord(read).isEmpty());
    changed.url = QStringLiteral("https://sistercities.org/partnership-directory/");
    changed.publisher = QStringLiteral("Sister Cities International");
    QVERIFY2(m_commands->editSource(read, changed, &error), qPrintable(error));
    QCOMPARE(*m_commands->source(id, &error), changed);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), added);
    QVERIFY(m_commands->redo(&error));

    const Commands::Removal removal = m_commands->removalOf(RecordKind::Source, id);
    QVERIFY(removal.usedBy.isEmpty());
    QCOMPARE(removal.name, QStringLiteral("Sister Cities International directory"));
    QVERIFY(m_commands->remove(removal, &error));
    QVERIFY(!m_commands->source(id, &error));
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(*m_commands->source(id, &error), changed);
}

void TestRecordCommands::deletionOverAnotherCopysChangeIsRefused()
{
    Institution institution;
    institution.nameEn = QStringLiteral("Ohio Chamber of Commerce");
    QString error;
    qint64 id = 0;
    QVERIFY(m_commands->addInstitution(institution, &error, &id));
    const Commands::Removal asked = m_commands->removalOf(RecordKind::Institution, id);

    OtherCopy other(*m_db);
    const Institution theirsRead = *other.commands.institution(id, &error);
    Institution theirs = theirsRead;
    theirs.kind = QStringLiteral("association");
    QVERIFY(other.commands.editInstitution(theirsRead, theirs, &error));

    const QString before = dump();
    QVERIFY(!m_commands->remove(asked, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(dump(), before);
    // Nor can the addition be undone over their change.
    QVERIFY(!m_commands->undo(&error));
    QCOMPARE(dump(), before);
}

// An official total through its whole life, each step one undoable step with its name, the
// database back exactly as it was at each undo, the views told which total changed.
void TestRecordCommands::officialTotalAddedEditedDeletedUndoneAndRedone()
{
    const QString start = dump();
    QSignalSpy announced(m_notifier.get(), &ChangeNotifier::changed);
    OfficialCount count;
    count.date = PartialDate::month(2026, 5);
    count.total = 291;
    count.city = 240;
    count.sourceUrl = QStringLiteral("https://example.org/2026/sister-cities");
    QString error;
    qint64 id = 0;
    QVERIFY2(m_commands->addOfficialCount(count, &error, &id), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Add official total 291 (May 2026)"));
    QCOMPARE(announced.last().at(0).value<ChangeNotifier::Entity>(),
             ChangeNotifier::OfficialCounts);
    QCOMPARE(announced.last().at(1).value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(sql(QStringLiteral("SELECT total FROM official_counts WHERE id = %1").arg(id)), 291);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM official_counts WHERE id = %1 AND date = "
                                "'2026-05' AND city = 240 AND province_state IS NULL")
                     .arg(id)),
             1);
    const QString added = dump();

    const std::optional<OfficialCount> read = m_commands->officialCount(id, &error);
    QVERIFY(read);
    count.id = id;
    QCOMPARE(*read, count);
    OfficialCount corrected = *read;
    corrected.date = PartialDate::day(2026, 5, 12);
    corrected.provinceState = 51;
    QVERIFY2(m_commands->editOfficialCount(*read, corrected, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Edit official total 291 (May 2026)"));
    QCOMPARE(sql(QStringLiteral("SELECT province_state FROM official_counts WHERE id = %1 AND "
                                "date = '2026-05-12'")
                     .arg(id)),
             51);
    const QString edited = dump();

    const Commands::Removal removal = m_commands->removalOf(RecordKind::OfficialCount, id);
    QVERIFY(removal.exists);
    QVERIFY(removal.usedBy.isEmpty()); // nothing refers to a total
    QCOMPARE(removal.name, QStringLiteral("291 (12 May 2026)"));
    QVERIFY2(m_commands->remove(removal, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(),
             QStringLiteral("Delete official total 291 (12 May 2026)"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM official_counts WHERE id = %1").arg(id)), 0);
    const QString deleted = dump();

    for (const QString &state : {edited, added, start}) {
        QVERIFY2(m_commands->undo(&error), qPrintable(error));
        QCOMPARE(dump(), state);
    }
    for (const QString &state : {added, edited, deleted}) {
        QVERIFY2(m_commands->redo(&error), qPrintable(error));
        QCOMPARE(dump(), state);
    }
}

// Someone else corrected the total meanwhile: an edit from the old reading is refused, and so
// is undoing the addition, and nothing changes.
void TestRecordCommands::officialTotalChangedByAnotherCopyIsNotOverwritten()
{
    OfficialCount count;
    count.date = PartialDate::year(2026);
    count.total = 290;
    QString error;
    qint64 id = 0;
    QVERIFY(m_commands->addOfficialCount(count, &error, &id));
    const OfficialCount mine = *m_commands->officialCount(id, &error);

    OtherCopy other(*m_db);
    const OfficialCount theirsRead = *other.commands.officialCount(id, &error);
    OfficialCount theirs = theirsRead;
    theirs.total = 292;
    QVERIFY(other.commands.editOfficialCount(theirsRead, theirs, &error));

    const QString before = dump();
    OfficialCount changed = mine;
    changed.total = 295;
    QVERIFY(!m_commands->editOfficialCount(mine, changed, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY(!m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QCOMPARE(sql(QStringLiteral("SELECT total FROM official_counts WHERE id = %1").arg(id)), 292);
}

QTEST_GUILESS_MAIN(TestRecordCommands)
#include "tst_recordcommands.moc"
