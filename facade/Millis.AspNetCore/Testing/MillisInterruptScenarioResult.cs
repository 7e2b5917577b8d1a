namespace Millis.AspNetCore.Testing;

/// <summary>The frames recorded by <see cref="MillisCustomLlmSimulator.PlayInterruptScenarioAsync"/>.</summary>
public sealed class MillisInterruptScenarioResult
{
    internal MillisInterruptScenarioResult(IReadOnlyList<MillisSimulatorFrame> frames) => Frames = frames;

    /// <summary>Every frame, in order.</summary>
    public IReadOnlyList<MillisSimulatorFrame> Frames { get; }

    /// <summary>The greeting frames (stream "0") sent before stream "1" arrived; a newer request stops the greeting, so often none.</summary>
    public IReadOnlyList<MillisSimulatorFrame> GreetingFrames => Of("0");

    /// <summary>The frames of the interrupted stream "1".</summary>
    public IReadOnlyList<MillisSimulatorFrame> InterruptedStreamFrames => Of("1");

    /// <summary>The frames of the stream that followed, "2".</summary>
    public IReadOnlyList<MillisSimulatorFrame> NextStreamFrames => Of("2");

    /// <summary>
    /// Frames of stream "1" that arrived after stream "2" began: an endpoint that honours the interrupt sends none
    /// (a frame of "1" already on its way when the interrupt was sent may still arrive before "2" begins).
    /// </summary>
    public IReadOnlyList<MillisSimulatorFrame> FramesOfInterruptedStreamAfterNextStreamBegan
    {
        get
        {
            var firstOfNext = Frames.FirstOrDefault(f => f.StreamId == "2")?.Index ?? int.MaxValue;
            return Frames.Where(f => f.StreamId == "1" && f.Index > firstOfNext).ToList();
        }
    }

    /// <summary>The text of the stream that followed the interrupt.</summary>
    public string NextStreamText => string.Concat(NextStreamFrames.Select(f => f.Content));

    private List<MillisSimulatorFrame> Of(string streamId) => Frames.Where(f => f.StreamId == streamId).ToList();
}
