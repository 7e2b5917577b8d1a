namespace Millis.CallLogs;

/// <summary>
/// Decides whether a cursor continues a walk: never one seen before, and always in the direction the first step took
/// (a cursor that jumps back would replay pages the caller already has).
/// </summary>
internal sealed class CursorWalk(double? start)
{
    private readonly HashSet<double> _seen = start is { } s ? [s] : [];
    private double? _last = start;
    private int _direction;

    public bool Advance(double next)
    {
        if (!_seen.Add(next))
        {
            return false;
        }

        if (_last is { } last)
        {
            var direction = Math.Sign(next - last);
            if (_direction != 0 && direction != _direction)
            {
                return false;
            }

            _direction = direction;
        }

        _last = next;
        return true;
    }
}
