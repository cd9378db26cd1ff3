// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/formconflict.h"

#include "ui/editors/linklisteditor.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>

namespace FormConflict {
namespace {
// One field of the form: its widget, its caption, and what it holds (to compare and put back)
// with how the form shows that.
struct Field
{
    QWidget *widget;
    QString caption;
};

struct Value
{
    QVariant held;
    QString shown;
    bool operator==(const Value &other) const { return held == other.held; }
};

bool partOfAnother(const QWidget *widget, const QDialog *editor)
{
    for (QWidget *up = widget->parentWidget(); up && up != editor; up = up->parentWidget()) {
        if (qobject_cast<QComboBox *>(up) || qobject_cast<LinkListEditor *>(up))
            return true;
    }
    return false;
}

// Part of the form as the user may see it: not hidden on purpose, though it may stand on a tab
// not in view (an exchange's institutions while its pairings are shown).
bool shownInForm(const QWidget *widget, const QDialog *editor)
{
    for (const QWidget *w = widget; w && w != editor; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

QString cleaned(QString caption)
{
    caption.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // "标题(&T)"
    caption.remove(QLatin1Char('&'));
    while (caption.endsWith(QLatin1Char(':')) || caption.endsWith(QChar(0xff1a)))
        caption.chop(1);
    return caption.trimmed();
}

// The caption beside it in a form, or the tab it fills, or its name for screen readers.
QString captionOf(QWidget *widget, const QDialog *editor)
{
    for (QFormLayout *form : editor->findChildren<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(widget)))
            return cleaned(label->text());
    }
    for (QWidget *up = widget; up && up != editor; up = up->parentWidget()) {
        auto *stack = up->parentWidget();
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(up) >= 0)
            return cleaned(tabs->tabText(tabs->indexOf(up)));
    }
    return widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
}

QList<Field> fieldsOf(QDialog *editor)
{
    QList<Field> fields;
    for (QWidget *widget : editor->findChildren<QWidget *>()) {
        const bool input =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<LinkListEditor *>(widget);
        if (!input || partOfAnother(widget, editor) || !shownInForm(widget, editor))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && line->isReadOnly())
            continue;
        fields.append({widget, captionOf(widget, editor)});
    }
    return fields;
}

Value valueOf(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return {line->text(), line->text()};
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return {text->toPlainText(), text->toPlainText()};
    if (auto *box = qobject_cast<QComboBox *>(widget)) {
        if (box->isEditable())
            return {box->currentText(), box->currentText()};
        return {box->currentIndex(), box->currentText()};
    }
    auto *links = qobject_cast<LinkListEditor *>(widget);
    QVariantList ids;
    for (const qint64 id : links->ids())
        ids << id;
    return {ids, links->names().join(QStringLiteral("; "))};
}

void put(QWidget *widget, const Value &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(value.held.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->setPlainText(value.held.toString());
    } else if (auto *box = qobject_cast<QComboBox *>(widget)) {
        if (!box->isEditable()) {
            box->setCurrentIndex(value.held.toInt());
        } else {
            box->setCurrentIndex(box->findText(value.held.toString(), Qt::MatchFixedString));
            box->setEditText(value.held.toString());
        }
    } else if (auto *links = qobject_cast<LinkListEditor *>(widget)) {
        QList<qint64> ids;
        for (const QVariant &id : value.held.toList())
            ids << id.toLongLong();
        links->setIds(ids);
    }
}

QList<Value> valuesOf(const QList<Field> &fields)
{
    QList<Value> values;
    for (const Field &field : fields)
        values << valueOf(field.widget);
    return values;
}
} // namespace

ConflictDialog::Choice choose(QDialog *editor, const QString &what,
                              const std::function<void(bool theirs)> &fill)
{
    const QList<Field> fields = fieldsOf(editor);
    const QList<Value> mine = valuesOf(fields);
    fill(false);
    const QList<Value> read = valuesOf(fields);
    fill(true);
    const QList<Value> theirs = valuesOf(fields);
    QList<ConflictDialog::Row> rows;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!(mine.at(i) == theirs.at(i)))
            rows.append({fields.at(i).caption, theirs.at(i).shown, mine.at(i).shown});
    }
    ConflictDialog dialog(what, rows, editor);
    dialog.exec();
    const bool editAgain = dialog.choice() == ConflictDialog::Choice::EditAgain;
    // Edit again: theirs, with what this user changed on top; else the form as the user left it.
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!editAgain || !(mine.at(i) == read.at(i)))
            put(fields.at(i).widget, mine.at(i));
    }
    return dialog.choice();
}

} // namespace FormConflict
