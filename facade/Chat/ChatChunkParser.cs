using System.Buffers;
using Newtonsoft.Json;

namespace Millis.Chat;

/// <summary>
/// Reads one event's data as an OpenAI-style chat-completion chunk with a forward-only <see cref="JsonTextReader"/>,
/// taking only what the typed events need (<c>choices[].index</c>, <c>delta.content</c>, <c>delta.tool_calls[]</c>,
/// <c>finish_reason</c>) and skipping the rest without building a tree. One instance per stream, not thread-safe.
/// </summary>
/// <remarks>
/// The result is the same as loading the data into a <c>JObject</c> and reading it (which is what the stream did
/// before, and what <c>tests/Millis.Tests/Chat/ChatChunkParserTests</c> checks it against): the same reader and
/// settings, so the same JSON is accepted (comments, single quotes) or refused; a repeated property counts once, the
/// last one winning; comments inside the value are ignored. A value of an unexpected type anywhere on the path makes
/// the whole chunk "not a chunk" (it then becomes one <see cref="ChatUnknownEvent"/>), but the rest of the data is still
/// read so that malformed JSON is always reported.
/// </remarks>
internal sealed class ChatChunkParser
{
    private const string Choices = "choices";
    private const string Index = "index";
    private const string Delta = "delta";
    private const string Content = "content";
    private const string ToolCalls = "tool_calls";
    private const string Id = "id";
    private const string Function = "function";
    private const string Name = "name";
    private const string Arguments = "arguments";
    private const string FinishReason = "finish_reason";
    private const string Usage = "usage";
    private const string PromptTokens = "prompt_tokens";
    private const string CompletionTokens = "completion_tokens";
    private const string TotalTokens = "total_tokens";

    // Known property names come back from the reader as these instances instead of new strings (compared with ==, which
    // tests the reference first). Filled once, then only read: Get is safe for concurrent readers.
    private static readonly DefaultJsonNameTable Names = CreateNames();

    private readonly List<ToolCallParts> _toolCalls = new(2);
    private readonly ReusableStringReader _text = new();

    /// <summary>
    /// Maps <paramref name="data"/> into <paramref name="events"/> (cleared first). False when the JSON is valid but not
    /// a chunk; <paramref name="events"/> is then empty. With <paramref name="includeUsage"/>, a <c>usage</c> object
    /// adds a <see cref="ChatUsage"/> after the choices' events (its shape never makes the chunk unknown).
    /// </summary>
    /// <exception cref="JsonException">The data is not valid JSON (or has content after the value).</exception>
    public bool TryParse(string data, List<ChatStreamEvent> events, bool includeUsage = false)
    {
        events.Clear();
        _text.Reset(data);
        using var reader = new JsonTextReader(_text)
        {
            ArrayPool = CharPool.Instance,
            PropertyNameTable = Names,
            // Stryker disable once Boolean : closing the reusable reader is a no-op (TextReader.Dispose does nothing and Reset rewinds it), so the flag only documents intent
            CloseInput = false,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 64,
        };

        Next(reader);
        var ok = reader.TokenType == JsonToken.StartObject ? ReadRoot(reader, events, includeUsage) : SkipValue(reader);
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                // Stryker disable once String : JsonTextReader (without SupportMultipleContent) already throws its own error for content after the root value, so this message is never built
                throw new JsonReaderException($"Unexpected content after the JSON value at position {reader.LinePosition}.");
            }
        }

        if (!ok)
        {
            events.Clear();
        }

        return ok;
    }

    private bool ReadRoot(JsonTextReader reader, List<ChatStreamEvent> events, bool includeUsage)
    {
        var choices = false;
        ChatUsage? usage = null;
        while (NextProperty(reader) is { } name)
        {
            if (name == Choices)
            {
                events.Clear();
                choices = reader.TokenType == JsonToken.StartArray ? ReadChoices(reader, events) : SkipValue(reader);
            }
            else if (includeUsage && name == Usage)
            {
                usage = reader.TokenType == JsonToken.StartObject ? ReadUsage(reader) : Skip<ChatUsage>(reader);
            }
            else
            {
                SkipValue(reader);
            }
        }

        if (choices && usage is not null)
        {
            events.Add(usage);
        }

        return choices;
    }

    private static ChatUsage ReadUsage(JsonTextReader reader)
    {
        long? prompt = null, completion = null, total = null;
        while (NextProperty(reader) is { } name)
        {
            var value = reader.TokenType == JsonToken.Integer && reader.Value is long number ? number : (long?)null;
            if (value is null)
            {
                SkipValue(reader);
            }

            if (name == PromptTokens)
            {
                prompt = value;
            }
            else if (name == CompletionTokens)
            {
                completion = value;
            }
            else if (name == TotalTokens)
            {
                total = value;
            }
        }

        return new ChatUsage(prompt, completion, total);
    }

    private bool ReadChoices(JsonTextReader reader, List<ChatStreamEvent> events)
    {
        var ok = true;
        for (var position = 0; NextElement(reader); position++)
        {
            ok = (ok && reader.TokenType == JsonToken.StartObject)
                ? ReadChoice(reader, position, events)
                : SkipValue(reader);
        }

        return ok;
    }

    private bool ReadChoice(JsonTextReader reader, int position, List<ChatStreamEvent> events)
    {
        var index = (Ok: true, Value: (int?)null);
        var delta = (Ok: true, Content: (string?)null);
        var finish = (Ok: true, Value: (string?)null);
        _toolCalls.Clear();
        while (NextProperty(reader) is { } name)
        {
            if (name == Index)
            {
                index = ReadIndex(reader);
            }
            else if (name == Delta)
            {
                _toolCalls.Clear();
                delta = reader.TokenType switch
                {
                    JsonToken.Null => (true, null),
                    JsonToken.StartObject => ReadDelta(reader),
                    _ => (SkipValue(reader), null),
                };
            }
            else if (name == FinishReason)
            {
                finish = ReadString(reader);
            }
            else
            {
                SkipValue(reader);
            }
        }

        if (!index.Ok || !delta.Ok || !finish.Ok)
        {
            return false;
        }

        var choiceIndex = index.Value ?? position;
        if (!string.IsNullOrEmpty(delta.Content))
        {
            events.Add(new ChatTextDelta(delta.Content!, choiceIndex));
        }

        foreach (var call in _toolCalls)
        {
            events.Add(new ChatToolCallDelta(call.Index, call.Id, call.Name, call.Arguments, choiceIndex));
        }

        if (finish.Value is not null)
        {
            events.Add(new ChatFinish(finish.Value, choiceIndex));
        }

        return true;
    }

    private (bool Ok, string? Content) ReadDelta(JsonTextReader reader)
    {
        var content = (Ok: true, Value: (string?)null);
        var toolCalls = true;
        while (NextProperty(reader) is { } name)
        {
            if (name == Content)
            {
                content = ReadString(reader);
            }
            else if (name == ToolCalls)
            {
                _toolCalls.Clear();
                toolCalls = reader.TokenType switch
                {
                    JsonToken.Null => true,
                    JsonToken.StartArray => ReadToolCalls(reader),
                    _ => SkipValue(reader),
                };
            }
            else
            {
                SkipValue(reader);
            }
        }

        return (content.Ok && toolCalls, content.Value);
    }

    private bool ReadToolCalls(JsonTextReader reader)
    {
        var ok = true;
        for (var position = 0; NextElement(reader); position++)
        {
            ok = (ok && reader.TokenType == JsonToken.StartObject)
                ? ReadToolCall(reader, position)
                : SkipValue(reader);
        }

        return ok;
    }

    private bool ReadToolCall(JsonTextReader reader, int position)
    {
        var index = (Ok: true, Value: (int?)null);
        var id = (Ok: true, Value: (string?)null);
        var function = (Ok: true, Name: (string?)null, Arguments: (string?)null);
        while (NextProperty(reader) is { } name)
        {
            if (name == Index)
            {
                index = ReadIndex(reader);
            }
            else if (name == Id)
            {
                id = ReadString(reader);
            }
            else if (name == Function)
            {
                function = reader.TokenType switch
                {
                    JsonToken.Null => (true, null, null),
                    JsonToken.StartObject => ReadFunction(reader),
                    _ => (SkipValue(reader), null, null),
                };
            }
            else
            {
                SkipValue(reader);
            }
        }

        if (!index.Ok || !id.Ok || !function.Ok)
        {
            return false;
        }

        _toolCalls.Add(new ToolCallParts(index.Value ?? position, id.Value, function.Name, function.Arguments));
        return true;
    }

    private static (bool Ok, string? Name, string? Arguments) ReadFunction(JsonTextReader reader)
    {
        var functionName = (Ok: true, Value: (string?)null);
        var arguments = (Ok: true, Value: (string?)null);
        while (NextProperty(reader) is { } name)
        {
            if (name == Name)
            {
                functionName = ReadString(reader);
            }
            else if (name == Arguments)
            {
                arguments = ReadString(reader);
            }
            else
            {
                SkipValue(reader);
            }
        }

        return (functionName.Ok && arguments.Ok, functionName.Value, arguments.Value);
    }

    /// <summary>A string or null; anything else is "not a chunk" (and is skipped).</summary>
    private static (bool Ok, string? Value) ReadString(JsonTextReader reader) => reader.TokenType switch
    {
        JsonToken.Null => (true, null),
        JsonToken.String => (true, (string?)reader.Value),
        _ => (SkipValue(reader), null),
    };

    /// <summary>A non-negative 32-bit integer or null; anything else is "not a chunk" (and is skipped).</summary>
    private static (bool Ok, int? Value) ReadIndex(JsonTextReader reader) => reader.TokenType switch
    {
        JsonToken.Null => (true, null),
        JsonToken.Integer when reader.Value is long value && value is >= 0 and <= int.MaxValue => (true, (int)value),
        _ => (SkipValue(reader), null),
    };

    /// <summary>
    /// Moves to the next property of the object being read and then onto its value; returns its name, or null at the
    /// end of the object.
    /// </summary>
    private static string? NextProperty(JsonTextReader reader)
    {
        NextSignificant(reader);
        if (reader.TokenType == JsonToken.EndObject)
        {
            return null;
        }

        var name = (string)reader.Value!;
        NextSignificant(reader);
        return name;
    }

    /// <summary>Moves to the next element of the array being read; false at its end.</summary>
    private static bool NextElement(JsonTextReader reader)
    {
        NextSignificant(reader);
        return reader.TokenType != JsonToken.EndArray;
    }

    /// <summary>Consumes the current value (the whole container when it starts one) and returns false.</summary>
    private static bool SkipValue(JsonTextReader reader)
    {
        if (reader.TokenType is JsonToken.StartObject or JsonToken.StartArray or JsonToken.StartConstructor)
        {
            var depth = reader.Depth;
            do
            {
                Next(reader);
            }
            while (reader.Depth > depth);
        }

        return false;
    }

    private static T? Skip<T>(JsonTextReader reader)
        where T : class
    {
        SkipValue(reader);
        return null;
    }

    private static void NextSignificant(JsonTextReader reader)
    {
        do
        {
            Next(reader);
        }
        while (reader.TokenType == JsonToken.Comment);
    }

    private static void Next(JsonTextReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonReaderException($"Unexpected end of the JSON data at position {reader.LinePosition}.");
        }
    }

    private static DefaultJsonNameTable CreateNames()
    {
        var names = new DefaultJsonNameTable();
        foreach (var name in new[] { Choices, Index, Delta, Content, ToolCalls, Id, Function, Name, Arguments, FinishReason, Usage, PromptTokens, CompletionTokens, TotalTokens, "role", "type", "object", "created", "model", "system_fingerprint", "logprobs" })
        {
            names.Add(name);
        }

        return names;
    }

    private readonly record struct ToolCallParts(int Index, string? Id, string? Name, string? Arguments);

    /// <summary>Lends <see cref="JsonTextReader"/> its character buffer from the shared pool instead of allocating 2 KB per event.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }

    /// <summary>A <see cref="StringReader"/> that can be pointed at the next event's data instead of being allocated per event.</summary>
    private sealed class ReusableStringReader : TextReader
    {
        // Stryker disable once String : Reset always replaces the text before anything is read
        private string _text = string.Empty;
        private int _position;

        public void Reset(string text)
        {
            _text = text;
            _position = 0;
        }

        // Stryker disable once all : JsonTextReader reads only through Read(char[], int, int); Peek() is never called
        public override int Peek() => _position < _text.Length ? _text[_position] : -1;

        // Stryker disable once all : JsonTextReader reads only through Read(char[], int, int); Read() is never called
        public override int Read() => _position < _text.Length ? _text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _text.Length - _position);
            // Stryker disable once Equality,Block : n is never negative (the position never passes the end), and copying 0 characters returns the same 0
            if (n <= 0)
            {
                return 0;
            }

            _text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
