using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Models;

/// <summary>
/// The shared union reader and writer (JsonUnionConverter), shown on <see cref="ResponseDelay"/>: the reason a user reads
/// for each unknown form, its truncation, and what reading a union leaves behind.
/// </summary>
public class JsonUnionConverterTests
{
    private const string Accepted = "an integer (milliseconds) or an object {\"generic_delay\": ..., \"number_input_delay\": ...}";

    private static ResponseDelay Read(string json) => JsonConvert.DeserializeObject<ResponseDelay>(json)!;

    private sealed class Holder
    {
        public ResponseDelay? Delay { get; set; }

        public object? When { get; set; }
    }

    [Test]
    public void AnUnknownFormAtTheRoot_IsReportedAsValue()
    {
        var delay = Read("true");

        Assert.That(delay.IsUnknown, Is.True);
        Assert.That(delay.UnknownReason, Is.EqualTo($"value: expected {Accepted}, found the boolean true."));
    }

    [Test]
    public void AnUnknownFormInAField_IsReportedByItsPath()
    {
        var holder = JsonConvert.DeserializeObject<Holder>("""{"Delay": "soon"}""")!;

        Assert.That(holder.Delay!.UnknownReason, Is.EqualTo($"Delay: expected {Accepted}, found the string \"soon\"."));
    }

    [Test]
    public void AnUnknownArray_IsDescribedAsAnArray() =>
        Assert.That(Read("[1, 2]").UnknownReason, Is.EqualTo($"value: expected {Accepted}, found an array."));

    [Test]
    public void AnUnknownObject_IsDescribedWithItsJson() =>
        Assert.That(Read("""{"generic_delay": "x"}""").UnknownReason, Is.EqualTo($"value: expected {Accepted}, found an object {{\"generic_delay\":\"x\"}}."));

    [Test]
    public void AnUnknownNumber_IsDescribedWithItsValue() =>
        Assert.That(Read("1.5").UnknownReason, Is.EqualTo($"value: expected {Accepted}, found the number 1.5."));

    [Test]
    public void AStringOfEightyCharacters_IsQuotedWhole()
    {
        var text = new string('a', 80);

        Assert.That(Read($"\"{text}\"").UnknownReason, Is.EqualTo($"value: expected {Accepted}, found the string \"{text}\"."));
    }

    [Test]
    public void ALongerString_IsCutAtEightyCharactersWithAnEllipsis()
    {
        var text = new string('a', 80) + "bcd";

        Assert.That(Read($"\"{text}\"").UnknownReason, Is.EqualTo($"value: expected {Accepted}, found the string \"{new string('a', 80)}…\"."));
    }

    [Test]
    public void AnUnknownForm_IsWrittenBackExactlyAsRead()
    {
        var delay = Read("""{"generic_delay": "x", "extra": [1]}""");

        Assert.That(JsonConvert.SerializeObject(delay), Is.EqualTo("""{"generic_delay":"x","extra":[1]}"""));
        Assert.That(delay.UnknownJson, Is.EqualTo("""{"generic_delay":"x","extra":[1]}"""));
    }

    [Test]
    public void AskingAnUnknownUnionForAKnownForm_SaysWhyAndWhatToDo()
    {
        var delay = Read("true");

        var ex = Assert.Throws<InvalidOperationException>(() => delay.Match(ms => ms, config => 0));

        Assert.That(ex!.Message, Is.EqualTo($"value: expected {Accepted}, found the boolean true. Handle IsUnknown/UnknownJson, or update the Millis SDK."));
    }

    [Test]
    public void ReadingAUnion_LeavesTheReadersDateHandlingAsItWas()
    {
        var holder = JsonConvert.DeserializeObject<Holder>("""{"Delay": "2025-01-01T00:00:00Z", "When": "2025-01-01T00:00:00Z"}""")!;

        Assert.That(holder.Delay!.UnknownJson, Is.EqualTo("\"2025-01-01T00:00:00Z\""), "inside the union a date-like string stays a string");
        Assert.That(holder.When, Is.InstanceOf<DateTime>(), "after the union the caller's own date handling applies again");
    }

    [Test]
    public void ANullUnion_IsReadAsNullAndWrittenAsNull()
    {
        var holder = JsonConvert.DeserializeObject<Holder>("""{"Delay": null}""")!;

        Assert.That(holder.Delay, Is.Null);
        Assert.That(JObject.Parse(JsonConvert.SerializeObject(holder))["Delay"]!.Type, Is.EqualTo(JTokenType.Null));
    }
}
