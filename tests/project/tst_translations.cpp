// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

// The translations of the interface, read as lupdate's statistics would count them: every
// string of the sources has an entry in resources/translations (lupdate run afresh finds none
// new and none gone), every entry is translated, and every translation keeps its source's
// placeholders, accelerator and markup. A string added without a translation fails here, named
// by its file, line, context and text.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void translationsKeepPlaceholdersAndMarkup_data();
    void translationsKeepPlaceholdersAndMarkup();
    void everySourceStringHasAnEntry();
    void translationsAreBuiltIntoTheProgram();
};

namespace {
const QString translationsFolder =
    QStringLiteral(BRIDGES_SOURCE_DIR) + QStringLiteral("/resources/translations/");

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QString where;            // file:line of its first location
};

// The entries of a .ts file. Locations may be relative, as lupdate -locations relative writes
// them: the file named last, and the line counted from the one before in that file.
QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    QString fileName;
    QHash<QString, int> lastLine; // by file
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                entry = Entry{context, {}, {}, {}, {}};
            } else if (name == QLatin1String("location")) {
                const auto attributes = xml.attributes();
                if (attributes.hasAttribute(QLatin1String("filename")))
                    fileName = attributes.value(QLatin1String("filename")).toString();
                const QString at = attributes.value(QLatin1String("line")).toString();
                const int line = at.startsWith(QLatin1Char('+')) || at.startsWith(QLatin1Char('-'))
                                     ? lastLine.value(fileName) + at.toInt()
                                     : at.toInt();
                lastLine.insert(fileName, line);
                if (entry.where.isEmpty()) {
                    QString shown = fileName;
                    shown.remove(QRegularExpression(QStringLiteral("^(\\.\\./)+")));
                    entry.where = QStringLiteral("%1:%2").arg(shown).arg(line);
                }
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either text, or numerusform children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (entry.translations.isEmpty())
                    entry.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1, line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return entries;
}

QStringList tsFiles()
{
    return QDir(translationsFolder)
        .entryList({QStringLiteral("bridges_*.ts")}, QDir::Files, QDir::Name);
}

QString describe(const Entry &entry)
{
    return QStringLiteral("%1: [%2] “%3”").arg(entry.where, entry.context, entry.source);
}

// %1 … %99 and %n, sorted, so that their order may change with the language.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found << match.next().captured(0);
    std::sort(found.begin(), found.end());
    return found;
}

QStringList tags(const QString &text)
{
    QStringList found;
    static const QRegularExpression tag(QStringLiteral(
        "</?(a|b|i|u|p|br|h[1-6]|ul|ol|li|tt|em|strong|span|div|table|tr|td|th|code|pre)\\b"));
    for (auto match = tag.globalMatch(text); match.hasNext();)
        found << match.next().captured(0);
    std::sort(found.begin(), found.end());
    return found;
}

// The accelerator key of a text with one ("&File" and "文件(&F)": F); empty without.
QString accelerator(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
    const QRegularExpressionMatch match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}
} // namespace

void TestTranslations::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString &ts : tsFiles())
        QTest::newRow(qPrintable(ts)) << ts;
    QVERIFY2(tsFiles().contains(QStringLiteral("bridges_zh_CN.ts")),
             "resources/translations/bridges_zh_CN.ts is missing");
}

void TestTranslations::everyEntryIsTranslated()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Entry> entries = readTs(translationsFolder + ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 500);
    QStringList unfinished;
    QStringList gone;
    for (const Entry &entry : entries) {
        const bool empty = std::any_of(entry.translations.begin(), entry.translations.end(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (entry.type == QLatin1String("vanished") || entry.type == QLatin1String("obsolete"))
            gone << describe(entry);
        else if (entry.type == QLatin1String("unfinished") || empty)
            unfinished << describe(entry);
    }
    if (!unfinished.isEmpty()) {
        qWarning().noquote() << "Not translated in" << ts << "(" << unfinished.size() << "of"
                             << entries.size()
                             << QStringLiteral("):\n  ") + unfinished.join(QStringLiteral("\n  "));
    }
    if (!gone.isEmpty()) {
        qWarning().noquote() << "No longer in the sources, still in" << ts
                             << QStringLiteral("(run lupdate with -no-obsolete):\n  ") +
                                    gone.join(QStringLiteral("\n  "));
    }
    QCOMPARE(unfinished.size(), 0);
    QCOMPARE(gone.size(), 0);
}

void TestTranslations::translationsKeepPlaceholdersAndMarkup_data()
{
    everyEntryIsTranslated_data();
}

void TestTranslations::translationsKeepPlaceholdersAndMarkup()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Entry> entries = readTs(translationsFolder + ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Entry &entry : entries) {
        for (const QString &translation : entry.translations) {
            if (translation.isEmpty())
                continue; // counted by everyEntryIsTranslated
            QStringList faults;
            if (placeholders(translation) != placeholders(entry.source))
                faults << QStringLiteral("placeholders %1, the source's %2")
                              .arg(placeholders(translation).join(QLatin1Char(' ')),
                                   placeholders(entry.source).join(QLatin1Char(' ')));
            if (accelerator(translation) != accelerator(entry.source))
                faults << QStringLiteral("accelerator “%1”, the source's “%2”")
                              .arg(accelerator(translation), accelerator(entry.source));
            if (tags(translation) != tags(entry.source))
                faults << QStringLiteral("HTML tags differ");
            if (!faults.isEmpty())
                wrong << describe(entry) + QStringLiteral(" → “%1”: ").arg(translation) +
                             faults.join(QStringLiteral("; "));
        }
    }
    if (!wrong.isEmpty())
        qWarning().noquote() << "Translations that do not match their source in" << ts
                             << QStringLiteral(":\n  ") + wrong.join(QStringLiteral("\n  "));
    QCOMPARE(wrong.size(), 0);
}

void TestTranslations::everySourceStringHasAnEntry()
{
    // lupdate over the program's sources, into a copy: what it adds has no translation yet,
    // what it drops is no longer in the sources.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("bridges_zh_CN.ts"));
    QVERIFY(QFile::copy(translationsFolder + QStringLiteral("bridges_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BRIDGES_LUPDATE),
                  {QStringLiteral("-I"), QStringLiteral(BRIDGES_SOURCE_DIR),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("relative"),
                   QLatin1Char('@') + QStringLiteral(BRIDGES_TRANSLATED_SOURCES),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("cannot be called without context")),
             qPrintable(output));
    QString error;
    const QList<Entry> before =
        readTs(translationsFolder + QStringLiteral("bridges_zh_CN.ts"), &error);
    const QList<Entry> after = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Entry &entry : before)
        known.insert(entry.context + QLatin1Char('\x04') + entry.source);
    QStringList added;
    for (const Entry &entry : after) {
        if (!known.contains(entry.context + QLatin1Char('\x04') + entry.source))
            added << describe(entry).remove(QStringLiteral(BRIDGES_SOURCE_DIR).mid(1) + u'/');
    }
    if (!added.isEmpty())
        qWarning().noquote() << QStringLiteral(
                                    "Strings of the sources without a translation (build "
                                    "the target update_translations, then translate "
                                    "them):\n  ") +
                                    added.join(QStringLiteral("\n  "));
    QCOMPARE(added.size(), 0);
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::translationsAreBuiltIntoTheProgram()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bridges_zh_CN.qm")));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QCOMPARE(translator.translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(translator.translate("Vocabulary", "Sister"), QStringLiteral("友好"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
