// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandlanguage.h"

#include "app/cli/console.h"
#include "ui/language.h"

#include <QCoreApplication>

#include <optional>

namespace CommandLanguage {
namespace {
const QString option = QStringLiteral("--language");

// What --language says, in either of its forms; nothing when it is not given (or given
// without a value, which the verb's own parser then reports).
std::optional<QString> given(const QStringList &arguments)
{
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break; // what follows is not an option
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return std::nullopt;
}
} // namespace

bool apply(const QString &verb, const QStringList &arguments)
{
    QString choice = Language::chosen();
    if (const std::optional<QString> text = given(arguments)) {
        if (!Language::fromText(*text, &choice)) {
            Language::apply(Language::chosen()); // to say so in the language otherwise in use
            Console::err(QCoreApplication::translate(
                             "CommandLanguage",
                             "bridges %1: --language: “%2” is not one of en, zh_CN, system.\n")
                             .arg(verb, *text));
            return false;
        }
    }
    Language::apply(choice);
    return true;
}

} // namespace CommandLanguage
