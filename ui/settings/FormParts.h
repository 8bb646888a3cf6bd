#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QString>

namespace Packbench::FormParts {

// The settings pages' colours for a problem and for a success beside a field.
inline const QString kErrorStyle = QStringLiteral("color: #b00020;");
inline const QString kSuccessStyle = QStringLiteral("color: #1b5e20;");

// The line under a field where its hint or problem appears. Its height is reserved so that a message appearing or
// going never moves the fields below while the user is about to click one of them.
inline QLabel *fieldMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    return label;
}

inline QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace Packbench::FormParts
