// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

// A problem in a data file, located by file, line and field, in words a person can act on:
// "pairings.csv, line 12, field established: “2023-13-45”: month 13 does not exist".
class DataError : public std::runtime_error
{
public:
    DataError(const QString &file, int line, const QString &field, const QString &reason)
        : std::runtime_error(reason.toStdString()),
          m_message(field.isEmpty()
                        ? QCoreApplication::translate("DataError", "%1, line %2: %3")
                              .arg(file)
                              .arg(line)
                              .arg(reason)
                        : QCoreApplication::translate("DataError", "%1, line %2, field %3: %4")
                              .arg(file)
                              .arg(line)
                              .arg(field, reason)),
          m_line(line), m_field(field)
    {}
    QString message() const { return m_message; }
    // The reason alone, without the file, line and field.
    QString reason() const { return QString::fromStdString(what()); }
    int line() const { return m_line; }
    QString field() const { return m_field; }

private:
    QString m_message;
    int m_line;
    QString m_field;
};
