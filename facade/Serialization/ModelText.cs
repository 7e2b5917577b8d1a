using System.Text;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>ToString of models: the type and its ids, nothing else (no prompts, keys, phone numbers or transcripts).</summary>
internal static class ModelText
{
    private static readonly string[] IdFields = ["id", "agent_id", "session_id", "call_id", "campaign_id", "file_id", "voice_id"];

    public static string Describe(MillisModel model)
    {
        var text = new StringBuilder(model.GetType().Name);
        var shown = 0;
        foreach (var field in IdFields)
        {
            if (model.Shape.IndexOfJson(field) is not { } index || !model.IsPresent(index))
            {
                continue;
            }

            var property = model.GetType().GetProperty(NameOf(model, field));
            if (property?.GetValue(model) is string value)
            {
                text.Append(shown++ == 0 ? " { " : ", ").Append(field).Append(" = ").Append(JsonConvert.ToString(value));
            }
        }

        return shown == 0 ? text.ToString() : text.Append(" }").ToString();
    }

    private static string NameOf(MillisModel model, string jsonName)
    {
        foreach (var property in model.GetType().GetProperties())
        {
            if (property.GetCustomAttributes(typeof(JsonPropertyAttribute), true).OfType<JsonPropertyAttribute>().FirstOrDefault()?.PropertyName == jsonName)
            {
                return property.Name;
            }
        }

        return jsonName;
    }
}
