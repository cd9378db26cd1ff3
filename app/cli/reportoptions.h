// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The command line of `bridges report --pairing ID --out FILE.pdf [--db FILE|URL]`, read and
// checked before any database is opened: the pairing's number and a PDF file to write are
// both needed.
struct ReportOptions
{
    qint64 pairing = 0;
    QString out;
    QString database; // empty: the user's own

    // arguments: the whole command line, program and verb first. Returns nothing for --help
    // (with helpText set) and for a mistake (with error set, naming the option).
    static std::optional<ReportOptions> parse(const QStringList &arguments, QString *error,
                                              QString *helpText);
};
