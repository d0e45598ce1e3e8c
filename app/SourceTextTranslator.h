#pragma once

#include <QHash>
#include <QTranslator>

namespace voxnote {

/// Translates by source text alone, from a Qt Linguist .ts file.
///
/// Core and CLI code words its sentences through small `tr()` helpers whose
/// runtime context (the class) differs from the one lupdate records (the
/// enclosing scope), so a context-matching QTranslator would miss them. One
/// sentence means one thing across Voxnote, so the source text is key enough.
/// Messages left unfinished in the .ts are not used.
class SourceTextTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit SourceTextTranslator(QObject* parent = nullptr);

    /// Reads `tsPath` (a file or a resource). Returns false if it cannot be read.
    bool loadTs(const QString& tsPath);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
        int n = -1) const override;
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

} // namespace voxnote
