using Microsoft.Extensions.AI;

namespace Millis.AspNetCore.Internal;

/// <summary>Turns a Millis transcript into <see cref="ChatMessage"/>s for an <see cref="IChatClient"/>.</summary>
internal static class TranscriptConversion
{
    public static List<ChatMessage> ToChatMessages(IEnumerable<TranscriptMessage> transcript, string? instructions)
    {
        var messages = new List<ChatMessage>();
        if (!string.IsNullOrWhiteSpace(instructions))
        {
            messages.Add(new ChatMessage(ChatRole.System, instructions));
        }

        foreach (var turn in transcript)
        {
            if (string.IsNullOrEmpty(turn.Content) || RoleOf(turn.Role) is not { } role)
            {
                continue;
            }

            messages.Add(new ChatMessage(role, turn.Content));
        }

        return messages;
    }

    private static ChatRole? RoleOf(string role) => role.ToLowerInvariant() switch
    {
        "user" or "human" or "caller" or "customer" => ChatRole.User,
        "assistant" or "agent" or "bot" or "ai" => ChatRole.Assistant,
        "system" => ChatRole.System,
        // A tool result without the call id it answers is rejected by most providers: left out.
        "tool" or "function" => null,
        _ => new ChatRole(role),
    };
}
