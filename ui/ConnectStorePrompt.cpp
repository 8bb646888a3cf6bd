#include "ui/ConnectStorePrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Packbench {

ConnectStorePrompt::ConnectStorePrompt(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Connect a BigCommerce store"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation =
        new QLabel(tr("Packbench imports the orders that are ready to ship, shows them here for packing, prints "
                      "the shipping labels and writes the tracking number back to BigCommerce as soon as a label "
                      "is printed.\n\nConnect your first store to get started. You need its API Path, Client ID "
                      "and Access Token from a BigCommerce store-level API account."),
                   this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_connectButton = new QPushButton(tr("Connect a BigCommerce store…"), this);
    m_connectButton->setObjectName(QStringLiteral("connectStoreButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setMinimumSize(300, 44);
    QFont buttonFont = m_connectButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    m_connectButton->setFont(buttonFont);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectStorePrompt::connectRequested);

    // A column of readable width in the middle of the window. Word-wrapped labels need the layout's full width
    // (no alignment flag) to compute their height, so the column, not the label, carries the width limit.
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(explanation);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_connectButton, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace Packbench
