// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/vocabulary.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <initializer_list>

using namespace Vocabulary;

namespace {

// Every enumerator, listed by hand: a new one must be added here and to the schema.
constexpr std::initializer_list<Level> allLevels{Level::ProvinceState, Level::City, Level::County,
                                                 Level::District};
constexpr std::initializer_list<Relation> allRelations{Relation::Sister, Relation::Friendship};
constexpr std::initializer_list<Status> allStatuses{Status::Active, Status::Dormant, Status::Ended};
constexpr std::initializer_list<Field> allFields{
    Field::Education,   Field::Science,  Field::Language,   Field::Art,    Field::Culture,
    Field::Tourism,     Field::Business, Field::Government, Field::Sports, Field::Health,
    Field::Environment, Field::Youth,    Field::Agriculture};
constexpr std::initializer_list<Mode> allModes{Mode::InPerson, Mode::Online, Mode::Hybrid};

// What the vocabulary functions say about one enumerator, with the enum type erased so that
// all five vocabularies can share one data-driven test.
struct Described
{
    QString key;
    QString name;
    int fromKey = -1; // -1: the key was not recognised
    QString nameOfKey;
};

template <typename Enum, typename FromKey, typename NameOfKey>
Described describe(int value, FromKey fromKey, NameOfKey nameOfKey)
{
    const auto enumerator = static_cast<Enum>(value);
    Described described;
    described.key = key(enumerator);
    described.name = displayName(enumerator);
    if (const auto back = fromKey(described.key))
        described.fromKey = static_cast<int>(*back);
    described.nameOfKey = nameOfKey(described.key);
    return described;
}

Described describe(const QString &vocabulary, int value)
{
    if (vocabulary == QLatin1String("level"))
        return describe<Level>(value, levelFromKey, displayNameOfLevelKey);
    if (vocabulary == QLatin1String("relation"))
        return describe<Relation>(value, relationFromKey, displayNameOfRelationKey);
    if (vocabulary == QLatin1String("status"))
        return describe<Status>(value, statusFromKey, displayNameOfStatusKey);
    if (vocabulary == QLatin1String("field"))
        return describe<Field>(value, fieldFromKey, displayNameOfFieldKey);
    if (vocabulary == QLatin1String("mode"))
        return describe<Mode>(value, modeFromKey, displayNameOfModeKey);
    qFatal("unknown vocabulary %s", qPrintable(vocabulary));
}

template <typename Enum> QStringList keysOf(std::initializer_list<Enum> values)
{
    QStringList keys;
    for (const Enum value : values)
        keys << key(value);
    return keys;
}

template <typename Enum> QStringList namesOf(std::initializer_list<Enum> values)
{
    QStringList names;
    for (const Enum value : values)
        names << displayName(value);
    return names;
}

template <typename Enum> void addRows(const char *vocabulary, std::initializer_list<Enum> values)
{
    for (const Enum value : values) {
        QTest::addRow("%s/%s", vocabulary, qPrintable(key(value)))
            << QString::fromLatin1(vocabulary) << static_cast<int>(value);
    }
}

} // namespace

// The closed lists: each value has a stable key for the database and data files and a name for
// people, and the keys are exactly those the database schema allows.
class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyRoundTrip_data();
    void keyRoundTrip();
    void namesAreDistinct_data();
    void namesAreDistinct();
    void namesForPeople();
    void unknownKeys_data();
    void unknownKeys();
    void displayNameOfUnknownKeyIsTheKey();
    void schemaAllowsExactlyTheKeys_data();
    void schemaAllowsExactlyTheKeys();

private:
    // "table.column" -> the quoted values of its "column IN (...)" CHECK constraint.
    QHash<QString, QStringList> m_checkLists;
};

void TestVocabulary::initTestCase()
{
    const QDir dir(QStringLiteral(BRIDGES_SOURCE_DIR) + QStringLiteral("/resources/sql/sqlite"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));

    static const QRegularExpression table(
        QStringLiteral("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s*\\((.*?)\\n\\);"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inList(QStringLiteral("\\b(\\w+)\\s+IN\\s*\\(([^)]*)\\)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));

    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString sql = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch &t : table.globalMatch(sql)) {
            for (const QRegularExpressionMatch &check : inList.globalMatch(t.captured(2))) {
                QStringList values;
                for (const QRegularExpressionMatch &value : quoted.globalMatch(check.captured(2)))
                    values << value.captured(1);
                if (!values.isEmpty())
                    m_checkLists.insert(t.captured(1) + QLatin1Char('.') + check.captured(1),
                                        values);
            }
        }
    }
}

void TestVocabulary::keyRoundTrip_data()
{
    QTest::addColumn<QString>("vocabulary");
    QTest::addColumn<int>("value");

    addRows("level", allLevels);
    addRows("relation", allRelations);
    addRows("status", allStatuses);
    addRows("field", allFields);
    addRows("mode", allModes);
}

void TestVocabulary::keyRoundTrip()
{
    QFETCH(QString, vocabulary);
    QFETCH(int, value);

    const Described described = describe(vocabulary, value);
    QVERIFY(!described.key.isEmpty());
    // Keys are stored and written in data files: plain lower-case ASCII words.
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[a-z]+(_[a-z]+)*$")).match(described.key).hasMatch(),
        qPrintable(described.key));
    QCOMPARE(described.fromKey, value);
    QVERIFY(!described.name.trimmed().isEmpty());
    QCOMPARE(described.nameOfKey, described.name);
}

void TestVocabulary::namesAreDistinct_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("level") << keysOf(allLevels) << namesOf(allLevels);
    QTest::newRow("relation") << keysOf(allRelations) << namesOf(allRelations);
    QTest::newRow("status") << keysOf(allStatuses) << namesOf(allStatuses);
    QTest::newRow("field") << keysOf(allFields) << namesOf(allFields);
    QTest::newRow("mode") << keysOf(allModes) << namesOf(allModes);
}

void TestVocabulary::namesAreDistinct()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, names);

    // Two values with one key could not be told apart in the database, two with one name could
    // not be told apart in a list or a filter.
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestVocabulary::namesForPeople()
{
    // People see words, not database keys.
    QCOMPARE(key(Mode::InPerson), QStringLiteral("in_person"));
    QCOMPARE(displayName(Mode::InPerson), QStringLiteral("In person"));
    QCOMPARE(key(Level::ProvinceState), QStringLiteral("province_state"));
    QCOMPARE(displayName(Level::ProvinceState), QStringLiteral("Province / state"));
    QCOMPARE(displayNameOfModeKey(QStringLiteral("in_person")), QStringLiteral("In person"));
    QCOMPARE(displayNameOfLevelKey(QStringLiteral("province_state")),
             QStringLiteral("Province / state"));
    for (const Level level : allLevels)
        QVERIFY2(displayName(level) != key(level), qPrintable(key(level)));
    for (const Relation relation : allRelations)
        QVERIFY2(displayName(relation) != key(relation), qPrintable(key(relation)));
    for (const Status status : allStatuses)
        QVERIFY2(displayName(status) != key(status), qPrintable(key(status)));
    for (const Field field : allFields)
        QVERIFY2(displayName(field) != key(field), qPrintable(key(field)));
    for (const Mode mode : allModes)
        QVERIFY2(displayName(mode) != key(mode), qPrintable(key(mode)));
}

void TestVocabulary::unknownKeys_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("display name, not key") << QStringLiteral("Sister");
    QTest::newRow("not in any list") << QStringLiteral("cousin");
    QTest::newRow("space instead of underscore") << QStringLiteral("in person");
    QTest::newRow("display name of a mode") << QStringLiteral("In person");
    QTest::newRow("upper case") << QStringLiteral("CITY");
}

void TestVocabulary::unknownKeys()
{
    QFETCH(QString, key);

    QVERIFY(!levelFromKey(key).has_value());
    QVERIFY(!relationFromKey(key).has_value());
    QVERIFY(!statusFromKey(key).has_value());
    QVERIFY(!fieldFromKey(key).has_value());
    QVERIFY(!modeFromKey(key).has_value());
}

void TestVocabulary::displayNameOfUnknownKeyIsTheKey()
{
    // A value the program does not know (say, from a newer database) is shown as it is stored.
    const QString unknown = QStringLiteral("unknown-key");
    QCOMPARE(displayNameOfLevelKey(unknown), unknown);
    QCOMPARE(displayNameOfRelationKey(unknown), unknown);
    QCOMPARE(displayNameOfStatusKey(unknown), unknown);
    QCOMPARE(displayNameOfFieldKey(unknown), unknown);
    QCOMPARE(displayNameOfModeKey(unknown), unknown);
}

void TestVocabulary::schemaAllowsExactlyTheKeys_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("places.kind") << QStringLiteral("places.kind") << keysOf(allLevels);
    QTest::newRow("pairings.level") << QStringLiteral("pairings.level") << keysOf(allLevels);
    QTest::newRow("pairings.relation")
        << QStringLiteral("pairings.relation") << keysOf(allRelations);
    QTest::newRow("pairings.status") << QStringLiteral("pairings.status") << keysOf(allStatuses);
    QTest::newRow("exchanges.field") << QStringLiteral("exchanges.field") << keysOf(allFields);
    QTest::newRow("exchanges.mode") << QStringLiteral("exchanges.mode") << keysOf(allModes);
}

void TestVocabulary::schemaAllowsExactlyTheKeys()
{
    QFETCH(QString, column);
    QFETCH(QStringList, keys);

    QVERIFY2(m_checkLists.contains(column),
             qPrintable(QStringLiteral("no CHECK (%1 IN (...)) in the schema").arg(column)));
    const QStringList allowed = m_checkLists.value(column);
    // Every key the program writes is accepted by the database...
    for (const QString &key : keys)
        QVERIFY2(allowed.contains(key), qPrintable(column + QLatin1String(": ") + key));
    // ...and every value the database accepts is one the program knows.
    for (const QString &value : allowed)
        QVERIFY2(keys.contains(value), qPrintable(column + QLatin1String(": ") + value));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
