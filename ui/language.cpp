// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include "ui/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Language {
namespace {
const QString english = QStringLiteral("en");
const QString chinese = QStringLiteral("zh_CN");

struct Installed
{
    QPointer<QTranslator> own; // Bridges' strings
    QPointer<QTranslator> qt;  // Qt's
    QString language = english;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

bool isSimplifiedChinese(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return false;
    if (locale.script() != QLocale::AnyScript)
        return locale.script() == QLocale::SimplifiedHanScript;
    return locale.territory() == QLocale::China || locale.territory() == QLocale::Singapore ||
           locale.territory() == QLocale::AnyTerritory;
}

// The system's first preferred language that Bridges speaks; English when none is.
QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (isSimplifiedChinese(locale))
            return chinese;
        if (locale.language() == QLocale::English)
            return english;
    }
    return english;
}

// Dates and numbers: the system's when it is of the language chosen, else the language's own.
QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language == chinese) {
        return isSimplifiedChinese(system)
                   ? system
                   : QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    }
    if (system.language() == QLocale::English || system.language() == QLocale::C)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A translator of `name`_`language`.qm in `folder`, installed; null when there is none.
QTranslator *install(const QString &name, const QString &language, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name + QLatin1Char('_') + language, folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}
} // namespace

QStringList choices()
{
    return {QString(), english, chinese};
}

QString nameOf(const QString &choice)
{
    if (choice == english)
        return QStringLiteral("English");
    if (choice == chinese)
        return QStringLiteral("简体中文");
    return QCoreApplication::translate("Language", "System");
}

bool fromText(const QString &text, QString *choice)
{
    if (text == QLatin1String("system")) {
        *choice = QString();
        return true;
    }
    if (text == english || text == chinese) {
        *choice = text;
        return true;
    }
    // zh-CN, zh, en_US and the like name the same languages.
    const QLocale locale(text);
    if (text.isEmpty() || locale.language() == QLocale::C)
        return false;
    if (isSimplifiedChinese(locale) ||
        (locale.language() == QLocale::Chinese && locale.script() == QLocale::AnyScript)) {
        *choice = chinese;
        return true;
    }
    if (locale.language() == QLocale::English) {
        *choice = english;
        return true;
    }
    return false;
}

QString chosen()
{
    const QString choice = Settings().language();
    return choices().contains(choice) ? choice : QString();
}

void choose(const QString &choice)
{
    Settings().setLanguage(choice);
    apply(choice);
}

QString apply(const QString &choice)
{
    const QString language = choice.isEmpty() ? systemLanguage() : choice;
    Installed &translators = installed();
    remove(translators.own);
    remove(translators.qt);
    if (language != english) {
        translators.qt = install(QStringLiteral("qtbase"), language,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        translators.own = install(QStringLiteral("bridges"), language, QStringLiteral(":/i18n"));
    }
    // Without its translations the interface is in English, whatever was asked for.
    translators.language = language == english || translators.own ? language : english;
    QLocale::setDefault(localeFor(translators.language));
    return translators.language;
}

QString current()
{
    return installed().language;
}

} // namespace Language
