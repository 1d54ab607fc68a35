#include "runbook/CodeText.h"

#include "base/TextUtil.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace CodeText {

namespace {
QString firstWord(const QString &s)
{
    const QString t = s.trimmed();
    qsizetype i = 0;
    while (i < t.size() && !t.at(i).isSpace() && t.at(i) != QLatin1Char('{') && t.at(i) != QLatin1Char(','))
        ++i;
    return t.left(i).toLower();
}

// The lines that say something: not blank, not a comment.
QStringList meaningfulLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QString t = l.trimmed();
        if (t.isEmpty() || t.startsWith(QStringLiteral("//")) || t.startsWith(QStringLiteral("--")) || t.startsWith(QLatin1Char('#')))
            continue; // blank, or a comment
        out.append(t);
        if (out.size() >= 40)
            break;
    }
    return out;
}

bool isShellCommand(const QString &line)
{
    static const QSet<QString> commands = {
        QStringLiteral("kubectl"), QStringLiteral("helm"),     QStringLiteral("curl"),     QStringLiteral("wget"),      QStringLiteral("psql"),
        QStringLiteral("pg_dump"), QStringLiteral("pg_ctl"),   QStringLiteral("aws"),      QStringLiteral("gcloud"),    QStringLiteral("az"),
        QStringLiteral("docker"),  QStringLiteral("podman"),   QStringLiteral("systemctl"), QStringLiteral("journalctl"), QStringLiteral("git"),
        QStringLiteral("ssh"),     QStringLiteral("scp"),      QStringLiteral("sudo"),     QStringLiteral("cat"),       QStringLiteral("grep"),
        QStringLiteral("tail"),    QStringLiteral("head"),     QStringLiteral("ls"),       QStringLiteral("cd"),        QStringLiteral("export"),
        QStringLiteral("echo"),    QStringLiteral("vault"),    QStringLiteral("terraform"), QStringLiteral("redis-cli"), QStringLiteral("mysql"),
        QStringLiteral("oc"),      QStringLiteral("etcdctl"),  QStringLiteral("openssl"),  QStringLiteral("dig"),       QStringLiteral("nslookup"),
        QStringLiteral("ping"),    QStringLiteral("df"),       QStringLiteral("du"),       QStringLiteral("ps"),        QStringLiteral("kill"),
        QStringLiteral("top"),     QStringLiteral("free"),     QStringLiteral("mount"),    QStringLiteral("umount"),    QStringLiteral("gh"),
        QStringLiteral("npm"),     QStringLiteral("npx"),      QStringLiteral("yarn"),     QStringLiteral("make"),      QStringLiteral("vercel"),
        QStringLiteral("stripe"),  QStringLiteral("jq"),       QStringLiteral("watch"),    QStringLiteral("crictl"),    QStringLiteral("kubeadm"),
        QStringLiteral("eksctl"),  QStringLiteral("argocd"),   QStringLiteral("flux"),     QStringLiteral("istioctl"),  QStringLiteral("nc"),
        QStringLiteral("rm"),      QStringLiteral("mv"),       QStringLiteral("cp"),       QStringLiteral("chmod"),     QStringLiteral("chown"),
        QStringLiteral("tar"),     QStringLiteral("find"),     QStringLiteral("xargs"),    QStringLiteral("awk"),       QStringLiteral("sed"),
        QStringLiteral("ip"),      QStringLiteral("ss"),       QStringLiteral("netstat"),  QStringLiteral("lsof"),      QStringLiteral("iptables"),
        QStringLiteral("service"), QStringLiteral("apt"),      QStringLiteral("apt-get"),  QStringLiteral("yum"),       QStringLiteral("dnf"),
        QStringLiteral("pg_isready"), QStringLiteral("pg_basebackup"), QStringLiteral("patronictl"), QStringLiteral("mongosh"), QStringLiteral("nmap"),
        QStringLiteral("trivy"),   QStringLiteral("gitlab-runner"), QStringLiteral("nomad"), QStringLiteral("consul"), QStringLiteral("mc"),   QStringLiteral("last"),     QStringLiteral("who"),      QStringLiteral("uptime"),    QStringLiteral("dmesg")};
    QString w = firstWord(line);
    if (w.contains(QLatin1Char('=')) && !w.startsWith(QLatin1Char('=')))
        return true; // NAME=value
    return commands.contains(w) || w.startsWith(QStringLiteral("./")) || w.endsWith(QStringLiteral(".sh"));
}

bool looksLikeSql(const QString &line)
{
    static const QSet<QString> starts = {QStringLiteral("select"), QStringLiteral("update"), QStringLiteral("insert"), QStringLiteral("delete"),
                                         QStringLiteral("with"),   QStringLiteral("create"), QStringLiteral("alter"),  QStringLiteral("begin;"),
                                         QStringLiteral("begin"),  QStringLiteral("explain"), QStringLiteral("vacuum"), QStringLiteral("show"),
                                         QStringLiteral("drop"),   QStringLiteral("grant"),   QStringLiteral("revoke"), QStringLiteral("truncate")};
    return starts.contains(firstWord(line));
}

bool looksLikeLogQl(const QString &line)
{
    // {app="x"} |= "error"   — a stream selector followed by a pipeline.
    if (!line.startsWith(QLatin1Char('{')))
        return false;
    const qsizetype close = line.indexOf(QLatin1Char('}'));
    if (close < 0 || !line.left(close).contains(QLatin1Char('=')))
        return false;
    const QString rest = line.mid(close + 1).trimmed();
    return rest.startsWith(QLatin1Char('|')) || rest.startsWith(QStringLiteral("!=")) || rest.startsWith(QStringLiteral("!~")) || rest.isEmpty();
}

bool looksLikePromQl(const QString &text)
{
    static const QRegularExpression fn(QStringLiteral(
        "\\b(rate|irate|increase|sum|avg|max|min|count|histogram_quantile|absent|topk|bottomk|delta|deriv|predict_linear|avg_over_time|max_over_time|"
        "sum_over_time|count_over_time|quantile_over_time|label_replace)\\s*(\\(|by\\b|without\\b)"));
    static const QRegularExpression selector(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^{}\\n]*\\})?(\\[[0-9]+[smhdwy]\\])?(\\s*(>|<|==|!=|>=|<=)\\s*[0-9.]+)?$"));
    if (fn.match(text).hasMatch())
        return true;
    const QStringList lines = meaningfulLines(text);
    return lines.size() == 1 && lines.first().contains(QLatin1Char('{')) && selector.match(lines.first()).hasMatch();
}

bool looksLikeYaml(const QStringList &lines)
{
    if (lines.isEmpty())
        return false;
    static const QRegularExpression kv(QStringLiteral("^-?\\s*[A-Za-z_][A-Za-z0-9_.-]*:(\\s|$)"));
    int n = 0;
    for (const QString &l : lines)
        if (kv.match(l).hasMatch())
            ++n;
    return n * 2 > lines.size() && (lines.first().startsWith(QStringLiteral("apiVersion:")) || n >= 2);
}

bool looksLikeDatadog(const QStringList &lines)
{
    static const QRegularExpression attr(QStringLiteral("(^|\\s)(@[A-Za-z_][\\w.]*|status|service|host|source|env):\\S"));
    for (const QString &l : lines)
        if (l.startsWith(QLatin1Char('"')) || attr.match(l).hasMatch() || l.contains(QStringLiteral(" OR ")) || l.contains(QStringLiteral(" AND ")))
            return true;
    return false;
}
} // namespace

QString language(const QString &info, const QString &text, const QString &context)
{
    const QString word = firstWord(info);
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("sh"), QStringLiteral("shell")},        {QStringLiteral("bash"), QStringLiteral("shell")},
        {QStringLiteral("shell"), QStringLiteral("shell")},     {QStringLiteral("zsh"), QStringLiteral("shell")},
        {QStringLiteral("console"), QStringLiteral("shell")},   {QStringLiteral("shell-session"), QStringLiteral("shell")},
        {QStringLiteral("terminal"), QStringLiteral("shell")},  {QStringLiteral("shellsession"), QStringLiteral("shell")},
        {QStringLiteral("promql"), QStringLiteral("promql")},   {QStringLiteral("prometheus"), QStringLiteral("promql")},
        {QStringLiteral("sql"), QStringLiteral("sql")},         {QStringLiteral("postgresql"), QStringLiteral("sql")},
        {QStringLiteral("postgres"), QStringLiteral("sql")},    {QStringLiteral("psql"), QStringLiteral("sql")},
        {QStringLiteral("pgsql"), QStringLiteral("sql")},       {QStringLiteral("mysql"), QStringLiteral("sql")},
        {QStringLiteral("sqlite"), QStringLiteral("sql")},      {QStringLiteral("plpgsql"), QStringLiteral("sql")},
        {QStringLiteral("logql"), QStringLiteral("logql")},     {QStringLiteral("loki"), QStringLiteral("logql")},
        {QStringLiteral("datadog"), QStringLiteral("datadog")}, {QStringLiteral("logquery"), QStringLiteral("datadog")},
        {QStringLiteral("query"), QStringLiteral("datadog")},   {QStringLiteral("yaml"), QStringLiteral("yaml")},
        {QStringLiteral("yml"), QStringLiteral("yaml")},        {QStringLiteral("json"), QStringLiteral("json")},
        {QStringLiteral("jsonc"), QStringLiteral("json")}};
    if (!word.isEmpty())
        return aliases.value(word, word);

    const QStringList lines = meaningfulLines(text);
    for (const QString &l : lines)
        if (l.startsWith(QStringLiteral("$ ")))
            return QStringLiteral("shell");
    const QString first = lines.value(0);
    if (!first.isEmpty()) {
        if (looksLikeLogQl(first))
            return QStringLiteral("logql");
        if (isShellCommand(first))
            return QStringLiteral("shell");
        if (looksLikeSql(first))
            return QStringLiteral("sql");
        if ((first.startsWith(QLatin1Char('{')) || first.startsWith(QLatin1Char('[')))
            && !QJsonDocument::fromJson(text.toUtf8()).isNull())
            return QStringLiteral("json");
    }
    const QString ctx = context.toLower();
    if (ctx.contains(QStringLiteral("promql")) || ctx.contains(QStringLiteral("prometheus")))
        return QStringLiteral("promql");
    if (ctx.contains(QStringLiteral("logql")) || ctx.contains(QStringLiteral("loki")))
        return QStringLiteral("logql");
    if (ctx.contains(QStringLiteral("datadog")) || (ctx.contains(QStringLiteral("log")) && ctx.contains(QStringLiteral("quer"))))
        return QStringLiteral("datadog");
    if (ctx.contains(QStringLiteral("sql")))
        return QStringLiteral("sql");
    if (looksLikePromQl(text))
        return QStringLiteral("promql");
    if (looksLikeYaml(lines))
        return QStringLiteral("yaml");
    if (ctx.contains(QStringLiteral("quer")) && looksLikeDatadog(lines))
        return QStringLiteral("datadog");
    return {};
}

bool isLogQueryLanguage(const QString &language)
{
    return language == QStringLiteral("datadog");
}

QString variableName(const QString &spelling)
{
    QString s = spelling.trimmed();
    if (s.startsWith(QStringLiteral("{{")))
        s = s.mid(2, s.size() - 4).trimmed();
    if (s.startsWith(QLatin1Char('<')))
        s = s.mid(1, s.size() - 2);
    if (s.startsWith(QStringLiteral("${")))
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(QLatin1Char('$')))
        s = s.mid(1);
    if (s.startsWith(QLatin1Char('.')))
        s = s.mid(1);
    if (const qsizetype dot = s.lastIndexOf(QLatin1Char('.')); dot >= 0)
        s = s.mid(dot + 1); // $labels.instance → instance
    QString out;
    for (QChar c : std::as_const(s))
        out.append(c == QLatin1Char('-') || c == QLatin1Char(' ') ? QLatin1Char('_') : c.toUpper());
    return out;
}

namespace {
struct Spelling
{
    qsizetype start;
    qsizetype length;
    QString name;
};

// Every placeholder occurrence, left to right.
QList<Spelling> spellings(const QString &text, bool inCode)
{
    static const QRegularExpression re(QStringLiteral(
        "\\{\\{\\s*\\$?\\.?[A-Za-z_][A-Za-z0-9_.]*\\s*\\}\\}"          // {{ $labels.instance }}, {{PLACEHOLDER}}, {{ .Name }}
        "|\\$\\{[A-Z][A-Z0-9_]*\\}"                                  // ${NAMESPACE}
        "|\\$[A-Z][A-Z0-9_]+\\b"                                     // $NODE
        "|<[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*>"));                     // <pod-name>
    static const QSet<QString> environment = {QStringLiteral("HOME"), QStringLiteral("PATH"), QStringLiteral("USER"), QStringLiteral("PWD"),
                                              QStringLiteral("SHELL"), QStringLiteral("HOSTNAME"), QStringLiteral("LANG"), QStringLiteral("TERM"),
                                              QStringLiteral("TMPDIR"), QStringLiteral("OLDPWD"), QStringLiteral("IFS"), QStringLiteral("UID"),
                                              QStringLiteral("EUID"), QStringLiteral("PPID"), QStringLiteral("RANDOM"), QStringLiteral("SECONDS"),
                                              QStringLiteral("LINENO"), QStringLiteral("EDITOR"), QStringLiteral("KUBECONFIG")};
    static const QSet<QString> htmlTags = {QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("br"), QStringLiteral("p"),
                                           QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("em"), QStringLiteral("strong"),
                                           QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("div"), QStringLiteral("span"),
                                           QStringLiteral("ul"), QStringLiteral("li"), QStringLiteral("ol"), QStringLiteral("table"),
                                           QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("kbd"),
                                           QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("hr"), QStringLiteral("a"),
                                           QStringLiteral("img"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("small")};
    // Names a block sets itself (NODE=…, export NODE=…, for NODE in, read NODE) are not placeholders.
    static const QRegularExpression assigned(QStringLiteral("(?:^|[\\s;])(?:export\\s+|for\\s+|read\\s+(?:-\\w+\\s+)*)?([A-Z][A-Z0-9_]*)(?:=|\\s+in\\b)"),
                                             QRegularExpression::MultilineOption);
    QSet<QString> own;
    if (inCode)
        for (auto it = assigned.globalMatch(text); it.hasNext();)
            own.insert(it.next().captured(1));
    QList<Spelling> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString spelled = m.captured(0);
        if (spelled.startsWith(QLatin1Char('<')) && (!inCode || htmlTags.contains(spelled.mid(1, spelled.size() - 2))))
            continue;
        if (spelled.startsWith(QLatin1Char('$'))) {
            const QString bare = spelled.startsWith(QStringLiteral("${")) ? spelled.mid(2, spelled.size() - 3) : spelled.mid(1);
            if (environment.contains(bare) || own.contains(bare))
                continue;
        }
        const QString name = variableName(spelled);
        if (!name.isEmpty())
            out.append({m.capturedStart(), m.capturedLength(), name});
    }
    return out;
}

// `text` with each placeholder that has a value filled in, from the right so earlier positions stay valid.
QString filled(QString text, const QHash<QString, QString> &values)
{
    const QList<Spelling> found = spellings(text, true);
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        if (const auto v = values.constFind(it->name); v != values.cend() && !v->isEmpty())
            text.replace(it->start, it->length, *v);
    return text;
}
} // namespace

QStringList variables(const QString &text, bool inCode)
{
    QStringList names;
    for (const Spelling &s : spellings(text, inCode))
        if (!names.contains(s.name))
            names.append(s.name);
    return names;
}

QString forCopy(const QString &text, const QString &language, const QHash<QString, QString> &values)
{
    QString body = text;
    if (language == QStringLiteral("shell")) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        bool prompted = false;
        for (const QString &l : lines)
            if (l.trimmed().startsWith(QStringLiteral("$ ")) || l.trimmed() == QStringLiteral("$"))
                prompted = true;
        if (prompted) {
            // Only the commands: a line after a prompt, and the lines it continues onto ("\").
            QStringList kept;
            bool continuing = false;
            for (const QString &l : lines) {
                const QString t = l.trimmed();
                if (t.startsWith(QStringLiteral("$ "))) {
                    kept.append(t.mid(2));
                    continuing = t.endsWith(QLatin1Char('\\'));
                } else if (continuing) {
                    kept.append(l);
                    continuing = t.endsWith(QLatin1Char('\\'));
                }
            }
            body = kept.join(QLatin1Char('\n'));
        }
    }
    body = filled(body, values);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return body;
}

QString fillPromQl(const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    // Where each string literal is ("…", '…', `…`; backslash escapes in the first two).
    QList<QChar> quoteAt(text.size() + 1); // per position: the quote of the literal it is in, or null
    QChar open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        quoteAt[i] = open;
        if (open.isNull()) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`'))
                open = c;
        } else if (c == QLatin1Char('\\') && open != QLatin1Char('`')) {
            if (i + 1 < text.size())
                quoteAt[++i] = open;
        } else if (c == open) {
            open = QChar();
        }
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?$"));
    static const QRegularExpression duration(QStringLiteral("^(?:\\d+(?:ms|[smhdwy]))+$"));
    const QList<Spelling> found = spellings(text, true);
    QString out = text;
    QStringList absent;
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const auto v = values.constFind(it->name);
        if (v == values.cend() || v->isEmpty())
            continue;
        const QChar quote = quoteAt.value(it->start);
        QString value = *v;
        if (quote == QLatin1Char('`')) {
            value.remove(QLatin1Char('`'));
        } else if (!quote.isNull()) {
            value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(quote, QStringLiteral("\\") + quote).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        } else {
            const bool inRange = it->start > 0 && text.lastIndexOf(QLatin1Char('['), it->start) > text.lastIndexOf(QLatin1Char(']'), it->start);
            if (!number.match(value).hasMatch() && !(inRange && duration.match(value).hasMatch())) {
                value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
                value = QLatin1Char('"') + value + QLatin1Char('"');
            }
        }
        out.replace(it->start, it->length, value);
    }
    for (const Spelling &sp : found)
        if ((!values.contains(sp.name) || values.value(sp.name).isEmpty()) && !absent.contains(sp.name))
            absent.append(sp.name);
    if (missing)
        *missing = absent;
    return out;
}

QStringList inlineCommands(const QString &markdown)
{
    QStringList out;
    for (const QString &span : TextUtil::codeSpans(markdown)) {
        const QString t = span.trimmed();
        if (!t.contains(QLatin1Char(' ')) || t.contains(QLatin1Char('\n')) || out.contains(t))
            continue;
        const QString lang = language(QString(), t);
        if (lang == QStringLiteral("shell") || lang == QStringLiteral("sql"))
            out.append(t);
    }
    return out;
}

QString fillInline(const QString &markdown, const QHash<QString, QString> &values)
{
    if (values.isEmpty())
        return markdown;
    // Only the placeholders: a span is shown as written, not as Copy cleans it.
    return TextUtil::mapCodeSpans(markdown, [&values](const QString &span) { return filled(span, values); });
}

} // namespace CodeText
