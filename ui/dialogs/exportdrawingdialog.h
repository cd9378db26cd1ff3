// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chart/chartfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where and how to export a chart or the map: the file, its format (PNG, SVG, PDF), the
// size, the resolution of a PNG, and the title (prefilled, may be changed). The format follows
// the file name's suffix and the other way round. Export stays disabled until a file is named.
// Its window title ("Export Chart", "Export Map") also heads the questions it asks.
class ExportDrawingDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDrawingDialog(const QString &windowTitle, const QString &suggestedPath,
                        const QString &title, QWidget *parent = nullptr);

    QString path() const;
    ChartFile::Format format() const;
    QSize drawingSize() const;
    void setDrawingSize(const QSize &size);
    int dpi() const;
    void setDpi(int dpi);
    QString title() const;

    // Makes the path whole (a folder, a suffix) and asks before replacing a file.
    void accept() override;

private:
    void browse();
    void formatChosen();
    void pathEdited();

    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_printSize;
    QLineEdit *m_title;
    QDialogButtonBox *m_buttons;
    QString m_folder;  // where a name typed without one goes
    QString m_browsed; // the file the file dialog chose, replacing it agreed to there
};
