// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/sourcerules.h"

#include <QCoreApplication>
#include <QUrl>

namespace SourceRules {

QList<Problem> check(const Source &source)
{
    QList<Problem> problems;
    const QString url = source.url.trimmed();
    if (url.isEmpty() && source.title.trimmed().isEmpty()) {
        problems.append({QStringLiteral("url"),
                         QCoreApplication::translate(
                             "SourceRules", "Give the source's web address, its title, or both.")});
    }
    const QString problem = webAddressProblem(url);
    if (!problem.isEmpty())
        problems.append({QStringLiteral("url"), problem});
    return problems;
}

QString webAddressProblem(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (parsed.isValid() && !parsed.host().isEmpty() &&
        (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        return {};
    }
    return QCoreApplication::translate("SourceRules",
                                       "“%1” is not a web address: write it as https://… or "
                                       "http://….")
        .arg(url);
}

} // namespace SourceRules
