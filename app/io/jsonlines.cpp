// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/jsonlines.h"

#include "app/io/dataerror.h"

namespace JsonLines {
namespace {
struct Frame
{
    bool array = false;
    QString path;
    QString key; // in an object, the key read last
};

QString childPath(const Frame &frame)
{
    const QString step = frame.array ? QStringLiteral("[]") : frame.key;
    return frame.path.isEmpty() ? step : frame.path + QLatin1Char('/') + step;
}
} // namespace

Lines of(const QByteArray &bytes)
{
    Lines lines;
    QList<Frame> stack;
    int line = 1;
    bool expectingValue = true; // at the root, after "[", "," in an array, or ":"
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        const bool inObject = !stack.isEmpty() && !stack.last().array;
        if (c == '"' && inObject && !expectingValue) {
            // A key: read to its closing quote.
            QByteArray key;
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\' && i + 1 < bytes.size())
                    ++i;
                key += bytes.at(i);
            }
            stack.last().key = QString::fromUtf8(key);
            QStringList &keys = lines.keys[stack.last().path];
            if (!keys.contains(stack.last().key))
                keys << stack.last().key;
            continue;
        }
        if (c == ':') {
            expectingValue = true;
            continue;
        }
        if (c == ',') {
            expectingValue = !stack.isEmpty() && stack.last().array;
            continue;
        }
        if (c == ']' || c == '}') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectingValue = false;
            continue;
        }
        if (!expectingValue)
            continue; // not valid JSON here; Qt's reader says so
        // A value begins.
        const QString path = stack.isEmpty() ? QString() : childPath(stack.last());
        lines.starts.insert(path, line);
        if (!stack.isEmpty() && stack.last().array)
            lines.elementLines[stack.last().path].append(line);
        expectingValue = false;
        if (c == '[' || c == '{') {
            stack.append({c == '[', path, {}});
            expectingValue = c == '[';
            if (c == '[')
                lines.elementLines.insert(path, {});
        } else if (c == '"') {
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\' && i + 1 < bytes.size())
                    ++i;
                else if (bytes.at(i) == '\n')
                    ++line;
            }
        }
        // Numbers, true, false and null: their other characters are skipped as not values.
    }
    return lines;
}

QJsonDocument document(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        throw DataError(fileName, line, {},
                        QCoreApplication::translate("JsonLines", "this is not JSON (%1).")
                            .arg(parseError.errorString()));
    }
    return document;
}

} // namespace JsonLines
