using System.Globalization;
using System.Text.Json;

namespace Wasmbox.Dapr.PubSub;

/// <summary>
/// A routing rule's <c>match</c>: the part of CEL that Dapr's subscription rules use, evaluated over
/// the CloudEvent (<c>event.type</c>, <c>event.source</c>, <c>event.data.order.total</c>, …):
/// <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>&amp;&amp; || !</c>, parentheses, string, number, bool and null
/// literals, <c>has(event.x)</c>, <c>size(…)</c>, and <c>.startsWith .endsWith .contains</c> on strings.
/// Anything else is refused when the resource is read, naming the position, rather than silently
/// never matching. A missing field makes its comparison false, as a CEL error leaves a rule unmatched.
/// </summary>
public sealed class EventMatch
{
    private readonly Func<JsonElement, object?> evaluate;

    public string Text { get; }

    private EventMatch(string text, Func<JsonElement, object?> evaluate)
    {
        Text = text;
        this.evaluate = evaluate;
    }

    /// <exception cref="FormatException">the expression is not in the supported subset; the message says where</exception>
    public static EventMatch Parse(string text)
    {
        var parser = new Parser(text);
        var expression = parser.Expression();
        parser.End();
        return new EventMatch(text, expression);
    }

    /// <summary>Whether the event (the CloudEvent's JSON object) matches.</summary>
    public bool Matches(JsonElement cloudEvent)
    {
        try { return evaluate(cloudEvent) is true; }
        catch (MissingField) { return false; }
    }

    private sealed class MissingField : Exception;

    private sealed class Parser(string text)
    {
        private int position;

        private FormatException Error(string problem) => new($"match \"{text}\": {problem} at position {position + 1}");

        private void Skip()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        }

        private bool Take(string token)
        {
            Skip();
            if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0) return false;
            // "in" or "true" must not take the start of a longer name.
            if (char.IsLetter(token[^1]) && position + token.Length < text.Length && (char.IsLetterOrDigit(text[position + token.Length]) || text[position + token.Length] == '_')) return false;
            position += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!Take(token)) throw Error($"expected \"{token}\"");
        }

        public void End()
        {
            Skip();
            if (position < text.Length) throw Error($"unexpected \"{text[position..]}\"");
        }

        public Func<JsonElement, object?> Expression()
        {
            var left = And();
            while (Take("||"))
            {
                var (l, r) = (left, And());
                left = e => Truth(l, e) || Truth(r, e);
            }
            return left;
        }

        private Func<JsonElement, object?> And()
        {
            var left = Unary();
            while (Take("&&"))
            {
                var (l, r) = (left, Unary());
                left = e => Truth(l, e) && Truth(r, e);
            }
            return left;
        }

        /// <summary>A missing field on one side of || or &amp;&amp; is false there, not for the whole rule.</summary>
        private static bool Truth(Func<JsonElement, object?> part, JsonElement e)
        {
            try { return part(e) is true; }
            catch (MissingField) { return false; }
        }

        private Func<JsonElement, object?> Unary()
        {
            if (Take("!"))
            {
                var inner = Unary();
                return e => !Truth(inner, e);
            }
            return Comparison();
        }

        private Func<JsonElement, object?> Comparison()
        {
            var left = Primary();
            foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
            {
                if (!Take(op)) continue;
                var right = Primary();
                return e => Compare(op, left(e), right(e));
            }
            return left;
        }

        private static bool Compare(string op, object? a, object? b)
        {
            if (op is "==" or "!=") return Equals(a, b) == (op == "==");
            int order;
            if (a is double x && b is double y) order = x.CompareTo(y);
            else if (a is string s && b is string t) order = string.CompareOrdinal(s, t);
            else return false;
            return op switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 };
        }

        private Func<JsonElement, object?> Primary()
        {
            Skip();
            if (Take("("))
            {
                var inner = Expression();
                Expect(")");
                return Methods(inner);
            }
            if (Take("true")) return _ => true;
            if (Take("false")) return _ => false;
            if (Take("null")) return _ => null;
            if (Take("has("))
            {
                var path = Path();
                Expect(")");
                return e => { try { path(e); return true; } catch (MissingField) { return false; } };
            }
            if (Take("size("))
            {
                var inner = Expression();
                Expect(")");
                return e => inner(e) switch
                {
                    string s => (double)s.Length,
                    JsonElement { ValueKind: JsonValueKind.Array } a => (double)a.GetArrayLength(),
                    JsonElement { ValueKind: JsonValueKind.Object } o => (double)o.EnumerateObject().Count(),
                    _ => throw new MissingField(),
                };
            }
            if (position < text.Length && text[position] is '"' or '\'') return Methods(String());
            if (position < text.Length && (char.IsDigit(text[position]) || text[position] == '-')) return Number();
            if (Take("event")) return Methods(Path(alreadyTookRoot: true));
            throw Error("expected event.FIELD, a literal, has(...), size(...) or a parenthesis");
        }

        private Func<JsonElement, object?> Path(bool alreadyTookRoot = false)
        {
            if (!alreadyTookRoot) Expect("event");
            var names = new List<string>();
            while (true)
            {
                if (Take("[")) { Skip(); var key = String()(default) as string; Expect("]"); names.Add(key!); continue; }
                Skip();
                if (position >= text.Length || text[position] != '.' || IsMethodAhead()) break;
                position++;
                var start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
                if (position == start) throw Error("expected a field name after \".\"");
                names.Add(text[start..position]);
            }
            if (names.Count == 0) throw Error("expected a field of event (event.type, event.data.x)");
            return e =>
            {
                var current = e;
                foreach (var name in names)
                {
                    if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) throw new MissingField();
                }
                return Value(current);
            };
        }

        private bool IsMethodAhead() =>
            new[] { ".startsWith(", ".endsWith(", ".contains(" }.Any(m => string.CompareOrdinal(text, position, m, 0, m.Length) == 0);

        private Func<JsonElement, object?> Methods(Func<JsonElement, object?> target)
        {
            foreach (var method in new[] { "startsWith", "endsWith", "contains" })
            {
                if (!Take("." + method + "(")) continue;
                var argument = Expression();
                Expect(")");
                var t = target;
                return Methods(e =>
                {
                    if (t(e) is not string s || argument(e) is not string a) throw new MissingField();
                    return method switch
                    {
                        "startsWith" => s.StartsWith(a, StringComparison.Ordinal),
                        "endsWith" => s.EndsWith(a, StringComparison.Ordinal),
                        _ => s.Contains(a, StringComparison.Ordinal),
                    };
                });
            }
            return target;
        }

        private Func<JsonElement, object?> String()
        {
            var quote = text[position++];
            var builder = new System.Text.StringBuilder();
            while (position < text.Length && text[position] != quote)
            {
                if (text[position] == '\\' && position + 1 < text.Length) position++;
                builder.Append(text[position++]);
            }
            if (position >= text.Length) throw Error("unterminated string");
            position++;
            var value = builder.ToString();
            return _ => value;
        }

        private Func<JsonElement, object?> Number()
        {
            var start = position;
            if (text[position] == '-') position++;
            while (position < text.Length && (char.IsDigit(text[position]) || text[position] is '.' or 'e' or 'E')) position++;
            if (!double.TryParse(text[start..position], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) throw Error($"\"{text[start..position]}\" is not a number");
            return _ => number;
        }

        private static object? Value(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => element.Clone(),
        };
    }
}
