namespace Millis.Codegen;

/// <summary>A true union of the spec (an <c>anyOf</c> of two or more non-null forms) and the hand-written type that models it.</summary>
/// <param name="Name">The C# type, hand-written in <c>facade/</c> and excluded from NSwag's output.</param>
/// <param name="Members">The union's forms: JSON types or (renamed) schema names, order-insensitive.</param>
/// <param name="HandWrittenIn">Where the type lives, relative to the repository root.</param>
/// <param name="Why">Which fields use it.</param>
internal sealed record UnionType(string Name, IReadOnlyList<string> Members, string HandWrittenIn, string Why);

/// <summary>
/// Every union the normalizer knows. NSwag turns an <c>anyOf</c> of several forms into <c>object</c>; each union
/// here becomes a reference to a named type the facade supplies, with a converter that reads every form.
/// An <c>anyOf</c> not listed here fails the build, so a new union in the vendor's spec is never silently <c>object</c>.
/// </summary>
internal static class UnionTypes
{
    public static IReadOnlyList<UnionType> All { get; } =
    [
        new("Webhook", ["string", "WebhookConfig"], "facade/Agents/Webhook.cs",
            "session_data_webhook and extra_prompt_webhook take a URL or a URL with headers"),
        new("ResponseDelay", ["integer", "ResponseDelayConfig"], "facade/Agents/ResponseDelay.cs",
            "flow.response_delay is milliseconds or per-input delays"),
        new("PhoneImportRequest", ["ImportVonageRequest", "ImportTwilioRequest", "ImportPlivoRequest", "ImportExotelRequest", "ImportTelnyxRequest"],
            "facade/Phones/PhoneImportRequest.cs", "POST /phones/import takes one of five provider shapes"),
        new("ChatMessage", ["UserMessage", "AssistantMessage", "ToolMessage"], "facade/Chat/ChatMessage.cs",
            "chat messages are discriminated by role"),
        new("ValidationLocationSegment", ["string", "integer"], "facade/Errors/ValidationLocationSegment.cs",
            "FastAPI's 422 loc[] mixes field names and array indexes"),
    ];
}
