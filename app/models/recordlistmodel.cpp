// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/recordlistmodel.h"

#include "app/domain/institution.h"
#include "app/domain/partialdate.h"
#include "app/domain/vocabulary.h"
#include "app/models/roles.h"
#include "app/storage/storageerror.h"

#include <QLocale>
#include <QUrl>

namespace {
// The columns shown, by list; the storage rows hold more where a column joins several.
QStringList headersOf(RecordLists::List list)
{
    switch (list) {
    case RecordLists::List::Places:
        return {RecordListModel::tr("Name"),
                RecordListModel::tr("Chinese name"),
                RecordListModel::tr("Kind"),
                RecordListModel::tr("Country"),
                RecordListModel::tr("Province or state"),
                RecordListModel::tr("Coordinates"),
                RecordListModel::tr("Pairings")};
    case RecordLists::List::Institutions:
        return {RecordListModel::tr("Name"),        RecordListModel::tr("Chinese name"),
                RecordListModel::tr("Kind"),        RecordListModel::tr("Place"),
                RecordListModel::tr("Web address"), RecordListModel::tr("Exchanges")};
    case RecordLists::List::Sources:
        return {RecordListModel::tr("Source"), RecordListModel::tr("Publisher"),
                RecordListModel::tr("Web address"), RecordListModel::tr("Cited by")};
    case RecordLists::List::Pairings:
        return {RecordListModel::tr("Pairing")};
    case RecordLists::List::OfficialCounts:
        return {RecordListModel::tr("Date"),
                RecordListModel::tr("Total"),
                RecordListModel::tr("Province/state pairs"),
                RecordListModel::tr("City pairs"),
                RecordListModel::tr("Web address"),
                RecordListModel::tr("Notes")};
    }
    return {};
}

// The columns that hold a number: aligned right, and sorted as numbers.
bool isNumber(RecordLists::List list, int column)
{
    switch (list) {
    case RecordLists::List::Places:
        return column == 6;
    case RecordLists::List::Institutions:
        return column == 5;
    case RecordLists::List::Sources:
        return column == 3;
    case RecordLists::List::OfficialCounts:
        return column >= 1 && column <= 3;
    case RecordLists::List::Pairings:
        return false;
    }
    return false;
}
} // namespace

RecordListModel::RecordListModel(const Database &database, List list, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_list(list)
{}

void RecordListModel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

void RecordListModel::refresh()
{
    if (!m_loaded)
        return;
    beginResetModel();
    try {
        m_rows = RecordLists::read(m_database, m_list);
        m_lastError.clear();
    } catch (const StorageError &e) {
        m_rows.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

int RecordListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QString RecordListModel::choiceTextOf(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : choiceText(m_rows[row]);
}

QString RecordListModel::choiceText(const RecordLists::Row &row) const
{
    const QString name = text(row, 0);
    QString qualifier;
    switch (m_list) {
    case List::Places:
        // Its province or state; a province or state says so; else its country.
        qualifier = !row.columns.at(4).isEmpty()
                        ? row.columns.at(4)
                        : (row.columns.at(2) == QLatin1String("province_state") ? text(row, 2)
                                                                                : text(row, 3));
        break;
    case List::Institutions:
        qualifier = row.columns.at(3); // its place
        break;
    case List::Sources:
        // A source with a title is told apart by where it is.
        if (!row.columns.at(0).isEmpty())
            qualifier = QUrl(row.columns.at(2)).host();
        break;
    case List::Pairings:
    case List::OfficialCounts:
        break;
    }
    return qualifier.isEmpty() ? name : tr("%1 · %2").arg(name, qualifier);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headersOf(m_list).size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordLists::Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(row, index.column());
    case Roles::RecordIdRole:
        return row.id;
    case Roles::ChoiceTextRole:
        return choiceText(row);
    case Roles::SortKeyRole:
        // Numbers by their value and dates by their ISO text, which sorts in date order.
        if (isNumber(m_list, index.column())) {
            bool known = false;
            const qlonglong number = QLocale().toLongLong(text(row, index.column()), &known);
            return known ? number : -1; // "Not known" before 0
        }
        if (m_list == List::OfficialCounts && index.column() == 0)
            return row.columns.at(0);
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumber(m_list, index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headersOf(m_list).value(section);
}

QString RecordListModel::text(const RecordLists::Row &row, int column) const
{
    const QStringList &values = row.columns;
    const QLocale locale;
    switch (m_list) {
    case List::Places:
        // Stored: name, Chinese name, kind, country, province, latitude, longitude, pairings.
        switch (column) {
        case 2:
            return values.at(2).isEmpty() ? tr("Not known")
                                          : Vocabulary::displayNameOfLevelKey(values.at(2));
        case 3:
            return values.at(3) == QLatin1String("CN") ? tr("China") : tr("United States");
        case 4:
            return values.at(4);
        case 5:
            if (values.at(5).isEmpty())
                return tr("Not known");
            return tr("%1, %2").arg(locale.toString(values.at(5).toDouble(), 'f', 4),
                                    locale.toString(values.at(6).toDouble(), 'f', 4));
        case 6:
            return locale.toString(values.at(7).toInt());
        default:
            return values.value(column);
        }
    case List::Institutions:
        if (column == 2)
            return values.at(2).isEmpty() ? tr("Not known")
                                          : InstitutionKinds::displayName(values.at(2));
        if (column == 5)
            return locale.toString(values.at(5).toInt());
        return values.value(column);
    case List::Sources:
        // Named by its title, or by its address when it has none (then not said twice).
        if (column == 0 && values.at(0).isEmpty())
            return values.at(2);
        if (column == 2 && values.at(0).isEmpty())
            return QString();
        if (column == 3)
            return locale.toString(values.at(3).toInt());
        return values.value(column);
    case List::Pairings:
        return tr("%1 – %2").arg(values.at(0), values.at(1));
    case List::OfficialCounts:
        // Stored: date, total, province/state pairs, city pairs, web address, notes.
        if (column == 0)
            return PartialDate::fromIso(values.at(0)).toDisplayString(locale);
        if (column >= 1 && column <= 3) {
            return values.at(column).isEmpty() ? tr("Not known")
                                               : locale.toString(values.at(column).toInt());
        }
        return values.value(column);
    }
    return {};
}
