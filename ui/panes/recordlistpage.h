// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordListModel;

// One list of records (places, institutions, sources or official totals) to look through and
// change: a box that keeps the rows containing what is typed, the table (sorted by a click on a
// column), a count, and New…, Edit… and Delete… buttons. Insert, F2 or Enter, and Delete do the
// same from the table. The page asks; the dialog that holds it does.
class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    // what: the records' name in the plural ("places"), for the count and screen readers.
    RecordListPage(RecordListModel &records, const QString &what, QWidget *parent = nullptr);

    qint64 currentId() const; // 0 when none is chosen
    void choose(qint64 id);
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    // For a database this user may only read: the records are shown, and nothing offers to
    // change them.
    void setReadOnly(bool readOnly);

signals:
    void newRequested();
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);

private:
    void updateState();

    RecordListModel &m_records;
    QString m_what;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    qint64 m_keep = 0;  // the record chosen before the list was read again
    int m_keepRow = -1; // and its row
    bool m_readOnly = false;
};
