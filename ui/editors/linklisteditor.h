// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class RecordListModel;

// The links of one kind a record has (an exchange's pairings, institutions or sources): the
// list of those chosen, and a box to find another by typing part of its name and add it.
// Remove (or Delete in the list) takes the chosen ones off. An optional New… button asks the
// form to make a record, which it then adds here.
class LinkListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LinkListEditor(QWidget *parent = nullptr);

    // choices: the records to pick from (read if they were not). what: the records' name in
    // the plural, for screen readers and the empty list ("pairings").
    void setChoices(RecordListModel *choices, const QString &what);
    void setNewText(const QString &text); // shows the New… button
    void setIds(const QList<qint64> &ids);
    QList<qint64> ids() const; // in ascending order
    QStringList names() const; // as the list shows them
    void add(qint64 id);

signals:
    void changed();
    void newRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int pickedRow() const;
    void addPicked();
    void removeChosen();
    void updateButtons();

    RecordListModel *m_choices = nullptr;
    QListWidget *m_list;
    QComboBox *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_new;
    QString m_typed; // kept while the choices are read again
};
