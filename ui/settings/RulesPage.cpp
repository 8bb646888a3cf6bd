#include "ui/settings/RulesPage.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "ui/DatabaseWorker.h"
#include "ui/settings/FormParts.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {

using FormParts::kErrorStyle;
using FormParts::kSuccessStyle;

// The fields in the order the field combo box offers them.
constexpr RuleField kFields[] = {RuleField::Tag, RuleField::Store, RuleField::Country,  RuleField::Weight,
                                 RuleField::Sku, RuleField::Atl,   RuleField::ItemCount};

// The operators that make sense for a field (RuleCondition::parse accepts no others, except ~ for a country, which
// compares the code as text and is offered only when a rule already has it).
QList<RuleOp> operatorsFor(RuleField field)
{
    switch (field) {
    case RuleField::Tag:
    case RuleField::Store:
    case RuleField::Sku:
        return {RuleOp::Equal, RuleOp::NotEqual, RuleOp::Contains};
    case RuleField::Country:
    case RuleField::Atl:
        return {RuleOp::Equal, RuleOp::NotEqual};
    case RuleField::Weight:
    case RuleField::ItemCount:
        return {RuleOp::Equal,       RuleOp::NotEqual, RuleOp::Less,
                RuleOp::LessOrEqual, RuleOp::Greater,  RuleOp::GreaterOrEqual};
    }
    return {RuleOp::Equal};
}

RuleOp defaultOperator(RuleField field)
{
    return field == RuleField::Weight || field == RuleField::ItemCount ? RuleOp::Greater : RuleOp::Equal;
}

// The field as the combo box and a rule's generated name show it.
QString fieldTitle(RuleField field)
{
    switch (field) {
    case RuleField::Tag:
        return RulesPage::tr("Tag");
    case RuleField::Store:
        return RulesPage::tr("Store");
    case RuleField::Country:
        return RulesPage::tr("Country");
    case RuleField::Weight:
        return RulesPage::tr("Weight");
    case RuleField::Sku:
        return RulesPage::tr("SKU");
    case RuleField::Atl:
        return RulesPage::tr("ATL");
    case RuleField::ItemCount:
        return RulesPage::tr("Items");
    }
    return QString();
}

// The field inside a sentence: "If tag = 2 then ...".
QString fieldWord(RuleField field)
{
    switch (field) {
    case RuleField::Tag:
        return RulesPage::tr("tag", "in a rule's description");
    case RuleField::Store:
        return RulesPage::tr("store", "in a rule's description");
    case RuleField::Country:
        return RulesPage::tr("country", "in a rule's description");
    case RuleField::Weight:
        return RulesPage::tr("weight", "in a rule's description");
    case RuleField::Sku:
        return RulesPage::tr("SKU", "in a rule's description");
    case RuleField::Atl:
        return RulesPage::tr("ATL", "in a rule's description");
    case RuleField::ItemCount:
        return RulesPage::tr("items", "in a rule's description");
    }
    return QString();
}

QString operatorName(RuleOp op)
{
    switch (op) {
    case RuleOp::Equal:
        return RulesPage::tr("is");
    case RuleOp::NotEqual:
        return RulesPage::tr("is not");
    case RuleOp::Less:
        return RulesPage::tr("is less than");
    case RuleOp::LessOrEqual:
        return RulesPage::tr("is at most");
    case RuleOp::Greater:
        return RulesPage::tr("is more than");
    case RuleOp::GreaterOrEqual:
        return RulesPage::tr("is at least");
    case RuleOp::Contains:
        return RulesPage::tr("contains");
    }
    return QString();
}

QString operatorSymbol(RuleOp op)
{
    switch (op) {
    case RuleOp::Equal:
        return QStringLiteral("=");
    case RuleOp::NotEqual:
        return QStringLiteral("≠");
    case RuleOp::Less:
        return QStringLiteral("<");
    case RuleOp::LessOrEqual:
        return QStringLiteral("≤");
    case RuleOp::Greater:
        return QStringLiteral(">");
    case RuleOp::GreaterOrEqual:
        return QStringLiteral("≥");
    case RuleOp::Contains:
        return RulesPage::tr("contains");
    }
    return QString();
}

// The delivery options a condition on ATL compares with, in the words of the grid.
QList<std::pair<QString, QString>> atlChoices()
{
    return {{QStringLiteral("yes"), RulesPage::tr("Authority to leave")},
            {QStringLiteral("signature"), RulesPage::tr("Signature required")},
            {QStringLiteral("no"), RulesPage::tr("Not specified")}};
}

QString atlText(const QString &value)
{
    for (const auto &[word, text] : atlChoices()) {
        if (word == value)
            return text;
    }
    return value;
}

// The value an editable combo box holds: the data of the item whose text it shows ("2 — Kids" is the tag 2), else
// what was typed.
QString comboValue(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) == text)
            return combo->itemData(i).toString();
    }
    return text;
}

void setComboValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(value);
}

QComboBox *editableCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // A popup rather than inline completion: typing "2" must not become "20 — Outlet" on its own.
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// One condition of the rule in the editor: field, operator (only those valid for the field) and value, with the
// problem RuleCondition::parse finds shown under it.
class ConditionRow : public QWidget
{
public:
    explicit ConditionRow(QWidget *parent)
        : QWidget(parent)
    {
        m_field = new QComboBox(this);
        m_field->setObjectName(QStringLiteral("conditionFieldCombo"));
        m_field->setAccessibleName(RulesPage::tr("Field"));
        for (RuleField field : kFields)
            m_field->addItem(fieldTitle(field), static_cast<int>(field));
        m_op = new QComboBox(this);
        m_op->setObjectName(QStringLiteral("conditionOperatorCombo"));
        m_op->setAccessibleName(RulesPage::tr("Comparison"));
        m_tag = editableCombo(QStringLiteral("conditionTagCombo"), this);
        m_tag->setAccessibleName(RulesPage::tr("Tag"));
        m_tag->setToolTip(RulesPage::tr("A storefront tag is the storefront's channel id; its name is shown beside "
                                        "it. Type any other tag."));
        m_store = editableCombo(QStringLiteral("conditionStoreCombo"), this);
        m_store->setAccessibleName(RulesPage::tr("Store"));
        m_atl = new QComboBox(this);
        m_atl->setObjectName(QStringLiteral("conditionAtlCombo"));
        m_atl->setAccessibleName(RulesPage::tr("Delivery option"));
        for (const auto &[word, text] : atlChoices())
            m_atl->addItem(text, word);
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("conditionValueEdit"));
        m_text->setAccessibleName(RulesPage::tr("Value"));
        m_values = new QStackedWidget(this);
        m_values->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        for (QWidget *value : {static_cast<QWidget *>(m_tag), static_cast<QWidget *>(m_store),
                               static_cast<QWidget *>(m_atl), static_cast<QWidget *>(m_text)})
            m_values->addWidget(value);
        m_remove = new QToolButton(this);
        m_remove->setObjectName(QStringLiteral("removeConditionButton"));
        m_remove->setText(QStringLiteral("✕"));
        m_remove->setToolTip(RulesPage::tr("Remove this condition"));
        m_remove->setAccessibleName(RulesPage::tr("Remove this condition"));
        m_remove->setAutoRaise(true);
        m_message = messageLabel(QStringLiteral("conditionMessage"), this);
        m_message->setStyleSheet(kErrorStyle);
        m_message->setVisible(false);

        auto *line = new QHBoxLayout;
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(m_field);
        line->addWidget(m_op);
        line->addWidget(m_values, 1);
        line->addWidget(m_remove);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addLayout(line);
        layout->addWidget(m_message);

        setField(RuleField::Tag, RuleOp::Equal);

        connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loading)
                return;
            setField(field(), defaultOperator(field()));
            edited();
        });
        connect(m_op, &QComboBox::currentIndexChanged, this, [this] { edited(); });
        connect(m_tag, &QComboBox::currentTextChanged, this, [this] { edited(); });
        connect(m_store, &QComboBox::currentTextChanged, this, [this] { edited(); });
        connect(m_atl, &QComboBox::currentIndexChanged, this, [this] { edited(); });
        connect(m_text, &QLineEdit::textEdited, this, [this] { edited(); });
        connect(m_remove, &QToolButton::clicked, this, [this] {
            if (onRemove)
                onRemove(this);
        });
    }

    RuleField field() const { return static_cast<RuleField>(m_field->currentData().toInt()); }
    RuleOp op() const { return static_cast<RuleOp>(m_op->currentData().toInt()); }

    QString value() const
    {
        switch (field()) {
        case RuleField::Tag:
            return comboValue(m_tag);
        case RuleField::Store:
            return comboValue(m_store);
        case RuleField::Atl:
            return m_atl->currentData().toString();
        case RuleField::Weight:
            // A decimal comma as many locales write it; the rule stores a point.
            return m_text->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        default:
            return m_text->text().trimmed();
        }
    }

    // "tag=2", as RuleCondition::parse reads it.
    QString conditionText() const { return ruleFieldToString(field()) + ruleOpToString(op()) + value(); }

    void setCondition(const RuleCondition &condition)
    {
        m_loading = true;
        m_field->setCurrentIndex(m_field->findData(static_cast<int>(condition.field)));
        setField(condition.field, condition.op);
        switch (condition.field) {
        case RuleField::Tag:
            setComboValue(m_tag, condition.value);
            break;
        case RuleField::Store:
            setComboValue(m_store, condition.value);
            break;
        case RuleField::Atl:
            m_atl->setCurrentIndex(std::max(0, m_atl->findData(condition.value)));
            break;
        default:
            m_text->setText(condition.value);
            break;
        }
        m_loading = false;
    }

    // (tag, label) pairs: "2", "2 — Kids". What the combo box holds stays.
    void setTagOptions(const QList<std::pair<QString, QString>> &options)
    {
        m_loading = true;
        const QString kept = comboValue(m_tag);
        m_tag->clear();
        for (const auto &[tag, label] : options)
            m_tag->addItem(label, tag);
        setComboValue(m_tag, kept);
        m_loading = false;
    }

    void setStoreNames(const QStringList &names)
    {
        m_loading = true;
        const QString kept = comboValue(m_store);
        m_store->clear();
        for (const QString &name : names)
            m_store->addItem(name, name);
        setComboValue(m_store, kept);
        m_loading = false;
    }

    void setTagValue(const QString &tag)
    {
        m_loading = true;
        setComboValue(m_tag, tag);
        m_loading = false;
    }

    void setProblem(const QString &problem)
    {
        m_problem = problem;
        m_message->setText(problem);
        m_message->setVisible(!problem.isEmpty());
    }
    QString problem() const { return m_problem; }

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *operatorCombo() const { return m_op; }
    QWidget *valueWidget() const { return m_values->currentWidget(); }
    // In the order Tab visits them; the value widgets of the other fields are hidden and skipped.
    QList<QWidget *> focusOrder() const { return {m_field, m_op, m_tag, m_store, m_atl, m_text, m_remove}; }

    std::function<void()> onEdited;
    std::function<void(ConditionRow *)> onRemove;

private:
    void edited()
    {
        if (m_loading)
            return;
        // A problem shown goes as soon as the condition is changed; Save checks it again.
        setProblem(QString());
        if (onEdited)
            onEdited();
    }

    void setField(RuleField field, RuleOp op)
    {
        const bool wasLoading = m_loading;
        m_loading = true;
        QList<RuleOp> ops = operatorsFor(field);
        if (!ops.contains(op))
            ops.append(op); // a rule written on the command line with an operator the form does not offer
        m_op->clear();
        for (RuleOp candidate : std::as_const(ops))
            m_op->addItem(operatorName(candidate), static_cast<int>(candidate));
        m_op->setCurrentIndex(m_op->findData(static_cast<int>(op)));
        switch (field) {
        case RuleField::Tag:
            m_values->setCurrentWidget(m_tag);
            break;
        case RuleField::Store:
            m_values->setCurrentWidget(m_store);
            break;
        case RuleField::Atl:
            m_values->setCurrentWidget(m_atl);
            break;
        default:
            m_values->setCurrentWidget(m_text);
            m_text->clear();
            break;
        }
        const QString placeholder = field == RuleField::Country     ? RulesPage::tr("e.g. NZ")
                                    : field == RuleField::Weight    ? RulesPage::tr("e.g. 2.5")
                                    : field == RuleField::Sku       ? RulesPage::tr("e.g. MUG-")
                                    : field == RuleField::ItemCount ? RulesPage::tr("e.g. 2")
                                                                    : QString();
        m_text->setPlaceholderText(placeholder);
        m_loading = wasLoading;
    }

    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    QStackedWidget *m_values = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_store = nullptr;
    QComboBox *m_atl = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QString m_problem;
    bool m_loading = false;
};

RulesPage::RulesPage(Database &database, QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
{
    auto *intro = new QLabel(tr("Rules run in this order, top first, on every new shipment as it is imported, and "
                                "on the shipments waiting to ship when you click Apply rules now. The first "
                                "account rule that matches chooses the account; tag rules add tags."),
                             this);
    intro->setObjectName(QStringLiteral("rulesIntroLabel"));
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3); // each rule is two lines: name, then what it does
    m_list->setFixedWidth(310);
    m_newButton = new QPushButton(tr("&New rule"), this);
    m_newButton->setObjectName(QStringLiteral("newRuleButton"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRuleButton"));
    m_upButton = new QPushButton(tr("Move &up"), this);
    m_upButton->setObjectName(QStringLiteral("moveRuleUpButton"));
    m_downButton = new QPushButton(tr("Move do&wn"), this);
    m_downButton->setObjectName(QStringLiteral("moveRuleDownButton"));

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    // Two buttons a row: four in one row would not fit the list's width in German.
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_newButton, 0, 0);
    listButtons->addWidget(m_removeButton, 0, 1);
    listButtons->addWidget(m_upButton, 1, 0);
    listButtons->addWidget(m_downButton, 1, 1);
    listColumn->addLayout(listButtons);

    m_emptyLabel = new QLabel(tr("No rules yet. A rule routes shipments to a sending account or adds a tag, e.g. "
                                 "\"If tag = 2, assign to account Kids Warehouse\". Click New rule to write one."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("noRulesLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The editor.
    auto *editor = new QWidget;
    m_editorBox = new QGroupBox(editor);
    m_name = new QLineEdit(m_editorBox);
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_nameStatus = messageLabel(QStringLiteral("ruleNameStatus"), m_editorBox);
    m_nameStatus->setMinimumHeight(m_nameStatus->fontMetrics().lineSpacing());
    auto *conditions = new QWidget(m_editorBox);
    m_conditionsLayout = new QVBoxLayout(conditions);
    m_conditionsLayout->setContentsMargins(0, 0, 0, 0);
    m_addConditionButton = new QPushButton(tr("+ Add &condition"), m_editorBox);
    m_addConditionButton->setObjectName(QStringLiteral("addConditionButton"));
    auto *conditionsHint = new QLabel(tr("All conditions must hold."), m_editorBox);
    conditionsHint->setEnabled(false);
    m_action = new QComboBox(m_editorBox);
    m_action->setObjectName(QStringLiteral("ruleActionCombo"));
    m_action->addItem(tr("Assign to account"), static_cast<int>(RuleAction::Account));
    m_action->addItem(tr("Add tag"), static_cast<int>(RuleAction::Tag));
    m_accountCombo = new QComboBox(m_editorBox);
    m_accountCombo->setObjectName(QStringLiteral("ruleAccountCombo"));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_tagCombo = editableCombo(QStringLiteral("ruleTagCombo"), m_editorBox);
    m_tagCombo->setAccessibleName(tr("Tag to add"));
    m_actionStack = new QStackedWidget(m_editorBox);
    m_actionStack->addWidget(m_accountCombo);
    m_actionStack->addWidget(m_tagCombo);
    // As tall as the combo boxes it holds: the editor's spare height goes below it, not into it.
    m_actionStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_actionStatus = messageLabel(QStringLiteral("ruleActionStatus"), m_editorBox);

    auto *nameLabel = new QLabel(tr("Na&me:"), m_editorBox);
    nameLabel->setBuddy(m_name);
    m_ifLabel = new QLabel(tr("&If:"), m_editorBox);
    auto *thenLabel = new QLabel(tr("&Then:"), m_editorBox);
    thenLabel->setBuddy(m_action);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addConditionButton);
    addRow->addWidget(conditionsHint);
    addRow->addStretch();
    auto *thenRow = new QHBoxLayout;
    thenRow->addWidget(m_action);
    thenRow->addWidget(m_actionStack, 1);
    auto *grid = new QGridLayout(m_editorBox);
    grid->setColumnStretch(1, 1);
    grid->addWidget(nameLabel, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_nameStatus, 1, 1);
    grid->addWidget(m_ifLabel, 2, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(conditions, 2, 1);
    grid->addLayout(addRow, 3, 1);
    grid->addWidget(thenLabel, 4, 0);
    grid->addLayout(thenRow, 4, 1);
    grid->addWidget(m_actionStatus, 5, 1);
    // The If label lines up with the first condition's combo boxes.
    m_ifLabel->setMinimumHeight(m_action->sizeHint().height());
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    // Aligned: the box then gets the height its word-wrapped messages need at its width, not its (larger) minimum
    // counted at the narrowest width, which left the spare height inside the combo boxes.
    editorLayout->addWidget(m_editorBox, 0, Qt::AlignTop);
    editorLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("ruleEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);

    m_saveButton = new QPushButton(tr("&Save rule"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRuleButton"));
    m_discardButton = new QPushButton(tr("Discard c&hanges"), this);
    m_discardButton->setObjectName(QStringLiteral("discardRuleButton"));
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_saveButton);
    editorButtons->addStretch();
    editorButtons->addWidget(m_discardButton);
    m_messageLabel = messageLabel(QStringLiteral("ruleMessageLabel"), this);
    m_messageLabel->setVisible(false);

    m_editorArea = new QWidget(this);
    auto *editorAreaLayout = new QVBoxLayout(m_editorArea);
    editorAreaLayout->setContentsMargins(0, 0, 0, 0);
    editorAreaLayout->addWidget(scroll, 1);
    editorAreaLayout->addLayout(editorButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_emptyLabel, 1);
    right->addWidget(m_editorArea, 1);
    right->addWidget(m_messageLabel);

    auto *body = new QHBoxLayout;
    body->addLayout(listColumn);
    body->addLayout(right, 1);

    // Apply rules now, below both: it concerns the saved rules, not the one in the editor.
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_applyButton = new QPushButton(tr("Appl&y rules now"), this);
    m_applyButton->setObjectName(QStringLiteral("applyRulesButton"));
    m_applyLabel = messageLabel(QStringLiteral("applyRulesLabel"), this);
    m_applyLabel->setText(tr("Runs the saved rules over the shipments still to ship or on hold. Printed shipments "
                             "keep their account."));
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_applyButton, 0, Qt::AlignTop);
    applyRow->addWidget(m_applyLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(line);
    layout->addLayout(applyRow);

    connect(m_newButton, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(m_removeButton, &QPushButton::clicked, this, &RulesPage::removeRule);
    connect(m_upButton, &QPushButton::clicked, this, &RulesPage::moveUp);
    connect(m_downButton, &QPushButton::clicked, this, &RulesPage::moveDown);
    connect(m_addConditionButton, &QPushButton::clicked, this, &RulesPage::addCondition);
    connect(m_saveButton, &QPushButton::clicked, this, &RulesPage::save);
    connect(m_discardButton, &QPushButton::clicked, this, &RulesPage::discardChanges);
    connect(m_applyButton, &QPushButton::clicked, this, &RulesPage::applyRulesNow);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_loading)
            return;
        m_nameFollows = false; // the user names the rule from now on
        if (!m_nameProblem.isEmpty())
            setNameProblem(QString());
        editorChanged();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_actionStack->setCurrentWidget(currentAction() == RuleAction::Account ? static_cast<QWidget *>(m_accountCombo)
                                                                               : m_tagCombo);
        if (m_loading)
            return;
        setActionProblem(QString());
        editorChanged();
    });
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        setActionProblem(QString());
        editorChanged();
    });
    connect(m_tagCombo, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        setActionProblem(QString());
        editorChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_rules.size() || m_edited)
            return;
        showRule(m_rules.at(row));
    });

    updateTabOrder();
}

// The worker (the last member, so destroyed first) lets a statement under way finish; its answer dies with
// this page's pending events.
RulesPage::~RulesPage() = default;

QString RulesPage::title() const
{
    return tr("Rules");
}

void RulesPage::load()
{
    requestLists();
    requestOptions();
}

void RulesPage::showEvent(QShowEvent *event)
{
    SettingsPage::showEvent(event);
    // Accounts may have been added or removed on the Accounts page (a removal takes its rules with it), and imports
    // bring new tags: what the page offers is read again whenever it is shown.
    requestLists();
    requestOptions();
}

RulesPage::Lists RulesPage::readLists(Database &database)
{
    // Constructed here: the repositories use the calling (worker) thread's own database connection.
    Lists lists;
    lists.accounts = AccountRepository(database).list(&lists.error);
    if (lists.error.isEmpty())
        lists.rules = RuleRepository(database).list(&lists.error);
    return lists;
}

void RulesPage::requestLists()
{
    const quint64 request = ++m_listsRequest;
    Database *database = &m_database;
    m_worker.run([this, database, request] {
        const Lists lists = readLists(*database);
        // The page waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the page goes first.
        QMetaObject::invokeMethod(
            this, [this, request, lists] { listsRead(request, lists); }, Qt::QueuedConnection);
    });
}

void RulesPage::listsRead(quint64 request, const Lists &lists)
{
    if (request != m_listsRequest)
        return; // a newer read (or a write, which reads after it) is under way
    m_listsAnswered = request;
    if (!lists.error.isEmpty()) {
        showMessage(tr("The rules could not be read: %1").arg(lists.error), true);
        updateControls();
        Q_EMIT rulesLoaded();
        return;
    }
    setAccounts(lists.accounts);
    m_rules = lists.rules;
    // A rule being edited (or written) stays in the editor; otherwise the one shown is shown as saved now.
    if (m_edited || m_busy != Busy::No)
        fillList();
    else
        showRules(m_isNew ? QUuid() : m_currentId);
    applyPendingDefaults();
    Q_EMIT rulesLoaded();
}

void RulesPage::runWrite(Busy busy, Job job, std::function<void(const Result &)> done)
{
    // The focus stays where it was, if it can: disabling the buttons meanwhile would otherwise send it elsewhere.
    QPointer<QWidget> focused = focusWidget();
    m_busy = busy;
    // The answer carries the lists as they are after the write: a read asked for before it is dropped.
    const quint64 request = ++m_listsRequest;
    updateControls();
    Database *database = &m_database;
    m_worker.run([this, database, job, done, focused, request] {
        Result result = job(*database);
        result.lists = readLists(*database);
        QMetaObject::invokeMethod(
            this,
            [this, result, done, focused, request] {
                m_busy = Busy::No;
                if (request == m_listsRequest)
                    m_listsAnswered = request;
                updateControls();
                if (focused && focused->isEnabled() && focused->isVisible())
                    focused->setFocus(Qt::OtherFocusReason);
                done(result);
            },
            Qt::QueuedConnection);
    });
}

void RulesPage::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString kept = m_accountCombo->currentData().toString();
    m_accountCombo->clear();
    for (const Account &account : std::as_const(m_accounts))
        m_accountCombo->addItem(account.name, account.id.toString(QUuid::WithoutBraces));
    const int index = m_accountCombo->findData(kept);
    if (index >= 0)
        m_accountCombo->setCurrentIndex(index);
    m_loading = wasLoading;
    setActionProblem(m_actionProblem);
}

void RulesPage::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Rule &rule : std::as_const(m_rules)) {
        const QString description = describe(rule);
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(rule.position).arg(rule.name) + QLatin1Char('\n') + description, m_list);
        item->setData(Qt::UserRole, rule.id.toString(QUuid::WithoutBraces));
        item->setToolTip(description);
        if (rule.id == m_currentId && !m_isNew)
            m_list->setCurrentItem(item);
    }
    rebuildTagOptions();
    updateControls();
}

void RulesPage::showRules(const QUuid &select)
{
    int selectRow = m_rules.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == select)
            selectRow = static_cast<int>(i);
    }
    m_isNew = false;
    m_edited = false;
    m_defaultsPending = false;
    m_currentId = selectRow >= 0 ? m_rules.at(selectRow).id : QUuid();
    fillList();
    if (selectRow >= 0)
        showRule(m_rules.at(selectRow));
    else
        clearConditions();
    updateControls();
    Q_EMIT modifiedChanged();
}

QString RulesPage::describe(const Rule &rule) const
{
    QStringList conditions;
    for (const RuleCondition &condition : rule.conditions) {
        const QString value = condition.field == RuleField::Atl ? atlText(condition.value) : condition.value;
        conditions.append(tr("%1 %2 %3", "a rule's condition: field, comparison, value")
                              .arg(fieldWord(condition.field), operatorSymbol(condition.op), value));
    }
    QString then;
    if (rule.action == RuleAction::Account) {
        const QUuid id = QUuid::fromString(rule.actionValue);
        const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                          [&id](const Account &candidate) { return candidate.id == id; });
        then = tr("account %1").arg(account != m_accounts.cend() ? account->name : tr("(removed)"));
    } else {
        then = tr("add tag %1").arg(rule.actionValue);
    }
    if (conditions.isEmpty())
        return tr("Every shipment: %1").arg(then);
    return tr("If %1 then %2").arg(conditions.join(tr(" and ")), then);
}

void RulesPage::requestOptions()
{
    if (m_loadingOptions) {
        m_optionsAgain = true;
        return;
    }
    m_loadingOptions = true;
    Database *database = &m_database;
    m_worker.run([this, database] {
        // Every shipment's tags: read here, on the worker's own connection, never on the GUI thread.
        Options options;
        QSqlQuery query(database->connection());
        query.setForwardOnly(true);
        // min(source) = '': the import put the tag there (a storefront's channel id), not only a rule.
        if (execQuery(query, QStringLiteral("SELECT tag, min(source) FROM shipment_tags GROUP BY tag"),
                      &options.error)) {
            while (query.next()) {
                options.tags.append(query.value(0).toString());
                if (query.value(1).toString().isEmpty())
                    options.taggedChannels.insert(query.value(0).toString());
            }
        }
        query.finish();
        if (options.error.isEmpty() &&
            execQuery(query,
                      QStringLiteral("SELECT c.channel_id, c.name, s.channel_tags FROM store_channels c "
                                     "JOIN stores s ON s.id = c.store_id WHERE s.removed_at IS NULL "
                                     "ORDER BY c.channel_id, c.name"),
                      &options.error)) {
            while (query.next()) {
                const QString tag = QString::number(query.value(0).toLongLong());
                QStringList &names = options.channelNames[tag];
                if (!names.contains(query.value(1).toString()))
                    names.append(query.value(1).toString());
                if (query.value(2).toInt() != 0)
                    options.taggedChannels.insert(tag);
            }
        }
        query.finish();
        if (options.error.isEmpty() &&
            execQuery(query,
                      QStringLiteral("SELECT name, default_channel_id FROM stores WHERE removed_at IS NULL "
                                     "ORDER BY name"),
                      &options.error)) {
            while (query.next()) {
                options.storeNames.append(query.value(0).toString());
                options.defaultChannels.insert(QString::number(query.value(1).toLongLong()));
            }
        }
        QMetaObject::invokeMethod(
            this, [this, options] { setOptions(options); }, Qt::QueuedConnection);
    });
}

void RulesPage::setOptions(const Options &options)
{
    m_loadingOptions = false;
    m_options = options;
    if (!options.error.isEmpty())
        showMessage(tr("The tags in use could not be read: %1").arg(options.error), true);
    rebuildTagOptions();
    for (ConditionRow *row : std::as_const(m_rows))
        row->setStoreNames(m_options.storeNames);
    applyPendingDefaults();
    Q_EMIT optionsLoaded();
    if (m_optionsAgain) {
        m_optionsAgain = false;
        requestOptions();
    }
}

void RulesPage::applyPendingDefaults()
{
    // A new rule started before the tags in use and the accounts were known gets its Tag value and account once both
    // are in (they go together: a storefront's tag and the account named after it), unless the user has changed it.
    if (!m_defaultsPending || !m_isNew || m_rows.isEmpty() || m_loadingOptions || m_listsAnswered != m_listsRequest)
        return;
    m_defaultsPending = false;
    QString tag;
    QUuid accountId;
    pickDefaults(&tag, &accountId);
    m_loading = true;
    m_rows.first()->setTagValue(tag);
    setActionValue(RuleAction::Account, accountId.toString(QUuid::WithoutBraces));
    if (m_nameFollows)
        m_name->setText(autoName());
    m_loading = false;
}

void RulesPage::rebuildTagOptions()
{
    QSet<QString> tags(m_options.tags.cbegin(), m_options.tags.cend());
    for (const QString &channel : std::as_const(m_options.taggedChannels))
        tags.insert(channel);
    for (const Rule &rule : std::as_const(m_rules)) {
        if (rule.action == RuleAction::Tag)
            tags.insert(rule.actionValue);
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    QCollator collator;
    collator.setNumericMode(true); // tag 2 before tag 10
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), collator);

    m_tagOptions.clear();
    QList<std::pair<QString, QString>> pairs;
    for (const QString &tag : std::as_const(sorted)) {
        TagOption option;
        option.tag = tag;
        const QStringList names = m_options.channelNames.value(tag);
        option.label =
            names.isEmpty()
                ? tag
                : tr("%1 — %2", "a tag and the storefronts it stands for").arg(tag, names.join(QStringLiteral(", ")));
        option.storefront = m_options.taggedChannels.contains(tag);
        m_tagOptions.append(option);
        pairs.append({option.tag, option.label});
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    for (ConditionRow *row : std::as_const(m_rows))
        row->setTagOptions(pairs);
    const QString kept = comboValue(m_tagCombo);
    m_tagCombo->clear();
    for (const auto &[tag, label] : std::as_const(pairs))
        m_tagCombo->addItem(label, tag);
    setComboValue(m_tagCombo, kept);
    m_loading = wasLoading;
}

void RulesPage::pickDefaults(QString *tag, QUuid *accountId) const
{
    // What rules already cover comes last: a second rule is most likely about another storefront and account.
    QSet<QString> usedTags;
    QSet<QString> usedAccounts;
    for (const Rule &rule : m_rules) {
        for (const RuleCondition &condition : rule.conditions) {
            if (condition.field == RuleField::Tag && condition.op == RuleOp::Equal)
                usedTags.insert(condition.value);
        }
        if (rule.action == RuleAction::Account)
            usedAccounts.insert(rule.actionValue);
    }
    QList<Account> accounts;
    for (const Account &account : m_accounts) {
        if (!account.isDefault())
            accounts.append(account);
    }
    std::stable_sort(accounts.begin(), accounts.end(), [&usedAccounts](const Account &a, const Account &b) {
        return !usedAccounts.contains(a.id.toString(QUuid::WithoutBraces)) &&
               usedAccounts.contains(b.id.toString(QUuid::WithoutBraces));
    });
    // The storefront tags; a store's default storefront (1, the main one) after the others: its shipments are the
    // ones that usually stay in the Default account.
    QList<TagOption> tags;
    for (const TagOption &option : m_tagOptions) {
        if (option.storefront)
            tags.append(option);
    }
    if (tags.isEmpty())
        tags = m_tagOptions;
    auto rank = [&](const TagOption &option) {
        return (usedTags.contains(option.tag) ? 2 : 0) + (m_options.defaultChannels.contains(option.tag) ? 1 : 0);
    };
    std::stable_sort(tags.begin(), tags.end(),
                     [&rank](const TagOption &a, const TagOption &b) { return rank(a) < rank(b); });

    *tag = tags.isEmpty() ? QString() : tags.first().tag;
    *accountId = accounts.isEmpty() ? Account::defaultId() : accounts.first().id;
    // An account named after a storefront goes with that storefront's tag: "Kids Warehouse" with 2 — Kids (among
    // the accounts and tags no rule covers yet).
    for (const Account &account : std::as_const(accounts)) {
        if (usedAccounts.contains(account.id.toString(QUuid::WithoutBraces)))
            continue;
        for (const TagOption &option : std::as_const(tags)) {
            if (usedTags.contains(option.tag))
                continue;
            const QStringList names = m_options.channelNames.value(option.tag);
            for (const QString &name : names) {
                if (!name.trimmed().isEmpty() && account.name.contains(name.trimmed(), Qt::CaseInsensitive)) {
                    *tag = option.tag;
                    *accountId = account.id;
                    return;
                }
            }
        }
    }
}

QString RulesPage::autoName() const
{
    QStringList conditions;
    for (const ConditionRow *row : m_rows) {
        QString value = row->value();
        if (value.isEmpty())
            continue;
        if (row->field() == RuleField::Atl)
            value = atlText(value);
        conditions.append(
            row->op() == RuleOp::Equal
                ? tr("%1 %2", "a condition in a rule's name: field, value").arg(fieldTitle(row->field()), value)
                : tr("%1 %2 %3", "a condition in a rule's name: field, comparison, value")
                      .arg(fieldTitle(row->field()), operatorSymbol(row->op()), value));
    }
    QString then;
    if (currentAction() == RuleAction::Account)
        then = m_accountCombo->currentText();
    else
        then = tr("tag %1").arg(comboValue(m_tagCombo));
    QString base;
    if (!conditions.isEmpty())
        base = tr("%1 → %2").arg(conditions.join(QStringLiteral(", ")), then);
    else if (m_rows.isEmpty())
        base = tr("Every shipment → %1").arg(then);
    else
        base = tr("New rule");
    // Unique among the other rules, as the repository requires.
    auto taken = [this](const QString &name) {
        return std::any_of(m_rules.cbegin(), m_rules.cend(), [this, &name](const Rule &rule) {
            return rule.id != m_currentId && rule.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 (%2)", "a rule's name made unique: name, number").arg(base).arg(n);
    return name;
}

void RulesPage::newRule()
{
    if (m_edited)
        return;
    m_loading = true;
    m_currentId = QUuid::createUuid();
    m_isNew = true;
    m_nameFollows = true;
    m_list->clearSelection();
    clearConditions();
    QString tag;
    QUuid accountId;
    pickDefaults(&tag, &accountId);
    RuleCondition condition;
    condition.field = RuleField::Tag;
    condition.op = RuleOp::Equal;
    condition.value = tag;
    appendCondition(condition);
    setActionValue(RuleAction::Account, accountId.toString(QUuid::WithoutBraces));
    m_name->setText(autoName());
    setNameProblem(QString());
    setActionProblem(QString());
    m_loading = false;
    // The tags in use and the accounts may still be on their way: they pick the Tag value and account when they come.
    m_defaultsPending = m_loadingOptions || m_listsAnswered != m_listsRequest;
    m_messageLabel->setVisible(false);
    setErrorString(QString());
    setEdited(true);
    updateTabOrder();
    // Ready for the two clicks "New rule", "Add rule"; from the keyboard, Tab goes on to the condition.
    m_saveButton->setFocus(Qt::OtherFocusReason);
}

void RulesPage::showRule(const Rule &rule)
{
    m_loading = true;
    m_currentId = rule.id;
    m_isNew = false;
    m_nameFollows = false;
    m_defaultsPending = false;
    m_name->setText(rule.name);
    clearConditions();
    for (const RuleCondition &condition : rule.conditions)
        appendCondition(condition);
    setActionValue(rule.action, rule.actionValue);
    setNameProblem(QString());
    setActionProblem(QString());
    m_loading = false;
    setEdited(false);
    updateTabOrder();
}

void RulesPage::clearConditions()
{
    for (ConditionRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
}

ConditionRow *RulesPage::appendCondition(const RuleCondition &condition)
{
    auto *row = new ConditionRow(m_conditionsLayout->parentWidget());
    QList<std::pair<QString, QString>> pairs;
    for (const TagOption &option : std::as_const(m_tagOptions))
        pairs.append({option.tag, option.label});
    row->setTagOptions(pairs);
    row->setStoreNames(m_options.storeNames);
    row->setCondition(condition);
    row->onEdited = [this] {
        if (m_loading)
            return;
        editorChanged();
    };
    row->onRemove = [this](ConditionRow *which) {
        removeCondition(which);
    };
    m_conditionsLayout->addWidget(row);
    m_rows.append(row);
    m_ifLabel->setBuddy(m_rows.first()->fieldCombo());
    return row;
}

void RulesPage::addCondition()
{
    RuleCondition condition;
    condition.field = RuleField::Tag;
    condition.op = RuleOp::Equal;
    const bool wasLoading = m_loading;
    m_loading = true;
    ConditionRow *row = appendCondition(condition);
    m_loading = wasLoading;
    updateTabOrder();
    editorChanged();
    row->fieldCombo()->setFocus(Qt::OtherFocusReason);
}

void RulesPage::removeCondition(ConditionRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater();
    if (!m_rows.isEmpty())
        m_ifLabel->setBuddy(m_rows.first()->fieldCombo());
    updateTabOrder();
    editorChanged();
    // The focus goes to the condition that took its place, or to Add condition.
    if (index < m_rows.size())
        m_rows.at(index)->fieldCombo()->setFocus(Qt::OtherFocusReason);
    else
        m_addConditionButton->setFocus(Qt::OtherFocusReason);
}

RuleAction RulesPage::currentAction() const
{
    return static_cast<RuleAction>(m_action->currentData().toInt());
}

void RulesPage::setActionValue(RuleAction action, const QString &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(action)));
    if (action == RuleAction::Account) {
        const int index = m_accountCombo->findData(value);
        m_accountCombo->setCurrentIndex(index >= 0 ? index : 0);
    } else {
        setComboValue(m_tagCombo, value);
    }
    m_loading = wasLoading;
}

QString RulesPage::actionValue() const
{
    return currentAction() == RuleAction::Account ? m_accountCombo->currentData().toString() : comboValue(m_tagCombo);
}

void RulesPage::editorChanged()
{
    if (m_loading)
        return;
    m_defaultsPending = false; // the user has changed the new rule: the tags arriving late leave it alone
    if (m_nameFollows) {
        m_loading = true;
        m_name->setText(autoName());
        m_loading = false;
    }
    m_messageLabel->setVisible(false);
    setErrorString(QString());
    setEdited(true);
}

bool RulesPage::isModified() const
{
    return m_edited;
}

void RulesPage::setEdited(bool edited)
{
    if (m_edited == edited) {
        updateControls();
        return;
    }
    m_edited = edited;
    updateControls();
    Q_EMIT modifiedChanged();
}

int RulesPage::currentRow() const
{
    if (m_isNew || m_currentId.isNull())
        return -1;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == m_currentId)
            return static_cast<int>(i);
    }
    return -1;
}

void RulesPage::updateControls()
{
    const bool hasEditor = m_isNew || !m_currentId.isNull();
    m_emptyLabel->setVisible(!hasEditor);
    m_editorArea->setVisible(hasEditor);
    const int row = currentRow();
    // One rule at a time: while the editor holds unsaved changes the list waits (Save rule, or Discard changes).
    // While the rules are applied nothing is written: a write here would wait for that transaction.
    const bool writing = m_busy != Busy::No;
    const bool listFree = !m_edited && !m_applying && !writing;
    m_list->setEnabled(!m_edited && !writing);
    m_newButton->setEnabled(!m_edited && !writing);
    m_removeButton->setEnabled(listFree && row >= 0);
    m_upButton->setEnabled(listFree && row > 0);
    m_downButton->setEnabled(listFree && row >= 0 && row < m_rules.size() - 1);
    const QString waitForEditor = tr("Save or discard the rule being edited first.");
    const QString waitForApply = tr("Wait until the rules have been applied.");
    for (QPushButton *button : {m_removeButton, m_upButton, m_downButton})
        button->setToolTip(m_edited ? waitForEditor : (m_applying ? waitForApply : QString()));
    m_newButton->setToolTip(m_edited ? waitForEditor : QString());
    m_saveButton->setText(m_isNew ? tr("A&dd rule") : tr("&Save rule"));
    m_saveButton->setEnabled(m_edited && !m_applying && !writing);
    m_saveButton->setToolTip(m_applying ? waitForApply : QString());
    m_discardButton->setEnabled(m_edited && !writing);
    m_editorBox->setEnabled(!writing);
    m_applyButton->setEnabled(!m_applying);
    m_applyButton->setToolTip(m_applying ? tr("The rules are being applied.")
                                         : tr("Runs the saved rules (not the one being edited) over the shipments "
                                              "still to ship or on hold."));
    if (m_isNew)
        m_editorBox->setTitle(tr("New rule (it goes last)"));
    else if (row >= 0)
        m_editorBox->setTitle(tr("Rule %1").arg(row + 1));
    m_nameStatus->setText(m_nameProblem.isEmpty() && m_nameFollows ? tr("Made from the rule until you type a name.")
                                                                   : m_nameProblem);
    m_nameStatus->setStyleSheet(m_nameProblem.isEmpty() ? QString() : kErrorStyle);
}

void RulesPage::updateTabOrder()
{
    QList<QWidget *> order = {m_list, m_newButton, m_removeButton, m_upButton, m_downButton, m_name};
    for (const ConditionRow *row : std::as_const(m_rows))
        order += row->focusOrder();
    order += {m_addConditionButton, m_action, m_accountCombo, m_tagCombo, m_saveButton, m_discardButton, m_applyButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void RulesPage::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? kErrorStyle : kSuccessStyle);
    m_messageLabel->setVisible(true);
}

QString RulesPage::message() const
{
    return m_messageLabel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

QString RulesPage::applyResult() const
{
    return m_applyLabel->text();
}

void RulesPage::setNameProblem(const QString &problem)
{
    m_nameProblem = problem;
    updateControls();
}

void RulesPage::setActionProblem(const QString &problem)
{
    m_actionProblem = problem;
    const bool onlyDefault = std::none_of(m_accounts.cbegin(), m_accounts.cend(),
                                          [](const Account &account) { return !account.isDefault(); });
    if (!problem.isEmpty()) {
        m_actionStatus->setText(problem);
        m_actionStatus->setStyleSheet(kErrorStyle);
    } else if (onlyDefault && currentAction() == RuleAction::Account) {
        m_actionStatus->setText(tr("Only the Default account exists: add the sending accounts on the Accounts page."));
        m_actionStatus->setStyleSheet(QString());
    } else {
        m_actionStatus->clear();
        m_actionStatus->setStyleSheet(QString());
    }
    m_actionStatus->setVisible(!m_actionStatus->text().isEmpty());
}

int RulesPage::conditionCount() const
{
    return static_cast<int>(m_rows.size());
}

QComboBox *RulesPage::conditionField(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->fieldCombo() : nullptr;
}

QComboBox *RulesPage::conditionOperator(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->operatorCombo() : nullptr;
}

QWidget *RulesPage::conditionValue(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->valueWidget() : nullptr;
}

QString RulesPage::conditionMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->problem() : QString();
}

QString RulesPage::nameMessage() const
{
    return m_nameProblem;
}

QString RulesPage::actionMessage() const
{
    return m_actionProblem;
}

bool RulesPage::ruleFromEditor(Rule *rule)
{
    QWidget *firstField = nullptr;
    QString firstProblem;
    auto problem = [&](QWidget *field, const QString &text) {
        if (!firstField) {
            firstField = field;
            firstProblem = text;
        }
    };

    rule->id = m_currentId;
    rule->name = m_name->text().trimmed();
    QString nameProblem;
    if (rule->name.isEmpty()) {
        nameProblem = tr("A rule needs a name.");
    } else {
        for (const Rule &other : std::as_const(m_rules)) {
            if (other.id != m_currentId && other.name.compare(rule->name, Qt::CaseInsensitive) == 0)
                nameProblem = tr("A rule named \"%1\" already exists.").arg(rule->name);
        }
    }
    setNameProblem(nameProblem);
    if (!nameProblem.isEmpty())
        problem(m_name, nameProblem);

    rule->conditions.clear();
    for (ConditionRow *row : std::as_const(m_rows)) {
        RuleCondition condition;
        QString error;
        // The same check as the command line's --if: what the form holds, written as FIELD OP VALUE.
        if (RuleCondition::parse(row->conditionText(), &condition, &error)) {
            row->setProblem(QString());
            rule->conditions.append(condition);
        } else {
            row->setProblem(error);
            problem(row->valueWidget(), error);
        }
    }

    rule->action = currentAction();
    rule->actionValue = actionValue();
    QString actionProblem;
    if (rule->action == RuleAction::Account && QUuid::fromString(rule->actionValue).isNull())
        actionProblem = tr("Choose the account the rule routes shipments to.");
    else if (rule->action == RuleAction::Tag && rule->actionValue.isEmpty())
        actionProblem = tr("Write the tag the rule adds.");
    setActionProblem(actionProblem);
    if (!actionProblem.isEmpty())
        problem(m_actionStack->currentWidget(), actionProblem);

    if (firstField) {
        firstField->setFocus(Qt::OtherFocusReason);
        setErrorString(firstProblem, true);
        return false;
    }
    return true;
}

void RulesPage::save()
{
    if (!m_edited) {
        Q_EMIT saveFinished(true);
        return;
    }
    if (m_applying) {
        const QString wait = tr("The rules are being applied to the shipments; save the rule when that is done.");
        showMessage(wait, true);
        setErrorString(wait, true);
        Q_EMIT saveFinished(false);
        return;
    }
    Rule rule;
    if (!ruleFromEditor(&rule)) {
        Q_EMIT saveFinished(false);
        return;
    }
    if (m_busy == Busy::Saving)
        return; // the save under way answers with saveFinished()
    if (m_busy != Busy::No) {
        const QString wait = tr("Wait until the rules have been written, then save again.");
        showMessage(wait, true);
        setErrorString(wait, true);
        Q_EMIT saveFinished(false);
        return;
    }
    const bool isNew = m_isNew;
    runWrite(
        Busy::Saving,
        [rule, isNew](Database &database) {
            Result result;
            RuleRepository repository(database);
            result.outcome = isNew ? repository.add(rule, 0, &result.error) : repository.update(rule, &result.error);
            return result;
        },
        [this, rule, isNew](const Result &result) { saved(rule, isNew, result); });
}

void RulesPage::saved(const Rule &rule, bool added, const Result &result)
{
    if (result.outcome != RuleRepository::Outcome::Ok) {
        // The rule stays in the editor; the lists read after the write say what is there now.
        if (result.lists.error.isEmpty()) {
            setAccounts(result.lists.accounts);
            m_rules = result.lists.rules;
            fillList();
        }
        switch (result.outcome) {
        case RuleRepository::Outcome::NameTaken:
            setNameProblem(result.error);
            m_name->setFocus(Qt::OtherFocusReason);
            break;
        case RuleRepository::Outcome::AccountNotFound:
            setActionProblem(result.error);
            m_action->setFocus(Qt::OtherFocusReason);
            break;
        default:
            showMessage(result.error, true);
            break;
        }
        setErrorString(result.error, true);
        Q_EMIT saveFinished(false);
        return;
    }
    setErrorString(QString());
    if (result.lists.error.isEmpty()) {
        setAccounts(result.lists.accounts);
        m_rules = result.lists.rules;
    }
    showRules(rule.id);
    const int position = currentRow() + 1;
    showMessage((added ? tr("Rule \"%1\" added at position %2.") : tr("Rule \"%1\" saved at position %2."))
                        .arg(rule.name)
                        .arg(position) +
                    QLatin1Char(' ') +
                    tr("It applies to shipments imported from now on; Apply rules now runs it over those waiting "
                       "to ship."),
                false);
    if (!result.lists.error.isEmpty())
        showMessage(tr("The rule was saved, but the rules could not be read again: %1").arg(result.lists.error), true);
    Q_EMIT rulesChanged();
    Q_EMIT saveFinished(true);
}

void RulesPage::discardChanges()
{
    setErrorString(QString());
    m_messageLabel->setVisible(false);
    // At once from the rules the page holds; then read again, as another station may have changed them.
    showRules(m_isNew ? QUuid() : m_currentId);
    requestLists();
}

void RulesPage::moveUp()
{
    moveCurrent(-1);
}

void RulesPage::moveDown()
{
    moveCurrent(1);
}

void RulesPage::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (m_edited || m_applying || m_busy != Busy::No || row < 0 || target < 0 || target >= m_rules.size())
        return;
    const Rule rule = m_rules.at(row);
    const QPointer<QWidget> pressed = focusWidget();
    runWrite(
        Busy::Moving,
        [rule, target](Database &database) {
            Result result;
            result.outcome = RuleRepository(database).move(rule.name, target + 1, &result.error);
            return result;
        },
        [this, rule, target, pressed](const Result &result) {
            if (result.lists.error.isEmpty()) {
                setAccounts(result.lists.accounts);
                m_rules = result.lists.rules;
            }
            showRules(rule.id);
            if (result.outcome != RuleRepository::Outcome::Ok) {
                showMessage(result.error, true);
                return;
            }
            showMessage(tr("\"%1\" is now rule %2.").arg(rule.name).arg(target + 1), false);
            // At the top or the bottom the button pressed is disabled: the list keeps the focus instead.
            if (pressed && !pressed->isEnabled())
                m_list->setFocus(Qt::OtherFocusReason);
            Q_EMIT rulesChanged();
        });
}

void RulesPage::removeRule()
{
    const int row = currentRow();
    if (m_edited || m_applying || m_busy != Busy::No || row < 0)
        return;
    const Rule rule = m_rules.at(row);
    QMessageBox box(QMessageBox::Question, tr("Remove rule"), tr("Remove the rule \"%1\"?").arg(rule.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeRuleQuestion"));
    box.setInformativeText(describe(rule) + QStringLiteral("\n\n") +
                           tr("Shipments it has routed or tagged keep that until the rules run again (at their next "
                              "import, or Apply rules now)."));
    QPushButton *remove = box.addButton(tr("&Remove rule"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove || m_busy != Busy::No)
        return;
    // The rule after it is shown next, else the one before.
    const QUuid next = row + 1 < m_rules.size() ? m_rules.at(row + 1).id : (row > 0 ? m_rules.at(row - 1).id : QUuid());
    runWrite(
        Busy::Removing,
        [rule](Database &database) {
            Result result;
            result.outcome = RuleRepository(database).remove(rule.name, &result.error);
            return result;
        },
        [this, rule, next](const Result &result) {
            if (result.lists.error.isEmpty()) {
                setAccounts(result.lists.accounts);
                m_rules = result.lists.rules;
            }
            if (result.outcome != RuleRepository::Outcome::Ok) {
                showRules(rule.id);
                showMessage(result.error, true);
                return;
            }
            showRules(next);
            showMessage(tr("Rule \"%1\" removed.").arg(rule.name), false);
            Q_EMIT rulesChanged();
        });
}

void RulesPage::applyRulesNow()
{
    if (m_applying)
        return;
    m_applying = true;
    updateControls();
    m_applyLabel->setText(tr("Applying the rules to the shipments still to ship or on hold…"));
    m_applyLabel->setStyleSheet(QString());
    Database *database = &m_database;
    m_worker.run([this, database] {
        // Constructed here: the repository uses this thread's own database connection. Every open shipment is read
        // and those whose outcome differs are written, in one transaction.
        RuleRepository::ApplyResult result;
        QString error;
        const bool ok = RuleRepository(*database).apply(std::nullopt, {}, &result, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, result, error] {
                m_applying = false;
                if (!ok) {
                    m_applyLabel->setText(tr("The rules could not be applied: %1").arg(error));
                    m_applyLabel->setStyleSheet(kErrorStyle);
                } else if (result.shipments == 0) {
                    m_applyLabel->setText(tr("No shipment is waiting to ship or on hold: the rules had nothing to "
                                             "look at."));
                    m_applyLabel->setStyleSheet(kSuccessStyle);
                } else {
                    const QString lookedAt = result.shipments == 1
                                                 ? tr("1 shipment looked at")
                                                 : tr("%n shipments looked at", nullptr, result.shipments);
                    m_applyLabel->setText(tr("%1, %2 changed.", "shipments looked at, how many of them changed")
                                              .arg(lookedAt)
                                              .arg(result.changed));
                    m_applyLabel->setStyleSheet(kSuccessStyle);
                }
                updateControls();
                if (ok && result.changed > 0)
                    Q_EMIT shipmentsChanged();
                Q_EMIT applyFinished(ok);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Packbench
