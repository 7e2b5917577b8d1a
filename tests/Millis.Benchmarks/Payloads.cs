using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Benchmarks;

/// <summary>
/// The bodies the benchmark server answers with, built once from the documented phone response
/// (Payloads/phone.json, the example of <c>GET /phones/{phone}</c>) with its placeholders filled in with realistic text.
/// </summary>
internal static class Payloads
{
    public const string AgentId = "-NmQ3bench-agent-0001";
    public const double FirstCursor = 1700000000.5;
    public const int PageSize = 100;

    private static readonly Lazy<Built> Data = new(Build);

    /// <summary>The seed phone JSON, as documented.</summary>
    public static byte[] Phone => Data.Value.Phone;

    /// <summary>A full agent: <c>{"id","name","config","created_at"}</c>.</summary>
    public static byte[] Agent => Data.Value.Agent;

    /// <summary>The agent's config (what a caller of <c>Agents.CreateAsync</c> sends), as JSON.</summary>
    public static string AgentConfigJson => Data.Value.AgentConfigJson;

    /// <summary>A page of <see cref="PageSize"/> call logs up to (not including) the <c>next_cursor</c> value.</summary>
    public static byte[] CallLogPagePrefix => Data.Value.PagePrefix;

    /// <summary>One chat event, as the API streams it.</summary>
    public static readonly byte[] ChatEvent = Encoding.UTF8.GetBytes("data: {\"choices\":[{\"delta\":{\"content\":\"tok\"}}]}\n\n");

    /// <summary>The end of a chat stream.</summary>
    public static readonly byte[] ChatDone = Encoding.UTF8.GetBytes("data: [DONE]\n\n");

    /// <summary>A whole chat stream of <paramref name="events"/> events and the terminator.</summary>
    public static byte[] ChatStream(int events)
    {
        var body = new byte[(ChatEvent.Length * events) + ChatDone.Length];
        for (var i = 0; i < events; i++)
        {
            ChatEvent.CopyTo(body, i * ChatEvent.Length);
        }

        ChatDone.CopyTo(body, ChatEvent.Length * events);
        return body;
    }

    private static Built Build()
    {
        var phoneText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "phone.json"));
        var phone = JObject.Parse(phoneText);

        // The agent's config: the phone's override with the documented placeholders replaced by plausible values.
        var config = (JObject)phone["agent_config_override"]!.DeepClone();
        Fill(config, null);
        config["prompt"] = string.Join(" ", Enumerable.Repeat(
            "You are Ava, the front-desk assistant of Harbor Dental. Greet callers warmly, answer questions about opening hours, " +
            "insurance and treatments, and book, move or cancel appointments with the booking tool. Confirm the date, time and the " +
            "caller's name before booking. Never give medical advice; offer to transfer to a hygienist instead.", 3));
        config["first_message"] = "Hi, this is Ava from Harbor Dental. How can I help you today?";
        config["voice"]!["voice_id"] = "21m00Tcm4TlvDq8ikWAM";
        config["voice"]!["model"] = "eleven_turbo_v2_5";
        config["language"] = "en-US";
        config["timezone"] = "America/Los_Angeles";
        var configJson = config.ToString(Formatting.None);

        var agent = new JObject
        {
            ["id"] = AgentId,
            ["name"] = "Harbor Dental front desk",
            ["config"] = config,
            ["created_at"] = 1699990000,
        };

        var histories = new JArray();
        for (var i = 0; i < PageSize; i++)
        {
            histories.Add(CallLog(i, config));
        }

        var page = new JObject { ["histories"] = histories }.ToString(Formatting.None);
        // Cut the closing brace off so each response can append its own cursor: ...,"next_cursor":<cursor>}
        var prefix = page.Substring(0, page.Length - 1) + ",\"next_cursor\":";

        return new Built(
            Encoding.UTF8.GetBytes(phone.ToString(Formatting.None)),
            Encoding.UTF8.GetBytes(agent.ToString(Formatting.None)),
            configJson,
            Encoding.UTF8.GetBytes(prefix));
    }

    private static JObject CallLog(int i, JObject config)
    {
        var chat = new JArray(
            new JObject { ["role"] = "assistant", ["content"] = "Hi, this is Ava from Harbor Dental. How can I help you today?" },
            new JObject { ["role"] = "user", ["content"] = "Hi, I'd like to move my cleaning appointment from Tuesday to Thursday afternoon." },
            new JObject { ["role"] = "assistant", ["content"] = "Of course. Could I have your full name and date of birth, please?" },
            new JObject { ["role"] = "user", ["content"] = "Maria Lopez, March 3rd 1988." },
            new JObject { ["role"] = "assistant", ["content"] = "Thanks, Maria. I have Thursday at 2:30 pm or 4:00 pm. Which works better?" },
            new JObject { ["role"] = "user", ["content"] = "Two thirty, please." },
            new JObject { ["role"] = "assistant", ["content"] = "Done: Thursday at 2:30 pm. You'll get a text confirmation shortly. Anything else?" });
        return new JObject
        {
            ["agent_id"] = AgentId,
            ["agent_config"] = config,
            ["duration"] = 142.7 + i,
            ["ts"] = FirstCursor - (i * 37.25),
            ["chat"] = chat.ToString(Formatting.None),
            ["chars_used"] = 512 + i,
            ["session_id"] = $"sess_{i:D6}_8f3a2c",
            ["call_id"] = $"CA{i:D8}f0e1d2c3b4a5",
            ["cost_breakdown"] = new JArray(
                new JObject { ["type"] = "llm", ["provider"] = "openai", ["model"] = "gpt-4o-mini", ["credits"] = 0.0123 },
                new JObject { ["type"] = "tts", ["provider"] = "elevenlabs", ["credits"] = 0.0412 },
                new JObject { ["type"] = "stt", ["provider"] = "deepgram", ["credits"] = 0.0087 }),
            ["voip"] = new JObject { ["provider"] = "twilio", ["from"] = "+14155550100", ["to"] = $"+1415555{i:D4}", ["direction"] = "inbound" },
            ["recording"] = new JObject { ["recording_url"] = $"https://storage.example.com/recordings/sess_{i:D6}.wav" },
            ["metadata"] = new JObject { ["customer_id"] = $"cus_{i:D5}", ["source"] = "website" },
            ["function_calls"] = new JArray(new JObject { ["name"] = "book_appointment", ["arguments"] = "{\"day\":\"thursday\",\"time\":\"14:30\"}" }),
            ["call_status"] = "user-ended",
            ["campaign_id"] = null,
        };
    }

    private static void Fill(JToken token, string? name)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    Fill(property.Value, property.Name);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Fill(item, name);
                }

                break;
            case JValue { Type: JTokenType.String } value when (string?)value == "<string>":
                value.Value = name switch
                {
                    "webhook" or "session_data_webhook" or "extra_prompt_webhook" => "https://hooks.example.com/harbor-dental/" + name,
                    "custom_llm_websocket" => "wss://llm.example.com/harbor-dental",
                    "phone" => "+14155550123",
                    "method" => "POST",
                    "type" => "string",
                    _ => $"Harbor Dental {name?.Replace('_', ' ') ?? "text"}",
                };
                break;
        }
    }

    private sealed record Built(byte[] Phone, byte[] Agent, string AgentConfigJson, byte[] PagePrefix);
}
